/**
 */
package org.contour.model.impl;

import org.contour.model.ContourPackage;
import org.contour.model.NearestNeighbourModel;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Nearest Neighbour Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.NearestNeighbourModelImpl#getK <em>K</em>}</li>
 *   <li>{@link org.contour.model.impl.NearestNeighbourModelImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.contour.model.impl.NearestNeighbourModelImpl#getPointClasses <em>Point Classes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NearestNeighbourModelImpl extends TaughtModelImpl implements NearestNeighbourModel {
	/**
	 * The default value of the '{@link #getK() <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK()
	 * @generated
	 * @ordered
	 */
	protected static final int K_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getK() <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK()
	 * @generated
	 * @ordered
	 */
	protected int k = K_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double[] POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected double[] points = POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPointClasses() <em>Point Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointClasses()
	 * @generated
	 * @ordered
	 */
	protected static final int[] POINT_CLASSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPointClasses() <em>Point Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointClasses()
	 * @generated
	 * @ordered
	 */
	protected int[] pointClasses = POINT_CLASSES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NearestNeighbourModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.NEAREST_NEIGHBOUR_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getK() {
		return k;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setK(int newK) {
		int oldK = k;
		k = newK;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.NEAREST_NEIGHBOUR_MODEL__K, oldK, k));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(double[] newPoints) {
		double[] oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getPointClasses() {
		return pointClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointClasses(int[] newPointClasses) {
		int[] oldPointClasses = pointClasses;
		pointClasses = newPointClasses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES, oldPointClasses, pointClasses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__K:
				return getK();
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINTS:
				return getPoints();
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES:
				return getPointClasses();
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
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__K:
				setK((Integer)newValue);
				return;
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINTS:
				setPoints((double[])newValue);
				return;
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES:
				setPointClasses((int[])newValue);
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
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__K:
				setK(K_EDEFAULT);
				return;
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES:
				setPointClasses(POINT_CLASSES_EDEFAULT);
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
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__K:
				return k != K_EDEFAULT;
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINTS:
				return POINTS_EDEFAULT == null ? points != null : !POINTS_EDEFAULT.equals(points);
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES:
				return POINT_CLASSES_EDEFAULT == null ? pointClasses != null : !POINT_CLASSES_EDEFAULT.equals(pointClasses);
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
		result.append(" (k: ");
		result.append(k);
		result.append(", points: ");
		result.append(points);
		result.append(", pointClasses: ");
		result.append(pointClasses);
		result.append(')');
		return result.toString();
	}

} //NearestNeighbourModelImpl
