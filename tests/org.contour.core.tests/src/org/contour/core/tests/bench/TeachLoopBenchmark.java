package org.contour.core.tests.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.tribuo.DecisionTreeClassifier;
import org.contour.tribuo.LogisticRegressionClassifier;
import org.contour.tribuo.NearestNeighbourClassifier;
import org.contour.tribuo.PolynomialLogisticClassifier;
import org.contour.tribuo.TribuoModels;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * Times one turn of the teaching loop as the canvas runs it after a stroke ends: sample
 * pseudo-points from the sketches, train, and evaluate the new model with probabilities on every
 * cell of a 500 x 400 raster (what RegionsFigure paints), for each kind of model. Run as a plain
 * Java program (releng/scripts/bench-teach.sh); prints the first (cold) run and the median of the
 * rest, and as a baseline Tribuo's own predict() on the same raster.
 */
public final class TeachLoopBenchmark {

    private static final int RUNS = 21;
    private static final int WIDTH = 500;
    private static final int HEIGHT = 400;

    public static void main(String[] args) throws Exception {
        int classes = 4;
        int pointsPerClass = 5000 / classes;
        List<LabelClass> labels = new ArrayList<>();
        List<Sketch> sketches = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2024);
        for (int c = 0; c < classes; c++) {
            LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
            label.setName("class " + c);
            labels.add(label);
            // Two freehand-like strokes per class, 60 vertices each, in the class's quadrant of a
            // map spanning [-20, 20]: the kind of input a person produces with a mouse.
            for (int s = 0; s < 2; s++) {
                sketches.add(wobblyStroke(label, random, (c % 2 == 0 ? -10 : 10), (c < 2 ? -10 : 10), 60));
            }
        }
        SketchSampler sampler = new SketchSampler().withPointsPerClass(pointsPerClass);
        System.out.printf("Load average at start: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("Teach loop: %d classes x %d points = %d pseudo-points, %d strokes, raster %d x %d, %d runs "
                + "(median of runs 2..%d), Java %s, %d cores%n", classes, pointsPerClass, classes * pointsPerClass,
                sketches.size(), WIDTH, HEIGHT, RUNS, RUNS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        run("linear (logistic regression, default " + LogisticRegressionClassifier.DEFAULT_EPOCHS + " epochs)",
                new LogisticRegressionClassifier(), Options.NONE, sampler, labels, sketches);
        run("linear with 20 epochs, for comparison", new LogisticRegressionClassifier(), Options.of(java.util.Map.of(
                "epochs", "20")), sampler, labels, sketches);
        run("tree (CART, depth 4)", new DecisionTreeClassifier(), Options.NONE, sampler, labels, sketches);
        run("polynomial (degree 2, default " + PolynomialLogisticClassifier.DEFAULT_EPOCHS + " epochs)",
                new PolynomialLogisticClassifier(), Options.NONE, sampler, labels, sketches);
        run("kNN (k = 5)", new NearestNeighbourClassifier(), Options.NONE, sampler, labels, sketches);
    }

    private static void run(String name, Classifier classifier, Options options, SketchSampler sampler,
            List<LabelClass> labels, List<Sketch> sketches) throws Exception {
        long[] sampling = new long[RUNS];
        long[] training = new long[RUNS];
        long[] raster = new long[RUNS];
        long[] cpu = new long[RUNS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long checksum = 0;
        TaughtModel lastModel = null;
        List<Sketch> drawing = new ArrayList<>(sketches);
        for (int run = 0; run < RUNS; run++) {
            // the stroke that just ended: a new sketch object (as the canvas makes one per stroke),
            // so the sampler cannot reuse anything it computed for it before
            Sketch last = drawing.get(run % drawing.size());
            Sketch fresh = ContourFactory.eINSTANCE.createSketch();
            fresh.setLabel(last.getLabel());
            fresh.setRadius(last.getRadius());
            fresh.setPoints(last.getPoints().clone());
            drawing.set(run % drawing.size(), fresh);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            TrainingSet data = sampler.sample(labels, drawing, run);
            long sampled = System.nanoTime();
            TaughtModel model = classifier.train(data, options, null);
            long trained = System.nanoTime();
            checksum += paint(ModelPredictors.forModel(model));
            long painted = System.nanoTime();
            cpu[run] = threads.getCurrentThreadCpuTime() - cpuStart;
            sampling[run] = sampled - start;
            training[run] = trained - sampled;
            raster[run] = painted - trained;
            lastModel = model;
        }
        long[] total = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            total[i] = sampling[i] + training[i] + raster[i];
        }
        TaughtModel last = lastModel;
        TrainingSet lastData = sampler.sample(labels, drawing, RUNS - 1);
        Predictor lastPredictor = ModelPredictors.forModel(last);
        int right = 0;
        for (int i = 0; i < lastData.size(); i++) {
            int k = lastPredictor.predict(lastData.features()[i], null);
            right += last.getClassNames().get(k).equals(lastData.classNames()[lastData.labels()[i]]) ? 1 : 0;
        }
        System.out.printf("%s: training accuracy %.4f%n", name, (double) right / lastData.size());
        report("sample", sampling);
        report("train (Tribuo + conversion)", training);
        report("raster with probabilities", raster);
        double median = report("whole turn", total);
        System.out.printf("    %-34s %s (target <= 100 ms, median / target = %.2f)%n", "", median <= 100 ? "MEETS" : "MISSES",
                median / 100);
        // the machine is shared: the thread's own CPU time shows the cost without the waiting
        report("whole turn, CPU time of the thread", cpu);
        reportAllocation(ModelPredictors.forModel(last));
        baseline(last);
        System.out.println("    (checksum " + checksum + ")");
    }

