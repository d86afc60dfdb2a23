package org.contour.ui.canvas;

import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Rasterises all points of the map into one ARGB int buffer: a disc per point stamped through
 * precomputed pixel offsets (no per-pixel ImageData calls, no object per point), band by band
 * of screen rows so that the writes stay in cache.
 * The buffer is then cut into {@link #TILE}-pixel tiles and only the tiles with points become
 * SWT images: turning pixels into an SWT image costs about 12 ns per pixel, and most of a map
 * is empty. Buffers are kept between frames.
 *
 * <p>Drawing order, bottom to top: points dimmed by a search, unlabelled points, labelled
 * points, selected points (with a black ring): what the user acts on stays visible. Points of
 * hidden subsets are skipped. Discs shrink as more points are on screen (3, 2, then 1 pixel
 * radius), so a million points still show their density instead of one blot.
 */
public final class PointRaster {

    /** Side of a tile in pixels. */
    public static final int TILE = 128;

    /** What to draw, apart from where: per-point state, shared with the canvas. */
    public static final class Style {
        /** Per row: index into {@link #labelColours}, or -1 for "no label". */
        public int[] assignments;
        /** 0xRRGGBB per label. */
        public int[] labelColours = new int[0];
        public int unlabelledColour;
        public BitSet selection = new BitSet();
        /** Search matches, or {@code null} when no search is active (then nothing is dimmed). */
        public BitSet highlight;
        /** Per row its subset value, or {@code null}: all in subset 0. */
        public int[] subsets;
        /** Per subset value whether it is drawn; {@code null} draws all. */
        public boolean[] visibleSubsets;
    }

    private static final int LAYER_DIMMED = 0;
    private static final int LAYER_UNLABELLED = 1;
    private static final int LAYER_LABELLED = 2;
    private static final int LAYER_SELECTED = 3;
    private static final int LAYERS = 4;
    /** A point this far off screen (in pixels) cannot touch it. */
    private static final int MARGIN = 6;
    /** The widest stamp (radius 3 plus the selection ring) fits inside this border. */
    private static final int INNER = 5;
    private static final PaletteData CAIRO_ORDER = new PaletteData(0xFF00, 0xFF0000, 0xFF000000);

    private int width;
    private int height;
    private int[] argb = new int[0];
    /** Per point its pixel y * width + x when fully inside (negative: at an edge, encoded). */
    private int[] pixel = new int[0];
    /** Per point its bucket: layer * bands + band of rows, or -1 when not drawn. */
    private short[] key = new short[0];
    /** Per point its colour: 0 no label, else label index + 1. */
    private short[] colourOf = new short[0];
    private int[] sortedPixel = new int[0];
    private short[] sortedColour = new short[0];
    private int radius = 3;
    private int drawn;
    private Stamp[] stamps = new Stamp[4];
    private int stampWidth = -1;
    private int tileColumns;
    private int tileRows;
    private boolean[] tileUsed = new boolean[0];
    private byte[][] tilePixels = new byte[0][];
    private byte[][] tileAlpha = new byte[0][];

    /** Disc pixel offsets for a radius: the inner fill, the rim around it, the selection ring. */
    private record Stamp(int[] fillDx, int[] fillDy, int[] fill, int[] rimDx, int[] rimDy, int[] rim, int[] ringDx,
            int[] ringDy, int[] ring) {
    }

    /**
     * Draws the points (xs[i], ys[i]) mapped to pixels by {@code px = originX + x * scaleX},
     * {@code py = originY - y * scaleY}, minus the figure's offset.
     *
     * <p>Two passes: the first reads every per-point array in row order (coordinates, label,
     * selection, subset: all sequential) and notes each point's pixel, layer and colour; a
     * counting sort then groups the points by layer and by band of {@link #TILE} pixel rows, so
     * the stamping pass writes into one band (a few hundred KB, in cache) at a time. With many
     * points both passes run on all cores: the first on slices of the rows, the second on every
     * other band at a time (a stamp reaches at most a few pixels into the next band, so bands
     * stamped together never touch), layer after layer, so the result does not depend on the
     * number of threads.
     */
    public void render(int w, int h, double scaleX, double scaleY, double originX, double originY, int offsetX,
            int offsetY,
            double[] xs, double[] ys, Style style) {
        resize(w, h);
        Arrays.fill(argb, 0);
        int n = xs.length;
        if (pixel.length < n) {
            pixel = new int[n];
            key = new short[n];
            colourOf = new short[n];
            sortedPixel = new int[n];
            sortedColour = new short[n];
        }
        int bands = (h + TILE - 1) / TILE;
        int buckets = LAYERS * bands;
        int cores = ForkJoinPool.getCommonPoolParallelism();
        int slices = n >= PARALLEL_ABOVE && cores >= 3 ? Math.min(64, 4 * cores) : 1;
        int[][] counts = new int[slices][buckets];
        int[] drawnPerSlice = new int[slices];
        double ox = originX - offsetX;
        double oy = originY - offsetY;
        parallel(slices, t -> drawnPerSlice[t] = classify(slice(n, slices, t), slice(n, slices, t + 1), xs, ys, scaleX,
                scaleY, ox, oy, style, bands, counts[t]));
        drawn = Arrays.stream(drawnPerSlice).sum();
        radius = drawn <= 40_000 ? 3 : drawn <= 250_000 ? 2 : 1;
        Stamp stamp = stamp(radius);

        // where each slice's points of each bucket go: buckets in order, slices in order within one
        int[] start = new int[buckets + 1];
        int[][] sliceAt = new int[slices][buckets];
        for (int b = 0; b < buckets; b++) {
            int at = start[b];
            for (int t = 0; t < slices; t++) {
                sliceAt[t][b] = at;
                at += counts[t][b];
            }
            start[b + 1] = at;
        }
        parallel(slices, t -> scatter(slice(n, slices, t), slice(n, slices, t + 1), sliceAt[t]));

        int labels = style.labelColours.length;
        for (int l = 0; l < LAYERS; l++) {
            int[] fills = new int[labels + 1];
            int[] rims = new int[labels + 1];
            for (int c = 0; c <= labels; c++) {
                int rgb = c == 0 ? style.unlabelledColour : style.labelColours[c - 1];
                if (l == LAYER_DIMMED) {
                    fills[c] = 0xFF000000 | CanvasColours.tint(rgb, 0.28);
                    rims[c] = 0xFF000000 | CanvasColours.tint(CanvasColours.darker(rgb), 0.28);
                } else {
                    fills[c] = 0xFF000000 | rgb;
                    rims[c] = l == LAYER_SELECTED ? 0xFF000000 : 0xFF000000 | CanvasColours.darker(rgb);
                }
            }
            int layer = l;
            for (int phase = 0; phase < 2; phase++) {
                int first = phase;
                int tasks = slices == 1 ? 1 : (bands - phase + 1) / 2;
                if (slices == 1) {
                    stampBands(start[layer * bands], start[(layer + 1) * bands], layer, fills, rims, stamp);
                    break;
                }
                parallel(tasks, k -> {
                    int band = first + 2 * k;
                    int bucket = layer * bands + band;
                    stampBands(start[bucket], start[bucket + 1], layer, fills, rims, stamp);
                });
            }
        }
        parallel(slices == 1 ? 1 : tileUsed.length, t -> {
            if (slices == 1) {
                for (int u = 0; u < tileUsed.length; u++) {
                    tileUsed[u] = tileHasPoints(u);
                }
            } else {
                tileUsed[t] = tileHasPoints(t);
            }
        });
    }

    /**
     * Above this many points rasterising uses all cores, when there are at least four: with two,
     * the hand-over between the phases costs more than the second core brings (measured).
     */
    private static final int PARALLEL_ABOVE = 150_000;

    private static int slice(int n, int slices, int t) {
        return (int) ((long) n * t / slices);
    }

    private static void parallel(int tasks, IntConsumer task) {
        if (tasks <= 1) {
            task.accept(0);
        } else {
            IntStream.range(0, tasks).parallel().forEach(task);
        }
    }

    private void scatter(int from, int to, int[] at) {
        for (int i = from; i < to; i++) {
            int b = key[i];
            if (b >= 0) {
                int j = at[b]++;
                sortedPixel[j] = pixel[i];
                sortedColour[j] = colourOf[i];
            }
        }
    }

    /** Stamps the sorted points from..to (all of one layer), with that layer's colours. */
    private void stampBands(int from, int to, int layer, int[] fills, int[] rims, Stamp stamp) {
        boolean ring = layer == LAYER_SELECTED;
        int[] offsets = stamp.fill;
        int[] rimOffsets = ring ? stamp.ring : stamp.rim;
        int[] buffer = argb;
        for (int j = from; j < to; j++) {
            int p = sortedPixel[j];
            int c = sortedColour[j];
            int fill = fills[c];
            int rim = rims[c];
            if (p >= 0) {
                for (int k = 0; k < offsets.length; k++) {
                    buffer[p + offsets[k]] = fill;
                }
                for (int k = 0; k < rimOffsets.length; k++) {
                    buffer[p + rimOffsets[k]] = rim;
                }
            } else {
                int v = -p - 2;
                stampClipped((v & 0xFFFF) - 16, (v >>> 16) - 16, fill, rim, ring, stamp);
            }
        }
    }

    /**
     * Notes the pixel, colour and bucket (layer, then band of rows; -1: not drawn) of the points
     * from..to, counts their buckets and returns how many are drawn. Points at the edge get their
     * pixel encoded as {@code -(2 + ((y + 16) << 16 | (x + 16)))}, to be stamped with clipping.
     */
    private int classify(int from, int to, double[] xs, double[] ys, double scaleX, double scaleY, double ox,
            double oy, Style style, int bands, int[] bucketCount) {
        int w = width;
        int h = height;
        BitSet selection = style.selection;
        BitSet highlight = style.highlight;
        int[] assignments = style.assignments;
        int labels = style.labelColours.length;
        int[] subsets = style.subsets;
        boolean[] visible = style.visibleSubsets;
        boolean allVisible = true;
        if (visible != null) {
            for (boolean v : visible) {
                allVisible &= v;
            }
            if (subsets == null) {
                allVisible = visible.length > 0 && visible[0]; // every row is raw
            }
        }
        if (visible != null && subsets == null && !allVisible) {
            Arrays.fill(key, from, to, (short) -1);
            return 0;
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!allVisible) {
                int s = i < subsets.length ? subsets[i] : 0;
                if (s < 0 || s >= visible.length || !visible[s]) {
                    key[i] = -1;
                    continue;
                }
            }
            double fx = ox + xs[i] * scaleX;
            double fy = oy - ys[i] * scaleY;
            if (!(fx >= -MARGIN && fy >= -MARGIN && fx < w + MARGIN && fy < h + MARGIN)) {
                key[i] = -1; // off screen (or not a number)
                continue;
            }
            int cx = (int) Math.floor(fx + 0.5);
            int cy = (int) Math.floor(fy + 0.5);
            pixel[i] = cx >= INNER && cy >= INNER && cx < w - INNER && cy < h - INNER ? cy * w + cx
                    : -(2 + ((cy + 16) << 16 | (cx + 16)));
            int a = assignments == null || i >= assignments.length ? -1 : assignments[i];
            colourOf[i] = (short) (a >= 0 && a < labels ? a + 1 : 0);
            int layer;
            if (selection.get(i)) {
                layer = LAYER_SELECTED;
            } else if (highlight != null && !highlight.get(i)) {
                layer = LAYER_DIMMED;
            } else if (a < 0) {
                layer = LAYER_UNLABELLED;
            } else {
                layer = LAYER_LABELLED;
            }
            int band = Math.max(0, Math.min(bands - 1, cy / TILE));
            int bucket = layer * bands + band;
            key[i] = (short) bucket;
            bucketCount[bucket]++;
            count++;
        }
        return count;
    }

    private void stampClipped(int cx, int cy, int fill, int rim, boolean selected, Stamp s) {
        put(cx, cy, s.fillDx, s.fillDy, fill);
        if (selected) {
            put(cx, cy, s.ringDx, s.ringDy, rim);
        } else {
            put(cx, cy, s.rimDx, s.rimDy, rim);
        }
    }

    private void put(int cx, int cy, int[] dx, int[] dy, int colour) {
        for (int k = 0; k < dx.length; k++) {
            int x = cx + dx[k];
            int y = cy + dy[k];
            if (x >= 0 && y >= 0 && x < width && y < height) {
                argb[y * width + x] = colour;
            }
        }
    }

    private Stamp stamp(int r) {
        if (stampWidth != width) {
            stamps = new Stamp[4];
            stampWidth = width;
        }
        if (stamps[r] == null) {
            // discs by squared distance, a little rounder than d^2 <= r^2 at these small radii;
            // radius 1 (a million points on screen) is a plus of 5 pixels without a rim
            int fillLimit = r == 1 ? 1 : (r - 1) * (r - 1) + (r - 1);
            int rimLimit = r == 1 ? fillLimit : r * r + r;
            int ringLimit = r == 1 ? 4 : (r + 1) * (r + 1) + (r + 1);
            int[][] fill = offsets(-1, fillLimit, r + 1);
            int[][] rim = offsets(fillLimit, rimLimit, r + 1);
            int[][] ring = offsets(fillLimit, ringLimit, r + 1);
            stamps[r] = new Stamp(fill[0], fill[1], linear(fill), rim[0], rim[1], linear(rim), ring[0], ring[1],
                    linear(ring));
        }
        return stamps[r];
    }

    /** Offsets (dx, dy) with lo < dx^2 + dy^2 <= hi, |dx|, |dy| <= reach. */
    private static int[][] offsets(int lo, int hi, int reach) {
        int[] dx = new int[(2 * reach + 1) * (2 * reach + 1)];
        int[] dy = new int[dx.length];
        int count = 0;
        for (int y = -reach; y <= reach; y++) {
            for (int x = -reach; x <= reach; x++) {
                int d = x * x + y * y;
                if (d > lo && d <= hi) {
                    dx[count] = x;
                    dy[count] = y;
                    count++;
                }
            }
        }
        return new int[][] {Arrays.copyOf(dx, count), Arrays.copyOf(dy, count)};
    }

    private int[] linear(int[][] offsets) {
        int[] out = new int[offsets[0].length];
        for (int k = 0; k < out.length; k++) {
            out[k] = offsets[1][k] * width + offsets[0][k];
        }
        return out;
    }

    private void resize(int w, int h) {
        if (w == width && h == height && argb.length == w * h) {
            return;
        }
        width = w;
        height = h;
        argb = new int[w * h];
        stampWidth = -1;
        tileColumns = (w + TILE - 1) / TILE;
        tileRows = (h + TILE - 1) / TILE;
        tileUsed = new boolean[tileColumns * tileRows];
        tilePixels = new byte[tileColumns * tileRows][];
        tileAlpha = new byte[tileColumns * tileRows][];
    }

    private boolean tileHasPoints(int t) {
        int[] buffer = argb;
        int x0 = (t % tileColumns) * TILE;
        int y0 = (t / tileColumns) * TILE;
        int x1 = Math.min(width, x0 + TILE);
        int y1 = Math.min(height, y0 + TILE);
        for (int y = y0; y < y1; y++) {
            int at = y * width;
            for (int x = x0; x < x1; x++) {
                if (buffer[at + x] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- tiles

    public int tileColumns() {
        return tileColumns;
    }

    public int tileRows() {
        return tileRows;
    }

    /** Whether tile {@code t} (row-major) has any point in the last rendering. */
    public boolean tileUsed(int t) {
        return tileUsed[t];
    }

    /**
     * Tile {@code t} of the last rendering as SWT image data: 32-bit pixels in the byte order
     * cairo uses on little-endian machines, and one alpha byte per pixel (transparent where no
     * point is). The arrays are reused for the next rendering.
     */
    public ImageData tileImageData(int t) {
        int x0 = (t % tileColumns) * TILE;
        int y0 = (t / tileColumns) * TILE;
        int w = Math.min(TILE, width - x0);
        int h = Math.min(TILE, height - y0);
        if (tilePixels[t] == null || tilePixels[t].length != w * h * 4) {
            tilePixels[t] = new byte[w * h * 4];
            tileAlpha[t] = new byte[w * h];
        }
        byte[] px = tilePixels[t];
        byte[] alpha = tileAlpha[t];
        int[] buffer = argb;
        int o = 0;
        int a = 0;
        for (int y = 0; y < h; y++) {
            int at = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++) {
                int c = buffer[at + x];
                px[o++] = (byte) c;          // blue
                px[o++] = (byte) (c >> 8);   // green
                px[o++] = (byte) (c >> 16);  // red
                px[o++] = (byte) (c >>> 24);
                alpha[a++] = (byte) (c >>> 24);
            }
        }
        ImageData data = new ImageData(w, h, 32, CAIRO_ORDER, 4, px);
        data.alphaData = alpha;
        return data;
    }

    /** Image data of every tile that has points ({@code null} for the others), converted on all cores. */
    public ImageData[] usedTileImageData() {
        ImageData[] out = new ImageData[tileUsed.length];
        IntStream.range(0, tileUsed.length).parallel().forEach(t -> {
            if (tileUsed[t]) {
                out[t] = tileImageData(t);
            }
        });
        return out;
    }

    /** The rendered pixels (0xAARRGGBB, alpha 0 where no point is), row by row. */
    public int[] pixels() {
        return argb;
    }

    /** Radius in pixels of the discs of the last rendering. */
    public int radius() {
        return radius;
    }

    /** Points drawn by the last rendering (on screen and in a visible subset). */
    public int drawnPoints() {
        return drawn;
    }

    /** Heap bytes of the buffers kept between frames. */
    public long memoryBytes() {
        long bytes = 4L * argb.length + 4L * pixel.length + 2L * key.length + 2L * colourOf.length
                + 4L * sortedPixel.length + 2L * sortedColour.length;
        for (byte[] b : tilePixels) {
            bytes += b == null ? 0 : b.length;
        }
        for (byte[] b : tileAlpha) {
            bytes += b == null ? 0 : b.length;
        }
        return bytes;
    }
}
