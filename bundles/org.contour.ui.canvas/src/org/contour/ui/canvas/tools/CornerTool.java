package org.contour.ui.canvas.tools;

import java.util.ArrayList;
import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

/**
 * A polygon drawn corner by corner: each click adds a corner, a line follows the pointer, a
 * double-click or Enter closes the polygon, Esc cancels. Enter and Esc are consumed while a
 * polygon is open, so they do not also assign a label or clear the selection; with no polygon
 * open every key is left to the canvas (GEF would reload the default tool on Esc).
 */
abstract class CornerTool extends AbstractTool {

    protected final EmbeddingCanvas canvas;
    private final List<Point> corners = new ArrayList<>();
    private Polyline feedback;
    private boolean shift;
    private boolean mod1;

    CornerTool(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    /** Whether a polygon is being drawn (at least one corner placed). */
    public boolean isOpen() {
        return !corners.isEmpty();
    }

    /** The feedback line of an open polygon. */
    protected abstract Polyline createFeedback();

    /** What the status line says when the first corner is placed. */
    protected abstract String startMessage();

    /** What the status line says when the polygon is cancelled. */
    protected abstract String cancelMessage();

    /**
     * The polygon was closed with these corners (canvas pixels, at least one).
     *
     * @param shift Shift was held at the first corner
     * @param mod1  Ctrl (Command on macOS) was held at the first corner
     */
    protected abstract void finish(List<Point> outline, boolean shift, boolean mod1);

    @Override
    protected boolean handleButtonDown(int button) {
        if (button != 1) {
            return false;
        }
        Point p = getLocation().getCopy();
        if (corners.isEmpty()) {
            shift = getCurrentInput().isModKeyDown(SWT.SHIFT);
            mod1 = getCurrentInput().isModKeyDown(SWT.MOD1);
            feedback = createFeedback();
            canvas.feedbackLayer().add(feedback);
            canvas.showMessage(startMessage());
        }
        // the two clicks of a double-click land on one corner
        if (corners.isEmpty() || corners.get(corners.size() - 1).getDistance(p) > 2) {
            corners.add(p);
        }
        updateFeedback(p);
        return true;
    }

    @Override
    protected boolean handleMove() {
        if (feedback != null) {
            updateFeedback(getLocation());
        }
        return true;
    }

    @Override
    protected boolean handleDoubleClick(int button) {
        if (button == 1 && isOpen()) {
            close();
        }
        return true;
    }

    @Override
    protected boolean handleKeyDown(KeyEvent e) {
        if (!isOpen()) {
            return false;
        }
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            e.doit = false;
            close();
            return true;
        }
        if (e.keyCode == SWT.ESC) {
            e.doit = false;
            reset();
            canvas.showMessage(cancelMessage());
            return true;
        }
        return false;
    }

    private void close() {
        List<Point> outline = new ArrayList<>(corners);
        boolean s = shift;
        boolean m = mod1;
        reset();
        finish(outline, s, m);
    }

    private void reset() {
        corners.clear();
        if (feedback != null) {
            canvas.feedbackLayer().remove(feedback);
            feedback = null;
        }
    }

    private void updateFeedback(Point pointer) {
        PointList points = new PointList();
        for (Point p : corners) {
            points.addPoint(p);
        }
        points.addPoint(pointer);
        if (corners.size() >= 2) {
            points.addPoint(corners.get(0));
        }
        feedback.setPoints(points);
    }

    @Override
    public void deactivate() {
        reset();
        super.deactivate();
    }
}
