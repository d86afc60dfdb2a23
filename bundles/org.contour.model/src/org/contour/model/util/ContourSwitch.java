/**
 */
package org.contour.model.util;

import org.contour.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.contour.model.ContourPackage
 * @generated
 */
public class ContourSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ContourPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContourSwitch() {
		if (modelPackage == null) {
			modelPackage = ContourPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ContourPackage.LABELLING_PROJECT: {
				LabellingProject labellingProject = (LabellingProject)theEObject;
				T result = caseLabellingProject(labellingProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.DATASET_SOURCE: {
				DatasetSource datasetSource = (DatasetSource)theEObject;
				T result = caseDatasetSource(datasetSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.LABEL_CLASS: {
				LabelClass labelClass = (LabelClass)theEObject;
				T result = caseLabelClass(labelClass);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.EMBEDDING: {
				Embedding embedding = (Embedding)theEObject;
				T result = caseEmbedding(embedding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.SKETCH: {
				Sketch sketch = (Sketch)theEObject;
				T result = caseSketch(sketch);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.TAUGHT_MODEL: {
				TaughtModel taughtModel = (TaughtModel)theEObject;
				T result = caseTaughtModel(taughtModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.LINEAR_MODEL: {
				LinearModel linearModel = (LinearModel)theEObject;
				T result = caseLinearModel(linearModel);
				if (result == null) result = caseTaughtModel(linearModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.POLYNOMIAL_MODEL: {
				PolynomialModel polynomialModel = (PolynomialModel)theEObject;
				T result = casePolynomialModel(polynomialModel);
				if (result == null) result = caseLinearModel(polynomialModel);
				if (result == null) result = caseTaughtModel(polynomialModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.DECISION_TREE_MODEL: {
				DecisionTreeModel decisionTreeModel = (DecisionTreeModel)theEObject;
				T result = caseDecisionTreeModel(decisionTreeModel);
				if (result == null) result = caseTaughtModel(decisionTreeModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.TREE_NODE: {
				TreeNode treeNode = (TreeNode)theEObject;
				T result = caseTreeNode(treeNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL: {
				NearestNeighbourModel nearestNeighbourModel = (NearestNeighbourModel)theEObject;
				T result = caseNearestNeighbourModel(nearestNeighbourModel);
				if (result == null) result = caseTaughtModel(nearestNeighbourModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.TEACHING_SETTINGS: {
				TeachingSettings teachingSettings = (TeachingSettings)theEObject;
				T result = caseTeachingSettings(teachingSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContourPackage.PREDICTIONS: {
				Predictions predictions = (Predictions)theEObject;
				T result = casePredictions(predictions);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Labelling Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Labelling Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabellingProject(LabellingProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dataset Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dataset Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatasetSource(DatasetSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Class</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Class</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelClass(LabelClass object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Embedding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Embedding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmbedding(Embedding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sketch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sketch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSketch(Sketch object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Taught Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Taught Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaughtModel(TaughtModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Linear Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Linear Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLinearModel(LinearModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Polynomial Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Polynomial Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolynomialModel(PolynomialModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision Tree Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision Tree Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecisionTreeModel(DecisionTreeModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tree Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tree Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTreeNode(TreeNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Nearest Neighbour Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Nearest Neighbour Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNearestNeighbourModel(NearestNeighbourModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Teaching Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Teaching Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeachingSettings(TeachingSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Predictions</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Predictions</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePredictions(Predictions object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ContourSwitch
