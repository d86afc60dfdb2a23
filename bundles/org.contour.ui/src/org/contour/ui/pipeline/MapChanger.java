package org.contour.ui.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.contour.api.Options;
import org.contour.core.session.MapJob;
import org.contour.core.session.ProjectSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Map &gt; Change map...: asks for a reduction and its options, computes the new map in a
 * {@link MapJob} (progress and Cancel in a {@link MapProgressStrip} above the map, which stays
 * usable meanwhile), and applies it on the UI thread as one undo step. A cancelled or failed run changes nothing; a failure is
 * reported in a dialog that names the plug-in. One map job per project runs at a time.
 */
public final class MapChanger {

    /** Title of the dialog that reports a failed run. */
    public static final String ERROR_TITLE = "Cannot change the map";

    private static final Map<ProjectSession, MapJob> RUNNING = new ConcurrentHashMap<>();
    private static volatile Consumer<String> errorSink;

    private MapChanger() {
    }

    /** Opens the dialog and, unless cancelled, starts the job; returns it (or null). */
    public static MapJob changeMap(Shell shell, ProjectSession session, MapProgressStrip strip,
            Consumer<String> status) {
        MapJob running = RUNNING.get(session);
        if (running != null) {
            MessageDialog.openInformation(shell, ChangeMapDialog.TITLE, "A new map is being computed already ("
                    + running.getName() + "). Wait for it, or cancel it above the map.");
            return null;
        }
        ChangeMapDialog dialog = new ChangeMapDialog(shell, session);
        if (dialog.open() != Window.OK) {
            return null;
        }
        return start(session, dialog.chosen().id(), dialog.chosen().name(), dialog.options(), strip, status);
    }

    /** Starts computing a new map with {@code reducerId}; applies it when done. */
    public static MapJob start(ProjectSession session, String reducerId, String reducerName, Options options,
            MapProgressStrip strip, Consumer<String> status) {
        Display display = Display.getCurrent();
        MapJob job = new MapJob(session, reducerId, reducerName, options);
        // not a modal "user" job: the strip above the map shows progress and Cancel, and the
        // user goes on working on the current map meanwhile
        job.setUser(false);
        // failures get Contour's own dialog, which names the plug-in, instead of a second one
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        if (strip != null) {
            strip.track(job);
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                RUNNING.remove(session, job);
                IStatus result = event.getResult();
                display.asyncExec(() -> {
                    if (strip != null) {
                        strip.done(job);
                    }
                    finished(job, result, status);
                });
            }
        });
        RUNNING.put(session, job);
        status.accept("Computing the map (" + reducerName + ")...");
        job.schedule();
        return job;
    }

    private static void finished(MapJob job, IStatus result, Consumer<String> status) {
        switch (result.getSeverity()) {
            case IStatus.OK -> {
                job.session().replaceMap(job.result());
                status.accept("New map: " + job.result().getProvenance());
            }
            case IStatus.CANCEL -> status.accept("Map change cancelled; the map is as it was.");
            default -> {
                ILog.of(MapChanger.class).log(result);
                status.accept("The map could not be changed; it is as it was.");
                reportError(result.getMessage());
            }
        }
    }

    private static void reportError(String message) {
        Consumer<String> sink = errorSink;
        if (sink != null) {
            sink.accept(message);
            return;
        }
        Display display = Display.getCurrent();
        MessageDialog.openError(display.getActiveShell(), ERROR_TITLE, message + "\n\nThe project is unchanged.");
    }

    /** Sends error messages to {@code sink} instead of a dialog; {@code null} restores the dialog. */
    public static void setErrorSink(Consumer<String> sink) {
        errorSink = sink;
    }

    /** The map job running for {@code session}, or null. */
    public static MapJob running(ProjectSession session) {
        return RUNNING.get(session);
    }
}
