/**
 */
package org.contour.model.impl;

import org.contour.model.ContourPackage;
import org.contour.model.TreeNode;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tree Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.TreeNodeImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.contour.model.impl.TreeNodeImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.contour.model.impl.TreeNodeImpl#getLeft <em>Left</em>}</li>
 *   <li>{@link org.contour.model.impl.TreeNodeImpl#getRight <em>Right</em>}</li>
 *   <li>{@link org.contour.model.impl.TreeNodeImpl#getPredictedClass <em>Predicted Class</em>}</li>
 *   <li>{@link org.contour.model.impl.TreeNodeImpl#getClassCounts <em>Class Counts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TreeNodeImpl extends MinimalEObjectImpl.Container implements TreeNode {
	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected int feature = FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeft() <em>Left</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeft()
	 * @generated
	 * @ordered
	 */
	protected TreeNode left;

	/**
	 * The cached value of the '{@link #getRight() <em>Right</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRight()
	 * @generated
	 * @ordered
	 */
	protected TreeNode right;

	/**
	 * The default value of the '{@link #getPredictedClass() <em>Predicted Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictedClass()
	 * @generated
	 * @ordered
	 */
	protected static final int PREDICTED_CLASS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPredictedClass() <em>Predicted Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictedClass()
	 * @generated
	 * @ordered
	 */
	protected int predictedClass = PREDICTED_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassCounts() <em>Class Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCounts()
	 * @generated
	 * @ordered
	 */
	protected static final double[] CLASS_COUNTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassCounts() <em>Class Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCounts()
	 * @generated
	 * @ordered
	 */
	protected double[] classCounts = CLASS_COUNTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TreeNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.TREE_NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(int newFeature) {
		int oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeNode getLeft() {
		return left;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeft(TreeNode newLeft, NotificationChain msgs) {
		TreeNode oldLeft = left;
		left = newLeft;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__LEFT, oldLeft, newLeft);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeft(TreeNode newLeft) {
		if (newLeft != left) {
			NotificationChain msgs = null;
			if (left != null)
				msgs = ((InternalEObject)left).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.TREE_NODE__LEFT, null, msgs);
			if (newLeft != null)
				msgs = ((InternalEObject)newLeft).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.TREE_NODE__LEFT, null, msgs);
			msgs = basicSetLeft(newLeft, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__LEFT, newLeft, newLeft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeNode getRight() {
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRight(TreeNode newRight, NotificationChain msgs) {
		TreeNode oldRight = right;
		right = newRight;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__RIGHT, oldRight, newRight);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRight(TreeNode newRight) {
		if (newRight != right) {
			NotificationChain msgs = null;
			if (right != null)
				msgs = ((InternalEObject)right).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.TREE_NODE__RIGHT, null, msgs);
			if (newRight != null)
				msgs = ((InternalEObject)newRight).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.TREE_NODE__RIGHT, null, msgs);
			msgs = basicSetRight(newRight, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__RIGHT, newRight, newRight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPredictedClass() {
		return predictedClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredictedClass(int newPredictedClass) {
		int oldPredictedClass = predictedClass;
		predictedClass = newPredictedClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__PREDICTED_CLASS, oldPredictedClass, predictedClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getClassCounts() {
		return classCounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassCounts(double[] newClassCounts) {
		double[] oldClassCounts = classCounts;
		classCounts = newClassCounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TREE_NODE__CLASS_COUNTS, oldClassCounts, classCounts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ContourPackage.TREE_NODE__LEFT:
				return basicSetLeft(null, msgs);
			case ContourPackage.TREE_NODE__RIGHT:
				return basicSetRight(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.TREE_NODE__FEATURE:
				return getFeature();
			case ContourPackage.TREE_NODE__THRESHOLD:
				return getThreshold();
			case ContourPackage.TREE_NODE__LEFT:
				return getLeft();
			case ContourPackage.TREE_NODE__RIGHT:
				return getRight();
			case ContourPackage.TREE_NODE__PREDICTED_CLASS:
				return getPredictedClass();
			case ContourPackage.TREE_NODE__CLASS_COUNTS:
				return getClassCounts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ContourPackage.TREE_NODE__FEATURE:
				setFeature((Integer)newValue);
				return;
			case ContourPackage.TREE_NODE__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case ContourPackage.TREE_NODE__LEFT:
				setLeft((TreeNode)newValue);
				return;
			case ContourPackage.TREE_NODE__RIGHT:
				setRight((TreeNode)newValue);
				return;
			case ContourPackage.TREE_NODE__PREDICTED_CLASS:
				setPredictedClass((Integer)newValue);
				return;
			case ContourPackage.TREE_NODE__CLASS_COUNTS:
				setClassCounts((double[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ContourPackage.TREE_NODE__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case ContourPackage.TREE_NODE__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case ContourPackage.TREE_NODE__LEFT:
				setLeft((TreeNode)null);
				return;
			case ContourPackage.TREE_NODE__RIGHT:
				setRight((TreeNode)null);
				return;
			case ContourPackage.TREE_NODE__PREDICTED_CLASS:
				setPredictedClass(PREDICTED_CLASS_EDEFAULT);
				return;
			case ContourPackage.TREE_NODE__CLASS_COUNTS:
				setClassCounts(CLASS_COUNTS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ContourPackage.TREE_NODE__FEATURE:
				return feature != FEATURE_EDEFAULT;
			case ContourPackage.TREE_NODE__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case ContourPackage.TREE_NODE__LEFT:
				return left != null;
			case ContourPackage.TREE_NODE__RIGHT:
				return right != null;
			case ContourPackage.TREE_NODE__PREDICTED_CLASS:
				return predictedClass != PREDICTED_CLASS_EDEFAULT;
			case ContourPackage.TREE_NODE__CLASS_COUNTS:
				return CLASS_COUNTS_EDEFAULT == null ? classCounts != null : !CLASS_COUNTS_EDEFAULT.equals(classCounts);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (feature: ");
		result.append(feature);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", predictedClass: ");
		result.append(predictedClass);
		result.append(", classCounts: ");
		result.append(classCounts);
		result.append(')');
		return result.toString();
	}

} //TreeNodeImpl
