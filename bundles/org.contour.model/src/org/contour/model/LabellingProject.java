/**
 */
package org.contour.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Labelling Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.LabellingProject#getName <em>Name</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getEmbedding <em>Embedding</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getSketches <em>Sketches</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getModel <em>Model</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getLabellingProject()
 * @model
 * @generated
 */
public interface LabellingProject extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.contour.model.ContourPackage#getLabellingProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetSource)
	 * @see org.contour.model.ContourPackage#getLabellingProject_Dataset()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DatasetSource getDataset();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(DatasetSource value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.contour.model.LabelClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.contour.model.ContourPackage#getLabellingProject_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelClass> getLabels();

	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per example (row order of the dataset) the index into labels, or -1 when unlabelled. One array rather than one object per example: a project may hold a million examples.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assignments</em>' attribute.
	 * @see #setAssignments(int[])
	 * @see org.contour.model.ContourPackage#getLabellingProject_Assignments()
	 * @model dataType="org.contour.model.IntArray"
	 * @generated
	 */
	int[] getAssignments();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getAssignments <em>Assignments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignments</em>' attribute.
	 * @see #getAssignments()
	 * @generated
	 */
	void setAssignments(int[] value);

	/**
	 * Returns the value of the '<em><b>Embedding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Embedding</em>' containment reference.
	 * @see #setEmbedding(Embedding)
	 * @see org.contour.model.ContourPackage#getLabellingProject_Embedding()
	 * @model containment="true"
	 * @generated
	 */
	Embedding getEmbedding();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getEmbedding <em>Embedding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Embedding</em>' containment reference.
	 * @see #getEmbedding()
	 * @generated
	 */
	void setEmbedding(Embedding value);

	/**
	 * Returns the value of the '<em><b>Sketches</b></em>' containment reference list.
	 * The list contents are of type {@link org.contour.model.Sketch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sketches</em>' containment reference list.
	 * @see org.contour.model.ContourPackage#getLabellingProject_Sketches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sketch> getSketches();

	/**
	 * Returns the value of the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' containment reference.
	 * @see #setModel(TaughtModel)
	 * @see org.contour.model.ContourPackage#getLabellingProject_Model()
	 * @model containment="true"
	 * @generated
	 */
	TaughtModel getModel();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getModel <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' containment reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(TaughtModel value);

} // LabellingProject
