/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Embedding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.Embedding#getReducerId <em>Reducer Id</em>}</li>
 *   <li>{@link org.contour.model.Embedding#getXs <em>Xs</em>}</li>
 *   <li>{@link org.contour.model.Embedding#getYs <em>Ys</em>}</li>
 *   <li>{@link org.contour.model.Embedding#getAxisNames <em>Axis Names</em>}</li>
 *   <li>{@link org.contour.model.Embedding#getReducerOptions <em>Reducer Options</em>}</li>
 *   <li>{@link org.contour.model.Embedding#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getEmbedding()
 * @model
 * @generated
 */
public interface Embedding extends EObject {
	/**
	 * Returns the value of the '<em><b>Reducer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reducer Id</em>' attribute.
	 * @see #setReducerId(String)
	 * @see org.contour.model.ContourPackage#getEmbedding_ReducerId()
	 * @model
	 * @generated
	 */
	String getReducerId();

	/**
	 * Sets the value of the '{@link org.contour.model.Embedding#getReducerId <em>Reducer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reducer Id</em>' attribute.
	 * @see #getReducerId()
	 * @generated
	 */
	void setReducerId(String value);

	/**
	 * Returns the value of the '<em><b>Xs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Xs</em>' attribute.
	 * @see #setXs(double[])
	 * @see org.contour.model.ContourPackage#getEmbedding_Xs()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getXs();

	/**
	 * Sets the value of the '{@link org.contour.model.Embedding#getXs <em>Xs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xs</em>' attribute.
	 * @see #getXs()
	 * @generated
	 */
	void setXs(double[] value);

	/**
	 * Returns the value of the '<em><b>Ys</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ys</em>' attribute.
	 * @see #setYs(double[])
	 * @see org.contour.model.ContourPackage#getEmbedding_Ys()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getYs();

	/**
	 * Sets the value of the '{@link org.contour.model.Embedding#getYs <em>Ys</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ys</em>' attribute.
	 * @see #getYs()
	 * @generated
	 */
	void setYs(double[] value);

	/**
	 * Returns the value of the '<em><b>Axis Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis Names</em>' attribute list.
	 * @see org.contour.model.ContourPackage#getEmbedding_AxisNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAxisNames();

	/**
	 * Returns the value of the '<em><b>Reducer Options</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The options the reducer was run with (seed included), by the option ids its contribution declares.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reducer Options</em>' map.
	 * @see org.contour.model.ContourPackage#getEmbedding_ReducerOptions()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getReducerOptions();

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see #setProvenance(String)
	 * @see org.contour.model.ContourPackage#getEmbedding_Provenance()
	 * @model
	 * @generated
	 */
	String getProvenance();

	/**
	 * Sets the value of the '{@link org.contour.model.Embedding#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(String value);

} // Embedding
