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
	 * The feature id for the '<em><b>Subsets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__SUBSETS = 7;

	/**
	 * The feature id for the '<em><b>Teaching</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__TEACHING = 8;

	/**
	 * The feature id for the '<em><b>Predictions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT__PREDICTIONS = 9;

	/**
	 * The number of structural features of the '<em>Labelling Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELLING_PROJECT_FEATURE_COUNT = 10;

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
	 * The feature id for the '<em><b>Vectorizer Options</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE__VECTORIZER_OPTIONS = 5;

	/**
	 * The number of structural features of the '<em>Dataset Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SOURCE_FEATURE_COUNT = 6;

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
	 * The feature id for the '<em><b>Reducer Options</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__REDUCER_OPTIONS = 4;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__PROVENANCE = 5;

	/**
	 * The number of structural features of the '<em>Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING_FEATURE_COUNT = 6;

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
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__KIND = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__POINTS = 2;

	/**
	 * The feature id for the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__RADIUS = 3;

	/**
	 * The feature id for the '<em><b>Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH__ASPECT = 4;

	/**
	 * The number of structural features of the '<em>Sketch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKETCH_FEATURE_COUNT = 5;

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
	 * The feature id for the '<em><b>Edit History</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL__EDIT_HISTORY = 5;

	/**
	 * The number of structural features of the '<em>Taught Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAUGHT_MODEL_FEATURE_COUNT = 6;

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
	 * The feature id for the '<em><b>Edit History</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINEAR_MODEL__EDIT_HISTORY = TAUGHT_MODEL__EDIT_HISTORY;

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
	 * The meta object id for the '{@link org.contour.model.impl.PolynomialModelImpl <em>Polynomial Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.PolynomialModelImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getPolynomialModel()
	 * @generated
	 */
	int POLYNOMIAL_MODEL = 7;

	/**
	 * The feature id for the '<em><b>Trainer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__TRAINER_ID = LINEAR_MODEL__TRAINER_ID;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__CLASS_NAMES = LINEAR_MODEL__CLASS_NAMES;

	/**
	 * The feature id for the '<em><b>Feature Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__FEATURE_NAMES = LINEAR_MODEL__FEATURE_NAMES;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__PROVENANCE = LINEAR_MODEL__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Hand Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__HAND_EDITED = LINEAR_MODEL__HAND_EDITED;

	/**
	 * The feature id for the '<em><b>Edit History</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__EDIT_HISTORY = LINEAR_MODEL__EDIT_HISTORY;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__WEIGHTS = LINEAR_MODEL__WEIGHTS;

	/**
	 * The feature id for the '<em><b>Biases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__BIASES = LINEAR_MODEL__BIASES;

	/**
	 * The feature id for the '<em><b>Input Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__INPUT_NAMES = LINEAR_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Degree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__DEGREE = LINEAR_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Exponents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__EXPONENTS = LINEAR_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Input Means</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__INPUT_MEANS = LINEAR_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Input Scales</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL__INPUT_SCALES = LINEAR_MODEL_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Polynomial Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL_FEATURE_COUNT = LINEAR_MODEL_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Polynomial Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYNOMIAL_MODEL_OPERATION_COUNT = LINEAR_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.DecisionTreeModelImpl <em>Decision Tree Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.DecisionTreeModelImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getDecisionTreeModel()
	 * @generated
	 */
	int DECISION_TREE_MODEL = 8;

	/**
	 * The feature id for the '<em><b>Trainer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__TRAINER_ID = TAUGHT_MODEL__TRAINER_ID;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__CLASS_NAMES = TAUGHT_MODEL__CLASS_NAMES;

	/**
	 * The feature id for the '<em><b>Feature Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__FEATURE_NAMES = TAUGHT_MODEL__FEATURE_NAMES;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__PROVENANCE = TAUGHT_MODEL__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Hand Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__HAND_EDITED = TAUGHT_MODEL__HAND_EDITED;

	/**
	 * The feature id for the '<em><b>Edit History</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__EDIT_HISTORY = TAUGHT_MODEL__EDIT_HISTORY;

	/**
	 * The feature id for the '<em><b>Max Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__MAX_DEPTH = TAUGHT_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Root</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL__ROOT = TAUGHT_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Decision Tree Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL_FEATURE_COUNT = TAUGHT_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Decision Tree Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_TREE_MODEL_OPERATION_COUNT = TAUGHT_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.TreeNodeImpl <em>Tree Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.TreeNodeImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getTreeNode()
	 * @generated
	 */
	int TREE_NODE = 9;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE__THRESHOLD = 1;

	/**
	 * The feature id for the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE__LEFT = 2;

	/**
	 * The feature id for the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE__RIGHT = 3;

	/**
	 * The feature id for the '<em><b>Predicted Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE__PREDICTED_CLASS = 4;

	/**
	 * The feature id for the '<em><b>Class Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE__CLASS_COUNTS = 5;

	/**
	 * The number of structural features of the '<em>Tree Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Tree Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.NearestNeighbourModelImpl <em>Nearest Neighbour Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.NearestNeighbourModelImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getNearestNeighbourModel()
	 * @generated
	 */
	int NEAREST_NEIGHBOUR_MODEL = 10;

	/**
	 * The feature id for the '<em><b>Trainer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__TRAINER_ID = TAUGHT_MODEL__TRAINER_ID;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__CLASS_NAMES = TAUGHT_MODEL__CLASS_NAMES;

	/**
	 * The feature id for the '<em><b>Feature Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__FEATURE_NAMES = TAUGHT_MODEL__FEATURE_NAMES;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__PROVENANCE = TAUGHT_MODEL__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Hand Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__HAND_EDITED = TAUGHT_MODEL__HAND_EDITED;

	/**
	 * The feature id for the '<em><b>Edit History</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__EDIT_HISTORY = TAUGHT_MODEL__EDIT_HISTORY;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__K = TAUGHT_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__POINTS = TAUGHT_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Point Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES = TAUGHT_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Nearest Neighbour Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL_FEATURE_COUNT = TAUGHT_MODEL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Nearest Neighbour Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEAREST_NEIGHBOUR_MODEL_OPERATION_COUNT = TAUGHT_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.TeachingSettingsImpl <em>Teaching Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.TeachingSettingsImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getTeachingSettings()
	 * @generated
	 */
	int TEACHING_SETTINGS = 11;

	/**
	 * The feature id for the '<em><b>Classifier Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__CLASSIFIER_ID = 0;

	/**
	 * The feature id for the '<em><b>Classifier Options</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__CLASSIFIER_OPTIONS = 1;

	/**
	 * The feature id for the '<em><b>Points Per Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__POINTS_PER_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__SEED = 3;

	/**
	 * The feature id for the '<em><b>Include Labelled Examples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES = 4;

	/**
	 * The feature id for the '<em><b>Show Pseudo Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__SHOW_PSEUDO_POINTS = 5;

	/**
	 * The feature id for the '<em><b>Space</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS__SPACE = 6;

	/**
	 * The number of structural features of the '<em>Teaching Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Teaching Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHING_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.impl.PredictionsImpl <em>Predictions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.PredictionsImpl
	 * @see org.contour.model.impl.ContourPackageImpl#getPredictions()
	 * @generated
	 */
	int PREDICTIONS = 12;

	/**
	 * The feature id for the '<em><b>Model Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTIONS__MODEL_DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTIONS__CLASS_NAMES = 1;

	/**
	 * The feature id for the '<em><b>Predicted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTIONS__PREDICTED = 2;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTIONS__CONFIDENCE = 3;

	/**
	 * The number of structural features of the '<em>Predictions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTIONS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Predictions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTIONS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.contour.model.DatasetKind <em>Dataset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.DatasetKind
	 * @see org.contour.model.impl.ContourPackageImpl#getDatasetKind()
	 * @generated
	 */
	int DATASET_KIND = 13;

	/**
	 * The meta object id for the '{@link org.contour.model.Subset <em>Subset</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.Subset
	 * @see org.contour.model.impl.ContourPackageImpl#getSubset()
	 * @generated
	 */
	int SUBSET = 14;

	/**
	 * The meta object id for the '{@link org.contour.model.SketchKind <em>Sketch Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.SketchKind
	 * @see org.contour.model.impl.ContourPackageImpl#getSketchKind()
	 * @generated
	 */
	int SKETCH_KIND = 15;

	/**
	 * The meta object id for the '{@link org.contour.model.TeachingSpace <em>Teaching Space</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.TeachingSpace
	 * @see org.contour.model.impl.ContourPackageImpl#getTeachingSpace()
	 * @generated
	 */
	int TEACHING_SPACE = 16;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.ContourPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 17;

	/**
	 * The meta object id for the '<em>Int Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.contour.model.impl.ContourPackageImpl#getIntArray()
	 * @generated
	 */
	int INT_ARRAY = 18;


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
	 * Returns the meta object for the attribute '{@link org.contour.model.LabellingProject#getSubsets <em>Subsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsets</em>'.
	 * @see org.contour.model.LabellingProject#getSubsets()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EAttribute getLabellingProject_Subsets();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.LabellingProject#getTeaching <em>Teaching</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Teaching</em>'.
	 * @see org.contour.model.LabellingProject#getTeaching()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Teaching();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.LabellingProject#getPredictions <em>Predictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Predictions</em>'.
	 * @see org.contour.model.LabellingProject#getPredictions()
	 * @see #getLabellingProject()
	 * @generated
	 */
	EReference getLabellingProject_Predictions();

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
	 * Returns the meta object for the map '{@link org.contour.model.DatasetSource#getVectorizerOptions <em>Vectorizer Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Vectorizer Options</em>'.
	 * @see org.contour.model.DatasetSource#getVectorizerOptions()
	 * @see #getDatasetSource()
	 * @generated
	 */
	EReference getDatasetSource_VectorizerOptions();

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
	 * Returns the meta object for the map '{@link org.contour.model.Embedding#getReducerOptions <em>Reducer Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Reducer Options</em>'.
	 * @see org.contour.model.Embedding#getReducerOptions()
	 * @see #getEmbedding()
	 * @generated
	 */
	EReference getEmbedding_ReducerOptions();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Embedding#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.contour.model.Embedding#getProvenance()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_Provenance();

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
	 * Returns the meta object for the attribute '{@link org.contour.model.Sketch#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.contour.model.Sketch#getKind()
	 * @see #getSketch()
	 * @generated
	 */
	EAttribute getSketch_Kind();

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
	 * Returns the meta object for the attribute '{@link org.contour.model.Sketch#getAspect <em>Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aspect</em>'.
	 * @see org.contour.model.Sketch#getAspect()
	 * @see #getSketch()
	 * @generated
	 */
	EAttribute getSketch_Aspect();

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
	 * Returns the meta object for the attribute list '{@link org.contour.model.TaughtModel#getEditHistory <em>Edit History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Edit History</em>'.
	 * @see org.contour.model.TaughtModel#getEditHistory()
	 * @see #getTaughtModel()
	 * @generated
	 */
	EAttribute getTaughtModel_EditHistory();

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
	 * Returns the meta object for class '{@link org.contour.model.PolynomialModel <em>Polynomial Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polynomial Model</em>'.
	 * @see org.contour.model.PolynomialModel
	 * @generated
	 */
	EClass getPolynomialModel();

	/**
	 * Returns the meta object for the attribute list '{@link org.contour.model.PolynomialModel#getInputNames <em>Input Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Input Names</em>'.
	 * @see org.contour.model.PolynomialModel#getInputNames()
	 * @see #getPolynomialModel()
	 * @generated
	 */
	EAttribute getPolynomialModel_InputNames();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.PolynomialModel#getDegree <em>Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Degree</em>'.
	 * @see org.contour.model.PolynomialModel#getDegree()
	 * @see #getPolynomialModel()
	 * @generated
	 */
	EAttribute getPolynomialModel_Degree();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.PolynomialModel#getExponents <em>Exponents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exponents</em>'.
	 * @see org.contour.model.PolynomialModel#getExponents()
	 * @see #getPolynomialModel()
	 * @generated
	 */
	EAttribute getPolynomialModel_Exponents();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.PolynomialModel#getInputMeans <em>Input Means</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Means</em>'.
	 * @see org.contour.model.PolynomialModel#getInputMeans()
	 * @see #getPolynomialModel()
	 * @generated
	 */
	EAttribute getPolynomialModel_InputMeans();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.PolynomialModel#getInputScales <em>Input Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Scales</em>'.
	 * @see org.contour.model.PolynomialModel#getInputScales()
	 * @see #getPolynomialModel()
	 * @generated
	 */
	EAttribute getPolynomialModel_InputScales();

	/**
	 * Returns the meta object for class '{@link org.contour.model.DecisionTreeModel <em>Decision Tree Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Tree Model</em>'.
	 * @see org.contour.model.DecisionTreeModel
	 * @generated
	 */
	EClass getDecisionTreeModel();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.DecisionTreeModel#getMaxDepth <em>Max Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Depth</em>'.
	 * @see org.contour.model.DecisionTreeModel#getMaxDepth()
	 * @see #getDecisionTreeModel()
	 * @generated
	 */
	EAttribute getDecisionTreeModel_MaxDepth();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.DecisionTreeModel#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Root</em>'.
	 * @see org.contour.model.DecisionTreeModel#getRoot()
	 * @see #getDecisionTreeModel()
	 * @generated
	 */
	EReference getDecisionTreeModel_Root();

	/**
	 * Returns the meta object for class '{@link org.contour.model.TreeNode <em>Tree Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tree Node</em>'.
	 * @see org.contour.model.TreeNode
	 * @generated
	 */
	EClass getTreeNode();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TreeNode#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.contour.model.TreeNode#getFeature()
	 * @see #getTreeNode()
	 * @generated
	 */
	EAttribute getTreeNode_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TreeNode#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.contour.model.TreeNode#getThreshold()
	 * @see #getTreeNode()
	 * @generated
	 */
	EAttribute getTreeNode_Threshold();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.TreeNode#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Left</em>'.
	 * @see org.contour.model.TreeNode#getLeft()
	 * @see #getTreeNode()
	 * @generated
	 */
	EReference getTreeNode_Left();

	/**
	 * Returns the meta object for the containment reference '{@link org.contour.model.TreeNode#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Right</em>'.
	 * @see org.contour.model.TreeNode#getRight()
	 * @see #getTreeNode()
	 * @generated
	 */
	EReference getTreeNode_Right();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TreeNode#getPredictedClass <em>Predicted Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicted Class</em>'.
	 * @see org.contour.model.TreeNode#getPredictedClass()
	 * @see #getTreeNode()
	 * @generated
	 */
	EAttribute getTreeNode_PredictedClass();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TreeNode#getClassCounts <em>Class Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Counts</em>'.
	 * @see org.contour.model.TreeNode#getClassCounts()
	 * @see #getTreeNode()
	 * @generated
	 */
	EAttribute getTreeNode_ClassCounts();

	/**
	 * Returns the meta object for class '{@link org.contour.model.NearestNeighbourModel <em>Nearest Neighbour Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nearest Neighbour Model</em>'.
	 * @see org.contour.model.NearestNeighbourModel
	 * @generated
	 */
	EClass getNearestNeighbourModel();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.NearestNeighbourModel#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.contour.model.NearestNeighbourModel#getK()
	 * @see #getNearestNeighbourModel()
	 * @generated
	 */
	EAttribute getNearestNeighbourModel_K();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.NearestNeighbourModel#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.contour.model.NearestNeighbourModel#getPoints()
	 * @see #getNearestNeighbourModel()
	 * @generated
	 */
	EAttribute getNearestNeighbourModel_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.NearestNeighbourModel#getPointClasses <em>Point Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Point Classes</em>'.
	 * @see org.contour.model.NearestNeighbourModel#getPointClasses()
	 * @see #getNearestNeighbourModel()
	 * @generated
	 */
	EAttribute getNearestNeighbourModel_PointClasses();

	/**
	 * Returns the meta object for class '{@link org.contour.model.TeachingSettings <em>Teaching Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teaching Settings</em>'.
	 * @see org.contour.model.TeachingSettings
	 * @generated
	 */
	EClass getTeachingSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TeachingSettings#getClassifierId <em>Classifier Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Id</em>'.
	 * @see org.contour.model.TeachingSettings#getClassifierId()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EAttribute getTeachingSettings_ClassifierId();

	/**
	 * Returns the meta object for the map '{@link org.contour.model.TeachingSettings#getClassifierOptions <em>Classifier Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Classifier Options</em>'.
	 * @see org.contour.model.TeachingSettings#getClassifierOptions()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EReference getTeachingSettings_ClassifierOptions();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TeachingSettings#getPointsPerClass <em>Points Per Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points Per Class</em>'.
	 * @see org.contour.model.TeachingSettings#getPointsPerClass()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EAttribute getTeachingSettings_PointsPerClass();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TeachingSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.contour.model.TeachingSettings#getSeed()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EAttribute getTeachingSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TeachingSettings#isIncludeLabelledExamples <em>Include Labelled Examples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Labelled Examples</em>'.
	 * @see org.contour.model.TeachingSettings#isIncludeLabelledExamples()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EAttribute getTeachingSettings_IncludeLabelledExamples();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TeachingSettings#isShowPseudoPoints <em>Show Pseudo Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Show Pseudo Points</em>'.
	 * @see org.contour.model.TeachingSettings#isShowPseudoPoints()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EAttribute getTeachingSettings_ShowPseudoPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.TeachingSettings#getSpace <em>Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Space</em>'.
	 * @see org.contour.model.TeachingSettings#getSpace()
	 * @see #getTeachingSettings()
	 * @generated
	 */
	EAttribute getTeachingSettings_Space();

	/**
	 * Returns the meta object for class '{@link org.contour.model.Predictions <em>Predictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Predictions</em>'.
	 * @see org.contour.model.Predictions
	 * @generated
	 */
	EClass getPredictions();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Predictions#getModelDescription <em>Model Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Description</em>'.
	 * @see org.contour.model.Predictions#getModelDescription()
	 * @see #getPredictions()
	 * @generated
	 */
	EAttribute getPredictions_ModelDescription();

	/**
	 * Returns the meta object for the attribute list '{@link org.contour.model.Predictions#getClassNames <em>Class Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Class Names</em>'.
	 * @see org.contour.model.Predictions#getClassNames()
	 * @see #getPredictions()
	 * @generated
	 */
	EAttribute getPredictions_ClassNames();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Predictions#getPredicted <em>Predicted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicted</em>'.
	 * @see org.contour.model.Predictions#getPredicted()
	 * @see #getPredictions()
	 * @generated
	 */
	EAttribute getPredictions_Predicted();

	/**
	 * Returns the meta object for the attribute '{@link org.contour.model.Predictions#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.contour.model.Predictions#getConfidence()
	 * @see #getPredictions()
	 * @generated
	 */
	EAttribute getPredictions_Confidence();

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
	 * Returns the meta object for enum '{@link org.contour.model.Subset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subset</em>'.
	 * @see org.contour.model.Subset
	 * @generated
	 */
	EEnum getSubset();

	/**
	 * Returns the meta object for enum '{@link org.contour.model.SketchKind <em>Sketch Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sketch Kind</em>'.
	 * @see org.contour.model.SketchKind
	 * @generated
	 */
	EEnum getSketchKind();

	/**
	 * Returns the meta object for enum '{@link org.contour.model.TeachingSpace <em>Teaching Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Teaching Space</em>'.
	 * @see org.contour.model.TeachingSpace
	 * @generated
	 */
	EEnum getTeachingSpace();

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
		 * The meta object literal for the '<em><b>Subsets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELLING_PROJECT__SUBSETS = eINSTANCE.getLabellingProject_Subsets();

		/**
		 * The meta object literal for the '<em><b>Teaching</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__TEACHING = eINSTANCE.getLabellingProject_Teaching();

		/**
		 * The meta object literal for the '<em><b>Predictions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELLING_PROJECT__PREDICTIONS = eINSTANCE.getLabellingProject_Predictions();

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
		 * The meta object literal for the '<em><b>Vectorizer Options</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_SOURCE__VECTORIZER_OPTIONS = eINSTANCE.getDatasetSource_VectorizerOptions();

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
		 * The meta object literal for the '<em><b>Reducer Options</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMBEDDING__REDUCER_OPTIONS = eINSTANCE.getEmbedding_ReducerOptions();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__PROVENANCE = eINSTANCE.getEmbedding_Provenance();

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
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKETCH__KIND = eINSTANCE.getSketch_Kind();

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
		 * The meta object literal for the '<em><b>Aspect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKETCH__ASPECT = eINSTANCE.getSketch_Aspect();

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
		 * The meta object literal for the '<em><b>Edit History</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAUGHT_MODEL__EDIT_HISTORY = eINSTANCE.getTaughtModel_EditHistory();

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
		 * The meta object literal for the '{@link org.contour.model.impl.PolynomialModelImpl <em>Polynomial Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.PolynomialModelImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getPolynomialModel()
		 * @generated
		 */
		EClass POLYNOMIAL_MODEL = eINSTANCE.getPolynomialModel();

		/**
		 * The meta object literal for the '<em><b>Input Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYNOMIAL_MODEL__INPUT_NAMES = eINSTANCE.getPolynomialModel_InputNames();

		/**
		 * The meta object literal for the '<em><b>Degree</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYNOMIAL_MODEL__DEGREE = eINSTANCE.getPolynomialModel_Degree();

		/**
		 * The meta object literal for the '<em><b>Exponents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYNOMIAL_MODEL__EXPONENTS = eINSTANCE.getPolynomialModel_Exponents();

		/**
		 * The meta object literal for the '<em><b>Input Means</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYNOMIAL_MODEL__INPUT_MEANS = eINSTANCE.getPolynomialModel_InputMeans();

		/**
		 * The meta object literal for the '<em><b>Input Scales</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYNOMIAL_MODEL__INPUT_SCALES = eINSTANCE.getPolynomialModel_InputScales();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.DecisionTreeModelImpl <em>Decision Tree Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.DecisionTreeModelImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getDecisionTreeModel()
		 * @generated
		 */
		EClass DECISION_TREE_MODEL = eINSTANCE.getDecisionTreeModel();

		/**
		 * The meta object literal for the '<em><b>Max Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_TREE_MODEL__MAX_DEPTH = eINSTANCE.getDecisionTreeModel_MaxDepth();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION_TREE_MODEL__ROOT = eINSTANCE.getDecisionTreeModel_Root();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.TreeNodeImpl <em>Tree Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.TreeNodeImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getTreeNode()
		 * @generated
		 */
		EClass TREE_NODE = eINSTANCE.getTreeNode();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_NODE__FEATURE = eINSTANCE.getTreeNode_Feature();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_NODE__THRESHOLD = eINSTANCE.getTreeNode_Threshold();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREE_NODE__LEFT = eINSTANCE.getTreeNode_Left();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREE_NODE__RIGHT = eINSTANCE.getTreeNode_Right();

		/**
		 * The meta object literal for the '<em><b>Predicted Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_NODE__PREDICTED_CLASS = eINSTANCE.getTreeNode_PredictedClass();

		/**
		 * The meta object literal for the '<em><b>Class Counts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_NODE__CLASS_COUNTS = eINSTANCE.getTreeNode_ClassCounts();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.NearestNeighbourModelImpl <em>Nearest Neighbour Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.NearestNeighbourModelImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getNearestNeighbourModel()
		 * @generated
		 */
		EClass NEAREST_NEIGHBOUR_MODEL = eINSTANCE.getNearestNeighbourModel();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEAREST_NEIGHBOUR_MODEL__K = eINSTANCE.getNearestNeighbourModel_K();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEAREST_NEIGHBOUR_MODEL__POINTS = eINSTANCE.getNearestNeighbourModel_Points();

		/**
		 * The meta object literal for the '<em><b>Point Classes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEAREST_NEIGHBOUR_MODEL__POINT_CLASSES = eINSTANCE.getNearestNeighbourModel_PointClasses();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.TeachingSettingsImpl <em>Teaching Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.TeachingSettingsImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getTeachingSettings()
		 * @generated
		 */
		EClass TEACHING_SETTINGS = eINSTANCE.getTeachingSettings();

		/**
		 * The meta object literal for the '<em><b>Classifier Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_SETTINGS__CLASSIFIER_ID = eINSTANCE.getTeachingSettings_ClassifierId();

		/**
		 * The meta object literal for the '<em><b>Classifier Options</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEACHING_SETTINGS__CLASSIFIER_OPTIONS = eINSTANCE.getTeachingSettings_ClassifierOptions();

		/**
		 * The meta object literal for the '<em><b>Points Per Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_SETTINGS__POINTS_PER_CLASS = eINSTANCE.getTeachingSettings_PointsPerClass();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_SETTINGS__SEED = eINSTANCE.getTeachingSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Include Labelled Examples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_SETTINGS__INCLUDE_LABELLED_EXAMPLES = eINSTANCE.getTeachingSettings_IncludeLabelledExamples();

		/**
		 * The meta object literal for the '<em><b>Show Pseudo Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_SETTINGS__SHOW_PSEUDO_POINTS = eINSTANCE.getTeachingSettings_ShowPseudoPoints();

		/**
		 * The meta object literal for the '<em><b>Space</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHING_SETTINGS__SPACE = eINSTANCE.getTeachingSettings_Space();

		/**
		 * The meta object literal for the '{@link org.contour.model.impl.PredictionsImpl <em>Predictions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.impl.PredictionsImpl
		 * @see org.contour.model.impl.ContourPackageImpl#getPredictions()
		 * @generated
		 */
		EClass PREDICTIONS = eINSTANCE.getPredictions();

		/**
		 * The meta object literal for the '<em><b>Model Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTIONS__MODEL_DESCRIPTION = eINSTANCE.getPredictions_ModelDescription();

		/**
		 * The meta object literal for the '<em><b>Class Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTIONS__CLASS_NAMES = eINSTANCE.getPredictions_ClassNames();

		/**
		 * The meta object literal for the '<em><b>Predicted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTIONS__PREDICTED = eINSTANCE.getPredictions_Predicted();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTIONS__CONFIDENCE = eINSTANCE.getPredictions_Confidence();

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
		 * The meta object literal for the '{@link org.contour.model.Subset <em>Subset</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.Subset
		 * @see org.contour.model.impl.ContourPackageImpl#getSubset()
		 * @generated
		 */
		EEnum SUBSET = eINSTANCE.getSubset();

		/**
		 * The meta object literal for the '{@link org.contour.model.SketchKind <em>Sketch Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.SketchKind
		 * @see org.contour.model.impl.ContourPackageImpl#getSketchKind()
		 * @generated
		 */
		EEnum SKETCH_KIND = eINSTANCE.getSketchKind();

		/**
		 * The meta object literal for the '{@link org.contour.model.TeachingSpace <em>Teaching Space</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.contour.model.TeachingSpace
		 * @see org.contour.model.impl.ContourPackageImpl#getTeachingSpace()
		 * @generated
		 */
		EEnum TEACHING_SPACE = eINSTANCE.getTeachingSpace();

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
