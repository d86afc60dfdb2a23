/**
 */
package org.contour.model.impl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import java.util.Base64;

import org.contour.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ContourFactoryImpl extends EFactoryImpl implements ContourFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ContourFactory init() {
		try {
			ContourFactory theContourFactory = (ContourFactory)EPackage.Registry.INSTANCE.getEFactory(ContourPackage.eNS_URI);
			if (theContourFactory != null) {
				return theContourFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ContourFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContourFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ContourPackage.LABELLING_PROJECT: return createLabellingProject();
			case ContourPackage.DATASET_SOURCE: return createDatasetSource();
			case ContourPackage.LABEL_CLASS: return createLabelClass();
			case ContourPackage.EMBEDDING: return createEmbedding();
			case ContourPackage.SKETCH: return createSketch();
			case ContourPackage.LINEAR_MODEL: return createLinearModel();
			case ContourPackage.POLYNOMIAL_MODEL: return createPolynomialModel();
			case ContourPackage.DECISION_TREE_MODEL: return createDecisionTreeModel();
			case ContourPackage.TREE_NODE: return createTreeNode();
			case ContourPackage.NEAREST_NEIGHBOUR_MODEL: return createNearestNeighbourModel();
			case ContourPackage.TEACHING_SETTINGS: return createTeachingSettings();
			case ContourPackage.PREDICTIONS: return createPredictions();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ContourPackage.DATASET_KIND:
				return createDatasetKindFromString(eDataType, initialValue);
			case ContourPackage.SUBSET:
				return createSubsetFromString(eDataType, initialValue);
			case ContourPackage.SKETCH_KIND:
				return createSketchKindFromString(eDataType, initialValue);
			case ContourPackage.TEACHING_SPACE:
				return createTeachingSpaceFromString(eDataType, initialValue);
			case ContourPackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			case ContourPackage.INT_ARRAY:
				return createIntArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ContourPackage.DATASET_KIND:
				return convertDatasetKindToString(eDataType, instanceValue);
			case ContourPackage.SUBSET:
				return convertSubsetToString(eDataType, instanceValue);
			case ContourPackage.SKETCH_KIND:
				return convertSketchKindToString(eDataType, instanceValue);
			case ContourPackage.TEACHING_SPACE:
				return convertTeachingSpaceToString(eDataType, instanceValue);
			case ContourPackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			case ContourPackage.INT_ARRAY:
				return convertIntArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabellingProject createLabellingProject() {
		LabellingProjectImpl labellingProject = new LabellingProjectImpl();
		return labellingProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetSource createDatasetSource() {
		DatasetSourceImpl datasetSource = new DatasetSourceImpl();
		return datasetSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass createLabelClass() {
		LabelClassImpl labelClass = new LabelClassImpl();
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Embedding createEmbedding() {
		EmbeddingImpl embedding = new EmbeddingImpl();
		return embedding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sketch createSketch() {
		SketchImpl sketch = new SketchImpl();
		return sketch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinearModel createLinearModel() {
		LinearModelImpl linearModel = new LinearModelImpl();
		return linearModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolynomialModel createPolynomialModel() {
		PolynomialModelImpl polynomialModel = new PolynomialModelImpl();
		return polynomialModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionTreeModel createDecisionTreeModel() {
		DecisionTreeModelImpl decisionTreeModel = new DecisionTreeModelImpl();
		return decisionTreeModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeNode createTreeNode() {
		TreeNodeImpl treeNode = new TreeNodeImpl();
		return treeNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NearestNeighbourModel createNearestNeighbourModel() {
		NearestNeighbourModelImpl nearestNeighbourModel = new NearestNeighbourModelImpl();
		return nearestNeighbourModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeachingSettings createTeachingSettings() {
		TeachingSettingsImpl teachingSettings = new TeachingSettingsImpl();
		return teachingSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Predictions createPredictions() {
		PredictionsImpl predictions = new PredictionsImpl();
		return predictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatasetKind createDatasetKindFromString(EDataType eDataType, String initialValue) {
		DatasetKind result = DatasetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatasetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Subset createSubsetFromString(EDataType eDataType, String initialValue) {
		Subset result = Subset.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubsetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SketchKind createSketchKindFromString(EDataType eDataType, String initialValue) {
		SketchKind result = SketchKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSketchKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeachingSpace createTeachingSpaceFromString(EDataType eDataType, String initialValue) {
		TeachingSpace result = TeachingSpace.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTeachingSpaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Decodes the Base64 text written by {@link #convertDoubleArrayToString}.
	 * <p>
	 * A project file carries whole-dataset arrays (one embedding coordinate per example,
	 * a million examples is a normal size), so the text form is the raw IEEE-754 bits,
	 * little-endian, in Base64: exact for every value (NaN payloads, -0.0, subnormals)
	 * where a decimal list would need up to 24 characters per value and a careful parser,
	 * and readable outside Java too (numpy: {@code frombuffer(b64decode(s), '<f8')}).
	 * </p>
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public double[] createDoubleArrayFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null) {
			return null;
		}
		byte[] bytes = decodeBase64(eDataType, initialValue, Double.BYTES);
		double[] result = new double[bytes.length / Double.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(result);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link #createDoubleArrayFromString} for why the text is Base64 of little-endian bits.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue) {
		if (instanceValue == null) {
			return null;
		}
		double[] values = (double[])instanceValue;
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		// The view buffer copies raw bits, so NaN payloads survive the trip unchanged.
		buffer.asDoubleBuffer().put(values);
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	/**
	 * <!-- begin-user-doc -->
	 * Decodes the Base64 text written by {@link #convertIntArrayToString}.
	 * <p>
	 * Same reasoning as for double arrays: the label assignments hold one entry per
	 * example, so they are stored as 32-bit little-endian two's complement in Base64,
	 * a fixed 5.33 characters per value that decode without parsing numbers.
	 * </p>
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public int[] createIntArrayFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null) {
			return null;
		}
		byte[] bytes = decodeBase64(eDataType, initialValue, Integer.BYTES);
		int[] result = new int[bytes.length / Integer.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(result);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * See {@link #createIntArrayFromString} for why the text is Base64 of little-endian ints.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertIntArrayToString(EDataType eDataType, Object instanceValue) {
		if (instanceValue == null) {
			return null;
		}
		int[] values = (int[])instanceValue;
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asIntBuffer().put(values);
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	/**
	 * <!-- begin-user-doc -->
	 * Rejects text that is not Base64 or does not hold a whole number of elements, naming
	 * the data type, so that a damaged project file fails to load with a message that says
	 * which kind of value was broken instead of silently losing or shifting values.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static byte[] decodeBase64(EDataType eDataType, String text, int elementSize) {
		byte[] bytes;
		try {
			// The strict decoder, not the MIME one, because the MIME decoder skips stray
			// characters and would turn a damaged value into a shorter, wrong array. Whitespace
			// alone is tolerated, as an XML tool may wrap or indent a long attribute.
			String compact = text.chars().anyMatch(Character::isWhitespace) ? text.replaceAll("\\s+", "") : text;
			bytes = Base64.getDecoder().decode(compact);
		}
		catch (IllegalArgumentException exception) {
			throw new IllegalArgumentException("The value of type '" + eDataType.getName() + "' is not valid Base64: " + exception.getMessage(), exception);
		}
		if (bytes.length % elementSize != 0) {
			throw new IllegalArgumentException("The value of type '" + eDataType.getName() + "' holds " + bytes.length + " bytes, not a whole number of " + elementSize + "-byte elements");
		}
		return bytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContourPackage getContourPackage() {
		return (ContourPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ContourPackage getPackage() {
		return ContourPackage.eINSTANCE;
	}

} //ContourFactoryImpl
