/**
 */
package org.contour.model.impl;

import org.contour.model.ContourPackage;
import org.contour.model.LinearModel;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Linear Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.LinearModelImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.contour.model.impl.LinearModelImpl#getBiases <em>Biases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinearModelImpl extends TaughtModelImpl implements LinearModel {
	/**
	 * The default value of the '{@link #getWeights() <em>Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected static final double[] WEIGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected double[] weights = WEIGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBiases() <em>Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiases()
	 * @generated
	 * @ordered
	 */
	protected static final double[] BIASES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBiases() <em>Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiases()
	 * @generated
	 * @ordered
	 */
	protected double[] biases = BIASES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinearModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.LINEAR_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getWeights() {
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeights(double[] newWeights) {
		double[] oldWeights = weights;
		weights = newWeights;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LINEAR_MODEL__WEIGHTS, oldWeights, weights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getBiases() {
		return biases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBiases(double[] newBiases) {
		double[] oldBiases = biases;
		biases = newBiases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LINEAR_MODEL__BIASES, oldBiases, biases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.LINEAR_MODEL__WEIGHTS:
				return getWeights();
			case ContourPackage.LINEAR_MODEL__BIASES:
				return getBiases();
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
			case ContourPackage.LINEAR_MODEL__WEIGHTS:
				setWeights((double[])newValue);
				return;
			case ContourPackage.LINEAR_MODEL__BIASES:
				setBiases((double[])newValue);
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
			case ContourPackage.LINEAR_MODEL__WEIGHTS:
				setWeights(WEIGHTS_EDEFAULT);
				return;
			case ContourPackage.LINEAR_MODEL__BIASES:
				setBiases(BIASES_EDEFAULT);
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
			case ContourPackage.LINEAR_MODEL__WEIGHTS:
				return WEIGHTS_EDEFAULT == null ? weights != null : !WEIGHTS_EDEFAULT.equals(weights);
			case ContourPackage.LINEAR_MODEL__BIASES:
				return BIASES_EDEFAULT == null ? biases != null : !BIASES_EDEFAULT.equals(biases);
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
		result.append(" (weights: ");
		result.append(weights);
		result.append(", biases: ");
		result.append(biases);
		result.append(')');
		return result.toString();
	}

} //LinearModelImpl
