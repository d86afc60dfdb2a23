/**
 */
package org.contour.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Tree Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.DecisionTreeModel#getMaxDepth <em>Max Depth</em>}</li>
 *   <li>{@link org.contour.model.DecisionTreeModel#getRoot <em>Root</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getDecisionTreeModel()
 * @model
 * @generated
 */
public interface DecisionTreeModel extends TaughtModel {
	/**
	 * Returns the value of the '<em><b>Max Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Depth</em>' attribute.
	 * @see #setMaxDepth(int)
	 * @see org.contour.model.ContourPackage#getDecisionTreeModel_MaxDepth()
	 * @model
	 * @generated
	 */
	int getMaxDepth();

	/**
	 * Sets the value of the '{@link org.contour.model.DecisionTreeModel#getMaxDepth <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Depth</em>' attribute.
	 * @see #getMaxDepth()
	 * @generated
	 */
	void setMaxDepth(int value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' containment reference.
	 * @see #setRoot(TreeNode)
	 * @see org.contour.model.ContourPackage#getDecisionTreeModel_Root()
	 * @model containment="true"
	 * @generated
	 */
	TreeNode getRoot();

	/**
	 * Sets the value of the '{@link org.contour.model.DecisionTreeModel#getRoot <em>Root</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' containment reference.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(TreeNode value);

} // DecisionTreeModel
