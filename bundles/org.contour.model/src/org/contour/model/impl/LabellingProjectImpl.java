/**
 */
package org.contour.model.impl;

import java.util.Collection;

import org.contour.model.ContourPackage;
import org.contour.model.DatasetSource;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Predictions;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;

import org.contour.model.TeachingSettings;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Labelling Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getEmbedding <em>Embedding</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getSketches <em>Sketches</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getTeaching <em>Teaching</em>}</li>
 *   <li>{@link org.contour.model.impl.LabellingProjectImpl#getPredictions <em>Predictions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabellingProjectImpl extends MinimalEObjectImpl.Container implements LabellingProject {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected DatasetSource dataset;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelClass> labels;

	/**
	 * The default value of the '{@link #getAssignments() <em>Assignments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignments()
	 * @generated
	 * @ordered
	 */
	protected static final int[] ASSIGNMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignments() <em>Assignments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignments()
	 * @generated
	 * @ordered
	 */
	protected int[] assignments = ASSIGNMENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEmbedding() <em>Embedding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmbedding()
	 * @generated
	 * @ordered
	 */
	protected Embedding embedding;

	/**
	 * The cached value of the '{@link #getSketches() <em>Sketches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSketches()
	 * @generated
	 * @ordered
	 */
	protected EList<Sketch> sketches;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected TaughtModel model;

	/**
	 * The default value of the '{@link #getSubsets() <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected static final int[] SUBSETS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubsets() <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected int[] subsets = SUBSETS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTeaching() <em>Teaching</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeaching()
	 * @generated
	 * @ordered
	 */
	protected TeachingSettings teaching;

	/**
	 * The cached value of the '{@link #getPredictions() <em>Predictions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredictions()
	 * @generated
	 * @ordered
	 */
	protected Predictions predictions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabellingProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ContourPackage.Literals.LABELLING_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetSource getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(DatasetSource newDataset, NotificationChain msgs) {
		DatasetSource oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__DATASET, oldDataset, newDataset);
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
	public void setDataset(DatasetSource newDataset) {
		if (newDataset != dataset) {
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelClass> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<LabelClass>(LabelClass.class, this, ContourPackage.LABELLING_PROJECT__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getAssignments() {
		return assignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignments(int[] newAssignments) {
		int[] oldAssignments = assignments;
		assignments = newAssignments;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__ASSIGNMENTS, oldAssignments, assignments));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Embedding getEmbedding() {
		return embedding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEmbedding(Embedding newEmbedding, NotificationChain msgs) {
		Embedding oldEmbedding = embedding;
		embedding = newEmbedding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__EMBEDDING, oldEmbedding, newEmbedding);
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
	public void setEmbedding(Embedding newEmbedding) {
		if (newEmbedding != embedding) {
			NotificationChain msgs = null;
			if (embedding != null)
				msgs = ((InternalEObject)embedding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__EMBEDDING, null, msgs);
			if (newEmbedding != null)
				msgs = ((InternalEObject)newEmbedding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__EMBEDDING, null, msgs);
			msgs = basicSetEmbedding(newEmbedding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__EMBEDDING, newEmbedding, newEmbedding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sketch> getSketches() {
		if (sketches == null) {
			sketches = new EObjectContainmentEList<Sketch>(Sketch.class, this, ContourPackage.LABELLING_PROJECT__SKETCHES);
		}
		return sketches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaughtModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModel(TaughtModel newModel, NotificationChain msgs) {
		TaughtModel oldModel = model;
		model = newModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__MODEL, oldModel, newModel);
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
	public void setModel(TaughtModel newModel) {
		if (newModel != model) {
			NotificationChain msgs = null;
			if (model != null)
				msgs = ((InternalEObject)model).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__MODEL, null, msgs);
			if (newModel != null)
				msgs = ((InternalEObject)newModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__MODEL, null, msgs);
			msgs = basicSetModel(newModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__MODEL, newModel, newModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getSubsets() {
		return subsets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsets(int[] newSubsets) {
		int[] oldSubsets = subsets;
		subsets = newSubsets;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__SUBSETS, oldSubsets, subsets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeachingSettings getTeaching() {
		return teaching;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTeaching(TeachingSettings newTeaching, NotificationChain msgs) {
		TeachingSettings oldTeaching = teaching;
		teaching = newTeaching;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__TEACHING, oldTeaching, newTeaching);
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
	public void setTeaching(TeachingSettings newTeaching) {
		if (newTeaching != teaching) {
			NotificationChain msgs = null;
			if (teaching != null)
				msgs = ((InternalEObject)teaching).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__TEACHING, null, msgs);
			if (newTeaching != null)
				msgs = ((InternalEObject)newTeaching).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__TEACHING, null, msgs);
			msgs = basicSetTeaching(newTeaching, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__TEACHING, newTeaching, newTeaching));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Predictions getPredictions() {
		return predictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPredictions(Predictions newPredictions, NotificationChain msgs) {
		Predictions oldPredictions = predictions;
		predictions = newPredictions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__PREDICTIONS, oldPredictions, newPredictions);
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
	public void setPredictions(Predictions newPredictions) {
		if (newPredictions != predictions) {
			NotificationChain msgs = null;
			if (predictions != null)
				msgs = ((InternalEObject)predictions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__PREDICTIONS, null, msgs);
			if (newPredictions != null)
				msgs = ((InternalEObject)newPredictions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ContourPackage.LABELLING_PROJECT__PREDICTIONS, null, msgs);
			msgs = basicSetPredictions(newPredictions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContourPackage.LABELLING_PROJECT__PREDICTIONS, newPredictions, newPredictions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ContourPackage.LABELLING_PROJECT__DATASET:
				return basicSetDataset(null, msgs);
			case ContourPackage.LABELLING_PROJECT__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case ContourPackage.LABELLING_PROJECT__EMBEDDING:
				return basicSetEmbedding(null, msgs);
			case ContourPackage.LABELLING_PROJECT__SKETCHES:
				return ((InternalEList<?>)getSketches()).basicRemove(otherEnd, msgs);
			case ContourPackage.LABELLING_PROJECT__MODEL:
				return basicSetModel(null, msgs);
			case ContourPackage.LABELLING_PROJECT__TEACHING:
				return basicSetTeaching(null, msgs);
			case ContourPackage.LABELLING_PROJECT__PREDICTIONS:
				return basicSetPredictions(null, msgs);
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
			case ContourPackage.LABELLING_PROJECT__NAME:
				return getName();
			case ContourPackage.LABELLING_PROJECT__DATASET:
				return getDataset();
			case ContourPackage.LABELLING_PROJECT__LABELS:
				return getLabels();
			case ContourPackage.LABELLING_PROJECT__ASSIGNMENTS:
				return getAssignments();
			case ContourPackage.LABELLING_PROJECT__EMBEDDING:
				return getEmbedding();
			case ContourPackage.LABELLING_PROJECT__SKETCHES:
				return getSketches();
			case ContourPackage.LABELLING_PROJECT__MODEL:
				return getModel();
			case ContourPackage.LABELLING_PROJECT__SUBSETS:
				return getSubsets();
			case ContourPackage.LABELLING_PROJECT__TEACHING:
				return getTeaching();
			case ContourPackage.LABELLING_PROJECT__PREDICTIONS:
				return getPredictions();
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
			case ContourPackage.LABELLING_PROJECT__NAME:
				setName((String)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__DATASET:
				setDataset((DatasetSource)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends LabelClass>)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__ASSIGNMENTS:
				setAssignments((int[])newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__EMBEDDING:
				setEmbedding((Embedding)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__SKETCHES:
				getSketches().clear();
				getSketches().addAll((Collection<? extends Sketch>)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__MODEL:
				setModel((TaughtModel)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__SUBSETS:
				setSubsets((int[])newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__TEACHING:
				setTeaching((TeachingSettings)newValue);
				return;
			case ContourPackage.LABELLING_PROJECT__PREDICTIONS:
				setPredictions((Predictions)newValue);
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
			case ContourPackage.LABELLING_PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ContourPackage.LABELLING_PROJECT__DATASET:
				setDataset((DatasetSource)null);
				return;
			case ContourPackage.LABELLING_PROJECT__LABELS:
				getLabels().clear();
				return;
			case ContourPackage.LABELLING_PROJECT__ASSIGNMENTS:
				setAssignments(ASSIGNMENTS_EDEFAULT);
				return;
			case ContourPackage.LABELLING_PROJECT__EMBEDDING:
				setEmbedding((Embedding)null);
				return;
			case ContourPackage.LABELLING_PROJECT__SKETCHES:
				getSketches().clear();
				return;
			case ContourPackage.LABELLING_PROJECT__MODEL:
				setModel((TaughtModel)null);
				return;
			case ContourPackage.LABELLING_PROJECT__SUBSETS:
				setSubsets(SUBSETS_EDEFAULT);
				return;
			case ContourPackage.LABELLING_PROJECT__TEACHING:
				setTeaching((TeachingSettings)null);
				return;
			case ContourPackage.LABELLING_PROJECT__PREDICTIONS:
				setPredictions((Predictions)null);
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
			case ContourPackage.LABELLING_PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ContourPackage.LABELLING_PROJECT__DATASET:
				return dataset != null;
			case ContourPackage.LABELLING_PROJECT__LABELS:
				return labels != null && !labels.isEmpty();
			case ContourPackage.LABELLING_PROJECT__ASSIGNMENTS:
				return ASSIGNMENTS_EDEFAULT == null ? assignments != null : !ASSIGNMENTS_EDEFAULT.equals(assignments);
			case ContourPackage.LABELLING_PROJECT__EMBEDDING:
				return embedding != null;
			case ContourPackage.LABELLING_PROJECT__SKETCHES:
				return sketches != null && !sketches.isEmpty();
			case ContourPackage.LABELLING_PROJECT__MODEL:
				return model != null;
			case ContourPackage.LABELLING_PROJECT__SUBSETS:
				return SUBSETS_EDEFAULT == null ? subsets != null : !SUBSETS_EDEFAULT.equals(subsets);
			case ContourPackage.LABELLING_PROJECT__TEACHING:
				return teaching != null;
			case ContourPackage.LABELLING_PROJECT__PREDICTIONS:
				return predictions != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", assignments: ");
		result.append(assignments);
		result.append(", subsets: ");
		result.append(subsets);
		result.append(')');
		return result.toString();
	}

} //LabellingProjectImpl
