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
 *   <li>{@link org.contour.model.LabellingProject#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getTeaching <em>Teaching</em>}</li>
 *   <li>{@link org.contour.model.LabellingProject#getPredictions <em>Predictions</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Subsets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per example (row order) the value of its Subset literal; null means every example is RAW.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsets</em>' attribute.
	 * @see #setSubsets(int[])
	 * @see org.contour.model.ContourPackage#getLabellingProject_Subsets()
	 * @model dataType="org.contour.model.IntArray"
	 * @generated
	 */
	int[] getSubsets();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getSubsets <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsets</em>' attribute.
	 * @see #getSubsets()
	 * @generated
	 */
	void setSubsets(int[] value);

	/**
	 * Returns the value of the '<em><b>Teaching</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teaching</em>' containment reference.
	 * @see #setTeaching(TeachingSettings)
	 * @see org.contour.model.ContourPackage#getLabellingProject_Teaching()
	 * @model containment="true"
	 * @generated
	 */
	TeachingSettings getTeaching();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getTeaching <em>Teaching</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teaching</em>' containment reference.
	 * @see #getTeaching()
	 * @generated
	 */
	void setTeaching(TeachingSettings value);

	/**
	 * Returns the value of the '<em><b>Predictions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the taught model said about every example when it was last applied; null before the first apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predictions</em>' containment reference.
	 * @see #setPredictions(Predictions)
	 * @see org.contour.model.ContourPackage#getLabellingProject_Predictions()
	 * @model containment="true"
	 * @generated
	 */
	Predictions getPredictions();

	/**
	 * Sets the value of the '{@link org.contour.model.LabellingProject#getPredictions <em>Predictions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predictions</em>' containment reference.
	 * @see #getPredictions()
	 * @generated
	 */
	void setPredictions(Predictions value);

} // LabellingProject
