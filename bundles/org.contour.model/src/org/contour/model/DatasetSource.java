/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.DatasetSource#getLocation <em>Location</em>}</li>
 *   <li>{@link org.contour.model.DatasetSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.contour.model.DatasetSource#getVectorizerId <em>Vectorizer Id</em>}</li>
 *   <li>{@link org.contour.model.DatasetSource#getRowCount <em>Row Count</em>}</li>
 *   <li>{@link org.contour.model.DatasetSource#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.contour.model.DatasetSource#getVectorizerOptions <em>Vectorizer Options</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getDatasetSource()
 * @model
 * @generated
 */
public interface DatasetSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.contour.model.ContourPackage#getDatasetSource_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.contour.model.DatasetSource#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.contour.model.DatasetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.contour.model.DatasetKind
	 * @see #setKind(DatasetKind)
	 * @see org.contour.model.ContourPackage#getDatasetSource_Kind()
	 * @model
	 * @generated
	 */
	DatasetKind getKind();

	/**
	 * Sets the value of the '{@link org.contour.model.DatasetSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.contour.model.DatasetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DatasetKind value);

	/**
	 * Returns the value of the '<em><b>Vectorizer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vectorizer Id</em>' attribute.
	 * @see #setVectorizerId(String)
	 * @see org.contour.model.ContourPackage#getDatasetSource_VectorizerId()
	 * @model
	 * @generated
	 */
	String getVectorizerId();

	/**
	 * Sets the value of the '{@link org.contour.model.DatasetSource#getVectorizerId <em>Vectorizer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vectorizer Id</em>' attribute.
	 * @see #getVectorizerId()
	 * @generated
	 */
	void setVectorizerId(String value);

	/**
	 * Returns the value of the '<em><b>Row Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row Count</em>' attribute.
	 * @see #setRowCount(int)
	 * @see org.contour.model.ContourPackage#getDatasetSource_RowCount()
	 * @model
	 * @generated
	 */
	int getRowCount();

	/**
	 * Sets the value of the '{@link org.contour.model.DatasetSource#getRowCount <em>Row Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Count</em>' attribute.
	 * @see #getRowCount()
	 * @generated
	 */
	void setRowCount(int value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see #setProvenance(String)
	 * @see org.contour.model.ContourPackage#getDatasetSource_Provenance()
	 * @model
	 * @generated
	 */
	String getProvenance();

	/**
	 * Sets the value of the '{@link org.contour.model.DatasetSource#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(String value);

	/**
	 * Returns the value of the '<em><b>Vectorizer Options</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The options the vectorizer was run with, by the option ids its contribution declares.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vectorizer Options</em>' map.
	 * @see org.contour.model.ContourPackage#getDatasetSource_VectorizerOptions()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getVectorizerOptions();

} // DatasetSource
