package org.contour.core.registry;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * Runs a contributed implementation so that whatever it does wrong stays its own problem.
 * <p>
 * The call runs on a thread of its own while the caller's thread watches the progress monitor.
 * Any exception or error it throws becomes a {@link CoreException} whose message names the
 * contribution and its plug-in. When the user cancels, the contribution is asked to stop (the
 * monitor says so, and its thread is interrupted); one that does not stop within
 * {@value #GRACE_MILLIS} ms is left to finish on its own, its result ignored, and the caller gets
 * {@link OperationCanceledException} at once: a hung plug-in never keeps the workbench waiting.
 * Nothing the contribution returns reaches the project before the caller has checked it.
 */
public final class ContributionCalls {

    /** How long a cancelled contribution may take to notice before it is abandoned. */
    static final long GRACE_MILLIS = 1500;
    private static final long POLL_MILLIS = 25;

    /** The contributed work: typically {@code vectorizer.vectorize(table, options, monitor)}. */
    @FunctionalInterface
    public interface Work<R> {
        R run(IProgressMonitor monitor) throws CoreException;
    }

    private ContributionCalls() {
    }

    /**
     * Runs {@code work} for {@code contribution}.
     *
     * @param doing   what the contribution is doing, for messages: "vectorizing fortunes.csv"
     * @param monitor may be null; cancelling it stops waiting
     * @throws CoreException              naming the contribution when it throws anything
     * @throws OperationCanceledException when the monitor was cancelled
     */
    public static <R> R call(Contribution<?> contribution, String doing, IProgressMonitor monitor, Work<R> work)
            throws CoreException {
        IProgressMonitor watched = monitor == null ? new NullProgressMonitor() : monitor;
        AtomicReference<R> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(work.run(watched));
            } catch (Throwable t) { // every failure of a plug-in, errors included, is reported below
                thrown.set(t);
            }
        }, "Contour: " + contribution.id() + " " + doing);
        worker.setDaemon(true);
        worker.start();
        try {
            while (worker.isAlive()) {
                worker.join(POLL_MILLIS);
                if (watched.isCanceled() && worker.isAlive()) {
                    worker.interrupt();
                    worker.join(GRACE_MILLIS);
                    if (worker.isAlive()) {
                        ILog.of(ContributionCalls.class).log(new Status(IStatus.WARNING, "org.contour.core",
                                contribution.describe() + " did not stop within " + GRACE_MILLIS + " ms of being "
                                        + "cancelled while " + doing + "; it is left running and its result will "
                                        + "be ignored"));
                    }
                    throw new OperationCanceledException();
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (watched.isCanceled()) {
            throw new OperationCanceledException();
        }
        Throwable failure = thrown.get();
        if (failure == null) {
            return result.get();
        }
        if (failure instanceof OperationCanceledException cancelled) {
            throw cancelled;
        }
        if (failure instanceof CoreException core) {
            String message = core.getStatus().getMessage();
            throw contribution.failure("could not finish " + doing + ": " + message, core);
        }
        if (failure instanceof OutOfMemoryError) {
            throw contribution.failure("ran out of memory while " + doing
                    + "; try smaller settings or start Contour with more memory (-Xmx)", failure);
        }
        if (failure instanceof IllegalArgumentException refused && refused.getMessage() != null) {
            // a refusal of the input ("PCA needs at least 2 rows"): its words are for the user,
            // not the exception's class
            throw contribution.failure("could not finish " + doing + ": " + refused.getMessage(), failure);
        }
        throw contribution.failure("failed while " + doing + ": " + failure, failure);
    }
}
