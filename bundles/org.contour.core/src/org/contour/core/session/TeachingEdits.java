package org.contour.core.session;


import org.contour.api.Classifier;
import org.contour.api.FeatureSpaceClassifier;
import org.contour.api.Options;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.model.ContourPackage;
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
     * checked against the declared ranges; a classifier that cannot train on all features is
     * refused for the FEATURES space (the choice was once stored and every later drawing
     * silently not trained).
     *
     * @throws CoreException naming the classifier or the option that is wrong
     */
    public static TeachingChoice resolve(TeachingChoice choice) throws CoreException {
        Contribution<Classifier> contribution = Contributions.classifier(choice.classifierId()).orElseThrow(
                () -> new CoreException(Status.error("No classifier with id " + choice.classifierId() + " is installed.")));
        if (choice.space() == TeachingSpace.FEATURES && !(contribution.create() instanceof FeatureSpaceClassifier)) {
            throw new CoreException(Status.error(contribution.name() + " cannot train on the examples' full features;"
                    + " choose logistic regression for that, or train on the map's two axes."));
        }
        Options resolved = contribution.resolve(Options.of(choice.options()));
        return choice.withClassifier(choice.classifierId(), resolved.asMap());
    }

    /**
     * Trains with {@code choice} on the project's sketches plus {@code extraSketch} (null for
     * none), on the map or in the feature space as the choice says. Reads the project, never
     * changes it: the caller applies the result, together with the choice, as one command.
     *
     * @throws CoreException with a message for the user when there is nothing to train on yet
     *                       or the classifier failed
     */
    public static TaughtModel train(ProjectSession session, TeachingChoice choice, Sketch extraSketch,
            IProgressMonitor monitor) throws CoreException {
        return Teacher.teach(session, extraSketch, choice.toSettings(), monitor).model();
    }
}
