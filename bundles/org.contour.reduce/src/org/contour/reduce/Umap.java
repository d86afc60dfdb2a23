package org.contour.reduce;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The steps of UMAP (McInnes, Healy and Melville 2018) after the neighbour search: the fuzzy
 * neighbourhood graph, the curve that turns map distances into similarities, and the layout by
 * stochastic gradient descent with negative sampling. The constants and schedules are those of
 * umap-learn 0.5, so that maps and quality figures can be compared with it.
 * <p>
 * One departure makes the layout both parallel and reproducible. umap-learn walks the edge list
 * and moves both ends of each sampled edge at once, updating positions in place; run on several
 * threads (its {@code parallel=True}) that races and the result depends on the scheduling, which
 * is why it runs on one thread whenever a seed is set. Here each point is moved only by the
 * edges of its own row (every edge is stored in both rows, so both ends are still pulled), points are split into fixed chunks, and during an epoch a point
 * reads the other points' positions from the start of the epoch. No two threads write the same
 * point and no read depends on timing, so the map is the same on any number of cores.
 */
final class Umap {

    /** Distances below this share of the mean neighbour distance do not shrink a row's scale further. */
    private static final double MIN_SCALE_SHARE = 1e-3;
    private static final double SCALE_TOLERANCE = 1e-5;
    private static final int SCALE_SEARCH_STEPS = 64;
    static final int NEGATIVE_SAMPLE_RATE = 5;
    private static final double REPULSION_STRENGTH = 1.0;
    private static final double INITIAL_LEARNING_RATE = 1.0;
    private static final double GRADIENT_CLIP = 4.0;
    private static final int LAYOUT_CHUNK = 256;
    /**
     * umap-learn stores each edge in both directions and, for each, moves both ends: every end
     * is pulled twice per sampling of the edge. Here a point moves only for its own row's copy,
     * so its pull counts double to keep attraction and repulsion in umap-learn's balance.
     */
    private static final double ATTRACTION = 2;

    private Umap() {
    }

