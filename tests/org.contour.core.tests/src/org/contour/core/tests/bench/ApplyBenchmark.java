package org.contour.core.tests.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.apply.Evaluation;
import org.contour.core.apply.ModelApplication;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Predictions;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.tribuo.DecisionTreeClassifier;
import org.contour.tribuo.LogisticRegressionClassifier;
import org.contour.tribuo.NearestNeighbourClassifier;
import org.contour.tribuo.PolynomialLogisticClassifier;

/**
 * Times applying a taught 2-D model to 1,000,000 examples: a predicted class and confidence per
 * example (ModelApplication.predictMap, parallel chunks) plus the accuracy and confusion matrix
 * against their labels, for each kind of model; as a baseline the same predictions in one plain
 * single-threaded loop. Run as a plain Java program (releng/scripts/bench-teach.sh).
 */
public final class ApplyBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int RUNS = 11;

    public static void main(String[] args) throws Exception {
        int classes = 4;
        List<LabelClass> labels = new ArrayList<>();
        List<Sketch> sketches = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        for (int c = 0; c < classes; c++) {
            LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
            label.setName("class " + c);
            labels.add(label);
            sketches.add(TeachLoopBenchmark.wobblyStroke(label, random, (c % 2 == 0 ? -10 : 10), (c < 2 ? -10 : 10), 60));
        }
        project.getLabels().addAll(labels);
        double[] xs = new double[ROWS];
        double[] ys = new double[ROWS];
        int[] assignments = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            int c = random.nextInt(classes);
            xs[r] = (c % 2 == 0 ? -10 : 10) + 6 * random.nextGaussian();
            ys[r] = (c < 2 ? -10 : 10) + 6 * random.nextGaussian();
            assignments[r] = random.nextInt(10) == 0 ? -1 : c;
        }
        project.setAssignments(assignments);
        TrainingSet data = new SketchSampler().withPointsPerClass(1250).sample(labels, sketches, 1);
        System.out.printf("Load average at start: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("Apply: %,d rows on the map, %d classes, models trained on %d pseudo-points, %d runs (median of "
                + "runs 2..%d), %d cores%n", ROWS, classes, data.size(), RUNS, RUNS,
                Runtime.getRuntime().availableProcessors());
        run("linear", new LogisticRegressionClassifier(), data, project, xs, ys);
        run("tree (depth 4)", new DecisionTreeClassifier(), data, project, xs, ys);
        run("polynomial (degree 2)", new PolynomialLogisticClassifier(), data, project, xs, ys);
        run("kNN (k = 5, 5000 points)", new NearestNeighbourClassifier(), data, project, xs, ys);
    }

    private static void run(String name, Classifier classifier, TrainingSet data, LabellingProject project,
            double[] xs, double[] ys) throws Exception {
        TaughtModel model = classifier.train(data, Options.NONE, null);
        long[] apply = new long[RUNS];
        long[] single = new long[RUNS];
        Evaluation evaluation = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Predictor predictor = ModelPredictors.forModel(model);
            int[] predicted = new int[ROWS];
            double[] confidence = new double[ROWS];
            ModelApplication.predictMap(predictor, xs, ys, predicted, confidence, null);
            Predictions predictions = ContourFactory.eINSTANCE.createPredictions();
            predictions.getClassNames().addAll(model.getClassNames());
            predictions.setPredicted(predicted);
            predictions.setConfidence(confidence);
            evaluation = ModelApplication.evaluate(project, predictions);
            apply[run] = System.nanoTime() - start;

            start = System.nanoTime();
            int[] p2 = new int[ROWS];
            double[] c2 = new double[ROWS];
            double[] probabilities = new double[predictor.classCount()];
            for (int r = 0; r < ROWS; r++) {
                int k = predictor.predict(xs[r], ys[r], probabilities);
                p2[r] = k;
                c2[r] = probabilities[k];
            }
            single[run] = System.nanoTime() - start;
            if (!Arrays.equals(p2, predicted)) {
                throw new AssertionError("parallel and single-threaded predictions differ");
            }
        }
        System.out.println(name + ": accuracy " + String.format("%.3f", evaluation.accuracy()) + " on "
                + evaluation.evaluated() + " labelled rows");
        double median = report("apply + evaluate (parallel)", apply);
        double baseline = report("baseline: one plain loop, 1 thread", single);
        System.out.printf("    %-36s %s (target <= 1000 ms); speed-up over the plain loop %.2fx%n", "",
                median <= 1000 ? "MEETS" : "MISSES", baseline / median);
    }

    private static double report(String what, long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        double median = warm[warm.length / 2] / 1e6;
        System.out.printf("    %-36s cold %7.1f ms, median %7.1f ms, min %7.1f ms%n", what, nanos[0] / 1e6, median,
                warm[0] / 1e6);
        return median;
    }
}
