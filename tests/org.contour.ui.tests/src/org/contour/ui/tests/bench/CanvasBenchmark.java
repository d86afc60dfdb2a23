package org.contour.ui.tests.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.contour.core.session.LabelPalette;
import org.contour.core.session.ProjectSession;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.contour.ui.dataset.PagedTable;
import org.contour.core.data.RowOrder;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The embedding canvas at scale, on its real code paths: a 1920x1080 EmbeddingCanvas in a shell
 * (needs a display: run under xvfb-run, see releng/scripts/bench-canvas.sh), with 10^4, 10^5,
 * 10^6 seeded synthetic blob points (the generator of the core SelectionBenchmark).
 *
 * <p>Measures, as medians: a full redraw of the point layer (rasterise every point, make the
 * SWT image, paint the canvas through Draw2d, until the display is idle); the same with a
 * selection of half the points; one frame of a pan and of a zoom gesture (the cached image
 * moved); a lasso through the canvas (pixels to data, the point index, combining the
 * selection); labelling every point; the heap the canvas needs per point; and the examples
 * table over as many rows. The baselines, measured in the same run, are the skeleton's
 * rasteriser (per-pixel writes into a 24-bit ImageData, three passes over all points) and a
 * native SWT.VIRTUAL table.
 */
public final class CanvasBenchmark {

    private static final int RUNS = 15;
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        Display display = new Display();
        System.out.println("Canvas benchmark at " + WIDTH + "x" + HEIGHT + ": median of " + RUNS + " runs after warm-up; "
                + Runtime.getRuntime().availableProcessors() + " cores; " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + "; max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB; load average " + String.format("%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (int n : sizes) {
            run(display, n);
        }
        display.dispose();
    }

    private static void run(Display display, int n) {
        Shell shell = new Shell(display, SWT.NO_TRIM);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, WIDTH, HEIGHT);
        long heapBefore = usedHeap();
        ProjectSession session = session(n, 42);
        EmbeddingCanvas canvas = new EmbeddingCanvas(shell);
        shell.open();
        canvas.setSession(session);
        drain(display);
        System.out.printf("%n== %,d points (canvas %dx%d)%n", n, canvas.getControl().getSize().x,
                canvas.getControl().getSize().y);

