package org.contour.tribuo;

import java.util.List;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.teach.PolynomialTerms;
import org.contour.model.ContourFactory;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Logistic regression on polynomial features, for curved boundaries: the inputs are standardised
 * (mean 0, standard deviation 1), expanded into every product of total degree up to 2 or 3
 * ({@link PolynomialTerms}), and Tribuo's {@link LinearSGDTrainer} (log-loss, AdaGrad) fits one
 * weight per class and term. Delivered as a {@link PolynomialModel} holding those very weights
 * and the standardisation, so Contour evaluates the terms exactly as Tribuo saw them.
 */
public final class PolynomialLogisticClassifier implements Classifier {

    public static final String TRAINER_ID = "org.contour.tribuo.polynomial";
    public static final int DEFAULT_DEGREE = 2;
    public static final int DEFAULT_EPOCHS = 10;

    private static final double LEARNING_RATE = 1.0;
    private static final double ADAGRAD_EPSILON = 0.1;

    /** A trained polynomial model beside the Tribuo model it was converted from. */
    public record Trained(PolynomialModel model, LinearSGDModel tribuoModel) {

        /**
         * Asks Tribuo's model about a point in original input units (expanded into terms first).
         *
         * @param probabilitiesOut receives Tribuo's probabilities in the model's class order when not null
         * @return index into the model's classes
         */
        public int predictWithTribuo(double[] inputs, double[] probabilitiesOut) {
            double[] terms = PolynomialTerms.expand(inputs, model.getInputMeans(), model.getInputScales(),
                    model.getExponents());
            Prediction<Label> prediction = tribuoModel.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,
                    model.getFeatureNames().toArray(String[]::new), terms));
            return TribuoPredictions.read(prediction, model.getClassNames(), probabilitiesOut);
        }
    }

    @Override
    public TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) throws CoreException {
        return fit(data, options.getInt("degree", DEFAULT_DEGREE), options.getInt("epochs", DEFAULT_EPOCHS), monitor)
                .model();
    }

    /**
     * @throws CoreException for untrainable data or a degree outside 1 to 3
     * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} is cancelled
     */
    public Trained fit(TrainingSet data, int degree, int epochs, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Training polynomial logistic regression", 10);
        TribuoSupport.checkShape(data);
        TribuoSupport.checkTrainable(data, "Polynomial logistic regression");
        if (degree < 1 || degree > PolynomialTerms.MAX_DEGREE) {
            throw TribuoSupport.error("The degree must be 1 to " + PolynomialTerms.MAX_DEGREE + ", not " + degree + ".");
        }
        if (epochs < 1) {
            throw TribuoSupport.error("Epochs must be at least 1, not " + epochs + ".");
        }
        FeatureScaling scaling = FeatureScaling.of(data.features());
        double[] means = scaling.means();
        double[] scales = scaling.scales();
        List<String> inputs = List.of(data.featureNames());
        int[] exponents = PolynomialTerms.exponents(inputs.size(), degree);
        String[] termNames = PolynomialTerms.names(inputs, exponents).toArray(String[]::new);
        MutableDataset<Label> dataset = TribuoSupport.dataset(data, termNames,
                row -> PolynomialTerms.expand(row, means, scales, exponents));
        progress.split(1);

        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(LEARNING_RATE, ADAGRAD_EPSILON), epochs, -1, 1, data.seed());
        long start = System.nanoTime();
        LinearSGDModel tribuoModel;
        try {
            tribuoModel = trainer.train(dataset);
        } catch (RuntimeException e) {
            throw TribuoSupport.failure("polynomial logistic regression", e);
        }
        long nanos = System.nanoTime() - start;
        progress.split(8);

        String[] classNames = data.classNames();
        DenseMatrix w = tribuoModel.getWeightsCopy();
        ImmutableFeatureMap featureIds = tribuoModel.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputIds = tribuoModel.getOutputIDInfo();
        int biasColumn = w.getDimension2Size() - 1;
        int terms = termNames.length;
        double[] weights = new double[classNames.length * terms];
        double[] biases = new double[classNames.length];
        for (int c = 0; c < classNames.length; c++) {
            int row = outputIds.getID(new Label(classNames[c]));
            for (int t = 0; t < terms; t++) {
                int column = featureIds.getID(termNames[t]);
                // a term that was 0 on every example is not in Tribuo's feature map: weight 0
                weights[c * terms + t] = column < 0 ? 0 : w.get(row, column);
            }
            biases[c] = w.get(row, biasColumn);
        }
        PolynomialModel model = ContourFactory.eINSTANCE.createPolynomialModel();
        model.setTrainerId(TRAINER_ID);
        model.getClassNames().addAll(List.of(classNames));
        model.getFeatureNames().addAll(List.of(termNames));
        model.getInputNames().addAll(inputs);
        model.setDegree(degree);
        model.setExponents(exponents);
        model.setInputMeans(means);
        model.setInputScales(scales);
        model.setWeights(weights);
        model.setBiases(biases);
        StringBuilder standardised = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) {
            standardised.append(i > 0 ? "; " : "").append(String.format("%s: mean %.6g, sd %.6g", inputs.get(i),
                    means[i], scales[i]));
        }
        model.setProvenance(TribuoSupport.summary("Polynomial logistic regression (degree " + degree + ", "
                + terms + " terms of the standardised inputs: " + standardised + ")", tribuoModel.getProvenance(),
                data, nanos));
        TribuoModels.keep(model, tribuoModel);
        progress.split(1);
        return new Trained(model, tribuoModel);
    }
}
