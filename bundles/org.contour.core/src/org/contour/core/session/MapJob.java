package org.contour.core.session;

import org.contour.api.Options;
import org.contour.model.Embedding;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Computes a new map of a project in the background ({@link ProjectSession#computeMap}). The job
 * never changes the project: when it ends with {@link IStatus#OK}, {@link #result()} holds the
 * new embedding, which the caller applies on its own thread with
 * {@link ProjectSession#replaceMap} (one undo step). Cancelled, it ends with
 * {@link IStatus#CANCEL}; when the reducer misbehaves, with an error status whose message names
 * the plug-in. In both cases the project is exactly as it was.
 */
public final class MapJob extends Job {

    private final ProjectSession session;
    private final String reducerId;
    private final Options options;
    private volatile Embedding result;
    private volatile IProgressMonitor observer;

    public MapJob(ProjectSession session, String reducerId, String reducerName, Options options) {
        super("Computing the map (" + reducerName + ")");
        this.session = session;
        this.reducerId = reducerId;
        this.options = options;
    }

    /**
     * Also reports the run's progress to {@code observer} (a progress bar next to the map, say),
     * besides the workbench's own progress display. Set before scheduling. Cancelling stays the
     * job's business: the observer's {@code isCanceled} is never asked.
     */
    public void observe(IProgressMonitor observer) {
        this.observer = observer;
    }

    @Override
    protected IStatus run(IProgressMonitor jobMonitor) {
        IProgressMonitor monitor = observer == null ? jobMonitor : new ObservedMonitor(jobMonitor, observer);
        try {
            result = session.computeMap(reducerId, options, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        } catch (RuntimeException e) {
            return Status.error("Computing the map failed unexpectedly: " + e, e);
        } finally {
            monitor.done();
        }
    }

    /** The new map, once the job ended with OK; null otherwise. */
    public Embedding result() {
        return result;
    }

    public String reducerId() {
        return reducerId;
    }

    public Options options() {
        return options;
    }

    public ProjectSession session() {
        return session;
    }

    /** Passes every report to the job's monitor and to the observer. */
    private static final class ObservedMonitor extends ProgressMonitorWrapper {
        private final IProgressMonitor observer;

        ObservedMonitor(IProgressMonitor monitor, IProgressMonitor observer) {
            super(monitor);
            this.observer = observer;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            observer.beginTask(name, totalWork);
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            observer.internalWorked(work);
        }

        @Override
        public void worked(int work) {
            super.worked(work);
            observer.worked(work);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            observer.subTask(name);
        }

        @Override
        public void setTaskName(String name) {
            super.setTaskName(name);
            observer.setTaskName(name);
        }

        @Override
        public void done() {
            super.done();
            observer.done();
        }
    }
}
