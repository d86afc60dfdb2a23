package org.contour.ui.interpret;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.contour.api.Classifier;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.core.registry.OptionSpec;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.TeachingChoice;
import org.contour.core.session.TeachingEdits;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSpace;
import org.contour.ui.common.OptionsForm;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * How the model is taught: the classifier (every contribution to
 * {@code org.contour.core.classifiers}, with a form for the options it declares), the number
 * of pseudo-points per class and their seed, whether labelled examples join them, and whether
 * the pseudo-points are shown. Choosing a classifier or ticking a box applies at once; a typed
 * value applies with Enter or "Apply and retrain". A change that affects training retrains in a
 * background job, and the new settings and the new model become one undo step.
 */
final class TeachingSection {

    private final Supplier<ProjectSession> session;
    private final Composite root;
    private final Combo classifier;
    private final Label description;
    private final Group classifierGroup;
    private OptionsForm options;
    private ProjectSession shownSession;
    private final Text pointsPerClass;
    private final Text seed;
    private final Button includeLabelled;
    private final Button showPseudoPoints;
    private final Button onMap;
    private final Button onFeatures;
    private final Button apply;
    private final Label message;
    private List<Contribution<Classifier>> classifiers = List.of();
    private TeachingChoice shown;
    private int generation;
    private Job running;

    /** More pseudo-points than this make a retraining slow and add nothing to the regions' shape. */
    static final int MAX_POINTS_PER_CLASS = 100_000;

    TeachingSection(Composite parent, Supplier<ProjectSession> session) {
        this.session = session;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        classifierGroup = new Group(root, SWT.NONE);
        classifierGroup.setText("Classifier");
        classifierGroup.setLayout(new GridLayout(1, false));
        classifierGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        classifier = new Combo(classifierGroup, SWT.READ_ONLY | SWT.DROP_DOWN);
        classifier.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        description = new Label(classifierGroup, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
        descriptionData.widthHint = 300;
        description.setLayoutData(descriptionData);
        showOptions(List.of(), Map.of());

        Group space = new Group(root, SWT.NONE);
        space.setText("Train on");
        space.setLayout(new GridLayout(1, false));
        space.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        onMap = new Button(space, SWT.RADIO);
        onMap.setText("the map's two axes");
        onMap.setToolTipText("Pseudo-points sampled in the painted regions, in the map's coordinates");
        onFeatures = new Button(space, SWT.RADIO);
        onFeatures.setText("the examples' full features (texts: words)");
        onFeatures.setToolTipText("The painted regions label the real examples inside them; the classifier is trained "
                + "on those examples' full feature vectors, and the model view lists its most important features");

        Group sampling = new Group(root, SWT.NONE);
        sampling.setText("Pseudo-points from the painted regions");
        sampling.setLayout(new GridLayout(2, false));
        sampling.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(sampling, SWT.NONE).setText("Points per class:");
        // a text field, not a Spinner: GTK's spinner silently turns typed letters into its minimum
        pointsPerClass = new Text(sampling, SWT.BORDER | SWT.SINGLE);
        pointsPerClass.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        pointsPerClass.setToolTipText("How many pseudo-labelled points are drawn from each class's painted region");
        new Label(sampling, SWT.NONE).setText("Seed:");
        seed = new Text(sampling, SWT.BORDER | SWT.SINGLE);
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seed.setToolTipText("The same drawing and seed always give the same points and the same model");
        includeLabelled = new Button(sampling, SWT.CHECK);
        includeLabelled.setText("Also train on the labelled examples");
        includeLabelled.setToolTipText("Add every labelled example, at its place on the map, to the pseudo-points");
        includeLabelled.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        showPseudoPoints = new Button(sampling, SWT.CHECK);
        showPseudoPoints.setText("Show the pseudo-points on the map");
        showPseudoPoints.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));