        long[] redraw = new long[RUNS];
        long[] redrawCpu = new long[RUNS];
        long[] raster = new long[RUNS];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = -5; r < RUNS; r++) {
            long p = canvas.pointLayerPaints();
            // a one-pixel pan after the gesture: every tile changes, nothing can be reused
            canvas.transform().panBy(r % 2 == 0 ? 1 : -1, 0);
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            canvas.invalidatePointLayer();
            painted(display, canvas, p);
            if (r >= 0) {
                redraw[r] = System.nanoTime() - t;
                redrawCpu[r] = threads.getCurrentThreadCpuTime() - cpu;
                raster[r] = canvas.pointLayerRenderNanos();
            }
        }
        System.out.printf("  %-44s %8.1f ms   (UI thread CPU %5.1f ms; rasterise + SWT images %5.1f ms; disc radius %d px,"
                + " %,d drawn)%n", "full redraw of the point layer", median(redraw), median(redrawCpu), median(raster),
                canvas.pointRaster().radius(), canvas.pointRaster().drawnPoints());

        long[] legacy = new long[Math.min(RUNS, n >= 1_000_000 ? 5 : RUNS)];
        for (int r = -2; r < legacy.length; r++) {
            long t = System.nanoTime();
            Image image = new Image(display, legacyRender(session.project(), canvas, new BitSet()));
            image.dispose();
            if (r >= 0) {
                legacy[r] = System.nanoTime() - t;
            }
        }
        System.out.printf("  %-44s %8.1f ms   (%.1fx slower than the new rasterise + image)%n",
                "baseline: skeleton rasteriser + SWT image", median(legacy), median(legacy) / median(raster));

        BitSet half = new BitSet();
        for (int i = 0; i < n; i += 2) {
            half.set(i);
        }
        canvas.setSelection(half);
        drain(display);
        long[] redrawSelected = new long[RUNS];
        for (int r = -3; r < RUNS; r++) {
            long p = canvas.pointLayerPaints();
            long t = System.nanoTime();
            canvas.invalidatePointLayer();
            painted(display, canvas, p);
            if (r >= 0) {
                redrawSelected[r] = System.nanoTime() - t;
            }
        }
        System.out.printf("  %-44s %8.1f ms%n", "full redraw, half of the points selected", median(redrawSelected));
        canvas.setSelection(new BitSet());
        drain(display);

        long[] pan = new long[RUNS];
        long[] zoom = new long[RUNS];
        canvas.transform().beginGesture();
        for (int r = -3; r < RUNS; r++) {
            long p = canvas.pointLayerPaints();
            long t = System.nanoTime();
            canvas.transform().panBy(7, 4);
            repaintMap(canvas);
            painted(display, canvas, p);
            long t2 = System.nanoTime();
            canvas.transform().zoomAt(WIDTH / 2.0, HEIGHT / 2.0, r % 2 == 0 ? 1.1 : 1 / 1.1);
            repaintMap(canvas);
            painted(display, canvas, p + 1);
            long t3 = System.nanoTime();
            if (r >= 0) {
                pan[r] = t2 - t;
                zoom[r] = t3 - t2;
            }
        }
        canvas.transform().endGesture();
        long[] settle = new long[7];
        for (int r = 0; r < settle.length; r++) {
            canvas.transform().beginGesture();
            canvas.transform().panBy(r % 2 == 0 ? 12 : -12, 5);
            long p = canvas.pointLayerPaints();
            repaintMap(canvas);
            painted(display, canvas, p);
            canvas.transform().endGesture();
            long t0 = System.nanoTime();
            repaintMap(canvas);
            painted(display, canvas, p + 1);
            settle[r] = System.nanoTime() - t0;
        }
        System.out.printf("  %-44s %8.1f ms   (zoom frame %5.1f ms; re-rasterise when the gesture ends %5.1f ms)%n",
                "pan frame during a gesture (cached image)", median(pan), median(zoom), median(settle));
        canvas.fitToData();
        drain(display);

        for (String shape : new String[] {"circle", "freehand"}) {
            List<Point> outline = shape.equals("circle") ? circle(WIDTH / 2, HEIGHT / 2, 380, 240)
                    : freehand(WIDTH / 2, HEIGHT / 2, 600);
            long[] lasso = new long[RUNS];
            long[] lassoCpu = new long[RUNS];
            for (int r = -3; r < RUNS; r++) {
                canvas.setSelection(new BitSet());
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                canvas.selectInsideOutline(outline, SelectionMode.REPLACE);
                if (r >= 0) {
                    lasso[r] = System.nanoTime() - t;
                    lassoCpu[r] = threads.getCurrentThreadCpuTime() - cpu;
                }
            }
            System.out.printf("  %-44s %8.1f ms   (UI thread CPU %5.1f ms; %,d selected)%n", "lasso through the canvas: "
                    + shape + (shape.equals("freehand") ? ", self-crossing" : ""), median(lasso), median(lassoCpu),
                    canvas.selectionCount());
        }
        long[] tap = new long[RUNS];
        Random random = new Random(3);
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            for (int q = 0; q < 1000; q++) {
                canvas.pointNear(random.nextInt(WIDTH), random.nextInt(HEIGHT), 6);
            }
            tap[r] = System.nanoTime() - t;
        }
        System.out.printf("  %-44s %8.1f us%n", "tap / hover: nearest point within 6 px", median(tap) * 1000 / 1000);

        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        int[] before = session.project().getAssignments().clone();
        long[] assign = new long[7];
        long[] undo = new long[7];
        for (int r = 0; r < assign.length; r++) {
            long p = canvas.pointLayerPaints();
            long t = System.nanoTime();
            session.assignLabel(all, session.project().getLabels().get(3));
            painted(display, canvas, p);
            long t2 = System.nanoTime();
            session.commandStack().undo();
            painted(display, canvas, p + 1);
            assign[r] = t2 - t;
            undo[r] = System.nanoTime() - t2;
        }
        if (!Arrays.equals(before, session.project().getAssignments())) {
            throw new AssertionError("undo did not bring the labels back");
        }
        System.out.printf("  %-44s %8.1f ms   (undo and repaint %5.1f ms)%n", "label all points (one command) and repaint",
                median(assign), median(undo));

        // heap: everything the canvas holds for these points, after a selection of half of them
        canvas.setSelection(half);
        canvas.invalidatePointLayer();
        drain(display);
        long heapAfter = usedHeap();
        long perMillion = (long) ((heapAfter - heapBefore) * (1_000_000.0 / n));
        System.out.printf("  %-44s %8.1f MB   (%.1f MB per million points; raster buffers %.1f MB, index %.1f MB)%n",
                "heap: points, labels, selection, index, caches", mb(heapAfter - heapBefore), mb(perMillion),
                mb(canvas.pointRaster().memoryBytes()), mb(canvas.index().memoryBytes()));
        shell.dispose();
        drain(display);
        examplesTable(display, n);
    }

    /**
     * The examples view's table over {@code n} rows: showing them, scrolling page by page,
     * selecting all of them (Ctrl+A) and taking the map's selection of half of them, sorting
     * the row permutation. Baseline in the same run: an SWT.VIRTUAL table told the item count.
     */
    private static void examplesTable(Display display, int n) {
        Shell shell = new Shell(display, SWT.NO_TRIM);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 700);
        String[] cells = {"", "id", "label", "label", "raw", "some text of an example"};
        PagedTable table = new PagedTable(shell, (item, row) -> {
            cells[0] = Integer.toString(row);
            item.setText(cells);
        });
        for (int c = 0; c < cells.length; c++) {
            new TableColumn(table.table(), SWT.LEFT).setWidth(120);
        }
        shell.open();
        drain(display);
        long t = System.nanoTime();
        table.setRows(null, n);
        drain(display);
        double show = (System.nanoTime() - t) / 1e6;
        long[] scroll = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long s0 = System.nanoTime();
            table.setTop((int) ((long) n * r / RUNS));
            drain(display);
            scroll[r] = System.nanoTime() - s0;
        }
        long s0 = System.nanoTime();
        table.selectAll();
        drain(display);
        double all = (System.nanoTime() - s0) / 1e6;
        BitSet half = new BitSet();
        for (int i = 0; i < n; i += 2) {
            half.set(i);
        }
        s0 = System.nanoTime();
        table.setSelection(half);
        drain(display);
        double fromMap = (System.nanoTime() - s0) / 1e6;
        int[] keys = new Random(5).ints(n, 0, 12).toArray();
        int[] rows = RowOrder.filter(n, null);
        s0 = System.nanoTime();
        RowOrder.sortByKey(rows, keys, 12);
        table.setRows(rows, n);
        drain(display);
        double sort = (System.nanoTime() - s0) / 1e6;
        System.out.printf("  %-44s %8.1f ms   (page of %d items; scroll to a new page %.1f ms; select all %.1f ms;"
                + " take the map's selection of half %.1f ms; sort by label %.1f ms)%n", "examples table: show all rows",
                show, table.table().getItemCount(), median(scroll), all, fromMap, sort);
        shell.dispose();
        drain(display);

        // baseline: the native virtual table (GTK keeps a row per item)
        Shell native_ = new Shell(display, SWT.NO_TRIM);
        native_.setLayout(new FillLayout());
        native_.setBounds(0, 0, 1200, 700);
        Table virtual = new Table(native_, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION);
        for (int c = 0; c < cells.length; c++) {
            new TableColumn(virtual, SWT.LEFT).setWidth(120);
        }
        virtual.addListener(SWT.SetData, e -> ((TableItem) e.item).setText(cells));
        native_.open();
        drain(display);
        s0 = System.nanoTime();
        virtual.setItemCount(n);
        drain(display);
        double count = (System.nanoTime() - s0) / 1e6;
        int selectable = Math.min(n, 100_000);
        int[] indices = new int[selectable];
        Arrays.setAll(indices, i -> i);
        s0 = System.nanoTime();
        virtual.select(indices);
        drain(display);
        double select = (System.nanoTime() - s0) / 1e6;
        System.out.printf("  %-44s %8.1f ms   (select(int[%d]) %.1f ms)%n", "baseline: SWT.VIRTUAL setItemCount", count,
                selectable, select);
        native_.dispose();
        drain(display);
    }

    private static void repaintMap(EmbeddingCanvas canvas) {
        ((org.eclipse.gef.GraphicalEditPart) canvas.viewer().getContents()).getFigure().repaint();
    }

    /** Runs the event loop until the point layer has painted once more (Draw2d paints in an async runnable). */
    private static void painted(Display display, EmbeddingCanvas canvas, long before) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (canvas.pointLayerPaints() == before) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the point layer did not paint");
            }
            if (!display.readAndDispatch()) {
                display.update();
            }
        }
        drain(display);
    }

    /** Runs the event loop until nothing is left: Draw2d paints in an async runnable. */
    private static void drain(Display display) {
        for (int idle = 0; idle < 2; idle++) {
            while (display.readAndDispatch()) {
                idle = 0;
            }
            display.update();
        }
    }

    private static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    /** Same generator as the core SelectionBenchmark's SyntheticMap: 12 Gaussian blobs, half labelled. */
    static ProjectSession session(int n, long seed) {
        Random random = new Random(seed);
        int blobs = 12;
        double[] cx = new double[blobs];
        double[] cy = new double[blobs];
        double[] sd = new double[blobs];
        for (int b = 0; b < blobs; b++) {
            cx[b] = -15 + 30 * random.nextDouble();
            cy[b] = -15 + 30 * random.nextDouble();
            sd[b] = 0.6 + 3 * random.nextDouble();
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] blobOf = new int[n];
        for (int i = 0; i < n; i++) {
            int b = random.nextInt(blobs);
            xs[i] = cx[b] + sd[b] * random.nextGaussian();
            ys[i] = cy[b] + sd[b] * random.nextGaussian();
            blobOf[i] = b;
        }
        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        project.setName("synthetic " + n);
        for (int b = 0; b < blobs; b++) {
            LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
            label.setName("blob " + b);
            label.setColor(LabelPalette.colour(b));
            project.getLabels().add(label);
        }
        int[] assignments = new int[n];
        Random half = new Random(seed + 1);
        for (int i = 0; i < n; i++) {
            assignments[i] = half.nextBoolean() ? blobOf[i] : -1;
        }
        project.setAssignments(assignments);
        Embedding embedding = ContourFactory.eINSTANCE.createEmbedding();
        embedding.setXs(xs);
        embedding.setYs(ys);
        project.setEmbedding(embedding);
        return ProjectSession.of(project, null, null);
    }

    private static List<Point> circle(int cx, int cy, int r, int vertices) {
        List<Point> out = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            double a = 2 * Math.PI * v / vertices;
            out.add(new Point(cx + (int) Math.round(r * Math.cos(a)), cy + (int) Math.round(r * Math.sin(a))));
        }
        return out;
    }

    /** A hand-drawn-like lasso that goes round twice and crosses itself. */
    private static List<Point> freehand(int cx, int cy, int vertices) {
        Random random = new Random(99);
        List<Point> out = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            double a = 4 * Math.PI * v / vertices;
            double r = 300 + 120 * Math.sin(3 * a) + 20 * random.nextDouble();
            out.add(new Point(cx + (int) Math.round(r * Math.cos(a) + 80 * Math.sin(a / 2)),
                    cy + (int) Math.round(r * Math.sin(a))));
        }
        return out;
    }

    /** The skeleton's rasteriser, kept here as the baseline: per-pixel writes, 24-bit image, three passes. */
    private static ImageData legacyRender(LabellingProject project, EmbeddingCanvas canvas, BitSet selection) {
        int width = WIDTH;
        int height = HEIGHT;
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] alpha = new byte[width * height];
        double[] xs = project.getEmbedding().getXs();
        double[] ys = project.getEmbedding().getYs();
        int[] assignments = project.getAssignments();
        int[] colours = new int[project.getLabels().size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = project.getLabels().get(i).getColor();
        }
        int n = xs.length;
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                boolean selected = selection.get(i);
                int label = assignments[i];
                int p = selected ? 2 : label < 0 ? 0 : 1;
                if (p != pass) {
                    continue;
                }
                int cx = (int) Math.round(canvas.transform().toScreenX(xs[i]));
                int cy = (int) Math.round(canvas.transform().toScreenY(ys[i]));
                int fill = label < 0 ? LabelPalette.UNLABELLED : colours[label];
                if (selected) {
                    disc(data, alpha, cx, cy, 5, 0x000000);
                    disc(data, alpha, cx, cy, 3, fill);
                } else {
                    disc(data, alpha, cx, cy, 3, (fill >> 1) & 0x7F7F7F);
                    disc(data, alpha, cx, cy, 2, fill);
                }
            }
        }
        data.alphaData = alpha;
        return data;
    }

    private static void disc(ImageData data, byte[] alpha, int cx, int cy, int r, int rgb) {
        int w = data.width;
        int h = data.height;
        if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h) {
            return;
        }
        int r2 = r * r + r;
        for (int dy = -r; dy <= r; dy++) {
            int y = cy + dy;
            if (y < 0 || y >= h) {
                continue;
            }
            int row = y * data.bytesPerLine;
            for (int dx = -r; dx <= r; dx++) {
                int x = cx + dx;
                if (x < 0 || x >= w || dx * dx + dy * dy > r2) {
                    continue;
                }
                int at = row + 3 * x;
                data.data[at] = (byte) (rgb >> 16);
                data.data[at + 1] = (byte) (rgb >> 8);
                data.data[at + 2] = (byte) rgb;
                alpha[y * w + x] = (byte) 0xFF;
            }
        }
    }
}
