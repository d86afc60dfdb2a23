package org.contour.core.session;

import java.util.ArrayList;
import java.util.List;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.Embedding;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * Machine teaching from a drawing: samples the painted regions into pseudo-labelled points and
 * trains the chosen classifier on them, in the map's own 2-D coordinates. Safe to call from a
 * background job: it reads the project but never changes it; the caller applies the result
 * through the session's commands.
 */
public final class Teacher {

    /** Tribuo logistic regression, Contour's default classifier. */
    public static final String DEFAULT_CLASSIFIER = "org.contour.tribuo.logistic";
    /** Fixed so that the same drawing always yields the same model. */
    public static final long SEED = 42L;

    private Teacher() {
    }

    /**
     * Trains on the project's sketches plus {@code newSketch} (not yet in the project).
     *
     * @throws CoreException with a message for the user when the drawing cannot be trained on
     *                       yet (one class only, a degenerate stroke) or the classifier failed
     */
    public static TaughtModel trainWithSketch(ProjectSession session, Sketch newSketch, String classifierId,
            IProgressMonitor monitor) throws CoreException {
        List<Sketch> sketches = new ArrayList<>(session.project().getSketches());
        if (newSketch != null) {
            sketches.add(newSketch);
        }
        Embedding embedding = session.project().getEmbedding();
        List<String> axes = embedding == null ? List.of() : embedding.getAxisNames();
        SketchSampler sampler = new SketchSampler();
        if (axes.size() == 2) {
            sampler = sampler.withAxisNames(axes.get(0), axes.get(1));
        }
        TrainingSet points;
        try {
            points = sampler.sample(session.project().getLabels(), sketches, SEED);
        } catch (SketchException e) {
            throw new CoreException(Status.info(e.getMessage()));
        }
        return train(points, classifierId, Options.NONE, monitor);
    }

    /**
     * Trains contribution {@code classifierId} on {@code data}. Whatever the plug-in does wrong
     * (throws, returns nothing, returns a model of the wrong shape or with NaN) becomes a
     * CoreException naming the plug-in; the project is never touched.
     */
    public static TaughtModel train(TrainingSet data, String classifierId, Options chosen, IProgressMonitor monitor)
            throws CoreException {
        Contribution<Classifier> contribution = Contributions.classifier(classifierId).orElseThrow(
                () -> new CoreException(Status.error("No classifier with id " + classifierId + " is installed.")));
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
        }
        return model;
    }
}
