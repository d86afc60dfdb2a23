package org.contour.core.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.contour.core.api.Classifier;
import org.contour.core.api.Options;
import org.contour.core.api.TrainingSet;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourPackage;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSpace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The project's teaching settings ({@link LabellingProject#getTeaching()}), changed through the
 * session's command stack, and training with them. A project gets its settings object on the
 * first change; until then {@link TeachingChoice#defaults()} apply.
 */
public final class TeachingEdits {

    private final ProjectSession session;

    public TeachingEdits(ProjectSession session) {
        this.session = session;
    }

    /** The settings in effect now. */
    public TeachingChoice current() {
        return TeachingChoice.of(session.project().getTeaching());
    }

    /**
     * Stores {@code choice} and, in the same undo step, {@code retrained} as the project's model
     * (pass {@code null} to keep the current model, for example when nothing is drawn yet).
     *
     * @return false when neither the settings nor the model change; then nothing is executed
     */
    public boolean apply(TeachingChoice choice, TaughtModel retrained) {
        LabellingProject project = session.project();
        boolean settingsChange = project.getTeaching() == null || !choice.equals(current());
        boolean modelChange = retrained != null && retrained != project.getModel();
        if (!settingsChange && !modelChange) {
            return false;
        }
        CompoundCommand command = new CompoundCommand("Teaching settings");
        if (settingsChange) {
            // a fresh settings object each time: undo puts the previous one back as it was
            command.append(SetCommand.create(session.domain(), project,
                    ContourPackage.Literals.LABELLING_PROJECT__TEACHING, choice.toSettings()));
        }
        if (modelChange) {
            command.append(SetCommand.create(session.domain(), project, ContourPackage.Literals.LABELLING_PROJECT__MODEL,
                    retrained));
        }
        if (!command.canExecute()) {
            throw new IllegalStateException("The teaching settings cannot be changed on this project");
        }
        session.commandStack().execute(command);
        return true;
    }

    /**
     * {@code choice} with its classifier's options completed by the declared defaults and
     * checked against the declared ranges.
     *
     * @throws CoreException naming the classifier or the option that is wrong
     */
    public static TeachingChoice resolve(TeachingChoice choice) throws CoreException {
        Contribution<Classifier> contribution = Contributions.classifier(choice.classifierId()).orElseThrow(
                () -> new CoreException(Status.error("No classifier with id " + choice.classifierId() + " is installed.")));
        Options resolved = contribution.resolve(Options.of(choice.options()));
        return choice.withClassifier(choice.classifierId(), resolved.asMap());
    }

    /**
     * Trains the chosen classifier on pseudo-points sampled from the project's sketches plus
     * {@code extraSketch} (a stroke not yet in the project; may be null), and, when the choice
     * says so, on the labelled examples at their places on the map. Reads the project but never
     * changes it, so it may run in a background job.
     *
     * @throws CoreException with a message for the user when the drawing cannot be trained on
     *                       yet or the classifier or one of its options is wrong
     */
    public static TaughtModel train(ProjectSession session, TeachingChoice choice, Sketch extraSketch,
            IProgressMonitor monitor) throws CoreException {
        if (choice.space() == TeachingSpace.FEATURES) {
            // the feature-space teacher (label the examples inside the regions, train on their
            // TF-IDF) is Teacher's; until this build has it, say so rather than train on the map
            throw new CoreException(Status.info("Teaching in the full feature space is not available in this build;"
                    + " choose to train on the map's two axes on the Teaching tab."));
        }
        LabellingProject project = session.project();
        List<Sketch> sketches = new ArrayList<>(project.getSketches());
        if (extraSketch != null) {
            sketches.add(extraSketch);
        }
        Embedding embedding = project.getEmbedding();
        SketchSampler sampler = new SketchSampler().withPointsPerClass(choice.pointsPerClass());
        if (embedding != null && embedding.getAxisNames().size() == 2) {
            sampler = sampler.withAxisNames(embedding.getAxisNames().get(0), embedding.getAxisNames().get(1));
        }
        TrainingSet points;
        try {
            points = sampler.sample(project.getLabels(), sketches, choice.seed());
        } catch (SketchException e) {
            throw new CoreException(Status.info(e.getMessage()));
        }
        if (choice.includeLabelledExamples() && embedding != null) {
            points = withLabelledExamples(points, project, embedding);
        }
        return Teacher.train(points, choice.classifierId(), Options.of(choice.options()), monitor);
    }

    /**
     * The pseudo-points plus every labelled example at its map position. Classes that are
     * labelled but not drawn join after the drawn ones, in the project's label order.
     */
    private static TrainingSet withLabelledExamples(TrainingSet points, LabellingProject project, Embedding embedding) {
        List<String> classes = new ArrayList<>(Arrays.asList(points.classNames()));
        int[] assignments = project.getAssignments();
        double[] xs = embedding.getXs();
        double[] ys = embedding.getYs();
        List<double[]> features = new ArrayList<>(Arrays.asList(points.features()));
        List<Integer> labels = new ArrayList<>();
        for (int l : points.labels()) {
            labels.add(l);
        }
        int added = 0;
        for (int r = 0; assignments != null && r < assignments.length && r < xs.length; r++) {
            if (assignments[r] < 0 || !Double.isFinite(xs[r]) || !Double.isFinite(ys[r])) {
                continue;
            }
            LabelClass label = project.getLabels().get(assignments[r]);
            int cls = classes.indexOf(label.getName());
            if (cls < 0) {
                classes.add(label.getName());
                cls = classes.size() - 1;
            }
            features.add(new double[] { xs[r], ys[r] });
            labels.add(cls);
            added++;
        }
        return new TrainingSet(features.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray(),
                classes.toArray(String[]::new), points.featureNames(), points.seed(),
                points.origin() + "; plus " + added + " labelled examples at their map positions");
    }
}
