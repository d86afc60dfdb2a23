/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Predictions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.Predictions#getModelDescription <em>Model Description</em>}</li>
 *   <li>{@link org.contour.model.Predictions#getClassNames <em>Class Names</em>}</li>
 *   <li>{@link org.contour.model.Predictions#getPredicted <em>Predicted</em>}</li>
 *   <li>{@link org.contour.model.Predictions#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getPredictions()
 * @model
 * @generated
 */
public interface Predictions extends EObject {
	/**
	 * Returns the value of the '<em><b>Model Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Description</em>' attribute.
	 * @see #setModelDescription(String)
	 * @see org.contour.model.ContourPackage#getPredictions_ModelDescription()
	 * @model
	 * @generated
	 */
	String getModelDescription();

	/**
	 * Sets the value of the '{@link org.contour.model.Predictions#getModelDescription <em>Model Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Description</em>' attribute.
	 * @see #getModelDescription()
	 * @generated
	 */
	void setModelDescription(String value);

	/**
	 * Returns the value of the '<em><b>Class Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Names</em>' attribute list.
	 * @see org.contour.model.ContourPackage#getPredictions_ClassNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getClassNames();

	/**
	 * Returns the value of the '<em><b>Predicted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per example the index into classNames of the predicted class, -1 where the model could not say.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predicted</em>' attribute.
	 * @see #setPredicted(int[])
	 * @see org.contour.model.ContourPackage#getPredictions_Predicted()
	 * @model dataType="org.contour.model.IntArray"
	 * @generated
	 */
	int[] getPredicted();

	/**
	 * Sets the value of the '{@link org.contour.model.Predictions#getPredicted <em>Predicted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicted</em>' attribute.
	 * @see #getPredicted()
	 * @generated
	 */
	void setPredicted(int[] value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per example the probability the model gave its predicted class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double[])
	 * @see org.contour.model.ContourPackage#getPredictions_Confidence()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getConfidence();

	/**
	 * Sets the value of the '{@link org.contour.model.Predictions#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double[] value);

} // Predictions
