package org.contour.core.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contour.api.Classifier;
import org.contour.api.data.FeatureMatrix;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.api.FeatureSpaceClassifier;
import org.contour.api.data.FeatureTrainingSet;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.Subset;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Machine teaching from a drawing. On the map (teaching space MAP) the painted regions are
 * sampled into pseudo-labelled points and the chosen classifier is trained on the map's two
 * coordinates; in the feature space (FEATURES) the regions label the real examples inside them
 * and a {@link FeatureSpaceClassifier} trains on their full feature vectors. What to train and
 * how comes from the project's {@link TeachingSettings} (defaults when it has none).
 * <p>
 * Safe to call from a background job: it reads the project but never changes it; the caller
 * applies the result through the session's commands. Retraining after every sketch change is
 * the caller's call of {@link #teach}.
 */
public final class Teacher {

    /** Tribuo logistic regression, Contour's default classifier. */
    public static final String DEFAULT_CLASSIFIER = "org.contour.tribuo.logistic";
    /** Fixed so that the same drawing always yields the same model. */
    public static final long SEED = 42L;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private Teacher() {
    }

    /**
     * One run of teaching: the model and what it was trained on.
     *
     * @param model            the trained model, not yet in the project
     * @param points           MAP: the training points on the map (pseudo-points first, then
     *                         labelled examples); FEATURES: the labelled rows at their map positions
     * @param pseudoPointCount how many of {@code points}, from the first, were sampled from regions
     * @param rows             FEATURES: the dataset rows trained on, in {@code points} order; MAP: empty
     * @param space            where the model was taught
     */
    public record Lesson(TaughtModel model, TrainingSet points, int pseudoPointCount, int[] rows, TeachingSpace space) {

        /** The sampled pseudo-points, for the canvas's pseudo-point layer. */
        public double[][] pseudoPoints() {
            return Arrays.copyOf(points.features(), pseudoPointCount);
        }

        /** Class of each pseudo-point, an index into {@code points().classNames()}. */
        public int[] pseudoPointLabels() {
            return Arrays.copyOf(points.labels(), pseudoPointCount);
        }
    }

    /**
     * The settings teaching uses: a copy of the project's, or the defaults (logistic regression,
     * {@value SketchSampler#DEFAULT_POINTS_PER_CLASS} points per class, seed {@value #SEED}, on
     * the map, sketches only) when it has none. Never the project's own object.
     */
    public static TeachingSettings settingsOf(LabellingProject project) {
        TeachingSettings own = project.getTeaching();
        TeachingSettings copy = ContourFactory.eINSTANCE.createTeachingSettings();
        if (own == null) {
            copy.setClassifierId(DEFAULT_CLASSIFIER);
            copy.setPointsPerClass(SketchSampler.DEFAULT_POINTS_PER_CLASS);
            copy.setSeed(SEED);
            copy.setSpace(TeachingSpace.MAP);
            return copy;
        }
        copy.setClassifierId(own.getClassifierId() == null || own.getClassifierId().isBlank() ? DEFAULT_CLASSIFIER
                : own.getClassifierId());
        copy.getClassifierOptions().putAll(own.getClassifierOptions().map());
        copy.setPointsPerClass(own.getPointsPerClass() > 0 ? own.getPointsPerClass() : SketchSampler.DEFAULT_POINTS_PER_CLASS);
        copy.setSeed(own.getSeed());
        copy.setIncludeLabelledExamples(own.isIncludeLabelledExamples());
        copy.setShowPseudoPoints(own.isShowPseudoPoints());
        copy.setSpace(own.getSpace() == null ? TeachingSpace.MAP : own.getSpace());
        return copy;
    }

    /**
     * Teaches from the project as it is now plus {@code pendingSketch} (a stroke just drawn, not
     * yet in the project; may be null), with the project's teaching settings.
     *
     * @throws CoreException with a message for the user when the drawing cannot be trained on
     *                       yet (one class only, a degenerate stroke, everything erased, no
     *                       example inside the regions) or the classifier failed; INFO severity
     *                       for what more drawing fixes, ERROR for failures
     */
    public static Lesson teach(ProjectSession session, Sketch pendingSketch, IProgressMonitor monitor)
            throws CoreException {
        return teach(session, pendingSketch, settingsOf(session.project()), monitor);
    }

    /** {@link #teach(ProjectSession, Sketch, IProgressMonitor)} with the given settings instead of the project's. */
    public static Lesson teach(ProjectSession session, Sketch pendingSketch, TeachingSettings settings,
            IProgressMonitor monitor) throws CoreException {
        List<Sketch> sketches = new ArrayList<>(session.project().getSketches());
        if (pendingSketch != null) {
            sketches.add(pendingSketch);
        }
        return teachDrawing(session, sketches, settings, monitor);
    }

