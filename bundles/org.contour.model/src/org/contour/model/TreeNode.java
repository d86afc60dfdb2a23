/**
 */
package org.contour.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tree Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A split (feature >= 0: go to left when x[feature] <= threshold, else right) or a leaf (feature -1: predict predictedClass).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.TreeNode#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.contour.model.TreeNode#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.contour.model.TreeNode#getLeft <em>Left</em>}</li>
 *   <li>{@link org.contour.model.TreeNode#getRight <em>Right</em>}</li>
 *   <li>{@link org.contour.model.TreeNode#getPredictedClass <em>Predicted Class</em>}</li>
 *   <li>{@link org.contour.model.TreeNode#getClassCounts <em>Class Counts</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getTreeNode()
 * @model
 * @generated
 */
public interface TreeNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(int)
	 * @see org.contour.model.ContourPackage#getTreeNode_Feature()
	 * @model default="-1"
	 * @generated
	 */
	int getFeature();

	/**
	 * Sets the value of the '{@link org.contour.model.TreeNode#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(int value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.contour.model.ContourPackage#getTreeNode_Threshold()
	 * @model
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.contour.model.TreeNode#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left</em>' containment reference.
	 * @see #setLeft(TreeNode)
	 * @see org.contour.model.ContourPackage#getTreeNode_Left()
	 * @model containment="true"
	 * @generated
	 */
	TreeNode getLeft();

	/**
	 * Sets the value of the '{@link org.contour.model.TreeNode#getLeft <em>Left</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' containment reference.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(TreeNode value);

	/**
	 * Returns the value of the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right</em>' containment reference.
	 * @see #setRight(TreeNode)
	 * @see org.contour.model.ContourPackage#getTreeNode_Right()
	 * @model containment="true"
	 * @generated
	 */
	TreeNode getRight();

	/**
	 * Sets the value of the '{@link org.contour.model.TreeNode#getRight <em>Right</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' containment reference.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(TreeNode value);

	/**
	 * Returns the value of the '<em><b>Predicted Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predicted Class</em>' attribute.
	 * @see #setPredictedClass(int)
	 * @see org.contour.model.ContourPackage#getTreeNode_PredictedClass()
	 * @model
	 * @generated
	 */
	int getPredictedClass();

	/**
	 * Sets the value of the '{@link org.contour.model.TreeNode#getPredictedClass <em>Predicted Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicted Class</em>' attribute.
	 * @see #getPredictedClass()
	 * @generated
	 */
	void setPredictedClass(int value);

	/**
	 * Returns the value of the '<em><b>Class Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training points of each class that reached this node; the leaf's confidence is its share of the predicted class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Class Counts</em>' attribute.
	 * @see #setClassCounts(double[])
	 * @see org.contour.model.ContourPackage#getTreeNode_ClassCounts()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getClassCounts();

	/**
	 * Sets the value of the '{@link org.contour.model.TreeNode#getClassCounts <em>Class Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Counts</em>' attribute.
	 * @see #getClassCounts()
	 * @generated
	 */
	void setClassCounts(double[] value);

} // TreeNode
