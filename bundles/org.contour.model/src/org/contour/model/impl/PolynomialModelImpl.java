/**
 */
package org.contour.model.impl;

import java.util.Collection;

import org.contour.model.ContourPackage;
import org.contour.model.PolynomialModel;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Polynomial Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.PolynomialModelImpl#getInputNames <em>Input Names</em>}</li>
 *   <li>{@link org.contour.model.impl.PolynomialModelImpl#getDegree <em>Degree</em>}</li>
 *   <li>{@link org.contour.model.impl.PolynomialModelImpl#getExponents <em>Exponents</em>}</li>
 *   <li>{@link org.contour.model.impl.PolynomialModelImpl#getInputMeans <em>Input Means</em>}</li>
 *   <li>{@link org.contour.model.impl.PolynomialModelImpl#getInputScales <em>Input Scales</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolynomialModelImpl extends LinearModelImpl implements PolynomialModel {
	/**
	 * The cached value of the '{@link #getInputNames() <em>Input Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> inputNames;

	/**
	 * The default value of the '{@link #getDegree() <em>Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegree()
	 * @generated
	 * @ordered
	 */
	protected static final int DEGREE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDegree() <em>Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegree()
	 * @generated
	 * @ordered
	 */
	protected int degree = DEGREE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExponents() <em>Exponents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExponents()
	 * @generated
	 * @ordered
	 */
	protected static final int[] EXPONENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExponents() <em>Exponents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExponents()
	 * @generated
	 * @ordered
	 */
	protected int[] exponents = EXPONENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputMeans() <em>Input Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputMeans()
	 * @generated
	 * @ordered
	 */
	protected static final double[] INPUT_MEANS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputMeans() <em>Input Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputMeans()
	 * @generated
	 * @ordered
	 */
	protected double[] inputMeans = INPUT_MEANS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputScales() <em>Input Scales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputScales()
	 * @generated
	 * @ordered
	 */
	protected static final double[] INPUT_SCALES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputScales() <em>Input Scales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputScales()
	 * @generated
	 * @ordered
	 */
	protected double[] inputScales = INPUT_SCALES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolynomialModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.POLYNOMIAL_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInputNames() {
		if (inputNames == null) {
			inputNames = new EDataTypeEList<String>(String.class, this, ContourPackage.POLYNOMIAL_MODEL__INPUT_NAMES);
		}
		return inputNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDegree() {
		return degree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDegree(int newDegree) {
		int oldDegree = degree;
		degree = newDegree;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.POLYNOMIAL_MODEL__DEGREE, oldDegree, degree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getExponents() {
		return exponents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExponents(int[] newExponents) {
		int[] oldExponents = exponents;
		exponents = newExponents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.POLYNOMIAL_MODEL__EXPONENTS, oldExponents, exponents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getInputMeans() {
		return inputMeans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputMeans(double[] newInputMeans) {
		double[] oldInputMeans = inputMeans;
		inputMeans = newInputMeans;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.POLYNOMIAL_MODEL__INPUT_MEANS, oldInputMeans, inputMeans));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getInputScales() {
		return inputScales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputScales(double[] newInputScales) {
		double[] oldInputScales = inputScales;
		inputScales = newInputScales;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.POLYNOMIAL_MODEL__INPUT_SCALES, oldInputScales, inputScales));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_NAMES:
				return getInputNames();
			case ContourPackage.POLYNOMIAL_MODEL__DEGREE:
				return getDegree();
			case ContourPackage.POLYNOMIAL_MODEL__EXPONENTS:
				return getExponents();
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_MEANS:
				return getInputMeans();
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_SCALES:
				return getInputScales();
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
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_NAMES:
				getInputNames().clear();
				getInputNames().addAll((Collection<? extends String>)newValue);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__DEGREE:
				setDegree((Integer)newValue);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__EXPONENTS:
				setExponents((int[])newValue);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_MEANS:
				setInputMeans((double[])newValue);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_SCALES:
				setInputScales((double[])newValue);
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
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_NAMES:
				getInputNames().clear();
				return;
			case ContourPackage.POLYNOMIAL_MODEL__DEGREE:
				setDegree(DEGREE_EDEFAULT);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__EXPONENTS:
				setExponents(EXPONENTS_EDEFAULT);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_MEANS:
				setInputMeans(INPUT_MEANS_EDEFAULT);
				return;
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_SCALES:
				setInputScales(INPUT_SCALES_EDEFAULT);
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
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_NAMES:
				return inputNames != null && !inputNames.isEmpty();
			case ContourPackage.POLYNOMIAL_MODEL__DEGREE:
				return degree != DEGREE_EDEFAULT;
			case ContourPackage.POLYNOMIAL_MODEL__EXPONENTS:
				return EXPONENTS_EDEFAULT == null ? exponents != null : !EXPONENTS_EDEFAULT.equals(exponents);
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_MEANS:
				return INPUT_MEANS_EDEFAULT == null ? inputMeans != null : !INPUT_MEANS_EDEFAULT.equals(inputMeans);
			case ContourPackage.POLYNOMIAL_MODEL__INPUT_SCALES:
				return INPUT_SCALES_EDEFAULT == null ? inputScales != null : !INPUT_SCALES_EDEFAULT.equals(inputScales);
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
		result.append(" (inputNames: ");
		result.append(inputNames);
		result.append(", degree: ");
		result.append(degree);
		result.append(", exponents: ");
		result.append(exponents);
		result.append(", inputMeans: ");
		result.append(inputMeans);
		result.append(", inputScales: ");
		result.append(inputScales);
		result.append(')');
		return result.toString();
	}

} //PolynomialModelImpl
