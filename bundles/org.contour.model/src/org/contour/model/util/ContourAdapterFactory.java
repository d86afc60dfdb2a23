/**
 */
package org.contour.model.util;

import org.contour.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.contour.model.ContourPackage
 * @generated
 */
public class ContourAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ContourPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContourAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ContourPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContourSwitch<Adapter> modelSwitch =
		new ContourSwitch<Adapter>() {
			@Override
			public Adapter caseLabellingProject(LabellingProject object) {
				return createLabellingProjectAdapter();
			}
			@Override
			public Adapter caseDatasetSource(DatasetSource object) {
				return createDatasetSourceAdapter();
			}
			@Override
			public Adapter caseLabelClass(LabelClass object) {
				return createLabelClassAdapter();
			}
			@Override
			public Adapter caseEmbedding(Embedding object) {
				return createEmbeddingAdapter();
			}
			@Override
			public Adapter caseSketch(Sketch object) {
				return createSketchAdapter();
			}
			@Override
			public Adapter caseTaughtModel(TaughtModel object) {
				return createTaughtModelAdapter();
			}
			@Override
			public Adapter caseLinearModel(LinearModel object) {
				return createLinearModelAdapter();
			}
			@Override
			public Adapter casePolynomialModel(PolynomialModel object) {
				return createPolynomialModelAdapter();
			}
			@Override
			public Adapter caseDecisionTreeModel(DecisionTreeModel object) {
				return createDecisionTreeModelAdapter();
			}
			@Override
			public Adapter caseTreeNode(TreeNode object) {
				return createTreeNodeAdapter();
			}
			@Override
			public Adapter caseNearestNeighbourModel(NearestNeighbourModel object) {
				return createNearestNeighbourModelAdapter();
			}
			@Override
			public Adapter caseTeachingSettings(TeachingSettings object) {
				return createTeachingSettingsAdapter();
			}
			@Override
			public Adapter casePredictions(Predictions object) {
				return createPredictionsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.LabellingProject <em>Labelling Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.LabellingProject
	 * @generated
	 */
	public Adapter createLabellingProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.DatasetSource <em>Dataset Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.DatasetSource
	 * @generated
	 */
	public Adapter createDatasetSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.LabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.LabelClass
	 * @generated
	 */
	public Adapter createLabelClassAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.Embedding <em>Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.Embedding
	 * @generated
	 */
	public Adapter createEmbeddingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.Sketch <em>Sketch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.Sketch
	 * @generated
	 */
	public Adapter createSketchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.TaughtModel <em>Taught Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.TaughtModel
	 * @generated
	 */
	public Adapter createTaughtModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.LinearModel <em>Linear Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.LinearModel
	 * @generated
	 */
	public Adapter createLinearModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.PolynomialModel <em>Polynomial Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.PolynomialModel
	 * @generated
	 */
	public Adapter createPolynomialModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.DecisionTreeModel <em>Decision Tree Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.DecisionTreeModel
	 * @generated
	 */
	public Adapter createDecisionTreeModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.TreeNode <em>Tree Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.TreeNode
	 * @generated
	 */
	public Adapter createTreeNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.NearestNeighbourModel <em>Nearest Neighbour Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.NearestNeighbourModel
	 * @generated
	 */
	public Adapter createNearestNeighbourModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.TeachingSettings <em>Teaching Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.TeachingSettings
	 * @generated
	 */
	public Adapter createTeachingSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.contour.model.Predictions <em>Predictions</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.contour.model.Predictions
	 * @generated
	 */
	public Adapter createPredictionsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ContourAdapterFactory