    /** Every cell of the raster with probabilities, as RegionsFigure does. */
    static long paint(Predictor predictor) {
        double[] probabilities = new double[predictor.classCount()];
        long checksum = 0;
        for (int row = 0; row < HEIGHT; row++) {
            double y = 20 - row * 0.1;
            for (int column = 0; column < WIDTH; column++) {
                int k = predictor.predict(column * 0.08 - 20, y, probabilities);
                checksum += k + (probabilities[k] > 0.5 ? 1 : 0);
            }
        }
        return checksum;
    }

    /** Tribuo's own predict() on every tenth raster row, scaled to the whole raster. */
    private static void baseline(TaughtModel model) {
        Model<Label> tribuo = TribuoModels.trainedFor(model).orElse(null);
        if (tribuo == null) {
            return;
        }
        String[] names = model.getFeatureNames().toArray(String[]::new);
        if (names.length != 2) {
            System.out.println("    baseline: Tribuo's predict() takes the polynomial's terms, skipped");
            return;
        }
        // Tribuo's brute-force kNN needs seconds per raster row: sample fewer rows of it
        int every = tribuo instanceof org.tribuo.common.nearest.KNNModel ? 100 : 10;
        long start = System.nanoTime();
        long checksum = 0;
        for (int row = 0; row < HEIGHT; row += every) {
            double y = 20 - row * 0.1;
            for (int column = 0; column < WIDTH; column++) {
                checksum += tribuo.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names,
                        new double[] { column * 0.08 - 20, y })).getOutput().getLabel().length();
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 * every;
        System.out.printf("    baseline: Tribuo predict() over the raster %.1f ms (every %dth row, scaled) (checksum %d)%n",
                ms, every, checksum);
    }

    private static double report(String what, long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        double median = warm[warm.length / 2] / 1e6;
        System.out.printf("    %-34s cold %7.1f ms, median %7.1f ms, min %7.1f ms%n", what, nanos[0] / 1e6, median,
                warm[0] / 1e6);
        return median;
    }

    /**
     * Bytes allocated by one raster pass, through the JDK's com.sun.management extension when the
     * running VM has it (looked up reflectively so the test bundle needs no import for it).
     */
    private static void reportAllocation(Predictor predictor) {
        try {
            Object threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Class<?> extension = ClassLoader.getPlatformClassLoader().loadClass("com.sun.management.ThreadMXBean");
            java.lang.reflect.Method allocated = extension.getMethod("getCurrentThreadAllocatedBytes");
            paint(predictor); // per-thread scratch made here
            long before = (Long) allocated.invoke(threads);
            long checksum = paint(predictor);
            long after = (Long) allocated.invoke(threads);
            System.out.printf("    raster allocation: %d bytes for %d cells (checksum %d)%n", after - before,
                    WIDTH * HEIGHT, checksum);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("    raster allocation: not measurable on this VM (" + e + ")");
        }
    }

    static Sketch wobblyStroke(LabelClass label, SplittableRandom random, double centreX, double centreY,
            int vertices) {
        double[] xy = new double[vertices * 2];
        double x = centreX + random.nextDouble(-4, 4);
        double y = centreY + random.nextDouble(-4, 4);
        double heading = random.nextDouble(2 * Math.PI);
        for (int v = 0; v < vertices; v++) {
            xy[2 * v] = x;
            xy[2 * v + 1] = y;
            heading += random.nextDouble(-0.4, 0.4);
            x += 0.2 * Math.cos(heading);
            y += 0.2 * Math.sin(heading);
        }
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setLabel(label);
        sketch.setRadius(1.0);
        sketch.setPoints(xy);
        return sketch;
    }
}