        apply = new Button(root, SWT.PUSH);
        apply.setText("Apply and retrain");
        message = new Label(root, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 300;
        message.setLayoutData(messageData);

        classifier.addListener(SWT.Selection, e -> {
            Contribution<Classifier> chosen = chosenClassifier();
            if (chosen != null) {
                description.setText(chosen.description());
                showOptions(chosen.options(), Map.of());
                root.layout(true, true);
                applyFromForm();
            }
        });
        pointsPerClass.addListener(SWT.DefaultSelection, e -> applyFromForm());
        seed.addListener(SWT.DefaultSelection, e -> applyFromForm());
        includeLabelled.addListener(SWT.Selection, e -> applyFromForm());
        // a radio group tells both buttons; apply once, for the one that is now chosen
        onMap.addListener(SWT.Selection, e -> {
            if (onMap.getSelection()) {
                applyFromForm();
            }
        });
        onFeatures.addListener(SWT.Selection, e -> {
            if (onFeatures.getSelection()) {
                applyFromForm();
            }
        });
        showPseudoPoints.addListener(SWT.Selection, e -> applyFromForm());
        apply.addListener(SWT.Selection, e -> applyFromForm());
    }

    Composite control() {
        return root;
    }

    /** The form of the chosen classifier's declared options, with {@code values} where given. */
    private void showOptions(List<OptionSpec> specs, Map<String, String> values) {
        if (options != null) {
            options.dispose();
        }
        options = new OptionsForm(classifierGroup, specs, values, null, "This classifier has no options.", () -> { },
                this::applyFromForm);
        options.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        classifierGroup.layout(true, true);
    }

    Combo classifierCombo() {
        return classifier;
    }

    OptionsForm options() {
        return options;
    }

    Text pointsPerClass() {
        return pointsPerClass;
    }

    Text seed() {
        return seed;
    }

    Button includeLabelled() {
        return includeLabelled;
    }

    Button showPseudoPoints() {
        return showPseudoPoints;
    }

    Button trainOnFeatures() {
        return onFeatures;
    }

    Button applyButton() {
        return apply;
    }

    String message() {
        return message.getText();
    }

    /** True while a retraining job started here runs. */
    boolean isTraining() {
        return running != null;
    }

    /** Fills the form from the project, unless it already shows what the project holds (typed values stay). */
    void refresh() {
        ProjectSession s = session.get();
        root.setEnabled(s != null);
        if (s != shownSession) {
            // another project: the last message was about the one before ("Retrained: 3 classes"
            // once stayed on a project with two)
            shownSession = s;
            shown = null;
            say("");
        }
        if (s == null) {
            shown = null;
            return;
        }
        TeachingChoice current = new TeachingEdits(s).current();
        if (current.equals(shown) && classifier.getItemCount() > 0) {
            return;
        }
        shown = current;
        classifiers = Contributions.classifiers();
        classifier.removeAll();
        int index = -1;
        for (int i = 0; i < classifiers.size(); i++) {
            classifier.add(classifiers.get(i).name());
            if (classifiers.get(i).id().equals(current.classifierId())) {
                index = i;
            }
        }
        if (index < 0) {
            // a project made with a classifier that is not installed here: say so, keep its settings
            classifier.add("(not installed: " + current.classifierId() + ")");
            index = classifiers.size();
            description.setText("The project was taught with a classifier that is not installed. Choose another to retrain.");
            showOptions(List.of(), Map.of());
        } else {
            description.setText(classifiers.get(index).description());
            showOptions(classifiers.get(index).options(), current.options());
        }
        classifier.select(index);
        pointsPerClass.setText(Integer.toString(current.pointsPerClass()));
        seed.setText(Long.toString(current.seed()));
        includeLabelled.setSelection(current.includeLabelledExamples());
        showPseudoPoints.setSelection(current.showPseudoPoints());
        onMap.setSelection(current.space() != TeachingSpace.FEATURES);
        onFeatures.setSelection(current.space() == TeachingSpace.FEATURES);
        root.layout(true, true);
    }

    private Contribution<Classifier> chosenClassifier() {
        int i = classifier.getSelectionIndex();
        return i >= 0 && i < classifiers.size() ? classifiers.get(i) : null;
    }

