/**
 */
package org.contour.model.impl;

import org.contour.model.ContourPackage;
import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Teaching Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#getClassifierId <em>Classifier Id</em>}</li>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#getClassifierOptions <em>Classifier Options</em>}</li>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#getPointsPerClass <em>Points Per Class</em>}</li>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#isIncludeLabelledExamples <em>Include Labelled Examples</em>}</li>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#isShowPseudoPoints <em>Show Pseudo Points</em>}</li>
 *   <li>{@link org.contour.model.impl.TeachingSettingsImpl#getSpace <em>Space</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeachingSettingsImpl extends MinimalEObjectImpl.Container implements TeachingSettings {
	/**
	 * The default value of the '{@link #getClassifierId() <em>Classifier Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassifierId() <em>Classifier Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierId()
	 * @generated
	 * @ordered
	 */
	protected String classifierId = CLASSIFIER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClassifierOptions() <em>Classifier Options</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierOptions()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> classifierOptions;

	/**
	 * The default value of the '{@link #getPointsPerClass() <em>Points Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPerClass()
	 * @generated
	 * @ordered
	 */
	protected static final int POINTS_PER_CLASS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getPointsPerClass() <em>Points Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPerClass()
	 * @generated
	 * @ordered
	 */
	protected int pointsPerClass = POINTS_PER_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #isIncludeLabelledExamples() <em>Include Labelled Examples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeLabelledExamples()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCLUDE_LABELLED_EXAMPLES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncludeLabelledExamples() <em>Include Labelled Examples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeLabelledExamples()
	 * @generated
	 * @ordered
	 */
	protected boolean includeLabelledExamples = INCLUDE_LABELLED_EXAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #isShowPseudoPoints() <em>Show Pseudo Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowPseudoPoints()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOW_PSEUDO_POINTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShowPseudoPoints() <em>Show Pseudo Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowPseudoPoints()
	 * @generated
	 * @ordered
	 */
	protected boolean showPseudoPoints = SHOW_PSEUDO_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpace() <em>Space</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpace()
	 * @generated
	 * @ordered
	 */
	protected static final TeachingSpace SPACE_EDEFAULT = TeachingSpace.MAP;

	/**
	 * The cached value of the '{@link #getSpace() <em>Space</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpace()
	 * @generated
	 * @ordered
	 */
	protected TeachingSpace space = SPACE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeachingSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.TEACHING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassifierId() {
		return classifierId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierId(String newClassifierId) {
		String oldClassifierId = classifierId;
		classifierId = newClassifierId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TEACHING_SETTINGS__CLASSIFIER_ID, oldClassifierId, classifierId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getClassifierOptions() {
		if (classifierOptions == null) {
			classifierOptions = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, ContourPackage.TEACHING_SETTINGS__CLASSIFIER_OPTIONS);
		}
		return classifierOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPointsPerClass() {
		return pointsPerClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsPerClass(int newPointsPerClass) {
		int oldPointsPerClass = pointsPerClass;
		pointsPerClass = newPointsPerClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TEACHING_SETTINGS__POINTS_PER_CLASS, oldPointsPerClass, pointsPerClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TEACHING_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeLabelledExamples() {
		return includeLabelledExamples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeLabelledExamples(boolean newIncludeLabelledExamples) {
		boolean oldIncludeLabelledExamples = includeLabelledExamples;
		includeLabelledExamples = newIncludeLabelledExamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES, oldIncludeLabelledExamples, includeLabelledExamples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShowPseudoPoints() {
		return showPseudoPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShowPseudoPoints(boolean newShowPseudoPoints) {
		boolean oldShowPseudoPoints = showPseudoPoints;
		showPseudoPoints = newShowPseudoPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TEACHING_SETTINGS__SHOW_PSEUDO_POINTS, oldShowPseudoPoints, showPseudoPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeachingSpace getSpace() {
		return space;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpace(TeachingSpace newSpace) {
		TeachingSpace oldSpace = space;
		space = newSpace == null ? SPACE_EDEFAULT : newSpace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.TEACHING_SETTINGS__SPACE, oldSpace, space));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_OPTIONS:
				return ((InternalEList<?>)getClassifierOptions()).basicRemove(otherEnd, msgs);
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
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_ID:
				return getClassifierId();
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_OPTIONS:
				if (coreType) return getClassifierOptions();
				else return getClassifierOptions().map();
			case ContourPackage.TEACHING_SETTINGS__POINTS_PER_CLASS:
				return getPointsPerClass();
			case ContourPackage.TEACHING_SETTINGS__SEED:
				return getSeed();
			case ContourPackage.TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES:
				return isIncludeLabelledExamples();
			case ContourPackage.TEACHING_SETTINGS__SHOW_PSEUDO_POINTS:
				return isShowPseudoPoints();
			case ContourPackage.TEACHING_SETTINGS__SPACE:
				return getSpace();
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
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_ID:
				setClassifierId((String)newValue);
				return;
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_OPTIONS:
				((EStructuralFeature.Setting)getClassifierOptions()).set(newValue);
				return;
			case ContourPackage.TEACHING_SETTINGS__POINTS_PER_CLASS:
				setPointsPerClass((Integer)newValue);
				return;
			case ContourPackage.TEACHING_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case ContourPackage.TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES:
				setIncludeLabelledExamples((Boolean)newValue);
				return;
			case ContourPackage.TEACHING_SETTINGS__SHOW_PSEUDO_POINTS:
				setShowPseudoPoints((Boolean)newValue);
				return;
			case ContourPackage.TEACHING_SETTINGS__SPACE:
				setSpace((TeachingSpace)newValue);
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
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_ID:
				setClassifierId(CLASSIFIER_ID_EDEFAULT);
				return;
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_OPTIONS:
				getClassifierOptions().clear();
				return;
			case ContourPackage.TEACHING_SETTINGS__POINTS_PER_CLASS:
				setPointsPerClass(POINTS_PER_CLASS_EDEFAULT);
				return;
			case ContourPackage.TEACHING_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ContourPackage.TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES:
				setIncludeLabelledExamples(INCLUDE_LABELLED_EXAMPLES_EDEFAULT);
				return;
			case ContourPackage.TEACHING_SETTINGS__SHOW_PSEUDO_POINTS:
				setShowPseudoPoints(SHOW_PSEUDO_POINTS_EDEFAULT);
				return;
			case ContourPackage.TEACHING_SETTINGS__SPACE:
				setSpace(SPACE_EDEFAULT);
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
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_ID:
				return CLASSIFIER_ID_EDEFAULT == null ? classifierId != null : !CLASSIFIER_ID_EDEFAULT.equals(classifierId);
			case ContourPackage.TEACHING_SETTINGS__CLASSIFIER_OPTIONS:
				return classifierOptions != null && !classifierOptions.isEmpty();
			case ContourPackage.TEACHING_SETTINGS__POINTS_PER_CLASS:
				return pointsPerClass != POINTS_PER_CLASS_EDEFAULT;
			case ContourPackage.TEACHING_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case ContourPackage.TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES:
				return includeLabelledExamples != INCLUDE_LABELLED_EXAMPLES_EDEFAULT;
			case ContourPackage.TEACHING_SETTINGS__SHOW_PSEUDO_POINTS:
				return showPseudoPoints != SHOW_PSEUDO_POINTS_EDEFAULT;
			case ContourPackage.TEACHING_SETTINGS__SPACE:
				return space != SPACE_EDEFAULT;
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
		result.append(" (classifierId: ");
		result.append(classifierId);
		result.append(", pointsPerClass: ");
		result.append(pointsPerClass);
		result.append(", seed: ");
		result.append(seed);
		result.append(", includeLabelledExamples: ");
		result.append(includeLabelledExamples);
		result.append(", showPseudoPoints: ");
		result.append(showPseudoPoints);
		result.append(", space: ");
		result.append(space);
		result.append(')');
		return result.toString();
	}

} //TeachingSettingsImpl
