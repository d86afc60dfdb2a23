package org.contour.core.apply;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.contour.api.data.FeatureMatrix;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.FeatureMismatchException;
import org.contour.core.teach.FeatureSpacePredictor;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.Predictions;
import org.contour.model.Subset;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Applies a taught model to every example of a project: a predicted class and its confidence
 * per example ({@link Predictions}) and an {@link Evaluation} against the labels. A model taught
 * on the map reads each example's map coordinates, one taught in the feature space its feature
 * vector; which one is decided by the model's feature names.
 * <p>
 * {@link #apply} only reads (run it in a background job: it reports progress and stops when
 * cancelled, leaving the project as it was); {@link #set} puts the result into the project as
 * one undoable command, on the thread that owns the session.
 */
public final class ModelApplication {

    /** What the model reads from each example. */
    public enum Inputs {
        /** the example's two map coordinates */
        MAP,
        /** the example's feature vector (TF-IDF for text) */
        FEATURES
    }

    /**
     * @param predictions a new Predictions object, not yet in the project
     * @param evaluation  against the project's labels
     * @param inputs      what the model was given
     */
    public record Result(Predictions predictions, Evaluation evaluation, Inputs inputs) {
    }

    // rows per unit of work: enough to amortise the task, small enough to cancel promptly
    private static final int CHUNK = 1 << 15;

    private ModelApplication() {
    }

    /**
     * Decides what {@code model} reads: the map when its inputs are the map's axes, else the
     * feature vectors when the dataset has every feature the model uses.
     *
     * @throws FeatureMismatchException naming the features the dataset lacks (and the map's axes)
     */
    public static Inputs inputsFor(TaughtModel model, Embedding embedding, FeatureMatrix features)
            throws FeatureMismatchException {
        List<String> inputs = inputNames(model);
        if (embedding != null && embedding.getAxisNames().size() == 2 && inputs.equals(embedding.getAxisNames())) {
            return Inputs.MAP;
        }
        List<String> missing = new ArrayList<>(inputs);
        if (features != null) {
            missing.removeAll(List.of(features.featureNames()));
        }
        if (missing.isEmpty() && features != null) {
            return Inputs.FEATURES;
        }
        int shown = Math.min(missing.size(), 8);
        StringBuilder text = new StringBuilder("The model reads ").append(inputs.size())
                .append(inputs.size() == 1 ? " feature" : " features").append(" this dataset does not have: ")
                .append(missing.size()).append(" missing (");
        for (int i = 0; i < shown; i++) {
            text.append(i > 0 ? ", " : "").append('\'').append(missing.get(i)).append('\'');
        }
        if (missing.size() > shown) {
            text.append(" and ").append(missing.size() - shown).append(" more");
        }
        text.append(")");
        if (embedding != null) {
            text.append("; the map's axes are ").append(embedding.getAxisNames());
        }
        if (features != null) {
            text.append(" and the dataset has ").append(features.columns()).append(" features");
        }
        text.append(". It was taught on other data.");
        throw new FeatureMismatchException(text.toString(), missing);
    }

    /** The inputs a model reads: its features, or for a polynomial model the inputs of its terms. */
    public static List<String> inputNames(TaughtModel model) {
        return model instanceof PolynomialModel p ? List.copyOf(p.getInputNames()) : List.copyOf(model.getFeatureNames());
    }

    /**
     * Predicts every example of the session's project with {@code model} and evaluates against
     * its labels. Reads the project, changes nothing.
     *
     * @throws CoreException when the model does not fit the dataset (the message names the
     *                       missing features) or cannot be evaluated
     * @throws OperationCanceledException when {@code monitor} is cancelled
     */
    public static Result apply(ProjectSession session, TaughtModel model, IProgressMonitor monitor) throws CoreException {
        LabellingProject project = session.project();
        SubMonitor progress = SubMonitor.convert(monitor, "Applying the model to " + project.getName(), 100);
        Inputs inputs;
        try {
            inputs = inputsFor(model, project.getEmbedding(), session.features());
        } catch (FeatureMismatchException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        int rows = inputs == Inputs.MAP ? project.getEmbedding().getXs().length : session.features().rows();
        int[] predicted = new int[rows];
        double[] confidence = new double[rows];
        try {
            if (inputs == Inputs.MAP) {
                predictMap(ModelPredictors.forModel(model), project.getEmbedding().getXs(),
                        project.getEmbedding().getYs(), predicted, confidence, progress.split(90));
            } else {
                predictFeatures(model, session.features(), predicted, confidence, progress.split(90));
            }
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("The model cannot be evaluated: " + e.getMessage(), e));
        }
        Predictions predictions = ContourFactory.eINSTANCE.createPredictions();
        predictions.getClassNames().addAll(model.getClassNames());
        predictions.setPredicted(predicted);
        predictions.setConfidence(confidence);
        predictions.setModelDescription(describe(model, inputs));
        Evaluation evaluation = evaluate(project, predictions);
        progress.split(10);
        return new Result(predictions, evaluation, inputs);
    }

    /**
     * {@link #apply(ProjectSession, TaughtModel, IProgressMonitor)} with the project's current model.
     *
     * @throws CoreException when the project has no model yet, or as the other form
     */
    public static Result apply(ProjectSession session, IProgressMonitor monitor) throws CoreException {
        TaughtModel model = session.project().getModel();
        if (model == null) {
            throw new CoreException(Status.info("There is no model to apply yet: draw regions for two classes first."));
        }
        return apply(session, model, monitor);
    }

    /** The command that puts {@code result}'s predictions into the project: one undo step. */
    public static Command command(ProjectSession session, Result result) {
        CompoundCommand apply = new CompoundCommand("Apply model");
        apply.append(SetCommand.create(session.domain(), session.project(),
                ContourPackage.Literals.LABELLING_PROJECT__PREDICTIONS, result.predictions()));
        return apply;
    }

    /** Executes {@link #command} on the session's command stack. */
    public static void set(ProjectSession session, Result result) {
        Command command = command(session, result);
        if (!command.canExecute()) {
            throw new IllegalStateException("The predictions cannot be set on this project");
        }
        session.commandStack().execute(command);
    }

    /**
     * The hot loop of applying a map model: {@code predictor} on every (x, y), in parallel
     * chunks, polling {@code monitor} between chunks. A point whose coordinates are not finite
     * gets class -1 and confidence 0.
     */
    public static void predictMap(Predictor predictor, double[] xs, double[] ys, int[] predictedOut,
            double[] confidenceOut, IProgressMonitor monitor) {
        int rows = xs.length;
        int chunks = (rows + CHUNK - 1) / CHUNK;
        SubMonitor progress = SubMonitor.convert(monitor, chunks);
        int classes = predictor.classCount();
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            if (progress.isCanceled()) {
                return;
            }
            double[] probabilities = new double[classes];
            int end = Math.min(rows, (chunk + 1) * CHUNK);
            for (int r = chunk * CHUNK; r < end; r++) {
                double x = xs[r];
                double y = ys[r];
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    predictedOut[r] = -1;
                    confidenceOut[r] = 0;
                    continue;
                }
                int k = predictor.predict(x, y, probabilities);
                predictedOut[r] = k;
                confidenceOut[r] = probabilities[k];
            }
            done.incrementAndGet();
        });
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(done.get());
    }

    private static void predictFeatures(TaughtModel model, FeatureMatrix features, int[] predictedOut,
            double[] confidenceOut, IProgressMonitor monitor) throws CoreException {
        int rows = features.rows();
        SubMonitor progress = SubMonitor.convert(monitor, (rows + CHUNK - 1) / CHUNK);
        if (model instanceof LinearModel linear && !(model instanceof PolynomialModel)) {
            FeatureSpacePredictor predictor;
            try {
                predictor = FeatureSpacePredictor.bind(linear, features);
            } catch (FeatureMismatchException e) {
                throw new CoreException(Status.error(e.getMessage(), e));
            }
            double[] probabilities = new double[predictor.classCount()];
            for (int r = 0; r < rows; r++) {
                if (r % CHUNK == 0) {
                    checkCancel(progress);
                }
                int k = predictor.predictRow(r, probabilities);
                predictedOut[r] = Double.isFinite(probabilities[k]) ? k : -1;
                confidenceOut[r] = Double.isFinite(probabilities[k]) ? probabilities[k] : 0;
            }
            return;
        }
        // other kinds read a dense vector in the model's feature order
        Predictor predictor = ModelPredictors.forModel(model);
        Map<String, Integer> columnOf = new HashMap<>();
        String[] names = features.featureNames();
        for (int c = 0; c < names.length; c++) {
            columnOf.putIfAbsent(names[c], c);
        }
        List<String> inputs = predictor.featureNames();
        int[] column = new int[inputs.size()];
        for (int f = 0; f < column.length; f++) {
            column[f] = columnOf.get(inputs.get(f));
        }
        int[] inputOf = new int[names.length];
        java.util.Arrays.fill(inputOf, -1);
        for (int f = 0; f < column.length; f++) {
            inputOf[column[f]] = f;
        }
        double[] x = new double[column.length];
        double[] probabilities = new double[predictor.classCount()];
        boolean[] finite = { true };
        for (int r = 0; r < rows; r++) {
            if (r % CHUNK == 0) {
                checkCancel(progress);
            }
            java.util.Arrays.fill(x, 0);
            finite[0] = true;
            features.forEachNonZero(r, (c, v) -> {
                if (inputOf[c] >= 0) {
                    x[inputOf[c]] = v;
                    finite[0] &= Double.isFinite(v);
                }
            });
            if (!finite[0]) {
                predictedOut[r] = -1;
                confidenceOut[r] = 0;
                continue;
            }
            int k = predictor.predict(x, probabilities);
            predictedOut[r] = k;
            confidenceOut[r] = probabilities[k];
        }
    }

    private static void checkCancel(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
    }

    private static String describe(TaughtModel model, Inputs inputs) {
        String provenance = model.getProvenance() == null ? "" : model.getProvenance();
        String firstLine = provenance.lines().filter(l -> !l.startsWith("Classifier ")).findFirst().orElse("");
        return (firstLine.isEmpty() ? model.eClass().getName() : firstLine)
                + (model.isHandEdited() ? ", edited by hand (" + model.getEditHistory().size()
                        + (model.getEditHistory().size() == 1 ? " edit)" : " edits)") : "")
                + "; applied to the " + (inputs == Inputs.MAP ? "map coordinates " + inputNames(model)
                        : model.getFeatureNames().size() + " features")
                + " at " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Compares {@code predictions} with the project's labels: on the DEV subset when the
     * project has DEV examples, else on every labelled example; EXCLUDED examples never count.
     */
    public static Evaluation evaluate(LabellingProject project, Predictions predictions) {
        List<String> classes = new ArrayList<>();
        for (LabelClass label : project.getLabels()) {
            classes.add(label.getName());
        }
        int[] predictedColumn = new int[predictions.getClassNames().size()];
        for (int c = 0; c < predictedColumn.length; c++) {
            String name = predictions.getClassNames().get(c);
            int at = classes.indexOf(name);
            if (at < 0) {
                classes.add(name);
                at = classes.size() - 1;
            }
            predictedColumn[c] = at;
        }
        int[] assignments = project.getAssignments() == null ? new int[0] : project.getAssignments();
        int[] subsets = project.getSubsets();
        boolean dev = false;
        if (subsets != null) {
            for (int r = 0; r < Math.min(subsets.length, assignments.length) && !dev; r++) {
                dev = subsets[r] == Subset.DEV_VALUE && assignments[r] >= 0;
            }
        }
        int n = classes.size();
        int[][] confusion = new int[n][n];
        int evaluated = 0;
        int correct = 0;
        int undecided = 0;
        int[] predicted = predictions.getPredicted();
        for (int r = 0; r < Math.min(assignments.length, predicted.length); r++) {
            int actual = assignments[r];
            if (actual < 0 || actual >= project.getLabels().size()) {
                continue;
            }
            int subset = subsets != null && r < subsets.length ? subsets[r] : Subset.RAW_VALUE;
            if (subset == Subset.EXCLUDED_VALUE || (dev && subset != Subset.DEV_VALUE)) {
                continue;
            }
            evaluated++;
            if (predicted[r] < 0) {
                undecided++;
                continue;
            }
            int column = predictedColumn[predicted[r]];
            confusion[actual][column]++;
            if (column == actual) {
                correct++;
            }
        }
        String scope = (dev ? "DEV subset, " : "all labelled examples, ") + evaluated + " compared"
                + (undecided > 0 ? ", " + undecided + " without a prediction" : "");
        return new Evaluation(classes, confusion, evaluated, correct, undecided, scope);
    }
}
