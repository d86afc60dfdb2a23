package org.contour.reduce;

import java.util.Arrays;

/**
 * A point quadtree over the current map for the Barnes-Hut approximation of t-SNE's repulsion:
 * a cell far enough from a point (its width below theta times the distance to the cell's centre
 * of mass) acts on it as one body carrying all its points. Rebuilt at every iteration, stored in
 * flat arrays (no object per cell) so that building and walking it stay cheap.
 */
final class QuadTree {

    /** Points closer than this share of the map width are treated as one spot. */
    private static final double MIN_CELL_SHARE = 1e-12;

    private int cells;
    private double[] left = new double[64];
    private double[] bottom = new double[64];
    private double[] width = new double[64];
    // sum of positions until finish(), then centre of mass
    private double[] massX = new double[64];
    private double[] massY = new double[64];
    private int[] count = new int[64];
    private int[] firstChild = new int[64];
    private int[] point = new int[64];
    // After build(): per cell, centre of mass x, y, squared width and point count, packed so that
    // visiting a cell touches one cache line; children of a cell are stored next to each other.
    private double[] packed = new double[256];
    private int[] order = new int[0];

    /** Builds the tree over {@code n} points, x and y interleaved in {@code positions}. */
    void build(double[] positions, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, positions[2 * i]);
            maxX = Math.max(maxX, positions[2 * i]);
            minY = Math.min(minY, positions[2 * i + 1]);
            maxY = Math.max(maxY, positions[2 * i + 1]);
        }
        double side = Math.max(maxX - minX, maxY - minY);
        side = side > 0 ? side * (1 + 1e-9) : 1;
        double minCell = side * MIN_CELL_SHARE;
        cells = 0;
        newCell(minX, minY, side);
        for (int i = 0; i < n; i++) {
            insert(positions, i, minCell);
        }
        if (packed.length < 4 * cells) {
            packed = new double[4 * left.length];
        }
        for (int c = 0; c < cells; c++) {
            packed[4 * c] = count[c] > 0 ? massX[c] / count[c] : 0;
            packed[4 * c + 1] = count[c] > 0 ? massY[c] / count[c] : 0;
            packed[4 * c + 2] = width[c] * width[c];
            packed[4 * c + 3] = count[c];
        }
        if (order.length != n) {
            order = new int[n];
        }
        fillOrder(positions, n);
    }

    /**
     * The points in the order of a depth-first walk, so that points next to each other in it are
     * close on the map: their walks of the tree then visit mostly the same cells, which stay cached.
     */
    private void fillOrder(double[] positions, int n) {
        int[] todo = new int[4 * 1100];
        int top = 0;
        todo[top++] = 0;
        int next = 0;
        boolean[] placed = null;
        while (top > 0) {
            int c = todo[--top];
            if (count[c] == 0) {
                continue;
            }
            if (firstChild[c] >= 0) {
                int first = firstChild[c];
                todo[top++] = first + 3;
                todo[top++] = first + 2;
                todo[top++] = first + 1;
                todo[top++] = first;
            } else if (point[c] >= 0) {
                order[next++] = point[c];
            } else {
                // a leaf of several points on one spot: they are listed below, after the walk
                if (placed == null) {
                    placed = new boolean[n];
                }
            }
        }
        if (next < n) {
            if (placed == null) {
                placed = new boolean[n];
            }
            for (int p = 0; p < next; p++) {
                placed[order[p]] = true;
            }
            for (int i = 0; i < n; i++) {
                if (!placed[i]) {
                    order[next++] = i;
                }
            }
        }
    }

    /** The points in a spatially coherent order (see {@link #fillOrder}); valid until the next build. */
    int[] order() {
        return order;
    }

    private void insert(double[] positions, int i, double minCell) {
        double x = positions[2 * i];
        double y = positions[2 * i + 1];
        int cell = 0;
        while (true) {
            if (firstChild[cell] < 0) {
                if (count[cell] == 0) {
                    point[cell] = i;
                    add(cell, x, y);
                    return;
                }
                int resident = point[cell];
                double rx = resident < 0 ? x : positions[2 * resident];
                double ry = resident < 0 ? y : positions[2 * resident + 1];
                if (resident < 0 || (rx == x && ry == y) || width[cell] <= minCell) {
                    // the same spot (or as good as): one leaf holding several points
                    point[cell] = -1;
                    add(cell, x, y);
                    return;
                }
                split(cell);
                int target = childFor(cell, rx, ry);
                point[target] = resident;
                add(target, rx, ry);
            }
            add(cell, x, y);
            cell = childFor(cell, x, y);
        }
    }

    private void add(int cell, double x, double y) {
        massX[cell] += x;
        massY[cell] += y;
        count[cell]++;
    }

    private int childFor(int cell, double x, double y) {
        double half = width[cell] / 2;
        int quadrant = (x >= left[cell] + half ? 1 : 0) + (y >= bottom[cell] + half ? 2 : 0);
        return firstChild[cell] + quadrant;
    }

    private void split(int cell) {
        double half = width[cell] / 2;
        int first = newCell(left[cell], bottom[cell], half);
        newCell(left[cell] + half, bottom[cell], half);
        newCell(left[cell], bottom[cell] + half, half);
        newCell(left[cell] + half, bottom[cell] + half, half);
        firstChild[cell] = first;
    }

    private int newCell(double x, double y, double side) {
        if (cells == left.length) {
            int grown = cells * 2;
            left = Arrays.copyOf(left, grown);
            bottom = Arrays.copyOf(bottom, grown);
            width = Arrays.copyOf(width, grown);
            massX = Arrays.copyOf(massX, grown);
            massY = Arrays.copyOf(massY, grown);
            count = Arrays.copyOf(count, grown);
            firstChild = Arrays.copyOf(firstChild, grown);
            point = Arrays.copyOf(point, grown);
        }
        int c = cells++;
        left[c] = x;
        bottom[c] = y;
        width[c] = side;
        massX[c] = 0;
        massY[c] = 0;
        count[c] = 0;
        firstChild[c] = -1;
        point[c] = -1;
        return c;
    }

    /**
     * The repulsion on point {@code i} at (x, y): adds Σ q² (p - y_j) to {@code force[2i]},
     * {@code force[2i+1]} and returns Σ q, where q = 1 / (1 + |p - y_j|²), over all other points,
     * far cells taken as one body. Safe to call from several threads at once with distinct
     * {@code work} arrays from {@link #newWorkspace()}.
     */
    double repulsion(int i, double x, double y, double thetaSquared, double[] force, int[] work) {
        int[] todo = work;
        double[] cell = packed;
        int[] children = firstChild;
        int top = 0;
        todo[top++] = 0;
        double sumQ = 0;
        double fx = 0;
        double fy = 0;
        while (top > 0) {
            int c = todo[--top];
            int at = 4 * c;
            double size = cell[at + 3];
            if (size == 0) {
                continue;
            }
            double dx = x - cell[at];
            double dy = y - cell[at + 1];
            double d2 = dx * dx + dy * dy;
            int first = children[c];
            if (first < 0 || cell[at + 2] < thetaSquared * d2) {
                if (first < 0 && d2 == 0) {
                    // i itself, with any points sharing its spot: they exert no force, each counts q = 1
                    sumQ += size - 1;
                    continue;
                }
                double q = 1 / (1 + d2);
                double sizeQ = size * q;
                sumQ += sizeQ;
                double mult = sizeQ * q;
                fx += mult * dx;
                fy += mult * dy;
            } else {
                todo[top++] = first;
                todo[top++] = first + 1;
                todo[top++] = first + 2;
                todo[top++] = first + 3;
            }
        }
        force[2 * i] = fx;
        force[2 * i + 1] = fy;
        return sumQ;
    }

    /** Work space for {@link #repulsion}: the deepest walk needs three cells per level plus one. */
    int[] newWorkspace() {
        return new int[4 * 1100];
    }
}
