package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.contour.core.session.ProjectSession;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.parts.BoundaryEditPart;
import org.contour.ui.canvas.parts.SketchEditPart;
import org.contour.ui.canvas.parts.SplitEditPart;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;

/** What the teaching UI tests share: choosing tools and labels with the mouse, drawing, waiting for training. */
final class TeachSupport {

    private TeachSupport() {
    }

    /** Clicks the tool row's radio button {@code label}. */
    static void tool(ContourEditor editor, String label) {
        Button b = DigitsTeachLoopUiTest.findButton(editor.canvas().getControl().getParent(), label);
        UiTestSupport.clickCentre(b);
        assertTrue(b.getSelection(), "tool " + label + " is chosen");
    }

    /** Clicks the palette's radio button of label {@code name}. */
    static void label(ContourEditor editor, String name) {
        Button b = DigitsTeachLoopUiTest.findButton(editor.canvas().getControl().getParent(), name);
        UiTestSupport.clickCentre(b);
        assertTrue(b.getSelection(), "label " + name + " is chosen");
    }

    /** A short horizontal brush stroke through {@code centre}, 2 * half pixels long. */
    static List<Point> stroke(Point centre, int half) {
        List<Point> path = new ArrayList<>();
        for (int d = -half; d <= half; d += 4) {
            path.add(new Point(centre.x + d, centre.y + d / 4));
        }
        return path;
    }

    /** A straight drag from {@code from} to {@code to} in steps of a few pixels. */
    static List<Point> line(Point from, Point to) {
        List<Point> path = new ArrayList<>();
        int steps = Math.max(4, (int) (Math.hypot(to.x - from.x, to.y - from.y) / 4));
        for (int i = 0; i <= steps; i++) {
            path.add(new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
        return path;
    }

    /** Paints a stroke of label {@code name} through {@code centre} with the brush, and waits for it to be added. */
    static Sketch paint(ContourEditor editor, String name, Point centre, int half) {
        ProjectSession session = editor.session();
        int before = session.project().getSketches().size();
        label(editor, name);
        tool(editor, "Paint region");
        UiTestSupport.drag(editor.canvas().getControl(), stroke(centre, half), 0);
        UiTestSupport.waitUntil("the stroke to be added", 10_000, () -> session.project().getSketches().size() == before + 1);
        return session.project().getSketches().get(before);
    }

    /** Waits until no training runs and {@code done} holds. */
    static void waitTrained(EmbeddingCanvas canvas, String what, BooleanSupplier done) {
        UiTestSupport.waitUntil(what, 30_000, () -> !canvas.isTraining() && done.getAsBoolean());
        UiTestSupport.settle(250);
    }

    /** Waits for the model to be replaced by training after a change (not {@code before}). */
    static TaughtModel waitNewModel(EmbeddingCanvas canvas, ProjectSession session, TaughtModel before) {
        waitTrained(canvas, "the model to be trained again", () -> session.project().getModel() != null
                && session.project().getModel() != before);
        return session.project().getModel();
    }

    static LabelClass labelNamed(ProjectSession session, String name) {
        return session.project().getLabels().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The edit part of the boundary between classes a and b of the model, or null. */
    static BoundaryEditPart boundaryPart(EmbeddingCanvas canvas, int a, int b) {
        for (Object child : canvas.viewer().getContents().getChildren()) {
            if (child instanceof BoundaryEditPart part && part.boundary().a() == a && part.boundary().b() == b) {
                return part;
            }
        }
        return null;
    }

    static List<SplitEditPart> splitParts(EmbeddingCanvas canvas) {
        List<SplitEditPart> out = new ArrayList<>();
        for (Object child : canvas.viewer().getContents().getChildren()) {
            if (child instanceof SplitEditPart part) {
                out.add(part);
            }
        }
        return out;
    }

    static SketchEditPart sketchPart(EmbeddingCanvas canvas, Sketch sketch) {
        SketchEditPart part = canvas.sketchPart(sketch);
        assertNotNull(part, "an edit part for the sketch");
        return part;
    }

    /** A pixel of the sketch's drawn area, at least {@code clearance} pixels from any point of the map. */
    static Point insideAwayFromPoints(EmbeddingCanvas canvas, Sketch sketch, int clearance) {
        SketchEditPart part = sketchPart(canvas, sketch);
        org.eclipse.draw2d.geometry.Point c = part.sketchFigure().interiorPoint();
        for (int r = 0; r < 40; r++) {
            for (int dx = -r; dx <= r; dx++) {
                for (int dy = -r; dy <= r; dy++) {
                    int x = c.x + dx;
                    int y = c.y + dy;
                    if (part.getFigure().containsPoint(x, y) && noPointWithin(canvas, x, y, clearance)) {
                        return new Point(x, y);
                    }
                }
            }
        }
        return new Point(c.x, c.y);
    }

    static boolean noPointWithin(EmbeddingCanvas canvas, int x, int y, int pixels) {
        int rows = canvas.session().project().getEmbedding().getXs().length;
        for (int r = 0; r < rows; r++) {
            Point q = canvas.pixelOf(r);
            if (Math.abs(q.x - x) <= pixels && Math.abs(q.y - y) <= pixels) {
                return false;
            }
        }
        return true;
    }

    /** Relative luminance 0..255 of 0xRRGGBB. */
    static double luminance(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    /** Saves a screenshot and, when the build says where the docs are (-Dcontour.docs), a copy there. */
    static Path screenshotForDocs(org.eclipse.swt.widgets.Shell shell, String name) throws Exception {
        Path shot = UiTestSupport.screenshot(shell, name);
        String docs = System.getProperty("contour.docs");
        if (docs != null && !docs.isBlank() && Files.isDirectory(Path.of(docs))) {
            Files.copy(shot, Path.of(docs, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        return shot;
    }

    static int rgbAt(Control control, Point p) {
        ImageData shown = UiTestSupport.pixels(control);
        return UiTestSupport.rgbAt(shown, p.x, p.y);
    }

    /** The SWT point as a Draw2d one. */
    static org.eclipse.draw2d.geometry.Point d2(Point p) {
        return new org.eclipse.draw2d.geometry.Point(p.x, p.y);
    }

    static Point swt(org.eclipse.draw2d.geometry.Point p) {
        return new Point(p.x, p.y);
    }

    static EditPart contents(EmbeddingCanvas canvas) {
        return canvas.viewer().getContents();
    }
}
