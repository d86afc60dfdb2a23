package org.contour.core.tests.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.teach.LinearPredictor;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.tribuo.LogisticRegressionClassifier;

/**
 * Times one turn of the teaching loop as the canvas runs it after an edit: sample pseudo-points
 * from the sketches, train, and evaluate the new model on every cell of a 500 x 400 raster.
 * Run as a plain Java program; prints the first (cold) run and the median of the rest.
 */
public final class TeachLoopBenchmark {

    private static final int RUNS = 21;

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
        LogisticRegressionClassifier classifier = new LogisticRegressionClassifier();

        long[] sampling = new long[RUNS];
        long[] training = new long[RUNS];
        long[] raster = new long[RUNS];
        double[] probabilities = new double[classes];
        long checksum = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            TrainingSet data = sampler.sample(labels, sketches, run);
            long sampled = System.nanoTime();
            LinearModel model = (LinearModel) classifier.train(data, Options.NONE, null);
            long trained = System.nanoTime();
            LinearPredictor predictor = new LinearPredictor(model);
            for (int row = 0; row < 400; row++) {
                for (int column = 0; column < 500; column++) {
                    checksum += predictor.predict(column * 0.08 - 20, row * 0.1 - 20, probabilities);
                }
            }
            long painted = System.nanoTime();
            sampling[run] = sampled - start;
            training[run] = trained - sampled;
            raster[run] = painted - trained;
        }
        System.out.printf("%d classes x %d points = %d pseudo-points, %d strokes, %d epochs, %d runs%n", classes,
                pointsPerClass, classes * pointsPerClass, sketches.size(), classifier.epochs(), RUNS);
        report("sample", sampling);
        report("train", training);
        report("raster 500x400 with probabilities", raster);
        long[] total = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            total[i] = sampling[i] + training[i] + raster[i];
        }
        report("whole turn", total);
        reportRasterAllocation(new LinearPredictor(
                (LinearModel) classifier.train(sampler.sample(labels, sketches, 0), Options.NONE, null)), probabilities);
        System.out.println("(checksum " + checksum + ")");
    }

    private static void report(String what, long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        System.out.printf("  %-36s cold %7.1f ms, median %7.1f ms, min %7.1f ms%n", what, nanos[0] / 1e6,
                warm[warm.length / 2] / 1e6, warm[0] / 1e6);
    }

    /**
     * Bytes allocated by one raster pass, through the JDK's com.sun.management extension when the
     * running VM has it (looked up reflectively so the test bundle needs no import for it).
     */
    private static void reportRasterAllocation(LinearPredictor predictor, double[] probabilities) {
        try {
            Object threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Class<?> extension = ClassLoader.getPlatformClassLoader().loadClass("com.sun.management.ThreadMXBean");
            java.lang.reflect.Method allocated = extension.getMethod("getCurrentThreadAllocatedBytes");
            long checksum = 0;
            long before = (Long) allocated.invoke(threads);
            for (int row = 0; row < 400; row++) {
                for (int column = 0; column < 500; column++) {
                    checksum += predictor.predict(column * 0.08 - 20, row * 0.1 - 20, probabilities);
                }
            }
            long after = (Long) allocated.invoke(threads);
            System.out.printf("  raster allocation: %d bytes for 200000 cells (checksum %d)%n", after - before, checksum);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("  raster allocation: not measurable on this VM (" + e + ")");
        }
    }

    private static Sketch wobblyStroke(LabelClass label, SplittableRandom random, double centreX, double centreY,
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
