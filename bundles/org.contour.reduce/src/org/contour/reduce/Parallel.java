package org.contour.reduce;

import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs a loop over rows on all cores without letting thread scheduling change the result: the
 * range is cut into chunks of a fixed size, independent of the number of threads, and every
 * chunk writes only its own rows. Whichever thread runs a chunk, and in whatever order, the
 * numbers come out the same, so a seed fixes the map.
 */
final class Parallel {

    /** Receives one chunk of a range, {@code start} inclusive, {@code end} exclusive. */
    @FunctionalInterface
    interface Chunk {
        void run(int start, int end);
    }

    private Parallel() {
    }

    /** Calls {@code body} on consecutive chunks of {@code [0, n)}, {@code chunkSize} rows each (the last shorter). */
    static void forChunks(int n, int chunkSize, Chunk body) {
        int chunks = (n + chunkSize - 1) / chunkSize;
        if (chunks <= 1) {
            if (n > 0) {
                body.run(0, n);
            }
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(c -> body.run(c * chunkSize, Math.min(n, (c + 1) * chunkSize)));
    }

    /**
     * Like {@link #forChunks} but in slices of {@code sliceSize} rows, checking the monitor between
     * slices so that a long pass over big data stops soon after the user cancels.
     */
    static void forChunksCancellable(int n, int chunkSize, int sliceSize, IProgressMonitor monitor, Chunk body) {
        for (int sliceStart = 0; sliceStart < n; sliceStart += sliceSize) {
            checkCanceled(monitor);
            int start = sliceStart;
            int length = Math.min(sliceSize, n - sliceStart);
            forChunks(length, chunkSize, (s, e) -> body.run(start + s, start + e));
        }
        checkCanceled(monitor);
    }

    static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
