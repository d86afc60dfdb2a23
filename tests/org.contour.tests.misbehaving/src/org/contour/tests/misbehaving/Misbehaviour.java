package org.contour.tests.misbehaving;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** The ways the contributions of this plug-in go wrong, shared by vectorizers and reducers. */
final class Misbehaviour {

    /** How long a contribution that ignores cancelling keeps running before it gives up on its own. */
    static final long HANG_MILLIS = 20_000;

    private Misbehaviour() {
    }

    /** Runs on and on, deaf to the monitor and to interrupts, as a plug-in stuck in a native call would. */
    static void hangIgnoringCancel() {
        long end = System.currentTimeMillis() + HANG_MILLIS;
        while (System.currentTimeMillis() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                // a badly written plug-in swallows the interrupt and carries on
            }
        }
    }

    /** Works slowly but properly: reports progress and stops as soon as it is cancelled. */
    static void workSlowly(IProgressMonitor monitor, long millis) {
        int steps = (int) Math.max(1, millis / 50);
        monitor.beginTask("Working slowly on purpose", steps);
        for (int i = 0; i < steps; i++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new OperationCanceledException();
            }
            monitor.worked(1);
        }
        monitor.done();
    }
}
