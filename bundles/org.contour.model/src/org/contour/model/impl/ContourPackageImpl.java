/**
 */
package org.contour.model.impl;

import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.DatasetKind;
import org.contour.model.DatasetSource;
import org.contour.model.DecisionTreeModel;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.LinearModel;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.PolynomialModel;
import org.contour.model.Predictions;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.model.Subset;
import org.contour.model.TaughtModel;

import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;
import org.contour.model.TreeNode;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ContourPackageImpl extends EPackageImpl implements ContourPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labellingProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass embeddingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sketchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taughtModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linearModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass polynomialModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionTreeModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass treeNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nearestNeighbourModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teachingSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass predictionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datasetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subsetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sketchKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum teachingSpaceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType doubleArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType intArrayEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.contour.model.ContourPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ContourPackageImpl() {
		super(eNS_URI, ContourFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ContourPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ContourPackage init() {
		if (isInited) return (ContourPackage)EPackage.Registry.INSTANCE.getEPackage(ContourPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredContourPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ContourPackageImpl theContourPackage = registeredContourPackage instanceof ContourPackageImpl ? (ContourPackageImpl)registeredContourPackage : new ContourPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theContourPackage.createPackageContents();

		// Initialize created meta-data
		theContourPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theContourPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ContourPackage.eNS_URI, theContourPackage);
		return theContourPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabellingProject() {
		return labellingProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabellingProject_Name() {
		return (EAttribute)labellingProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Dataset() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Labels() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabellingProject_Assignments() {
		return (EAttribute)labellingProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Embedding() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Sketches() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Model() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabellingProject_Subsets() {
		return (EAttribute)labellingProjectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Teaching() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabellingProject_Predictions() {
		return (EReference)labellingProjectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetSource() {
		return datasetSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSource_Location() {
		return (EAttribute)datasetSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSource_Kind() {
		return (EAttribute)datasetSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSource_VectorizerId() {
		return (EAttribute)datasetSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSource_RowCount() {
		return (EAttribute)datasetSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSource_Provenance() {
		return (EAttribute)datasetSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetSource_VectorizerOptions() {
		return (EReference)datasetSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelClass() {
		return labelClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelClass_Name() {
		return (EAttribute)labelClassEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelClass_Color() {
		return (EAttribute)labelClassEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmbedding() {
		return embeddingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_ReducerId() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_Xs() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_Ys() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_AxisNames() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmbedding_ReducerOptions() {
		return (EReference)embeddingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_Provenance() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSketch() {
		return sketchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSketch_Kind() {
		return (EAttribute)sketchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSketch_Label() {
		return (EReference)sketchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSketch_Points() {
		return (EAttribute)sketchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSketch_Radius() {
		return (EAttribute)sketchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSketch_Aspect() {
		return (EAttribute)sketchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaughtModel() {
		return taughtModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaughtModel_TrainerId() {
		return (EAttribute)taughtModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaughtModel_ClassNames() {
		return (EAttribute)taughtModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaughtModel_FeatureNames() {
		return (EAttribute)taughtModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaughtModel_Provenance() {
		return (EAttribute)taughtModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaughtModel_HandEdited() {
		return (EAttribute)taughtModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaughtModel_EditHistory() {
		return (EAttribute)taughtModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinearModel() {
		return linearModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinearModel_Weights() {
		return (EAttribute)linearModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinearModel_Biases() {
		return (EAttribute)linearModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolynomialModel() {
		return polynomialModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolynomialModel_InputNames() {
		return (EAttribute)polynomialModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolynomialModel_Degree() {
		return (EAttribute)polynomialModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolynomialModel_Exponents() {
		return (EAttribute)polynomialModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolynomialModel_InputMeans() {
		return (EAttribute)polynomialModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolynomialModel_InputScales() {
		return (EAttribute)polynomialModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionTreeModel() {
		return decisionTreeModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionTreeModel_MaxDepth() {
		return (EAttribute)decisionTreeModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionTreeModel_Root() {
		return (EReference)decisionTreeModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTreeNode() {
		return treeNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTreeNode_Feature() {
		return (EAttribute)treeNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTreeNode_Threshold() {
		return (EAttribute)treeNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTreeNode_Left() {
		return (EReference)treeNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTreeNode_Right() {
		return (EReference)treeNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTreeNode_PredictedClass() {
		return (EAttribute)treeNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTreeNode_ClassCounts() {
		return (EAttribute)treeNodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNearestNeighbourModel() {
		return nearestNeighbourModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNearestNeighbourModel_K() {
		return (EAttribute)nearestNeighbourModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNearestNeighbourModel_Points() {
		return (EAttribute)nearestNeighbourModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNearestNeighbourModel_PointClasses() {
		return (EAttribute)nearestNeighbourModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeachingSettings() {
		return teachingSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingSettings_ClassifierId() {
		return (EAttribute)teachingSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeachingSettings_ClassifierOptions() {
		return (EReference)teachingSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingSettings_PointsPerClass() {
		return (EAttribute)teachingSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingSettings_Seed() {
		return (EAttribute)teachingSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingSettings_IncludeLabelledExamples() {
		return (EAttribute)teachingSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingSettings_ShowPseudoPoints() {
		return (EAttribute)teachingSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeachingSettings_Space() {
		return (EAttribute)teachingSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPredictions() {
		return predictionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPredictions_ModelDescription() {
		return (EAttribute)predictionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPredictions_ClassNames() {
		return (EAttribute)predictionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPredictions_Predicted() {
		return (EAttribute)predictionsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPredictions_Confidence() {
		return (EAttribute)predictionsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatasetKind() {
		return datasetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubset() {
		return subsetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSketchKind() {
		return sketchKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTeachingSpace() {
		return teachingSpaceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDoubleArray() {
		return doubleArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIntArray() {
		return intArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContourFactory getContourFactory() {
		return (ContourFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		labellingProjectEClass = createEClass(LABELLING_PROJECT);
		createEAttribute(labellingProjectEClass, LABELLING_PROJECT__NAME);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__DATASET);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__LABELS);
		createEAttribute(labellingProjectEClass, LABELLING_PROJECT__ASSIGNMENTS);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__EMBEDDING);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__SKETCHES);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__MODEL);
		createEAttribute(labellingProjectEClass, LABELLING_PROJECT__SUBSETS);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__TEACHING);
		createEReference(labellingProjectEClass, LABELLING_PROJECT__PREDICTIONS);

		datasetSourceEClass = createEClass(DATASET_SOURCE);
		createEAttribute(datasetSourceEClass, DATASET_SOURCE__LOCATION);
		createEAttribute(datasetSourceEClass, DATASET_SOURCE__KIND);
		createEAttribute(datasetSourceEClass, DATASET_SOURCE__VECTORIZER_ID);
		createEAttribute(datasetSourceEClass, DATASET_SOURCE__ROW_COUNT);
		createEAttribute(datasetSourceEClass, DATASET_SOURCE__PROVENANCE);
		createEReference(datasetSourceEClass, DATASET_SOURCE__VECTORIZER_OPTIONS);

		labelClassEClass = createEClass(LABEL_CLASS);
		createEAttribute(labelClassEClass, LABEL_CLASS__NAME);
		createEAttribute(labelClassEClass, LABEL_CLASS__COLOR);

		embeddingEClass = createEClass(EMBEDDING);
		createEAttribute(embeddingEClass, EMBEDDING__REDUCER_ID);
		createEAttribute(embeddingEClass, EMBEDDING__XS);
		createEAttribute(embeddingEClass, EMBEDDING__YS);
		createEAttribute(embeddingEClass, EMBEDDING__AXIS_NAMES);
		createEReference(embeddingEClass, EMBEDDING__REDUCER_OPTIONS);
		createEAttribute(embeddingEClass, EMBEDDING__PROVENANCE);

		sketchEClass = createEClass(SKETCH);
		createEAttribute(sketchEClass, SKETCH__KIND);
		createEReference(sketchEClass, SKETCH__LABEL);
		createEAttribute(sketchEClass, SKETCH__POINTS);
		createEAttribute(sketchEClass, SKETCH__RADIUS);
		createEAttribute(sketchEClass, SKETCH__ASPECT);

		taughtModelEClass = createEClass(TAUGHT_MODEL);
		createEAttribute(taughtModelEClass, TAUGHT_MODEL__TRAINER_ID);
		createEAttribute(taughtModelEClass, TAUGHT_MODEL__CLASS_NAMES);
		createEAttribute(taughtModelEClass, TAUGHT_MODEL__FEATURE_NAMES);
		createEAttribute(taughtModelEClass, TAUGHT_MODEL__PROVENANCE);
		createEAttribute(taughtModelEClass, TAUGHT_MODEL__HAND_EDITED);
		createEAttribute(taughtModelEClass, TAUGHT_MODEL__EDIT_HISTORY);

		linearModelEClass = createEClass(LINEAR_MODEL);
		createEAttribute(linearModelEClass, LINEAR_MODEL__WEIGHTS);
		createEAttribute(linearModelEClass, LINEAR_MODEL__BIASES);

		polynomialModelEClass = createEClass(POLYNOMIAL_MODEL);
		createEAttribute(polynomialModelEClass, POLYNOMIAL_MODEL__INPUT_NAMES);
		createEAttribute(polynomialModelEClass, POLYNOMIAL_MODEL__DEGREE);
		createEAttribute(polynomialModelEClass, POLYNOMIAL_MODEL__EXPONENTS);
		createEAttribute(polynomialModelEClass, POLYNOMIAL_MODEL__INPUT_MEANS);
		createEAttribute(polynomialModelEClass, POLYNOMIAL_MODEL__INPUT_SCALES);

		decisionTreeModelEClass = createEClass(DECISION_TREE_MODEL);
		createEAttribute(decisionTreeModelEClass, DECISION_TREE_MODEL__MAX_DEPTH);
		createEReference(decisionTreeModelEClass, DECISION_TREE_MODEL__ROOT);

		treeNodeEClass = createEClass(TREE_NODE);
		createEAttribute(treeNodeEClass, TREE_NODE__FEATURE);
		createEAttribute(treeNodeEClass, TREE_NODE__THRESHOLD);
		createEReference(treeNodeEClass, TREE_NODE__LEFT);
		createEReference(treeNodeEClass, TREE_NODE__RIGHT);
		createEAttribute(treeNodeEClass, TREE_NODE__PREDICTED_CLASS);
		createEAttribute(treeNodeEClass, TREE_NODE__CLASS_COUNTS);

		nearestNeighbourModelEClass = createEClass(NEAREST_NEIGHBOUR_MODEL);
		createEAttribute(nearestNeighbourModelEClass, NEAREST_NEIGHBOUR_MODEL__K);
		createEAttribute(nearestNeighbourModelEClass, NEAREST_NEIGHBOUR_MODEL__POINTS);
		createEAttribute(nearestNeighbourModelEClass, NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES);

		teachingSettingsEClass = createEClass(TEACHING_SETTINGS);
		createEAttribute(teachingSettingsEClass, TEACHING_SETTINGS__CLASSIFIER_ID);
		createEReference(teachingSettingsEClass, TEACHING_SETTINGS__CLASSIFIER_OPTIONS);
		createEAttribute(teachingSettingsEClass, TEACHING_SETTINGS__POINTS_PER_CLASS);
		createEAttribute(teachingSettingsEClass, TEACHING_SETTINGS__SEED);
		createEAttribute(teachingSettingsEClass, TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES);
		createEAttribute(teachingSettingsEClass, TEACHING_SETTINGS__SHOW_PSEUDO_POINTS);
		createEAttribute(teachingSettingsEClass, TEACHING_SETTINGS__SPACE);

		predictionsEClass = createEClass(PREDICTIONS);
		createEAttribute(predictionsEClass, PREDICTIONS__MODEL_DESCRIPTION);
		createEAttribute(predictionsEClass, PREDICTIONS__CLASS_NAMES);
		createEAttribute(predictionsEClass, PREDICTIONS__PREDICTED);
		createEAttribute(predictionsEClass, PREDICTIONS__CONFIDENCE);

		// Create enums
		datasetKindEEnum = createEEnum(DATASET_KIND);
		subsetEEnum = createEEnum(SUBSET);
		sketchKindEEnum = createEEnum(SKETCH_KIND);
		teachingSpaceEEnum = createEEnum(TEACHING_SPACE);

		// Create data types
		doubleArrayEDataType = createEDataType(DOUBLE_ARRAY);
		intArrayEDataType = createEDataType(INT_ARRAY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		linearModelEClass.getESuperTypes().add(this.getTaughtModel());
		polynomialModelEClass.getESuperTypes().add(this.getLinearModel());
		decisionTreeModelEClass.getESuperTypes().add(this.getTaughtModel());
		nearestNeighbourModelEClass.getESuperTypes().add(this.getTaughtModel());

		// Initialize classes, features, and operations; add parameters
		initEClass(labellingProjectEClass, LabellingProject.class, "LabellingProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabellingProject_Name(), ecorePackage.getEString(), "name", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Dataset(), this.getDatasetSource(), null, "dataset", null, 1, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Labels(), this.getLabelClass(), null, "labels", null, 0, -1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabellingProject_Assignments(), this.getIntArray(), "assignments", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Embedding(), this.getEmbedding(), null, "embedding", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Sketches(), this.getSketch(), null, "sketches", null, 0, -1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Model(), this.getTaughtModel(), null, "model", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabellingProject_Subsets(), this.getIntArray(), "subsets", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Teaching(), this.getTeachingSettings(), null, "teaching", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabellingProject_Predictions(), this.getPredictions(), null, "predictions", null, 0, 1, LabellingProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetSourceEClass, DatasetSource.class, "DatasetSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetSource_Location(), ecorePackage.getEString(), "location", null, 0, 1, DatasetSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSource_Kind(), this.getDatasetKind(), "kind", null, 0, 1, DatasetSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSource_VectorizerId(), ecorePackage.getEString(), "vectorizerId", null, 0, 1, DatasetSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSource_RowCount(), ecorePackage.getEInt(), "rowCount", null, 0, 1, DatasetSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSource_Provenance(), ecorePackage.getEString(), "provenance", null, 0, 1, DatasetSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetSource_VectorizerOptions(), ecorePackage.getEStringToStringMapEntry(), null, "vectorizerOptions", null, 0, -1, DatasetSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(labelClassEClass, LabelClass.class, "LabelClass", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelClass_Name(), ecorePackage.getEString(), "name", null, 0, 1, LabelClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelClass_Color(), ecorePackage.getEInt(), "color", null, 0, 1, LabelClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(embeddingEClass, Embedding.class, "Embedding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmbedding_ReducerId(), ecorePackage.getEString(), "reducerId", null, 0, 1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmbedding_Xs(), this.getDoubleArray(), "xs", null, 0, 1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmbedding_Ys(), this.getDoubleArray(), "ys", null, 0, 1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmbedding_AxisNames(), ecorePackage.getEString(), "axisNames", null, 0, -1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmbedding_ReducerOptions(), ecorePackage.getEStringToStringMapEntry(), null, "reducerOptions", null, 0, -1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmbedding_Provenance(), ecorePackage.getEString(), "provenance", null, 0, 1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sketchEClass, Sketch.class, "Sketch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSketch_Kind(), this.getSketchKind(), "kind", null, 0, 1, Sketch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSketch_Label(), this.getLabelClass(), null, "label", null, 0, 1, Sketch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSketch_Points(), this.getDoubleArray(), "points", null, 0, 1, Sketch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSketch_Radius(), ecorePackage.getEDouble(), "radius", null, 0, 1, Sketch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSketch_Aspect(), ecorePackage.getEDouble(), "aspect", "1.0", 0, 1, Sketch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taughtModelEClass, TaughtModel.class, "TaughtModel", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaughtModel_TrainerId(), ecorePackage.getEString(), "trainerId", null, 0, 1, TaughtModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaughtModel_ClassNames(), ecorePackage.getEString(), "classNames", null, 0, -1, TaughtModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaughtModel_FeatureNames(), ecorePackage.getEString(), "featureNames", null, 0, -1, TaughtModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaughtModel_Provenance(), ecorePackage.getEString(), "provenance", null, 0, 1, TaughtModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaughtModel_HandEdited(), ecorePackage.getEBoolean(), "handEdited", null, 0, 1, TaughtModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaughtModel_EditHistory(), ecorePackage.getEString(), "editHistory", null, 0, -1, TaughtModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linearModelEClass, LinearModel.class, "LinearModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLinearModel_Weights(), this.getDoubleArray(), "weights", null, 0, 1, LinearModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinearModel_Biases(), this.getDoubleArray(), "biases", null, 0, 1, LinearModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(polynomialModelEClass, PolynomialModel.class, "PolynomialModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolynomialModel_InputNames(), ecorePackage.getEString(), "inputNames", null, 0, -1, PolynomialModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolynomialModel_Degree(), ecorePackage.getEInt(), "degree", null, 0, 1, PolynomialModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolynomialModel_Exponents(), this.getIntArray(), "exponents", null, 0, 1, PolynomialModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolynomialModel_InputMeans(), this.getDoubleArray(), "inputMeans", null, 0, 1, PolynomialModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolynomialModel_InputScales(), this.getDoubleArray(), "inputScales", null, 0, 1, PolynomialModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionTreeModelEClass, DecisionTreeModel.class, "DecisionTreeModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecisionTreeModel_MaxDepth(), ecorePackage.getEInt(), "maxDepth", null, 0, 1, DecisionTreeModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecisionTreeModel_Root(), this.getTreeNode(), null, "root", null, 0, 1, DecisionTreeModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(treeNodeEClass, TreeNode.class, "TreeNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTreeNode_Feature(), ecorePackage.getEInt(), "feature", "-1", 0, 1, TreeNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTreeNode_Threshold(), ecorePackage.getEDouble(), "threshold", null, 0, 1, TreeNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTreeNode_Left(), this.getTreeNode(), null, "left", null, 0, 1, TreeNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTreeNode_Right(), this.getTreeNode(), null, "right", null, 0, 1, TreeNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTreeNode_PredictedClass(), ecorePackage.getEInt(), "predictedClass", null, 0, 1, TreeNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTreeNode_ClassCounts(), this.getDoubleArray(), "classCounts", null, 0, 1, TreeNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nearestNeighbourModelEClass, NearestNeighbourModel.class, "NearestNeighbourModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNearestNeighbourModel_K(), ecorePackage.getEInt(), "k", null, 0, 1, NearestNeighbourModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNearestNeighbourModel_Points(), this.getDoubleArray(), "points", null, 0, 1, NearestNeighbourModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNearestNeighbourModel_PointClasses(), this.getIntArray(), "pointClasses", null, 0, 1, NearestNeighbourModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teachingSettingsEClass, TeachingSettings.class, "TeachingSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeachingSettings_ClassifierId(), ecorePackage.getEString(), "classifierId", null, 0, 1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeachingSettings_ClassifierOptions(), ecorePackage.getEStringToStringMapEntry(), null, "classifierOptions", null, 0, -1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingSettings_PointsPerClass(), ecorePackage.getEInt(), "pointsPerClass", "500", 0, 1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingSettings_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingSettings_IncludeLabelledExamples(), ecorePackage.getEBoolean(), "includeLabelledExamples", null, 0, 1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingSettings_ShowPseudoPoints(), ecorePackage.getEBoolean(), "showPseudoPoints", null, 0, 1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeachingSettings_Space(), this.getTeachingSpace(), "space", null, 0, 1, TeachingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(predictionsEClass, Predictions.class, "Predictions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPredictions_ModelDescription(), ecorePackage.getEString(), "modelDescription", null, 0, 1, Predictions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPredictions_ClassNames(), ecorePackage.getEString(), "classNames", null, 0, -1, Predictions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPredictions_Predicted(), this.getIntArray(), "predicted", null, 0, 1, Predictions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPredictions_Confidence(), this.getDoubleArray(), "confidence", null, 0, 1, Predictions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(datasetKindEEnum, DatasetKind.class, "DatasetKind");
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TABLE);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.IMAGE);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TEXT);

		initEEnum(subsetEEnum, Subset.class, "Subset");
		addEEnumLiteral(subsetEEnum, Subset.RAW);
		addEEnumLiteral(subsetEEnum, Subset.TRAIN);
		addEEnumLiteral(subsetEEnum, Subset.DEV);
		addEEnumLiteral(subsetEEnum, Subset.TEST);
		addEEnumLiteral(subsetEEnum, Subset.EXCLUDED);

		initEEnum(sketchKindEEnum, SketchKind.class, "SketchKind");
		addEEnumLiteral(sketchKindEEnum, SketchKind.BRUSH);
		addEEnumLiteral(sketchKindEEnum, SketchKind.POLYGON);
		addEEnumLiteral(sketchKindEEnum, SketchKind.ERASER);

		initEEnum(teachingSpaceEEnum, TeachingSpace.class, "TeachingSpace");
		addEEnumLiteral(teachingSpaceEEnum, TeachingSpace.MAP);
		addEEnumLiteral(teachingSpaceEEnum, TeachingSpace.FEATURES);

		// Initialize data types
		initEDataType(doubleArrayEDataType, double[].class, "DoubleArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(intArrayEDataType, int[].class, "IntArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ContourPackageImpl
