/**
 */
package org.contour.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A Contour labelling project: which dataset, which labels, who is labelled what, the 2-D map, what the expert drew and the model taught from it.
 * <!-- end-model-doc -->
 * @see org.contour.model.ContourFactory
 * @model kind="package"
 * @generated
 */
public interface ContourPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://contour.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "contour";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ContourPackage eINSTANCE = org.contour.model.impl.ContourPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.contour.model.impl.LabellingProjectImpl <em>Labelling Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.LabellingProjectImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getLabellingProject()
	 * @generated
	 */
	int LABELLING_PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__DATASET = 1;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__LABELS = 2;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__ASSIGNMENTS = 3;

	/**
	 * The feature id for the '<em><b>Embedding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__EMBEDDING = 4;

	/**
	 * The feature id for the '<em><b>Sketches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__SKETCHES = 5;

	/**
	 * The feature id for the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__MODEL = 6;

	/**
	 * The number of structural features of the '<em>Labelling Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Labelling Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.DatasetSourceImpl <em>Dataset Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.DatasetSourceImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getDatasetSource()
	 * @generated
	 */
	int DATASET_SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE__LOCATION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Vectorizer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE__VECTORIZER_ID = 2;

	/**
	 * The feature id for the '<em><b>Row Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE__ROW_COUNT = 3;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE__PROVENANCE = 4;

	/**
	 * The number of structural features of the '<em>Dataset Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dataset Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.LabelClassImpl <em>Label Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.LabelClassImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getLabelClass()
	 * @generated
	 */
	int LABEL_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__COLOR = 1;

	/**
	 * The number of structural features of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.EmbeddingImpl <em>Embedding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.EmbeddingImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getEmbedding()
	 * @generated
	 */
	int EMBEDDING = 3;

	/**
	 * The feature id for the '<em><b>Reducer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__REDUCER_ID = 0;

	/**
	 * The feature id for the '<em><b>Xs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__XS = 1;

	/**
	 * The feature id for the '<em><b>Ys</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__YS = 2;

	/**
	 * The feature id for the '<em><b>Axis Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__AXIS_NAMES = 3;

	/**
	 * The number of structural features of the '<em>Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.SketchImpl <em>Sketch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.SketchImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getSketch()
	 * @generated
	 */
	int SKETCH = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__POINTS = 1;

	/**
	 * The feature id for the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__RADIUS = 2;

	/**
	 * The number of structural features of the '<em>Sketch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sketch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.TaughtModelImpl <em>Taught Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.TaughtModelImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getTaughtModel()
	 * @generated
	 */
	int TAUGHT_MODEL = 5;

	/**
	 * The feature id for the '<em><b>Trainer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL__TRAINER_ID = 0;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL__CLASS_NAMES = 1;

	/**
	 * The feature id for the '<em><b>Feature Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL__FEATURE_NAMES = 2;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL__PROVENANCE = 3;

	/**
	 * The feature id for the '<em><b>Hand Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL__HAND_EDITED = 4;

	/**
	 * The number of structural features of the '<em>Taught Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Taught Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.LinearModelImpl <em>Linear Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.LinearModelImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getLinearModel()
	 * @generated
	 */
	int LINEAR_MODEL = 6;

	/**
	 * The feature id for the '<em><b>Trainer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__TRAINER_ID = TAUGHT_MODEL__TRAINER_ID;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__CLASS_NAMES = TAUGHT_MODEL__CLASS_NAMES;

	/**
	 * The feature id for the '<em><b>Feature Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__FEATURE_NAMES = TAUGHT_MODEL__FEATURE_NAMES;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__PROVENANCE = TAUGHT_MODEL__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Hand Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__HAND_EDITED = TAUGHT_MODEL__HAND_EDITED;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__WEIGHTS = TAUGHT_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Biases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__BIASES = TAUGHT_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Linear Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL_FEATURE_COUNT = TAUGHT_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Linear Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL_OPERATION_COUNT = TAUGHT_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.contour.model.DatasetKind <em>Dataset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.DatasetKind
	 * @see org.contour.model.impl.ContourPackageImpl#getDatasetKind()
	 * @generated
	 */
	int DATASET_KIND = 7;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.ContourPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 8;

	/**
	 * The meta object id for the '<em>Int Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.ContourPackageImpl#getIntArray()
	 * @generated
	 */
	int INT_ARRAY = 9;


	/**
	 * Returns the meta object for class '{@link org.contour.model.LabellingProject <em>Labelling Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Labelling Project</em>'.
	 * @see org.contour.model.LabellingProject
	 * @generated
	 */
	EClass getLabellingProject();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.LabellingProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.contour.model.LabellingProject#getName()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EAttribute getLabellingProject_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.LabellingProject#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.contour.model.LabellingProject#getDataset()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Dataset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.contour.model.LabellingProject#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.contour.model.LabellingProject#getLabels()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Labels();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.LabellingProject#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignments</em>'.
	 * @see org.contour.model.LabellingProject#getAssignments()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EAttribute getLabellingProject_Assignments();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.LabellingProject#getEmbedding <em>Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Embedding</em>'.
	 * @see org.contour.model.LabellingProject#getEmbedding()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Embedding();

	/**
	 * Returns the meta object for the containment reference list '{@link org.contour.model.LabellingProject#getSketches <em>Sketches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sketches</em>'.
	 * @see org.contour.model.LabellingProject#getSketches()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Sketches();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.LabellingProject#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model</em>'.
	 * @see org.contour.model.LabellingProject#getModel()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Model();

	/**
	 * Returns the meta object for class '{@link org.contour.model.DatasetSource <em>Dataset Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Source</em>'.
	 * @see org.contour.model.DatasetSource
	 * @generated
	 */
	EClass getDatasetSource();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.DatasetSource#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.contour.model.DatasetSource#getLocation()
	 * @see #getDatasetSource()
	 * @generated
	 */
	EAttribute getDatasetSource_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.DatasetSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.contour.model.DatasetSource#getKind()
	 * @see #getDatasetSource()
	 * @generated
	 */
	EAttribute getDatasetSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.DatasetSource#getVectorizerId <em>Vectorizer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vectorizer Id</em>'.
	 * @see org.contour.model.DatasetSource#getVectorizerId()
	 * @see #getDatasetSource()
	 * @generated
	 */
	EAttribute getDatasetSource_VectorizerId();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.DatasetSource#getRowCount <em>Row Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Count</em>'.
	 * @see org.contour.model.DatasetSource#getRowCount()
	 * @see #getDatasetSource()
	 * @generated
	 */
	EAttribute getDatasetSource_RowCount();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.DatasetSource#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.contour.model.DatasetSource#getProvenance()
	 * @see #getDatasetSource()
	 * @generated
	 */
	EAttribute getDatasetSource_Provenance();

	/**
	 * Returns the meta object for class '{@link org.contour.model.LabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Class</em>'.
	 * @see org.contour.model.LabelClass
	 * @generated
	 */
	EClass getLabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.LabelClass#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.contour.model.LabelClass#getName()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.LabelClass#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.contour.model.LabelClass#getColor()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Color();

	/**
	 * Returns the meta object for class '{@link org.contour.model.Embedding <em>Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Embedding</em>'.
	 * @see org.contour.model.Embedding
	 * @generated
	 */
	EClass getEmbedding();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Embedding#getReducerId <em>Reducer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reducer Id</em>'.
	 * @see org.contour.model.Embedding#getReducerId()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_ReducerId();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Embedding#getXs <em>Xs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xs</em>'.
	 * @see org.contour.model.Embedding#getXs()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_Xs();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Embedding#getYs <em>Ys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ys</em>'.
	 * @see org.contour.model.Embedding#getYs()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_Ys();

	/**
	 * Returns the meta object for the attribute list '{@link org.contour.model.Embedding#getAxisNames <em>Axis Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Axis Names</em>'.
	 * @see org.contour.model.Embedding#getAxisNames()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_AxisNames();

	/**
	 * Returns the meta object for class '{@link org.contour.model.Sketch <em>Sketch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sketch</em>'.
	 * @see org.contour.model.Sketch
	 * @generated
	 */
	EClass getSketch();

	/**
	 * Returns the meta object for the reference '{@link org.contour.model.Sketch#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label</em>'.
	 * @see org.contour.model.Sketch#getLabel()
	 * @see #getSketch()
	 * @generated
	 */
	EReference getSketch_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Sketch#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.contour.model.Sketch#getPoints()
	 * @see #getSketch()
	 * @generated
	 */
	EAttribute getSketch_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Sketch#getRadius <em>Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius</em>'.
	 * @see org.contour.model.Sketch#getRadius()
	 * @see #getSketch()
	 * @generated
	 */
	EAttribute getSketch_Radius();

	/**
	 * Returns the meta object for class '{@link org.contour.model.TaughtModel <em>Taught Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Taught Model</em>'.
	 * @see org.contour.model.TaughtModel
	 * @generated
	 */
	EClass getTaughtModel();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TaughtModel#getTrainerId <em>Trainer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainer Id</em>'.
	 * @see org.contour.model.TaughtModel#getTrainerId()
	 * @see #getTaughtModel()
	 * @generated
	 */
	EAttribute getTaughtModel_TrainerId();

	/**
	 * Returns the meta object for the attribute list '{@link org.contour.model.TaughtModel#getClassNames <em>Class Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Class Names</em>'.
	 * @see org.contour.model.TaughtModel#getClassNames()
	 * @see #getTaughtModel()
	 * @generated
	 */
	EAttribute getTaughtModel_ClassNames();

	/**
	 * Returns the meta object for the attribute list '{@link org.contour.model.TaughtModel#getFeatureNames <em>Feature Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Feature Names</em>'.
	 * @see org.contour.model.TaughtModel#getFeatureNames()
	 * @see #getTaughtModel()
	 * @generated
	 */
	EAttribute getTaughtModel_FeatureNames();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TaughtModel#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.contour.model.TaughtModel#getProvenance()
	 * @see #getTaughtModel()
	 * @generated
	 */
	EAttribute getTaughtModel_Provenance();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TaughtModel#isHandEdited <em>Hand Edited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hand Edited</em>'.
	 * @see org.contour.model.TaughtModel#isHandEdited()
	 * @see #getTaughtModel()
	 * @generated
	 */
	EAttribute getTaughtModel_HandEdited();

	/**
	 * Returns the meta object for class '{@link org.contour.model.LinearModel <em>Linear Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Linear Model</em>'.
	 * @see org.contour.model.LinearModel
	 * @generated
	 */
	EClass getLinearModel();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.LinearModel#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weights</em>'.
	 * @see org.contour.model.LinearModel#getWeights()
	 * @see #getLinearModel()
	 * @generated
	 */
	EAttribute getLinearModel_Weights();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.LinearModel#getBiases <em>Biases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Biases</em>'.
	 * @see org.contour.model.LinearModel#getBiases()
	 * @see #getLinearModel()
	 * @generated
	 */
	EAttribute getLinearModel_Biases();

	/**
	 * Returns the meta object for enum '{@link org.contour.model.DatasetKind <em>Dataset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dataset Kind</em>'.
	 * @see org.contour.model.DatasetKind
	 * @generated
	 */
	EEnum getDatasetKind();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the meta object for data type '<em>Int Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Int Array</em>'.
	 * @model instanceClass="int[]"
	 * @generated
	 */
	EDataType getIntArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ContourFactory getContourFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.contour.model.impl.LabellingProjectImpl <em>Labelling Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.LabellingProjectImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getLabellingProject()
		 * @generated
		 */
		EClass LABELLING_PROJECT = eINSTANCE.getLabellingProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELLING_PROJECT__NAME = eINSTANCE.getLabellingProject_Name();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__DATASET = eINSTANCE.getLabellingProject_Dataset();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__LABELS = eINSTANCE.getLabellingProject_Labels();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELLING_PROJECT__ASSIGNMENTS = eINSTANCE.getLabellingProject_Assignments();

		/**
		 * The meta object literal for the '<em><b>Embedding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__EMBEDDING = eINSTANCE.getLabellingProject_Embedding();

		/**
		 * The meta object literal for the '<em><b>Sketches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__SKETCHES = eINSTANCE.getLabellingProject_Sketches();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__MODEL = eINSTANCE.getLabellingProject_Model();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.DatasetSourceImpl <em>Dataset Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.DatasetSourceImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getDatasetSource()
		 * @generated
		 */
		EClass DATASET_SOURCE = eINSTANCE.getDatasetSource();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SOURCE__LOCATION = eINSTANCE.getDatasetSource_Location();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SOURCE__KIND = eINSTANCE.getDatasetSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Vectorizer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SOURCE__VECTORIZER_ID = eINSTANCE.getDatasetSource_VectorizerId();

		/**
		 * The meta object literal for the '<em><b>Row Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SOURCE__ROW_COUNT = eINSTANCE.getDatasetSource_RowCount();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SOURCE__PROVENANCE = eINSTANCE.getDatasetSource_Provenance();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.LabelClassImpl <em>Label Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.LabelClassImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getLabelClass()
		 * @generated
		 */
		EClass LABEL_CLASS = eINSTANCE.getLabelClass();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__NAME = eINSTANCE.getLabelClass_Name();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__COLOR = eINSTANCE.getLabelClass_Color();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.EmbeddingImpl <em>Embedding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.EmbeddingImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getEmbedding()
		 * @generated
		 */
		EClass EMBEDDING = eINSTANCE.getEmbedding();

		/**
		 * The meta object literal for the '<em><b>Reducer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__REDUCER_ID = eINSTANCE.getEmbedding_ReducerId();

		/**
		 * The meta object literal for the '<em><b>Xs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__XS = eINSTANCE.getEmbedding_Xs();

		/**
		 * The meta object literal for the '<em><b>Ys</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__YS = eINSTANCE.getEmbedding_Ys();

		/**
		 * The meta object literal for the '<em><b>Axis Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__AXIS_NAMES = eINSTANCE.getEmbedding_AxisNames();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.SketchImpl <em>Sketch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.SketchImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getSketch()
		 * @generated
		 */
		EClass SKETCH = eINSTANCE.getSketch();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKETCH__LABEL = eINSTANCE.getSketch_Label();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKETCH__POINTS = eINSTANCE.getSketch_Points();

		/**
		 * The meta object literal for the '<em><b>Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKETCH__RADIUS = eINSTANCE.getSketch_Radius();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.TaughtModelImpl <em>Taught Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.TaughtModelImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getTaughtModel()
		 * @generated
		 */
		EClass TAUGHT_MODEL = eINSTANCE.getTaughtModel();

		/**
		 * The meta object literal for the '<em><b>Trainer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAUGHT_MODEL__TRAINER_ID = eINSTANCE.getTaughtModel_TrainerId();

		/**
		 * The meta object literal for the '<em><b>Class Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAUGHT_MODEL__CLASS_NAMES = eINSTANCE.getTaughtModel_ClassNames();

		/**
		 * The meta object literal for the '<em><b>Feature Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAUGHT_MODEL__FEATURE_NAMES = eINSTANCE.getTaughtModel_FeatureNames();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAUGHT_MODEL__PROVENANCE = eINSTANCE.getTaughtModel_Provenance();

		/**
		 * The meta object literal for the '<em><b>Hand Edited</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAUGHT_MODEL__HAND_EDITED = eINSTANCE.getTaughtModel_HandEdited();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.LinearModelImpl <em>Linear Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.LinearModelImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getLinearModel()
		 * @generated
		 */
		EClass LINEAR_MODEL = eINSTANCE.getLinearModel();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINEAR_MODEL__WEIGHTS = eINSTANCE.getLinearModel_Weights();

		/**
		 * The meta object literal for the '<em><b>Biases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINEAR_MODEL__BIASES = eINSTANCE.getLinearModel_Biases();

		/**
		 * The meta object literal for the '{@link org.contour.model.DatasetKind <em>Dataset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.DatasetKind
		 * @see org.contour.model.impl.ContourPackageImpl#getDatasetKind()
		 * @generated
		 */
		EEnum DATASET_KIND = eINSTANCE.getDatasetKind();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.ContourPackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

		/**
		 * The meta object literal for the '<em>Int Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.ContourPackageImpl#getIntArray()
		 * @generated
		 */
		EDataType INT_ARRAY = eINSTANCE.getIntArray();

	}

} //ContourPackage
