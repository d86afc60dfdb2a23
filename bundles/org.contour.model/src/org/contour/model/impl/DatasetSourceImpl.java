/**
 */
package org.contour.model.impl;

import org.contour.model.ContourPackage;
import org.contour.model.DatasetKind;
import org.contour.model.DatasetSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.DatasetSourceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.contour.model.impl.DatasetSourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.contour.model.impl.DatasetSourceImpl#getVectorizerId <em>Vectorizer Id</em>}</li>
 *   <li>{@link org.contour.model.impl.DatasetSourceImpl#getRowCount <em>Row Count</em>}</li>
 *   <li>{@link org.contour.model.impl.DatasetSourceImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.contour.model.impl.DatasetSourceImpl#getVectorizerOptions <em>Vectorizer Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetSourceImpl extends MinimalEObjectImpl.Container implements DatasetSource {
	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DatasetKind KIND_EDEFAULT = DatasetKind.TABLE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DatasetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getVectorizerId() <em>Vectorizer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVectorizerId()
	 * @generated
	 * @ordered
	 */
	protected static final String VECTORIZER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVectorizerId() <em>Vectorizer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVectorizerId()
	 * @generated
	 * @ordered
	 */
	protected String vectorizerId = VECTORIZER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowCount() <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ROW_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRowCount() <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowCount()
	 * @generated
	 * @ordered
	 */
	protected int rowCount = ROW_COUNT_EDEFAULT;

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
	 * The cached value of the '{@link #getVectorizerOptions() <em>Vectorizer Options</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVectorizerOptions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> vectorizerOptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.DATASET_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.DATASET_SOURCE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DatasetKind newKind) {
		DatasetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.DATASET_SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVectorizerId() {
		return vectorizerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVectorizerId(String newVectorizerId) {
		String oldVectorizerId = vectorizerId;
		vectorizerId = newVectorizerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.DATASET_SOURCE__VECTORIZER_ID, oldVectorizerId, vectorizerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRowCount() {
		return rowCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowCount(int newRowCount) {
		int oldRowCount = rowCount;
		rowCount = newRowCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.DATASET_SOURCE__ROW_COUNT, oldRowCount, rowCount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.DATASET_SOURCE__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getVectorizerOptions() {
		if (vectorizerOptions == null) {
			vectorizerOptions = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, ContourPackage.DATASET_SOURCE__VECTORIZER_OPTIONS);
		}
		return vectorizerOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ContourPackage.DATASET_SOURCE__VECTORIZER_OPTIONS:
				return ((InternalEList<?>)getVectorizerOptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.DATASET_SOURCE__LOCATION:
				return getLocation();
			case ContourPackage.DATASET_SOURCE__KIND:
				return getKind();
			case ContourPackage.DATASET_SOURCE__VECTORIZER_ID:
				return getVectorizerId();
			case ContourPackage.DATASET_SOURCE__ROW_COUNT:
				return getRowCount();
			case ContourPackage.DATASET_SOURCE__PROVENANCE:
				return getProvenance();
			case ContourPackage.DATASET_SOURCE__VECTORIZER_OPTIONS:
				if (coreType) return getVectorizerOptions();
				else return getVectorizerOptions().map();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ContourPackage.DATASET_SOURCE__LOCATION:
				setLocation((String)newValue);
				return;
			case ContourPackage.DATASET_SOURCE__KIND:
				setKind((DatasetKind)newValue);
				return;
			case ContourPackage.DATASET_SOURCE__VECTORIZER_ID:
				setVectorizerId((String)newValue);
				return;
			case ContourPackage.DATASET_SOURCE__ROW_COUNT:
				setRowCount((Integer)newValue);
				return;
			case ContourPackage.DATASET_SOURCE__PROVENANCE:
				setProvenance((String)newValue);
				return;
			case ContourPackage.DATASET_SOURCE__VECTORIZER_OPTIONS:
				((EStructuralFeature.Setting)getVectorizerOptions()).set(newValue);
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
			case ContourPackage.DATASET_SOURCE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ContourPackage.DATASET_SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ContourPackage.DATASET_SOURCE__VECTORIZER_ID:
				setVectorizerId(VECTORIZER_ID_EDEFAULT);
				return;
			case ContourPackage.DATASET_SOURCE__ROW_COUNT:
				setRowCount(ROW_COUNT_EDEFAULT);
				return;
			case ContourPackage.DATASET_SOURCE__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
				return;
			case ContourPackage.DATASET_SOURCE__VECTORIZER_OPTIONS:
				getVectorizerOptions().clear();
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
			case ContourPackage.DATASET_SOURCE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ContourPackage.DATASET_SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case ContourPackage.DATASET_SOURCE__VECTORIZER_ID:
				return VECTORIZER_ID_EDEFAULT == null ? vectorizerId != null : !VECTORIZER_ID_EDEFAULT.equals(vectorizerId);
			case ContourPackage.DATASET_SOURCE__ROW_COUNT:
				return rowCount != ROW_COUNT_EDEFAULT;
			case ContourPackage.DATASET_SOURCE__PROVENANCE:
				return PROVENANCE_EDEFAULT == null ? provenance != null : !PROVENANCE_EDEFAULT.equals(provenance);
			case ContourPackage.DATASET_SOURCE__VECTORIZER_OPTIONS:
				return vectorizerOptions != null && !vectorizerOptions.isEmpty();
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
		result.append(" (location: ");
		result.append(location);
		result.append(", kind: ");
		result.append(kind);
		result.append(", vectorizerId: ");
		result.append(vectorizerId);
		result.append(", rowCount: ");
		result.append(rowCount);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(')');
		return result.toString();
	}

} //DatasetSourceImpl
