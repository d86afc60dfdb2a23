package org.contour.core.interpret;

import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;

/**
 * The boundary between two classes of a linear model over two inputs (the map's axes), as a
 * line: {@code nx * x + ny * y + c = 0}, where the left side is score(a) - score(b). Class a
 * wins on the side the normal (nx, ny) points to. Moving or rotating the line and writing it
 * back into the model is what dragging the boundary's handles on the map does.
 *
 * <p>With more than two classes the line is drawn only where a and b are the two best classes:
 * {@link #visibleSegment} finds that part exactly (it is an interval of the line, since the
 * area where two classes beat all others is convex).
 *
 * @param a  the class on the normal's side
 * @param b  the other class
 * @param nx score(a) - score(b) per unit of x
 * @param ny score(a) - score(b) per unit of y
 * @param c  score(a) - score(b) at the origin
 */
public record LinearBoundary(int a, int b, double nx, double ny, double c) {

    /** Whether {@code model} is linear in exactly two inputs (not a polynomial, not a word list). */
    public static boolean applies(LinearModel model) {
        return !(model instanceof PolynomialModel) && model.getFeatureNames().size() == 2
                && model.getWeights() != null && model.getWeights().length == 2 * model.getClassNames().size()
                && model.getBiases() != null && model.getBiases().length == model.getClassNames().size();
    }

    /** The boundary between classes {@code a} and {@code b} of a two-input linear model. */
    public static LinearBoundary of(LinearModel model, int a, int b) {
        return of(model.getWeights(), model.getBiases(), a, b);
    }

    /** The boundary between classes {@code a} and {@code b} of weights (two per class, row-major) and biases. */
    public static LinearBoundary of(double[] weights, double[] biases, int a, int b) {
        return new LinearBoundary(a, b, weights[2 * a] - weights[2 * b], weights[2 * a + 1] - weights[2 * b + 1],
                biases[a] - biases[b]);
    }

    /** False when the two classes score alike everywhere: then there is no line. */
    public boolean isLine() {
        return nx * nx + ny * ny > 0 && Double.isFinite(nx) && Double.isFinite(ny) && Double.isFinite(c);
    }

    /**
     * The part of the line inside the box where a and b beat every other class of
     * {@code weights} and {@code biases}, as {x0, y0, x1, y1}; {@code null} when there is none.
     */
    public double[] visibleSegment(double[] weights, double[] biases, double minX, double maxX, double minY,
            double maxY) {
        if (!isLine()) {
            return null;
        }
        double norm2 = nx * nx + ny * ny;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        // the point of the line nearest the box's centre, and the unit direction along the line
        double off = (nx * cx + ny * cy + c) / norm2;
        double px = cx - nx * off;
        double py = cy - ny * off;
        double len = Math.sqrt(norm2);
        double dx = -ny / len;
        double dy = nx / len;
        double[] t = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        if (!clip(t, px, dx, minX, maxX) || !clip(t, py, dy, minY, maxY)) {
            return null;
        }
        int classes = biases.length;
        for (int k = 0; k < classes; k++) {
            if (k == a || k == b) {
                continue;
            }
            // score(a) - score(k) >= 0 along the line (on it, score(a) = score(b))
            double g0 = (weights[2 * a] - weights[2 * k]) * px + (weights[2 * a + 1] - weights[2 * k + 1]) * py
                    + biases[a] - biases[k];
            double g1 = (weights[2 * a] - weights[2 * k]) * dx + (weights[2 * a + 1] - weights[2 * k + 1]) * dy;
            if (!atLeastZero(t, g0, g1)) {
                return null;
            }
        }
        if (!(t[1] > t[0])) {
            return null;
        }
        return new double[] {px + t[0] * dx, py + t[0] * dy, px + t[1] * dx, py + t[1] * dy};
    }

    /** Narrows [t0, t1] to where p + t*d lies in [lo, hi]; false when nothing is left. */
    private static boolean clip(double[] t, double p, double d, double lo, double hi) {
        if (d == 0) {
            return p >= lo && p <= hi;
        }
        double t0 = (lo - p) / d;
        double t1 = (hi - p) / d;
        t[0] = Math.max(t[0], Math.min(t0, t1));
        t[1] = Math.min(t[1], Math.max(t0, t1));
        return t[1] > t[0];
    }

