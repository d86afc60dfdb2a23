package org.contour.tribuo;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contour.api.data.TrainingSet;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;

import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;

/**
 * A logistic regression as Tribuo trained it and as Contour edits it: the immutable
 * {@link LinearSGDModel} (on standardised features) and the {@link LinearModel} converted from
 * it (on the original features). Before any hand edit both give the same predictions.
 */
public final class TrainedLogisticRegression {

    private final LinearModel model;
    private final LinearSGDModel tribuoModel;
    private final FeatureScaling scaling;
    private final String[] classNames;
    private final String[] featureNames;

    private TrainedLogisticRegression(LinearModel model, LinearSGDModel tribuoModel, FeatureScaling scaling,
            String[] classNames, String[] featureNames) {
        this.model = model;
        this.tribuoModel = tribuoModel;
        this.scaling = scaling;
        this.classNames = classNames;
        this.featureNames = featureNames;
    }

    /**
     * Reads Tribuo's weights into a {@link LinearModel} ordered by the training set's classes and
     * features. Tribuo numbers features by its own feature map and classes by its output info,
     * neither of which need follow the training set, and keeps the bias as the last column of
     * the weight matrix (a constant feature 1 appended to every example).
     */
    static TrainedLogisticRegression convert(LinearSGDModel tribuoModel, FeatureScaling scaling, TrainingSet data,
            long trainingNanos) {
        String[] classNames = data.classNames().clone();
        String[] featureNames = data.featureNames().clone();
        DenseMatrix tribuoWeights = tribuoModel.getWeightsCopy();
        ImmutableFeatureMap featureIds = tribuoModel.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputIds = tribuoModel.getOutputIDInfo();
        int biasColumn = tribuoWeights.getDimension2Size() - 1;
        if (biasColumn != featureIds.size() || tribuoWeights.getDimension1Size() != outputIds.size()) {
            throw new IllegalStateException("unexpected weight layout " + tribuoWeights.getDimension1Size() + " x "
                    + tribuoWeights.getDimension2Size() + " for " + outputIds.size() + " outputs and "
                    + featureIds.size() + " features");
        }

        int featureCount = featureNames.length;
        double[] weights = new double[classNames.length * featureCount];
        double[] biases = new double[classNames.length];
        for (int c = 0; c < classNames.length; c++) {
            int row = outputIds.getID(new Label(classNames[c]));
            if (row < 0) {
                throw new IllegalStateException("Tribuo's model does not know class '" + classNames[c] + "'");
            }
            // Tribuo's score on standardised input is sum_f w'_f (x_f - m_f) / s_f + b'; expanded,
            // the original-coordinate weight is w'_f / s_f and the mean terms move into the bias.
            double bias = tribuoWeights.get(row, biasColumn);
            for (int f = 0; f < featureCount; f++) {
                int column = featureIds.getID(featureNames[f]);
                // Tribuo leaves a feature that was 0 in every example (after standardising: a
                // constant column) out of its feature map; it contributes nothing either way.
                double standardisedWeight = column < 0 ? 0 : tribuoWeights.get(row, column);
                double weight = standardisedWeight / scaling.scale(f);
                weights[c * featureCount + f] = weight;
                bias -= weight * scaling.mean(f);
            }
            biases[c] = bias;
        }

        LinearModel model = ContourFactory.eINSTANCE.createLinearModel();
        model.setTrainerId(LogisticRegressionClassifier.TRAINER_ID);
        model.getClassNames().addAll(List.of(classNames));
        model.getFeatureNames().addAll(List.of(featureNames));
        model.setWeights(weights);
        model.setBiases(biases);
        model.setHandEdited(false);
        model.setProvenance(describe(tribuoModel.getProvenance(), scaling, data, trainingNanos));
        return new TrainedLogisticRegression(model, tribuoModel, scaling, classNames, featureNames);
    }

    /** Contour's editable copy, on the training set's original features. */
    public LinearModel model() {
        return model;
    }

    /** Tribuo's model as trained; it expects standardised features, see {@link #predictWithTribuo}. */
    public LinearSGDModel tribuoModel() {
        return tribuoModel;
    }

    /** The mean subtracted from each feature before training, in the training set's feature order. */
    public double[] featureMeans() {
        return scaling.means();
    }

