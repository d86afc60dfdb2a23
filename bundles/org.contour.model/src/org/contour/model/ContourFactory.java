/**
 */
package org.contour.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.contour.model.ContourPackage
 * @generated
 */
public interface ContourFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ContourFactory eINSTANCE = org.contour.model.impl.ContourFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Labelling Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Labelling Project</em>'.
	 * @generated
	 */
	LabellingProject createLabellingProject();

	/**
	 * Returns a new object of class '<em>Dataset Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Source</em>'.
	 * @generated
	 */
	DatasetSource createDatasetSource();

	/**
	 * Returns a new object of class '<em>Label Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Class</em>'.
	 * @generated
	 */
	LabelClass createLabelClass();

	/**
	 * Returns a new object of class '<em>Embedding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Embedding</em>'.
	 * @generated
	 */
	Embedding createEmbedding();

	/**
	 * Returns a new object of class '<em>Sketch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sketch</em>'.
	 * @generated
	 */
	Sketch createSketch();

	/**
	 * Returns a new object of class '<em>Linear Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Linear Model</em>'.
	 * @generated
	 */
	LinearModel createLinearModel();

	/**
	 * Returns a new object of class '<em>Polynomial Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Polynomial Model</em>'.
	 * @generated
	 */
	PolynomialModel createPolynomialModel();

	/**
	 * Returns a new object of class '<em>Decision Tree Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decision Tree Model</em>'.
	 * @generated
	 */
	DecisionTreeModel createDecisionTreeModel();

	/**
	 * Returns a new object of class '<em>Tree Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tree Node</em>'.
	 * @generated
	 */
	TreeNode createTreeNode();

	/**
	 * Returns a new object of class '<em>Nearest Neighbour Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Nearest Neighbour Model</em>'.
	 * @generated
	 */
	NearestNeighbourModel createNearestNeighbourModel();

	/**
	 * Returns a new object of class '<em>Teaching Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Teaching Settings</em>'.
	 * @generated
	 */
	TeachingSettings createTeachingSettings();

	/**
	 * Returns a new object of class '<em>Predictions</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Predictions</em>'.
	 * @generated
	 */
	Predictions createPredictions();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ContourPackage getContourPackage();

} //ContourFactory
