package org.contour.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.core.session.TeachingChoice;
import org.contour.core.session.TeachingEdits;
import org.contour.model.ContourPackage;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;

/**
 * Trains the model again after every change of the drawing (a stroke, a polygon, an eraser
 * stroke, a move, a reshape, a deletion, a recolouring), in a background job, with the project's
 * teaching settings ({@link Teacher#teach}), and puts the new model into the same undo step as
 * the change ({@link ProjectSession#appendToLastCommand}): undoing a sketch change brings the
 * previous model back with it. A newer change supersedes a training still running.
 *
 * <p>While a sketch is dragged, the drawing as it would be is trained now and then (debounced:
 * after the pointer rested {@link #PREVIEW_DELAY_MS}), and the regions show that preview.
 *
 * <p>When the undo step has moved on by the time training ends (another command came, or the
 * project was saved), the model is set as its own step if the drawing and settings are still
 * the ones it was trained on, and dropped otherwise.
 */
final class Retrainer {

    /** How long the pointer must rest during a drag before the dragged drawing is trained. */
    static final int PREVIEW_DELAY_MS = 60;

    /** What a training turn measured, for the status line and benchmarks. */
    record Turn(long changedNanos, long trainedNanos, TaughtModel model, int pseudoPoints) {
    }

    /** The state of the drawing a model was trained on: if it is unchanged, the model still applies. */
    record Drawing(List<Object> sketches, List<LabelClass> labels, TeachingChoice choice) {

        static Drawing of(ProjectSession session) {
            return of(session, session.project().getSketches());
        }

        static Drawing of(ProjectSession session, List<Sketch> sketches) {
            List<Object> state = new ArrayList<>();
            for (Sketch s : sketches) {
                // the points array by identity: every edit sets a new one
                state.add(new SketchState(s, s.getPoints(), s.getLabel(), s.getKind(), s.getRadius(), s.getAspect()));
            }
            return new Drawing(state, List.copyOf(session.project().getLabels()), new TeachingEdits(session).current());
        }
    }

    private record SketchState(Sketch sketch, double[] points, LabelClass label, SketchKind kind, double radius,
            double aspect) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SketchState s && s.sketch == sketch && s.points == points && s.label == label
                    && s.kind == kind && s.radius == radius && s.aspect == aspect;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(sketch), System.identityHashCode(points));
        }
    }

    private final EmbeddingCanvas canvas;
    private int generation;
    private Job running;
    private int previewGeneration;
    private Job previewJob;
    private boolean previewing;
    private Turn lastTurn;

    Retrainer(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    /** The drawing changed by {@code owner}, the command just executed: train, and add the model to it. */
    void sketchesChanged(ProjectSession session, CompoundCommand owner) {
        long changed = System.nanoTime();
        int mine = ++generation;
        stopPreviewJob();
        if (running != null) {
            running.cancel();
        }
        List<Sketch> sketches = List.copyOf(session.project().getSketches());
        TeachingSettings settings = Teacher.settingsOf(session.project());
        Drawing drawing = Drawing.of(session, sketches);
        Display display = Display.getCurrent();
        int regions = (int) sketches.stream().filter(s -> s.getKind() != SketchKind.ERASER).count();
        canvas.showMessage("Training from " + regions + (regions == 1 ? " region..." : " regions..."));
        Job job = Job.create("Training the model from the drawn regions", (IProgressMonitor monitor) -> {
            Teacher.Lesson lesson = null;
            String problem = null;
            try {
                lesson = Teacher.teachDrawing(session, sketches, settings, monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                problem = e.getStatus().getMessage();
            } catch (RuntimeException e) {
                problem = "Training failed: " + e;
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Teacher.Lesson learned = lesson;
            String why = problem;
            long trained = System.nanoTime();
            display.asyncExec(() -> finished(mine, session, owner, drawing, learned, why, changed, trained));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        running = job;
        job.schedule();
    }

    private void finished(int which, ProjectSession session, CompoundCommand owner, Drawing drawing,
            Teacher.Lesson lesson, String problem, long changed, long trained) {
        if (which != generation || canvas.getControl().isDisposed() || canvas.session() != session) {
            return;
        }
        running = null;
        previewing = false;
        canvas.regionsPreview(null);
        if (lesson == null) {
            boolean noModelYet = session.project().getModel() == null;
            canvas.showMessage(problem + (noModelYet ? "" : " The model is kept as it was."));
            canvas.trainingFinished(null);
            return;
        }
        LabellingProject project = session.project();
        TaughtModel model = lesson.model();
        boolean applied = session.appendToLastCommand(owner,
                SetCommand.create(session.domain(), project, ContourPackage.Literals.LABELLING_PROJECT__MODEL, model));
        if (!applied) {
            if (!Drawing.of(session).equals(drawing)) {
                return; // the drawing changed meanwhile (undone, or drawn on): this model belongs to none
            }
            session.setModel(model);
        }
        lastTurn = new Turn(changed, trained, model, lesson.pseudoPointCount());
        canvas.lessonLearned(lesson, drawing);
        canvas.showMessage(lesson.space() == TeachingSpace.FEATURES
                ? "Model trained on the full features of " + lesson.rows().length
                        + " examples inside the regions; the points show its predictions"
                : "Model trained from " + lesson.pseudoPointCount() + " pseudo-points in "
                        + String.format("%.0f ms", (trained - changed) / 1e6) + ": see Model Interpretation");
        canvas.trainingFinished(model);
    }

    /**
     * A sketch is being dragged: train the drawing with {@code replaced} standing in for
     * {@code original} once the pointer rests, and show the regions it gives.
     */
    void preview(ProjectSession session, Sketch original, Sketch replaced) {
        if (Teacher.settingsOf(session.project()).getSpace() == TeachingSpace.FEATURES) {
            return; // no regions to preview in the feature space
        }
        previewing = true;
        int mine = ++previewGeneration;
        stopPreviewJob();
        List<Sketch> sketches = new ArrayList<>(session.project().getSketches());
        int at = sketches.indexOf(original);
        if (at < 0) {
            return;
        }
        sketches.set(at, replaced);
        TeachingSettings settings = Teacher.settingsOf(session.project());
        Display display = Display.getCurrent();
        Job job = Job.create("Previewing the moved region", (IProgressMonitor monitor) -> {
            try {
                Teacher.Lesson lesson = Teacher.teachDrawing(session, sketches, settings, monitor);
                display.asyncExec(() -> {
                    if (mine == previewGeneration && previewing && !canvas.getControl().isDisposed()) {
                        canvas.regionsPreview(lesson.model());
                    }
                });
            } catch (CoreException | RuntimeException e) {
                // a drawing that cannot be trained on (yet) has no preview
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        previewJob = job;
        job.schedule(PREVIEW_DELAY_MS);
    }

    /** The drag ended: the preview stays until the change it made is trained (no flicker), or goes now. */
    void endPreview(boolean changeFollows) {
        previewGeneration++;
        stopPreviewJob();
        if (!changeFollows) {
            previewing = false;
            canvas.regionsPreview(null);
        }
    }

    private void stopPreviewJob() {
        if (previewJob != null) {
            previewJob.cancel();
            previewJob = null;
        }
    }

    /** True while a training started here runs. */
    boolean isTraining() {
        return running != null;
    }

    Turn lastTurn() {
        return lastTurn;
    }

    void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        endPreview(false);
    }
}