    /** Reads the form, checks it, stores it, and retrains when the change calls for it. */
    void applyFromForm() {
        ProjectSession s = session.get();
        Contribution<Classifier> chosen = chosenClassifier();
        if (s == null || chosen == null) {
            return;
        }
        Optional<String> problem = options.problem();
        if (problem.isPresent()) {
            say(problem.get() + " Nothing was changed.");
            return;
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.getText().strip());
        } catch (NumberFormatException e) {
            say("The seed must be a whole number, not '" + seed.getText().strip() + "'. Nothing was changed.");
            return;
        }
        int points;
        try {
            points = Integer.parseInt(pointsPerClass.getText().strip());
        } catch (NumberFormatException e) {
            points = -1;
        }
        if (points < 1 || points > MAX_POINTS_PER_CLASS) {
            say("Points per class must be a whole number from 1 to " + MAX_POINTS_PER_CLASS + ", not '"
                    + pointsPerClass.getText().strip() + "'. Nothing was changed.");
            return;
        }
        TeachingChoice choice;
        try {
            choice = TeachingEdits.resolve(new TeachingEdits(s).current().withClassifier(chosen.id(), options.values().asMap())
                    .withSampling(points, seedValue, includeLabelled.getSelection())
                    .withShowPseudoPoints(showPseudoPoints.getSelection())
                    .withSpace(onFeatures.getSelection() ? TeachingSpace.FEATURES : TeachingSpace.MAP));
        } catch (CoreException | IllegalArgumentException e) {
            say((e instanceof CoreException ce ? ce.getStatus().getMessage() : e.getMessage()) + " Nothing was changed.");
            // the radio buttons show what is stored, not a space that was refused
            TeachingSpace stored = new TeachingEdits(s).current().space();
            onMap.setSelection(stored != TeachingSpace.FEATURES);
            onFeatures.setSelection(stored == TeachingSpace.FEATURES);
            return;
        }
        TeachingEdits edits = new TeachingEdits(s);
        TeachingChoice before = edits.current();
        if (!choice.trainsDifferentlyFrom(before) || s.project().getSketches().isEmpty()) {
            generation++; // a change made now wins over a retraining still running
            boolean changed = edits.apply(choice, null);
            shown = edits.current();
            say(!changed ? "Nothing changed."
                    : s.project().getSketches().isEmpty() && choice.trainsDifferentlyFrom(before)
                            ? "Settings stored. Paint regions for two labels on the map to train a " + chosen.name() + "."
                            : "Settings stored (Edit > Undo reverts them).");
            return;
        }
        retrain(s, choice, chosen.name());
    }

    private void retrain(ProjectSession s, TeachingChoice choice, String name) {
        int mine = ++generation;
        say("Training " + name + "...");
        Display display = root.getDisplay();
        Job job = Job.create("Training " + name + " from the painted regions", (IProgressMonitor monitor) -> {
            TaughtModel model = null;
            String problem = null;
            try {
                model = TeachingEdits.train(s, choice, null, monitor);
            } catch (OperationCanceledException e) {
                display.asyncExec(() -> finished(mine, null, null, null, "Training cancelled; nothing was changed."));
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                problem = e.getStatus().getMessage();
            }
            if (monitor.isCanceled()) {
                display.asyncExec(() -> finished(mine, null, null, null, "Training cancelled; nothing was changed."));
                return Status.CANCEL_STATUS;
            }
            TaughtModel trained = model;
            String why = problem;
            display.asyncExec(() -> finished(mine, s, choice, trained, why));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        running = job;
        job.schedule();
    }

    /** On the UI thread: applies a finished training, unless a newer change came meanwhile. */
    private void finished(int which, ProjectSession s, TeachingChoice choice, TaughtModel model, String problem) {
        if (which != generation || root.isDisposed()) {
            return;
        }
        running = null;
        if (s == null || s != session.get()) {
            say(problem != null ? problem : "The project changed while training; nothing was applied.");
            return;
        }
        TeachingEdits edits = new TeachingEdits(s);
        edits.apply(choice, model);
        shown = edits.current();
        say(model != null ? "Retrained: " + model.getClassNames().size() + " classes (Edit > Undo reverts it)."
                : problem + " The settings are stored; the model is unchanged.");
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            root.layout(true, true);
        }
    }
}
