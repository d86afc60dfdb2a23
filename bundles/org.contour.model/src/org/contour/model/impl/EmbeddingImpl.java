/**
 */
package org.contour.model.impl;

import java.util.Collection;

import org.contour.model.ContourPackage;
import org.contour.model.Embedding;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Embedding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.EmbeddingImpl#getReducerId <em>Reducer Id</em>}</li>
 *   <li>{@link org.contour.model.impl.EmbeddingImpl#getXs <em>Xs</em>}</li>
 *   <li>{@link org.contour.model.impl.EmbeddingImpl#getYs <em>Ys</em>}</li>
 *   <li>{@link org.contour.model.impl.EmbeddingImpl#getAxisNames <em>Axis Names</em>}</li>
 *   <li>{@link org.contour.model.impl.EmbeddingImpl#getReducerOptions <em>Reducer Options</em>}</li>
 *   <li>{@link org.contour.model.impl.EmbeddingImpl#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmbeddingImpl extends MinimalEObjectImpl.Container implements Embedding {
	/**
	 * The default value of the '{@link #getReducerId() <em>Reducer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReducerId()
	 * @generated
	 * @ordered
	 */
	protected static final String REDUCER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReducerId() <em>Reducer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReducerId()
	 * @generated
	 * @ordered
	 */
	protected String reducerId = REDUCER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getXs() <em>Xs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXs()
	 * @generated
	 * @ordered
	 */
	protected static final double[] XS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXs() <em>Xs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXs()
	 * @generated
	 * @ordered
	 */
	protected double[] xs = XS_EDEFAULT;

	/**
	 * The default value of the '{@link #getYs() <em>Ys</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYs()
	 * @generated
	 * @ordered
	 */
	protected static final double[] YS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYs() <em>Ys</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYs()
	 * @generated
	 * @ordered
	 */
	protected double[] ys = YS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAxisNames() <em>Axis Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxisNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> axisNames;

	/**
	 * The cached value of the '{@link #getReducerOptions() <em>Reducer Options</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReducerOptions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> reducerOptions;

	/**
	 * The default value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVENANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected String provenance = PROVENANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmbeddingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.EMBEDDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReducerId() {
		return reducerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReducerId(String newReducerId) {
		String oldReducerId = reducerId;
		reducerId = newReducerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.EMBEDDING__REDUCER_ID, oldReducerId, reducerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getXs() {
		return xs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXs(double[] newXs) {
		double[] oldXs = xs;
		xs = newXs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.EMBEDDING__XS, oldXs, xs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getYs() {
		return ys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYs(double[] newYs) {
		double[] oldYs = ys;
		ys = newYs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.EMBEDDING__YS, oldYs, ys));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAxisNames() {
		if (axisNames == null) {
			axisNames = new EDataTypeEList<String>(String.class, this, ContourPackage.EMBEDDING__AXIS_NAMES);
		}
		return axisNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getReducerOptions() {
		if (reducerOptions == null) {
			reducerOptions = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, ContourPackage.EMBEDDING__REDUCER_OPTIONS);
		}
		return reducerOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(String newProvenance) {
		String oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.EMBEDDING__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ContourPackage.EMBEDDING__REDUCER_OPTIONS:
				return ((InternalEList<?>)getReducerOptions()).basicRemove(otherEnd, msgs);
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
			case ContourPackage.EMBEDDING__REDUCER_ID:
				return getReducerId();
			case ContourPackage.EMBEDDING__XS:
				return getXs();
			case ContourPackage.EMBEDDING__YS:
				return getYs();
			case ContourPackage.EMBEDDING__AXIS_NAMES:
				return getAxisNames();
			case ContourPackage.EMBEDDING__REDUCER_OPTIONS:
				if (coreType) return getReducerOptions();
				else return getReducerOptions().map();
			case ContourPackage.EMBEDDING__PROVENANCE:
				return getProvenance();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ContourPackage.EMBEDDING__REDUCER_ID:
				setReducerId((String)newValue);
				return;
			case ContourPackage.EMBEDDING__XS:
				setXs((double[])newValue);
				return;
			case ContourPackage.EMBEDDING__YS:
				setYs((double[])newValue);
				return;
			case ContourPackage.EMBEDDING__AXIS_NAMES:
				getAxisNames().clear();
				getAxisNames().addAll((Collection<? extends String>)newValue);
				return;
			case ContourPackage.EMBEDDING__REDUCER_OPTIONS:
				((EStructuralFeature.Setting)getReducerOptions()).set(newValue);
				return;
			case ContourPackage.EMBEDDING__PROVENANCE:
				setProvenance((String)newValue);
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
			case ContourPackage.EMBEDDING__REDUCER_ID:
				setReducerId(REDUCER_ID_EDEFAULT);
				return;
			case ContourPackage.EMBEDDING__XS:
				setXs(XS_EDEFAULT);
				return;
			case ContourPackage.EMBEDDING__YS:
				setYs(YS_EDEFAULT);
				return;
			case ContourPackage.EMBEDDING__AXIS_NAMES:
				getAxisNames().clear();
				return;
			case ContourPackage.EMBEDDING__REDUCER_OPTIONS:
				getReducerOptions().clear();
				return;
			case ContourPackage.EMBEDDING__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
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
			case ContourPackage.EMBEDDING__REDUCER_ID:
				return REDUCER_ID_EDEFAULT == null ? reducerId != null : !REDUCER_ID_EDEFAULT.equals(reducerId);
			case ContourPackage.EMBEDDING__XS:
				return XS_EDEFAULT == null ? xs != null : !XS_EDEFAULT.equals(xs);
			case ContourPackage.EMBEDDING__YS:
				return YS_EDEFAULT == null ? ys != null : !YS_EDEFAULT.equals(ys);
			case ContourPackage.EMBEDDING__AXIS_NAMES:
				return axisNames != null && !axisNames.isEmpty();
			case ContourPackage.EMBEDDING__REDUCER_OPTIONS:
				return reducerOptions != null && !reducerOptions.isEmpty();
			case ContourPackage.EMBEDDING__PROVENANCE:
				return PROVENANCE_EDEFAULT == null ? provenance != null : !PROVENANCE_EDEFAULT.equals(provenance);
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
		result.append(" (reducerId: ");
		result.append(reducerId);
		result.append(", xs: ");
		result.append(xs);
		result.append(", ys: ");
		result.append(ys);
		result.append(", axisNames: ");
		result.append(axisNames);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(')');
		return result.toString();
	}

} //EmbeddingImpl
