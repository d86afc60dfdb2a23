/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Taught Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.TaughtModel#getTrainerId <em>Trainer Id</em>}</li>
 *   <li>{@link org.contour.model.TaughtModel#getClassNames <em>Class Names</em>}</li>
 *   <li>{@link org.contour.model.TaughtModel#getFeatureNames <em>Feature Names</em>}</li>
 *   <li>{@link org.contour.model.TaughtModel#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.contour.model.TaughtModel#isHandEdited <em>Hand Edited</em>}</li>
 *   <li>{@link org.contour.model.TaughtModel#getEditHistory <em>Edit History</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getTaughtModel()
 * @model abstract="true"
 * @generated
 */
public interface TaughtModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Trainer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainer Id</em>' attribute.
	 * @see #setTrainerId(String)
	 * @see org.contour.model.ContourPackage#getTaughtModel_TrainerId()
	 * @model
	 * @generated
	 */
	String getTrainerId();

	/**
	 * Sets the value of the '{@link org.contour.model.TaughtModel#getTrainerId <em>Trainer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainer Id</em>' attribute.
	 * @see #getTrainerId()
	 * @generated
	 */
	void setTrainerId(String value);

	/**
	 * Returns the value of the '<em><b>Class Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Names</em>' attribute list.
	 * @see org.contour.model.ContourPackage#getTaughtModel_ClassNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getClassNames();

	/**
	 * Returns the value of the '<em><b>Feature Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Names</em>' attribute list.
	 * @see org.contour.model.ContourPackage#getTaughtModel_FeatureNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFeatureNames();

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see #setProvenance(String)
	 * @see org.contour.model.ContourPackage#getTaughtModel_Provenance()
	 * @model
	 * @generated
	 */
	String getProvenance();

	/**
	 * Sets the value of the '{@link org.contour.model.TaughtModel#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(String value);

	/**
	 * Returns the value of the '<em><b>Hand Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hand Edited</em>' attribute.
	 * @see #setHandEdited(boolean)
	 * @see org.contour.model.ContourPackage#getTaughtModel_HandEdited()
	 * @model
	 * @generated
	 */
	boolean isHandEdited();

	/**
	 * Sets the value of the '{@link org.contour.model.TaughtModel#isHandEdited <em>Hand Edited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hand Edited</em>' attribute.
	 * @see #isHandEdited()
	 * @generated
	 */
	void setHandEdited(boolean value);

	/**
	 * Returns the value of the '<em><b>Edit History</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hand edits made since training, oldest first, each in words (for example: weight of PC1 for class 3 changed from 0.41 to 0.8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edit History</em>' attribute list.
	 * @see org.contour.model.ContourPackage#getTaughtModel_EditHistory()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEditHistory();

} // TaughtModel
