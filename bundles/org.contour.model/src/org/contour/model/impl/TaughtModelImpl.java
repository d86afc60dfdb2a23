/**
 */
package org.contour.model.impl;

import java.util.Collection;

import org.contour.model.ContourPackage;
import org.contour.model.TaughtModel;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Taught Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.TaughtModelImpl#getTrainerId <em>Trainer Id</em>}</li>
 *   <li>{@link org.contour.model.impl.TaughtModelImpl#getClassNames <em>Class Names</em>}</li>
 *   <li>{@link org.contour.model.impl.TaughtModelImpl#getFeatureNames <em>Feature Names</em>}</li>
 *   <li>{@link org.contour.model.impl.TaughtModelImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.contour.model.impl.TaughtModelImpl#isHandEdited <em>Hand Edited</em>}</li>
 *   <li>{@link org.contour.model.impl.TaughtModelImpl#getEditHistory <em>Edit History</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TaughtModelImpl extends MinimalEObjectImpl.Container implements TaughtModel {
	/**
	 * The default value of the '{@link #getTrainerId() <em>Trainer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainerId()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAINER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrainerId() <em>Trainer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainerId()
	 * @generated
	 * @ordered
	 */
	protected String trainerId = TRAINER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClassNames() <em>Class Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> classNames;

	/**
	 * The cached value of the '{@link #getFeatureNames() <em>Feature Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> featureNames;

	/**
	 * The default value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVENANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected String provenance = PROVENANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isHandEdited() <em>Hand Edited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHandEdited()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAND_EDITED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHandEdited() <em>Hand Edited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHandEdited()
	 * @generated
	 * @ordered
	 */
	protected boolean handEdited = HAND_EDITED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEditHistory() <em>Edit History</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<String> editHistory;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaughtModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.TAUGHT_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrainerId() {
		return trainerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainerId(String newTrainerId) {
		String oldTrainerId = trainerId;
		trainerId = newTrainerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TAUGHT_MODEL__TRAINER_ID, oldTrainerId, trainerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClassNames() {
		if (classNames == null) {
			classNames = new EDataTypeEList<String>(String.class, this, ContourPackage.TAUGHT_MODEL__CLASS_NAMES);
		}
		return classNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatureNames() {
		if (featureNames == null) {
			featureNames = new EDataTypeEList<String>(String.class, this, ContourPackage.TAUGHT_MODEL__FEATURE_NAMES);
		}
		return featureNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(String newProvenance) {
		String oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TAUGHT_MODEL__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHandEdited() {
		return handEdited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandEdited(boolean newHandEdited) {
		boolean oldHandEdited = handEdited;
		handEdited = newHandEdited;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TAUGHT_MODEL__HAND_EDITED, oldHandEdited, handEdited));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEditHistory() {
		if (editHistory == null) {
			editHistory = new EDataTypeEList<String>(String.class, this, ContourPackage.TAUGHT_MODEL__EDIT_HISTORY);
		}
		return editHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.TAUGHT_MODEL__TRAINER_ID:
				return getTrainerId();
			case ContourPackage.TAUGHT_MODEL__CLASS_NAMES:
				return getClassNames();
			case ContourPackage.TAUGHT_MODEL__FEATURE_NAMES:
				return getFeatureNames();
			case ContourPackage.TAUGHT_MODEL__PROVENANCE:
				return getProvenance();
			case ContourPackage.TAUGHT_MODEL__HAND_EDITED:
				return isHandEdited();
			case ContourPackage.TAUGHT_MODEL__EDIT_HISTORY:
				return getEditHistory();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ContourPackage.TAUGHT_MODEL__TRAINER_ID:
				setTrainerId((String)newValue);
				return;
			case ContourPackage.TAUGHT_MODEL__CLASS_NAMES:
				getClassNames().clear();
				getClassNames().addAll((Collection<? extends String>)newValue);
				return;
			case ContourPackage.TAUGHT_MODEL__FEATURE_NAMES:
				getFeatureNames().clear();
				getFeatureNames().addAll((Collection<? extends String>)newValue);
				return;
			case ContourPackage.TAUGHT_MODEL__PROVENANCE:
				setProvenance((String)newValue);
				return;
			case ContourPackage.TAUGHT_MODEL__HAND_EDITED:
				setHandEdited((Boolean)newValue);
				return;
			case ContourPackage.TAUGHT_MODEL__EDIT_HISTORY:
				getEditHistory().clear();
				getEditHistory().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ContourPackage.TAUGHT_MODEL__TRAINER_ID:
				setTrainerId(TRAINER_ID_EDEFAULT);
				return;
			case ContourPackage.TAUGHT_MODEL__CLASS_NAMES:
				getClassNames().clear();
				return;
			case ContourPackage.TAUGHT_MODEL__FEATURE_NAMES:
				getFeatureNames().clear();
				return;
			case ContourPackage.TAUGHT_MODEL__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
				return;
			case ContourPackage.TAUGHT_MODEL__HAND_EDITED:
				setHandEdited(HAND_EDITED_EDEFAULT);
				return;
			case ContourPackage.TAUGHT_MODEL__EDIT_HISTORY:
				getEditHistory().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ContourPackage.TAUGHT_MODEL__TRAINER_ID:
				return TRAINER_ID_EDEFAULT == null ? trainerId != null : !TRAINER_ID_EDEFAULT.equals(trainerId);
			case ContourPackage.TAUGHT_MODEL__CLASS_NAMES:
				return classNames != null && !classNames.isEmpty();
			case ContourPackage.TAUGHT_MODEL__FEATURE_NAMES:
				return featureNames != null && !featureNames.isEmpty();
			case ContourPackage.TAUGHT_MODEL__PROVENANCE:
				return PROVENANCE_EDEFAULT == null ? provenance != null : !PROVENANCE_EDEFAULT.equals(provenance);
			case ContourPackage.TAUGHT_MODEL__HAND_EDITED:
				return handEdited != HAND_EDITED_EDEFAULT;
			case ContourPackage.TAUGHT_MODEL__EDIT_HISTORY:
				return editHistory != null && !editHistory.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (trainerId: ");
		result.append(trainerId);
		result.append(", classNames: ");
		result.append(classNames);
		result.append(", featureNames: ");
		result.append(featureNames);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(", handEdited: ");
		result.append(handEdited);
		result.append(", editHistory: ");
		result.append(editHistory);
		result.append(')');
		return result.toString();
	}

} //TaughtModelImpl