    /** Narrows [t0, t1] to where g0 + t*g1 >= 0; false when nothing is left. */
    private static boolean atLeastZero(double[] t, double g0, double g1) {
        if (g1 == 0) {
            return g0 >= 0;
        }
        double root = -g0 / g1;
        if (g1 > 0) {
            t[0] = Math.max(t[0], root);
        } else {
            t[1] = Math.min(t[1], root);
        }
        return t[1] > t[0];
    }

    /** The line moved parallel to itself so that it passes through (x, y). */
    public LinearBoundary through(double x, double y) {
        return new LinearBoundary(a, b, nx, ny, -(nx * x + ny * y));
    }

    /**
     * The line turned about (pivotX, pivotY), which it must pass through, until it also passes
     * through (x, y). The normal keeps its length (how fast the model grows sure across the
     * line) and its side (class a stays on the side it was); {@code this} when the two points
     * coincide.
     */
    public LinearBoundary rotatedThrough(double pivotX, double pivotY, double x, double y) {
        double ux = x - pivotX;
        double uy = y - pivotY;
        double u = Math.hypot(ux, uy);
        if (!(u > 0) || !isLine()) {
            return this;
        }
        double len = Math.hypot(nx, ny);
        double mx = -uy / u * len;
        double my = ux / u * len;
        if (mx * nx + my * ny < 0) {
            mx = -mx;
            my = -my;
        }
        return new LinearBoundary(a, b, mx, my, -(mx * pivotX + my * pivotY));
    }

    /**
     * New weights and biases (copies) of a model whose boundary between a and b is {@code target}:
     * the change is shared half and half between the two classes' weights and biases, so their
     * difference becomes the target line and the sum is kept (with two classes nothing else
     * moves; with more, the boundaries of a and b with other classes move along).
     *
     * @return {weights, biases}
     */
    public static double[][] withBoundary(double[] weights, double[] biases, LinearBoundary target) {
        LinearBoundary now = of(weights, biases, target.a(), target.b());
        double ddx = (target.nx() - now.nx()) / 2;
        double ddy = (target.ny() - now.ny()) / 2;
        double ddc = (target.c() - now.c()) / 2;
        double[] w = weights.clone();
        double[] bias = biases.clone();
        int a = target.a();
        int b = target.b();
        w[2 * a] += ddx;
        w[2 * a + 1] += ddy;
        w[2 * b] -= ddx;
        w[2 * b + 1] -= ddy;
        bias[a] += ddc;
        bias[b] -= ddc;
        return new double[][] {w, bias};
    }

    /**
     * New weights and biases (copies) of a model whose boundary between a and b is {@code target},
     * changing the weights and bias of class {@code moved} only (a or b): every boundary that
     * does not involve that class stays exactly where it was. With three or more classes this is
     * what a person dragging one line expects; sharing the change between a and b moved their
     * boundaries with the other classes too (setosa's line jumped while versicolor's was dragged).
     *
     * @return {weights, biases}
     */
    public static double[][] withBoundary(double[] weights, double[] biases, LinearBoundary target, int moved) {
        if (moved != target.a() && moved != target.b()) {
            throw new IllegalArgumentException("class " + moved + " is not on the boundary between " + target.a()
                    + " and " + target.b());
        }
        LinearBoundary now = of(weights, biases, target.a(), target.b());
        // the boundary is score(a) - score(b): a takes the change as it is, b takes it negated
        double sign = moved == target.a() ? 1 : -1;
        double[] w = weights.clone();
        double[] bias = biases.clone();
        w[2 * moved] += sign * (target.nx() - now.nx());
        w[2 * moved + 1] += sign * (target.ny() - now.ny());
        bias[moved] += sign * (target.c() - now.c());
        return new double[][] {w, bias};
    }

    /** The line in words, in the model's terms: {@code 0.8 × petal_length + 1.2 × petal_width = 3.1}. */
    public String describe(String xName, String yName) {
        return Numbers.format(nx) + " \u00d7 " + xName + (ny < 0 ? " \u2212 " : " + ") + Numbers.format(Math.abs(ny))
                + " \u00d7 " + yName + " = " + Numbers.format(-c);
    }
}
