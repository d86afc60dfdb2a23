/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polynomial Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A linear model over polynomial terms of the inputs: featureNames names the terms (x, y, x^2, x*y, ...), weights are per class and term. Term t is the product over inputs i of ((x_i - inputMeans[i]) / inputScales[i]) to the power exponents[t*I+i]; empty means and scales mean the raw inputs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.PolynomialModel#getInputNames <em>Input Names</em>}</li>
 *   <li>{@link org.contour.model.PolynomialModel#getDegree <em>Degree</em>}</li>
 *   <li>{@link org.contour.model.PolynomialModel#getExponents <em>Exponents</em>}</li>
 *   <li>{@link org.contour.model.PolynomialModel#getInputMeans <em>Input Means</em>}</li>
 *   <li>{@link org.contour.model.PolynomialModel#getInputScales <em>Input Scales</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getPolynomialModel()
 * @model
 * @generated
 */
public interface PolynomialModel extends LinearModel {
	/**
	 * Returns the value of the '<em><b>Input Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Names</em>' attribute list.
	 * @see org.contour.model.ContourPackage#getPolynomialModel_InputNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getInputNames();

	/**
	 * Returns the value of the '<em><b>Degree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Degree</em>' attribute.
	 * @see #setDegree(int)
	 * @see org.contour.model.ContourPackage#getPolynomialModel_Degree()
	 * @model
	 * @generated
	 */
	int getDegree();

	/**
	 * Sets the value of the '{@link org.contour.model.PolynomialModel#getDegree <em>Degree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Degree</em>' attribute.
	 * @see #getDegree()
	 * @generated
	 */
	void setDegree(int value);

	/**
	 * Returns the value of the '<em><b>Exponents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exponents</em>' attribute.
	 * @see #setExponents(int[])
	 * @see org.contour.model.ContourPackage#getPolynomialModel_Exponents()
	 * @model dataType="org.contour.model.IntArray"
	 * @generated
	 */
	int[] getExponents();

	/**
	 * Sets the value of the '{@link org.contour.model.PolynomialModel#getExponents <em>Exponents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exponents</em>' attribute.
	 * @see #getExponents()
	 * @generated
	 */
	void setExponents(int[] value);

	/**
	 * Returns the value of the '<em><b>Input Means</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Means</em>' attribute.
	 * @see #setInputMeans(double[])
	 * @see org.contour.model.ContourPackage#getPolynomialModel_InputMeans()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getInputMeans();

	/**
	 * Sets the value of the '{@link org.contour.model.PolynomialModel#getInputMeans <em>Input Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Means</em>' attribute.
	 * @see #getInputMeans()
	 * @generated
	 */
	void setInputMeans(double[] value);

	/**
	 * Returns the value of the '<em><b>Input Scales</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Scales</em>' attribute.
	 * @see #setInputScales(double[])
	 * @see org.contour.model.ContourPackage#getPolynomialModel_InputScales()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getInputScales();

	/**
	 * Sets the value of the '{@link org.contour.model.PolynomialModel#getInputScales <em>Input Scales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Scales</em>' attribute.
	 * @see #getInputScales()
	 * @generated
	 */
	void setInputScales(double[] value);

} // PolynomialModel