    /** The standard deviation each centred feature was divided by (1 for a constant feature). */
    public double[] featureScales() {
        return scaling.scales();
    }

    /**
     * Asks Tribuo's model about a point given in original coordinates (it is standardised first).
     * Slow, one example at a time through Tribuo's API: for checking the conversion, not for
     * painting.
     *
     * @param probabilitiesOut receives Tribuo's probabilities in the training set's class order
     *                         when not null
     * @return the index, in the training set's class order, of the class Tribuo predicts
     */
    public int predictWithTribuo(double[] features, double[] probabilitiesOut) {
        if (features.length != featureNames.length) {
            throw new IllegalArgumentException("expected " + featureNames.length + " features, got " + features.length);
        }
        Prediction<Label> prediction = tribuoModel.predict(
                new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, featureNames, scaling.standardise(features)));
        if (probabilitiesOut != null) {
            Map<String, Label> scores = prediction.getOutputScores();
            for (int c = 0; c < classNames.length; c++) {
                probabilitiesOut[c] = scores.get(classNames[c]).getScore();
            }
        }
        String predicted = prediction.getOutput().getLabel();
        for (int c = 0; c < classNames.length; c++) {
            if (classNames[c].equals(predicted)) {
                return c;
            }
        }
        throw new IllegalStateException("Tribuo predicted unknown class '" + predicted + "'");
    }

    /**
     * A few readable lines for the interpretation view, drawn from Tribuo's model provenance
     * rather than from this class's settings, so they state what Tribuo actually ran.
     */
    private static String describe(ModelProvenance provenance, FeatureScaling scaling, TrainingSet data,
            long trainingNanos) {
        TrainerProvenance trainer = provenance.getTrainerProvenance();
        Map<String, Provenance> settings = trainer.getConfiguredParameters();
        DatasetProvenance dataset = provenance.getDatasetProvenance();

        StringBuilder text = new StringBuilder();
        text.append("Logistic regression trained by Tribuo ").append(provenance.getTribuoVersion()).append(' ')
                .append(simpleName(trainer.getClassName())).append('\n');
        text.append("objective ").append(readable(settings.get("objective")))
                .append(", optimiser ").append(readable(settings.get("optimiser")))
                .append(", epochs ").append(readable(settings.get("epochs")))
                .append(", minibatch ").append(readable(settings.get("minibatchSize")))
                .append(", seed ").append(readable(settings.get("seed"))).append('\n');
        List<String> standardised = new ArrayList<>();
        for (int f = 0; f < data.featureNames().length; f++) {
            standardised.add(String.format("%s: mean %.6g, sd %.6g", data.featureNames()[f], scaling.mean(f),
                    scaling.scale(f)));
        }
        text.append("on ").append(dataset.getNumExamples()).append(" examples, ")
                .append(data.classNames().length).append(" classes (").append(String.join(", ", data.classNames()))
                .append("), ").append(data.featureNames().length).append(" features standardised for training (")
                .append(String.join("; ", standardised)).append("), weights given on the original features\n");
        text.append("trained at ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(provenance.getTrainingTime()))
                .append(" in ").append(Math.round(trainingNanos / 1e6)).append(" ms, Java ")
                .append(provenance.getJavaVersion()).append('\n');
        text.append("data: ").append(data.origin() == null || data.origin().isBlank() ? "(not recorded)" : data.origin());
        return text.toString();
    }

    /** "AdaGrad(epsilon=0.1, initialLearningRate=1.0)" rather than OLCUT's nested dump. */
    private static String readable(Provenance value) {
        if (value == null) {
            return "?";
        }
        if (value instanceof ConfiguredObjectProvenance object) {
            Map<String, String> parameters = new TreeMap<>();
            object.getConfiguredParameters().forEach((key, nested) -> parameters.put(key, readable(nested)));
            StringBuilder text = new StringBuilder(simpleName(object.getClassName()));
            if (!parameters.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                parameters.forEach((key, nested) -> pairs.add(key + "=" + nested));
                text.append('(').append(String.join(", ", pairs)).append(')');
            }
            return text.toString();
        }
        // Primitive provenances print just their value.
        return value.toString();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