    /**
     * Teaches from exactly {@code sketches} (oldest first) instead of the project's, with
     * {@code settings}: for a caller that took a snapshot of the drawing on the thread that owns
     * the session (or that previews a drawing not made yet, such as a region being dragged), and
     * trains on it in a background job while the user goes on drawing.
     */
    public static Lesson teachDrawing(ProjectSession session, List<Sketch> sketches, TeachingSettings settings,
            IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Teaching", 10);
        sketches = List.copyOf(sketches);
        Options options = Options.of(settings.getClassifierOptions().map());
        if (settings.getSpace() == TeachingSpace.FEATURES) {
            return teachInFeatureSpace(session, sketches, settings, options, progress);
        }
        SketchSampler.Sample sample = sample(session, sketches, settings);
        progress.worked(2);
        TaughtModel model = train(sample.points(), settings.getClassifierId(), options, progress.split(8));
        return new Lesson(model, sample.points(), sample.pseudoPointCount(), new int[0], TeachingSpace.MAP);
    }

    /**
     * The pseudo-points teaching on the map would train on now, for showing them as a layer:
     * deterministic (seeded), so these are the points the current model was trained on when it
     * was trained from the current drawing and settings.
     */
    public static SketchSampler.Sample pseudoPoints(ProjectSession session, Sketch pendingSketch) throws CoreException {
        List<Sketch> sketches = new ArrayList<>(session.project().getSketches());
        if (pendingSketch != null) {
            sketches.add(pendingSketch);
        }
        return sample(session, sketches, settingsOf(session.project()));
    }

    /** {@link #pseudoPoints(ProjectSession, Sketch)} of exactly {@code sketches}, with {@code settings}. */
    public static SketchSampler.Sample pseudoPoints(ProjectSession session, List<Sketch> sketches,
            TeachingSettings settings) throws CoreException {
        return sample(session, List.copyOf(sketches), settings);
    }

