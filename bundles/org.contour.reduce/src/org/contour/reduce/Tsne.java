package org.contour.reduce;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Barnes-Hut t-SNE (van der Maaten 2014) after the neighbour search: input similarities
 * calibrated to the perplexity, then gradient descent with momentum and per-coordinate gains,
 * early exaggeration for the first {@value #EXPLORATION_ITERATIONS} iterations. Schedules and
 * constants are scikit-learn 1.2's ({@code TSNE(method="barnes_hut")}), so results compare.
 * <p>
 * Each iteration builds one quadtree on a single thread; the forces on the points are then
 * computed in fixed chunks on all cores, each chunk writing its own points only, and the
 * normalisation Σq is added up in point order afterwards, so the result does not depend on the
 * number of threads.
 */
final class Tsne {

    static final int EXPLORATION_ITERATIONS = 250;
    private static final double EXPLORATION_MOMENTUM = 0.5;
    private static final double FINAL_MOMENTUM = 0.8;
    private static final double MIN_GAIN = 0.01;
    private static final double MIN_GRADIENT_NORM = 1e-7;
    private static final int CHECK_EVERY = 50;
    private static final int PERPLEXITY_STEPS = 100;
    private static final double PERPLEXITY_TOLERANCE = 1e-5;
    private static final double MACHINE_EPSILON = 1e-8;
    private static final int FORCE_CHUNK = 256;

    private Tsne() {
    }

    /**
     * Joint probabilities P from each row's neighbours: a Gaussian per row whose width is found by
     * bisection so that its entropy is log(perplexity), then P = (P + Pᵀ) / sum.
     *
     * @param knn distances are Euclidean; they are squared here, as scikit-learn does
     */
    static SparseGraph jointProbabilities(NearestNeighbours.Graph knn, double perplexity) {
        int n = knn.rows();
        int k = knn.k();
        double[] conditional = new double[n * k];
        double desiredEntropy = Math.log(perplexity);
        double[] d = knn.distances();
        Parallel.forChunks(n, FORCE_CHUNK, (start, end) -> {
            double[] p = new double[k];
            for (int r = start; r < end; r++) {
                int base = r * k;
                double beta = 1;
                double betaMin = Double.NEGATIVE_INFINITY;
                double betaMax = Double.POSITIVE_INFINITY;
                for (int step = 0; step < PERPLEXITY_STEPS; step++) {
                    double sum = 0;
                    for (int j = 0; j < k; j++) {
                        double dist = d[base + j];
                        p[j] = Math.exp(-dist * dist * beta);
                        sum += p[j];
                    }
                    if (sum == 0) {
                        sum = MACHINE_EPSILON;
                    }
                    double weightedDistance = 0;
                    for (int j = 0; j < k; j++) {
                        double dist = d[base + j];
                        weightedDistance += dist * dist * p[j];
                        p[j] /= sum;
                    }
                    double entropy = Math.log(sum) + beta * weightedDistance / sum;
                    double difference = entropy - desiredEntropy;
                    if (Math.abs(difference) <= PERPLEXITY_TOLERANCE) {
                        break;
                    }
                    if (difference > 0) {
                        betaMin = beta;
                        beta = betaMax == Double.POSITIVE_INFINITY ? beta * 2 : (beta + betaMax) / 2;
                    } else {
                        betaMax = beta;
                        beta = betaMin == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + betaMin) / 2;
                    }
                }
                System.arraycopy(p, 0, conditional, base, k);
            }
        });
        SparseGraph joint = SparseGraph.symmetrize(n, k, knn.indices(), conditional, Double::sum);
        double total = 0;
        for (double w : joint.weights) {
            total += w;
        }
        total = Math.max(total, MACHINE_EPSILON);
        for (int e = 0; e < joint.weights.length; e++) {
            joint.weights[e] /= total;
        }
        return joint;
    }

    /**
     * Optimises the layout in place.
     *
     * @param positions {@code 2n} coordinates, x and y interleaved: the start layout
     * @return the number of iterations run (fewer than asked when the gradient vanished)
     */
    static int optimise(SparseGraph p, double[] positions, int iterations, double exaggeration,
            double learningRate, double theta, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Optimising the t-SNE map", iterations);
        int n = p.rows;
        double[] gradient = new double[2 * n];
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        double[] sumQ = new double[n];
        double thetaSquared = theta * theta;
        QuadTree tree = new QuadTree();
        int iteration = 0;
        for (int phase = 0; phase < 2; phase++) {
            int end = phase == 0 ? Math.min(EXPLORATION_ITERATIONS, iterations) : iterations;
            double momentum = phase == 0 ? EXPLORATION_MOMENTUM : FINAL_MOMENTUM;
            double strength = phase == 0 ? exaggeration : 1;
            // scikit-learn starts each phase afresh
            java.util.Arrays.fill(update, 0);
            java.util.Arrays.fill(gains, 1);
            for (; iteration < end; iteration++) {
                Parallel.checkCanceled(progress);
                tree.build(positions, n);
                int[] order = tree.order();
                Parallel.forChunks(n, FORCE_CHUNK, (start, stop) -> {
                    int[] work = tree.newWorkspace();
                    for (int at = start; at < stop; at++) {
                        int i = order[at];
                        sumQ[i] = tree.repulsion(i, positions[2 * i], positions[2 * i + 1], thetaSquared, gradient,
                                work);
                    }
                });
                double totalQ = 0;
                for (int i = 0; i < n; i++) {
                    totalQ += sumQ[i];
                }
                double inverseQ = totalQ > 0 ? 1 / totalQ : 0;
                Parallel.forChunks(n, FORCE_CHUNK, (start, stop) -> {
                    for (int i = start; i < stop; i++) {
                        double xi = positions[2 * i];
                        double yi = positions[2 * i + 1];
                        double ax = 0;
                        double ay = 0;
                        for (int e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
                            int j = p.columns[e];
                            double dx = xi - positions[2 * j];
                            double dy = yi - positions[2 * j + 1];
                            double w = strength * p.weights[e] / (1 + dx * dx + dy * dy);
                            ax += w * dx;
                            ay += w * dy;
                        }
                        gradient[2 * i] = 4 * (ax - gradient[2 * i] * inverseQ);
                        gradient[2 * i + 1] = 4 * (ay - gradient[2 * i + 1] * inverseQ);
                    }
                });
                // All points move together, after every force is known: a second pass.
                Parallel.forChunks(2 * n, 2 * FORCE_CHUNK, (start, stop) -> {
                    for (int c = start; c < stop; c++) {
                        double g = gradient[c];
                        double u = update[c];
                        double gain = u * g < 0 ? gains[c] + 0.2 : gains[c] * 0.8;
                        gain = Math.max(gain, MIN_GAIN);
                        gains[c] = gain;
                        g *= gain;
                        gradient[c] = g;
                        u = momentum * u - learningRate * g;
                        update[c] = u;
                        positions[c] += u;
                    }
                });
                progress.worked(1);
                if ((iteration + 1) % CHECK_EVERY == 0) {
                    double norm = 0;
                    for (double g : gradient) {
                        norm += g * g;
                    }
                    if (Math.sqrt(norm) <= MIN_GRADIENT_NORM) {
                        iteration++;
                        if (phase == 0) {
                            break; // scikit-learn ends the phase, then runs the next one
                        }
                        return iteration;
                    }
                }
            }
        }
        return iteration;
    }
}
