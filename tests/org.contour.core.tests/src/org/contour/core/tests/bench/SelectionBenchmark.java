package org.contour.core.tests.bench;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;

import org.contour.core.select.PointIndex;
import org.contour.core.select.PointSelection;
import org.contour.core.session.ProjectSession;
import org.contour.model.LabelClass;

/**
 * Selection at scale, on the code the canvas runs: building the point index, lasso/polygon/box
 * selection of several shapes (self-crossing ones included), the tap's nearest-point query, and
 * labelling every point as one undoable command. Seeded synthetic blobs of 10^4, 10^5, 10^6
 * points. The baseline, measured in the same run, is the per-point test without the grid
 * (PointSelection.insidePolygon: envelope check, then JTS's indexed locator for each point).
 *
 * <p>Run as a plain Java program (releng/scripts/bench-canvas.sh); prints medians.
 */
public final class SelectionBenchmark {

    private static final int RUNS = 15;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        System.out.println("Selection benchmark: median of " + RUNS + " runs after warm-up (wall clock, and CPU time of"
                + " the thread); " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + "; " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int n) {
        double[][] map = SyntheticMap.blobs(n, 42);
        double[] xs = map[0];
        double[] ys = map[1];
        System.out.printf("%n== %,d points%n", n);

        long[] build = new long[RUNS];
        PointIndex index = null;
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            index = PointIndex.of(xs, ys);
            build[r] = System.nanoTime() - t;
        }
        System.out.printf("  %-40s %8.2f ms%n", "build index", median(build));

        for (SyntheticMap.Shape shape : SyntheticMap.shapes()) {
            long[] indexed = new long[RUNS];
            long[] indexedCpu = new long[RUNS];
            BitSet hits = null;
            for (int w = 0; w < 3; w++) {
                index.insideOutline(shape.outline(), null); // warm-up
            }
            for (int r = 0; r < RUNS; r++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits = index.insideOutline(shape.outline(), null);
                indexed[r] = System.nanoTime() - t;
                indexedCpu[r] = THREADS.getCurrentThreadCpuTime() - cpu;
            }
            int baselineRuns = n >= 1_000_000 ? 3 : 7;
            long[] baseline = new long[baselineRuns];
            int[] plain = null;
            for (int r = 0; r < baselineRuns; r++) {
                long t = System.nanoTime();
                plain = PointSelection.insidePolygon(xs, ys, shape.outline());
                baseline[r] = System.nanoTime() - t;
            }
            if (plain.length != hits.cardinality()) {
                throw new AssertionError(shape.name() + ": index found " + hits.cardinality() + ", baseline "
                        + plain.length);
            }
            double m = median(indexed);
            double b = median(baseline);
            System.out.printf("  lasso %-38s %7.2f ms (CPU %6.2f) %,9d selected; per-point baseline %7.2f ms, %5.1fx%n",
                    shape.name(), m, median(indexedCpu), hits.cardinality(), b, b / m);
        }

        Random random = new Random(7);
        int queries = 20_000;
        double[] qx = new double[queries];
        double[] qy = new double[queries];
        for (int q = 0; q < queries; q++) {
            qx[q] = -20 + 40 * random.nextDouble();
            qy[q] = -20 + 40 * random.nextDouble();
        }
        // a tap within 6 pixels at the fitted zoom of a 1920-pixel-wide canvas over ~45 data units
        double radius = 6 * 45.0 / 1920;
        long found = 0;
        long[] tap = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            for (int q = 0; q < queries; q++) {
                found += index.nearest(qx[q], qy[q], radius, null) >= 0 ? 1 : 0;
            }
            tap[r] = System.nanoTime() - t;
        }
        System.out.printf("  %-40s %8.2f us per query (%d%% of random taps hit a point)%n", "tap / tooltip: nearest point",
                median(tap) * 1000 / queries, found * 100 / ((long) queries * RUNS));

        ProjectSession session = SyntheticMap.session(n, 42);
        LabelClass label = session.project().getLabels().get(0);
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        int[] before = session.project().getAssignments().clone();
        long[] assign = new long[RUNS];
        long[] undo = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            session.assignLabel(all, label);
            long t2 = System.nanoTime();
            session.commandStack().undo();
            long t3 = System.nanoTime();
            assign[r] = t2 - t;
            undo[r] = t3 - t2;
        }
        if (!Arrays.equals(before, session.project().getAssignments())) {
            throw new AssertionError("undo did not restore the labels");
        }
        System.out.printf("  %-40s %8.2f ms, undo %6.2f ms (restores every label: checked)%n",
                "assign one label to all " + n + " points", median(assign), median(undo));

        // the search box on a million short texts (runs in a Job, cancelled by the next keystroke)
        java.util.List<String> texts = new java.util.ArrayList<>(n);
        String[] words = {"love", "cat", "heart", "marriage", "code", "tea", "rain", "moon", "ship", "bread"};
        for (int i = 0; i < n; i++) {
            texts.add(words[random.nextInt(words.length)] + " and " + words[random.nextInt(words.length)] + " number " + i);
        }
        org.contour.core.select.TextSearch search = org.contour.core.select.TextSearch.of("lov|heart", "marri");
        long[] searching = new long[5];
        int matches = 0;
        for (int r = 0; r < searching.length; r++) {
            long t = System.nanoTime();
            matches = search.matches(texts, null).cardinality();
            searching[r] = System.nanoTime() - t;
        }
        System.out.printf("  %-40s %8.2f ms (%,d of %,d match 'lov|heart' but not 'marri')%n", "regex search of every text",
                median(searching), matches, n);

        System.out.printf("  %-40s %8.1f MB (coordinates %.1f, labels %.1f, subsets %.1f, selection %.2f, index %.1f)%n",
                "heap for the selection data", mb(16L * n + 4L * n + 4L * n + n / 8 + index.memoryBytes()),
                mb(16L * n), mb(4L * n), mb(4L * n), mb(n / 8), mb(index.memoryBytes()));
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