    private static SketchSampler.Sample sample(ProjectSession session, List<Sketch> sketches, TeachingSettings settings)
            throws CoreException {
        LabellingProject project = session.project();
        Embedding embedding = project.getEmbedding();
        List<String> axes = embedding == null ? List.of() : embedding.getAxisNames();
        SketchSampler sampler = new SketchSampler().withPointsPerClass(settings.getPointsPerClass());
        if (axes.size() == 2 && !axes.get(0).equals(axes.get(1))) {
            sampler = sampler.withAxisNames(axes.get(0), axes.get(1));
        }
        SketchSampler.LabelledExamples examples = null;
        if (settings.isIncludeLabelledExamples() && embedding != null) {
            int[] rows = trainableLabelledRows(project);
            double[] xs = new double[rows.length];
            double[] ys = new double[rows.length];
            int[] labels = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                xs[i] = embedding.getXs()[rows[i]];
                ys[i] = embedding.getYs()[rows[i]];
                labels[i] = project.getAssignments()[rows[i]];
            }
            examples = new SketchSampler.LabelledExamples(xs, ys, labels, "labelled examples of " + project.getName()
                    + (project.getSubsets() == null ? "" : ", TRAIN and RAW subsets"));
        }
        try {
            return sampler.sample(project.getLabels(), sketches, settings.getSeed(), examples);
        } catch (SketchException e) {
            throw new CoreException(Status.info(e.getMessage()));
        }
    }

    /**
     * Rows with a label that may be trained on: every labelled row, except those in the DEV,
     * TEST or EXCLUDED subsets when the project has subsets (evaluating on rows one trained on
     * would flatter the model).
     */
    static int[] trainableLabelledRows(LabellingProject project) {
        int[] assignments = project.getAssignments();
        int[] subsets = project.getSubsets();
        if (assignments == null) {
            return new int[0];
        }
        int[] rows = new int[assignments.length];
        int n = 0;
        for (int r = 0; r < assignments.length; r++) {
            if (assignments[r] < 0 || assignments[r] >= project.getLabels().size()) {
                continue;
            }
            if (subsets != null && r < subsets.length && subsets[r] != Subset.RAW_VALUE && subsets[r] != Subset.TRAIN_VALUE) {
                continue;
            }
            rows[n++] = r;
        }
        return Arrays.copyOf(rows, n);
    }

    // ------------------------------------------------------------------ feature space

    private static Lesson teachInFeatureSpace(ProjectSession session, List<Sketch> sketches, TeachingSettings settings,
            Options chosen, SubMonitor progress) throws CoreException {
        LabellingProject project = session.project();
        Embedding embedding = project.getEmbedding();
        FeatureMatrix features = session.features();
        if (embedding == null || features == null) {
            throw new CoreException(Status.error("The project has no map or no feature vectors to teach on."));
        }
        Map<LabelClass, Geometry> regions;
        try {
            regions = sketches.isEmpty() && settings.isIncludeLabelledExamples() ? Map.of()
                    : SketchSampler.paintedRegions(project.getLabels(), sketches);
        } catch (SketchException e) {
            throw new CoreException(Status.info(e.getMessage()));
        }
        int rowCount = features.rows();
        double[] xs = embedding.getXs();
        double[] ys = embedding.getYs();
        // per row the label index from the regions: -1 none, -2 inside regions of two classes
        int[] fromRegions = new int[rowCount];
        Arrays.fill(fromRegions, -1);
        List<LabelClass> labels = project.getLabels();
        for (Map.Entry<LabelClass, Geometry> entry : regions.entrySet()) {
            int label = labels.indexOf(entry.getKey());
            PreparedGeometry region = PreparedGeometryFactory.prepare(entry.getValue());
            Envelope box = entry.getValue().getEnvelopeInternal();
            for (int r = 0; r < rowCount; r++) {
                if (r % 4096 == 0 && progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (!box.contains(xs[r], ys[r]) || !region.covers(GEOMETRY.createPoint(new Coordinate(xs[r], ys[r])))) {
                    continue;
                }
                fromRegions[r] = fromRegions[r] == -1 || fromRegions[r] == label ? label : -2;
            }
        }
        int[] chosenLabel = fromRegions.clone();
        int[] subsets = project.getSubsets();
        for (int r = 0; r < rowCount; r++) {
            if (subsets != null && r < subsets.length && subsets[r] == Subset.EXCLUDED_VALUE) {
                chosenLabel[r] = -1;
            }
        }
        int labelledUsed = 0;
        if (settings.isIncludeLabelledExamples()) {
            for (int r : trainableLabelledRows(project)) {
                // the expert's own label of a row outranks the region it lies in
                chosenLabel[r] = project.getAssignments()[r];
                labelledUsed++;
            }
        }
        int[] perLabel = new int[labels.size()];
        int ambiguous = 0;
        for (int r = 0; r < rowCount; r++) {
            if (chosenLabel[r] >= 0) {
                perLabel[chosenLabel[r]]++;
            } else if (chosenLabel[r] == -2) {
                ambiguous++;
            }
        }
        List<Integer> classLabels = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            if (perLabel[l] > 0) {
                classLabels.add(l);
            }
        }
        if (classLabels.size() < 2) {
            String which = classLabels.isEmpty() ? "No example lies inside the drawn regions"
                    : "Only examples of '" + labels.get(classLabels.get(0)).getName() + "' lie inside the drawn regions";
            throw new CoreException(Status.info(which + ": draw regions around examples of at least two classes."));
        }
        String[] classNames = new String[classLabels.size()];
        int[] classOf = new int[labels.size()];
        Arrays.fill(classOf, -1);
        for (int c = 0; c < classNames.length; c++) {
            classNames[c] = labels.get(classLabels.get(c)).getName();
            classOf[classLabels.get(c)] = c;
        }
        int total = 0;
        for (int l : classLabels) {
            total += perLabel[l];
        }
        int[] rows = new int[total];
        int[] rowLabels = new int[total];
        double[][] positions = new double[total][];
        int n = 0;
        for (int r = 0; r < rowCount; r++) {
            if (chosenLabel[r] >= 0) {
                rows[n] = r;
                rowLabels[n] = classOf[chosenLabel[r]];
                positions[n] = new double[] { xs[r], ys[r] };
                n++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < classNames.length; c++) {
            parts.add(classNames[c] + ": " + perLabel[classLabels.get(c)]);
        }
        int strokes = (int) sketches.size();
        String origin = "Real examples of " + project.getName() + " labelled by " + strokes
                + (strokes == 1 ? " sketch" : " sketches") + " on the map" + (labelledUsed > 0 ? " and " + labelledUsed
                        + " labels given by hand" : "")
                + " (" + String.join(", ", parts) + ")" + (ambiguous > 0 ? ", " + ambiguous
                        + " examples inside regions of two classes left out" : "")
                + ", trained on their " + features.columns() + " features, seed " + settings.getSeed();

        Contribution<Classifier> contribution = contribution(settings.getClassifierId());
        Options options = contribution.resolve(chosen);
        Classifier classifier = contribution.create();
        if (!(classifier instanceof FeatureSpaceClassifier featureSpace)) {
            throw new CoreException(Status.error(contribution.describe()
                    + " cannot train on the full feature space; choose logistic regression to teach with all words."));
        }
        progress.worked(2);
        TaughtModel model;
        try {
            model = featureSpace.trainOnFeatures(
                    new FeatureTrainingSet(features, rows, rowLabels, classNames, settings.getSeed(), origin), options,
                    progress.split(8));
        } catch (CoreException | OperationCanceledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw contribution.failure("failed while training: " + e, e);
        }
        check(contribution, model, classNames);
        recordTrainer(contribution, options, model);
        TrainingSet points = new TrainingSet(positions, rowLabels, classNames,
                axisNames(embedding), settings.getSeed(), origin);
        return new Lesson(model, points, 0, rows, TeachingSpace.FEATURES);
    }

    private static String[] axisNames(Embedding embedding) {
        List<String> axes = embedding.getAxisNames();
        return axes.size() == 2 ? axes.toArray(String[]::new) : new String[] { "x", "y" };
    }

    // ------------------------------------------------------------------ the classifier

    /**
     * Trains on the project's sketches plus {@code newSketch} (not yet in the project) with the
     * project's settings but classifier {@code classifierId}.
     *
     * @throws CoreException with a message for the user when the drawing cannot be trained on
     *                       yet (one class only, a degenerate stroke) or the classifier failed
     */
    public static TaughtModel trainWithSketch(ProjectSession session, Sketch newSketch, String classifierId,
            IProgressMonitor monitor) throws CoreException {
        TeachingSettings settings = settingsOf(session.project());
        if (classifierId != null && !classifierId.equals(settings.getClassifierId())) {
            settings.setClassifierId(classifierId);
            settings.getClassifierOptions().clear();
        }
        return teach(session, newSketch, settings, monitor).model();
    }

    /**
     * Trains contribution {@code classifierId} on {@code data}. Whatever the plug-in does wrong
     * (throws, returns nothing, returns a model of the wrong shape or with NaN) becomes a
     * CoreException naming the plug-in; the project is never touched. The model's provenance
     * gains a line naming the classifier and every option value it ran with.
     */
    public static TaughtModel train(TrainingSet data, String classifierId, Options chosen, IProgressMonitor monitor)
            throws CoreException {
        Contribution<Classifier> contribution = contribution(classifierId);
        Options options = contribution.resolve(chosen);
        Classifier classifier = contribution.create();
        TaughtModel model;
        try {
            model = classifier.train(data, options, monitor);
        } catch (CoreException | OperationCanceledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw contribution.failure("failed while training: " + e, e);
        }
        check(contribution, model, data.classNames());
        recordTrainer(contribution, options, model);
        return model;
    }

    private static Contribution<Classifier> contribution(String classifierId) throws CoreException {
        String id = classifierId == null || classifierId.isBlank() ? DEFAULT_CLASSIFIER : classifierId;
        return Contributions.classifier(id).orElseThrow(
                () -> new CoreException(Status.error("No classifier with id " + id + " is installed.")));
    }

    private static void check(Contribution<Classifier> contribution, TaughtModel model, String[] classNames)
            throws CoreException {
        if (model == null) {
            throw contribution.failure("returned no model", null);
        }
        if (model instanceof LinearModel linear) {
            int classes = linear.getClassNames().size();
            int features = linear.getFeatureNames().size();
            if (linear.getWeights() == null || linear.getBiases() == null
                    || linear.getWeights().length != classes * features || linear.getBiases().length != classes) {
                throw contribution.failure("returned a linear model whose weights do not match its "
                        + classes + " classes and " + features + " features", null);
            }
            for (double w : linear.getWeights()) {
                if (!Double.isFinite(w)) {
                    throw contribution.failure("returned a model with NaN or infinite weights", null);
                }
            }
            for (double b : linear.getBiases()) {
                if (!Double.isFinite(b)) {
                    throw contribution.failure("returned a model with a NaN or infinite bias", null);
                }
            }
        }
        try {
            ModelPredictors.forModel(model);
        } catch (IllegalArgumentException e) {
            throw contribution.failure("returned a model Contour cannot evaluate: " + e.getMessage(), e);
        }
        if (!List.of(classNames).containsAll(model.getClassNames())) {
            throw contribution.failure("returned a model with classes " + model.getClassNames()
                    + " that were not all in the training set " + List.of(classNames), null);
        }
    }

    private static void recordTrainer(Contribution<Classifier> contribution, Options options, TaughtModel model) {
        Map<String, String> values = new LinkedHashMap<>(options.asMap());
        String line = "Classifier " + contribution.describe() + (values.isEmpty() ? "" : ", options " + values);
        String provenance = model.getProvenance();
        model.setProvenance(provenance == null || provenance.isBlank() ? line : line + "\n" + provenance);
        model.getEditHistory().clear();
        model.setHandEdited(false);
    }
}
