/**
 */
package org.contour.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Linear Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.LinearModel#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.contour.model.LinearModel#getBiases <em>Biases</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getLinearModel()
 * @model
 * @generated
 */
public interface LinearModel extends TaughtModel {
	/**
	 * Returns the value of the '<em><b>Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Row-major, one row per class, one column per feature: score(c) = bias(c) + sum over f of weights[c*F+f]*x[f]; probabilities are the softmax of the scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights</em>' attribute.
	 * @see #setWeights(double[])
	 * @see org.contour.model.ContourPackage#getLinearModel_Weights()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getWeights();

	/**
	 * Sets the value of the '{@link org.contour.model.LinearModel#getWeights <em>Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weights</em>' attribute.
	 * @see #getWeights()
	 * @generated
	 */
	void setWeights(double[] value);

	/**
	 * Returns the value of the '<em><b>Biases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Biases</em>' attribute.
	 * @see #setBiases(double[])
	 * @see org.contour.model.ContourPackage#getLinearModel_Biases()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getBiases();

	/**
	 * Sets the value of the '{@link org.contour.model.LinearModel#getBiases <em>Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Biases</em>' attribute.
	 * @see #getBiases()
	 * @generated
	 */
	void setBiases(double[] value);

} // LinearModel