    /**
     * The fuzzy union of every row's neighbourhood: each row's nearest neighbour gets weight 1
     * (local connectivity 1), farther ones decay with a per-row scale chosen so that the weights
     * add up to log2(neighbourhood size).
     *
     * @param neighbourhood the user's n_neighbors, the row itself included as in umap-learn
     */
    static SparseGraph fuzzyGraph(NearestNeighbours.Graph knn, int neighbourhood) {
        int n = knn.rows();
        int k = knn.k();
        double[] d = knn.distances();
        double target = log2(Math.min(neighbourhood, k + 1));
        double meanOfAll = 0;
        for (double v : d) {
            meanOfAll += v;
        }
        meanOfAll /= Math.max(1, d.length);
        double[] weights = new double[n * k];
        for (int r = 0; r < n; r++) {
            int base = r * k;
            double rho = 0;
            double rowMean = 0;
            for (int j = 0; j < k; j++) {
                rowMean += d[base + j];
                if (rho == 0 && d[base + j] > 0) {
                    rho = d[base + j];
                }
            }
            // umap-learn counts the row itself, at distance 0, in the mean
            rowMean /= k + 1;
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double sigma = 1;
            for (int step = 0; step < SCALE_SEARCH_STEPS; step++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    double excess = d[base + j] - rho;
                    sum += excess > 0 ? Math.exp(-excess / sigma) : 1;
                }
                if (Math.abs(sum - target) < SCALE_TOLERANCE) {
                    break;
                }
                if (sum > target) {
                    hi = sigma;
                    sigma = (lo + hi) / 2;
                } else {
                    lo = sigma;
                    sigma = hi == Double.POSITIVE_INFINITY ? sigma * 2 : (lo + hi) / 2;
                }
            }
            double floor = MIN_SCALE_SHARE * (rho > 0 ? rowMean : meanOfAll);
            sigma = Math.max(sigma, floor);
            for (int j = 0; j < k; j++) {
                double excess = d[base + j] - rho;
                weights[base + j] = excess <= 0 || sigma == 0 ? 1 : Math.exp(-excess / sigma);
            }
        }
        return SparseGraph.symmetrize(n, k, knn.indices(), weights, (a, b) -> a + b - a * b);
    }

    /**
     * a and b of the map similarity 1 / (1 + a d^(2b)), fitted by least squares (Levenberg-Marquardt)
     * to 1 below {@code minDist} and exp(-(d - minDist) / spread) beyond, on 300 points of [0, 3 spread].
     */
    static double[] curve(double minDist, double spread) {
        int m = 300;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = 3 * spread * i / (m - 1);
            y[i] = x[i] < minDist ? 1 : Math.exp(-(x[i] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double error = curveError(x, y, a, b);
        for (int iteration = 0; iteration < 500; iteration++) {
            // normal equations of the linearised problem, 2 x 2
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < m; i++) {
                if (x[i] == 0) {
                    continue; // f(0) = 1 for any a, b
                }
                double p = Math.pow(x[i], 2 * b);
                double denominator = 1 + a * p;
                double f = 1 / denominator;
                double dfa = -p / (denominator * denominator);
                double dfb = -a * p * 2 * Math.log(x[i]) / (denominator * denominator);
                double residual = y[i] - f;
                jaa += dfa * dfa;
                jab += dfa * dfb;
                jbb += dfb * dfb;
                ga += dfa * residual;
                gb += dfb * residual;
            }
            double maa = jaa * (1 + lambda);
            double mbb = jbb * (1 + lambda);
            double det = maa * mbb - jab * jab;
            if (det == 0) {
                break;
            }
            double da = (mbb * ga - jab * gb) / det;
            double db = (maa * gb - jab * ga) / det;
            double next = curveError(x, y, a + da, b + db);
            if (next < error) {
                a += da;
                b += db;
                lambda /= 10;
                boolean converged = error - next < 1e-15 * Math.max(1, error);
                error = next;
                if (converged) {
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > 1e12) {
                    break;
                }
            }
        }
        return new double[] {a, b};
    }

    private static double curveError(double[] x, double[] y, double a, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double f = x[i] == 0 ? 1 : 1 / (1 + a * Math.pow(x[i], 2 * b));
            sum += (y[i] - f) * (y[i] - f);
        }
        return sum;
    }

    /**
     * Optimises the layout in place.
     *
     * @param positions {@code 2 * graph.rows} coordinates, x and y interleaved, scaled to [0, 10]
     */
    static void layout(SparseGraph graph, double[] positions, int epochs, double a, double b, long seed,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Laying out the map", epochs);
        int n = graph.rows;
        int edges = graph.edges();
        double maxWeight = 0;
        for (double w : graph.weights) {
            maxWeight = Math.max(maxWeight, w);
        }
        // Edges too weak to be sampled even once in all epochs are dropped, as umap-learn does.
        double[] epochsPerSample = new double[edges];
        double[] nextSample = new double[edges];
        double[] epochsPerNegative = new double[edges];
        double[] nextNegative = new double[edges];
        double threshold = maxWeight / (epochs > 10 ? epochs : 200);
        for (int e = 0; e < edges; e++) {
            double w = graph.weights[e];
            if (w < threshold || w <= 0) {
                epochsPerSample[e] = -1;
                continue;
            }
            epochsPerSample[e] = maxWeight / w;
            nextSample[e] = epochsPerSample[e];
            epochsPerNegative[e] = epochsPerSample[e] / NEGATIVE_SAMPLE_RATE;
            nextNegative[e] = epochsPerNegative[e];
        }
        double[] snapshot = new double[positions.length];
        PowerTable power = new PowerTable(b);
        double twoAb = 2 * a * b;
        double twoGammaB = 2 * REPULSION_STRENGTH * b;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Parallel.checkCanceled(progress);
            System.arraycopy(positions, 0, snapshot, 0, positions.length);
            double alpha = INITIAL_LEARNING_RATE * (1 - (double) epoch / epochs);
            int currentEpoch = epoch;
            Parallel.forChunks(n, LAYOUT_CHUNK, (start, end) -> {
                for (int i = start; i < end; i++) {
                    Random64 random = null;
                    double xi = positions[2 * i];
                    double yi = positions[2 * i + 1];
                    for (int e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
                        double perSample = epochsPerSample[e];
                        if (perSample < 0 || nextSample[e] > currentEpoch + 1) {
                            continue;
                        }
                        int j = graph.columns[e];
                        double dx = xi - snapshot[2 * j];
                        double dy = yi - snapshot[2 * j + 1];
                        double d2 = dx * dx + dy * dy;
                        if (d2 > 0) {
                            double p = power.pow(d2);
                            double coefficient = -twoAb * (p / d2) / (a * p + 1);
                            xi += ATTRACTION * clip(coefficient * dx) * alpha;
                            yi += ATTRACTION * clip(coefficient * dy) * alpha;
                        }
                        nextSample[e] += perSample;

                        int negatives = (int) ((currentEpoch + 1 - nextNegative[e]) / epochsPerNegative[e]);
                        if (negatives > 0 && random == null) {
                            random = Random64.forRow(seed, currentEpoch, i);
                        }
                        for (int s = 0; s < negatives; s++) {
                            int other = random.nextInt(n);
                            if (other == i) {
                                continue;
                            }
                            double ox = xi - snapshot[2 * other];
                            double oy = yi - snapshot[2 * other + 1];
                            double o2 = ox * ox + oy * oy;
                            if (o2 > 0) {
                                double coefficient = twoGammaB / ((0.001 + o2) * (a * power.pow(o2) + 1));
                                xi += clip(coefficient * ox) * alpha;
                                yi += clip(coefficient * oy) * alpha;
                            } else {
                                // two points on one spot: push apart, as umap-learn does
                                xi += GRADIENT_CLIP * alpha;
                                yi += GRADIENT_CLIP * alpha;
                            }
                        }
                        nextNegative[e] += negatives * epochsPerNegative[e];
                    }
                    positions[2 * i] = xi;
                    positions[2 * i + 1] = yi;
                }
            });
            progress.worked(1);
        }
        Parallel.checkCanceled(progress);
    }

    private static double clip(double v) {
        return v > GRADIENT_CLIP ? GRADIENT_CLIP : (v < -GRADIENT_CLIP ? -GRADIENT_CLIP : v);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
