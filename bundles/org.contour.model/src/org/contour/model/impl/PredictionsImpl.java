/**
 */
package org.contour.model.impl;

import java.util.Collection;

import org.contour.model.ContourPackage;
import org.contour.model.Predictions;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Predictions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.PredictionsImpl#getModelDescription <em>Model Description</em>}</li>
 *   <li>{@link org.contour.model.impl.PredictionsImpl#getClassNames <em>Class Names</em>}</li>
 *   <li>{@link org.contour.model.impl.PredictionsImpl#getPredicted <em>Predicted</em>}</li>
 *   <li>{@link org.contour.model.impl.PredictionsImpl#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PredictionsImpl extends MinimalEObjectImpl.Container implements Predictions {
	/**
	 * The default value of the '{@link #getModelDescription() <em>Model Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelDescription() <em>Model Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelDescription()
	 * @generated
	 * @ordered
	 */
	protected String modelDescription = MODEL_DESCRIPTION_EDEFAULT;

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
	 * The default value of the '{@link #getPredicted() <em>Predicted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredicted()
	 * @generated
	 * @ordered
	 */
	protected static final int[] PREDICTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPredicted() <em>Predicted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredicted()
	 * @generated
	 * @ordered
	 */
	protected int[] predicted = PREDICTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double[] CONFIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double[] confidence = CONFIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PredictionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.PREDICTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelDescription() {
		return modelDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelDescription(String newModelDescription) {
		String oldModelDescription = modelDescription;
		modelDescription = newModelDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.PREDICTIONS__MODEL_DESCRIPTION, oldModelDescription, modelDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClassNames() {
		if (classNames == null) {
			classNames = new EDataTypeEList<String>(String.class, this, ContourPackage.PREDICTIONS__CLASS_NAMES);
		}
		return classNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getPredicted() {
		return predicted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredicted(int[] newPredicted) {
		int[] oldPredicted = predicted;
		predicted = newPredicted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.PREDICTIONS__PREDICTED, oldPredicted, predicted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double[] newConfidence) {
		double[] oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.PREDICTIONS__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.PREDICTIONS__MODEL_DESCRIPTION:
				return getModelDescription();
			case ContourPackage.PREDICTIONS__CLASS_NAMES:
				return getClassNames();
			case ContourPackage.PREDICTIONS__PREDICTED:
				return getPredicted();
			case ContourPackage.PREDICTIONS__CONFIDENCE:
				return getConfidence();
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
			case ContourPackage.PREDICTIONS__MODEL_DESCRIPTION:
				setModelDescription((String)newValue);
				return;
			case ContourPackage.PREDICTIONS__CLASS_NAMES:
				getClassNames().clear();
				getClassNames().addAll((Collection<? extends String>)newValue);
				return;
			case ContourPackage.PREDICTIONS__PREDICTED:
				setPredicted((int[])newValue);
				return;
			case ContourPackage.PREDICTIONS__CONFIDENCE:
				setConfidence((double[])newValue);
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
			case ContourPackage.PREDICTIONS__MODEL_DESCRIPTION:
				setModelDescription(MODEL_DESCRIPTION_EDEFAULT);
				return;
			case ContourPackage.PREDICTIONS__CLASS_NAMES:
				getClassNames().clear();
				return;
			case ContourPackage.PREDICTIONS__PREDICTED:
				setPredicted(PREDICTED_EDEFAULT);
				return;
			case ContourPackage.PREDICTIONS__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
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
			case ContourPackage.PREDICTIONS__MODEL_DESCRIPTION:
				return MODEL_DESCRIPTION_EDEFAULT == null ? modelDescription != null : !MODEL_DESCRIPTION_EDEFAULT.equals(modelDescription);
			case ContourPackage.PREDICTIONS__CLASS_NAMES:
				return classNames != null && !classNames.isEmpty();
			case ContourPackage.PREDICTIONS__PREDICTED:
				return PREDICTED_EDEFAULT == null ? predicted != null : !PREDICTED_EDEFAULT.equals(predicted);
			case ContourPackage.PREDICTIONS__CONFIDENCE:
				return CONFIDENCE_EDEFAULT == null ? confidence != null : !CONFIDENCE_EDEFAULT.equals(confidence);
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
		result.append(" (modelDescription: ");
		result.append(modelDescription);
		result.append(", classNames: ");
		result.append(classNames);
		result.append(", predicted: ");
		result.append(predicted);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(')');
		return result.toString();
	}

} //PredictionsImpl
