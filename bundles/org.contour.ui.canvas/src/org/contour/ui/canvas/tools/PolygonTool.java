package org.contour.ui.canvas.tools;

import java.util.ArrayList;
import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

/**
 * Selects the points inside a polygon drawn corner by corner: each click adds a corner, a line
 * follows the pointer, a double-click or Enter closes the polygon and selects, Esc cancels.
 * Enter and Esc are consumed while a polygon is open, so they do not also assign a label or
 * clear the selection.
 */
public final class PolygonTool extends AbstractTool {

    private final EmbeddingCanvas canvas;
    private final List<Point> corners = new ArrayList<>();
    private Polyline feedback;
    private SelectionMode mode;

    public PolygonTool(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    protected String getCommandName() {
        return "polygon";
    }

    /** Whether a polygon is being drawn (at least one corner placed). */
    public boolean isOpen() {
        return !corners.isEmpty();
    }

    @Override
    protected boolean handleButtonDown(int button) {
        if (button != 1) {
            return false;
        }
        Point p = getLocation().getCopy();
        if (corners.isEmpty()) {
            mode = SelectionMode.forModifiers(getCurrentInput().isModKeyDown(SWT.SHIFT),
                    getCurrentInput().isModKeyDown(SWT.MOD1), canvas.selectionMode());
            feedback = new Polyline();
            feedback.setForegroundColor(ColorConstants.black);
            feedback.setLineStyle(Graphics.LINE_DASH);
            canvas.feedbackLayer().add(feedback);
            canvas.showMessage("Polygon: click the next corner; double-click or Enter closes it, Esc cancels.");
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
            canvas.showMessage("Polygon cancelled; the selection is unchanged.");
            return true;
        }
        return false;
    }

    private void close() {
        List<Point> outline = new ArrayList<>(corners);
        SelectionMode m = mode;
        reset();
        if (outline.size() < 3) {
            canvas.showMessage("A polygon needs at least 3 corners: click each corner, then double-click or press"
                    + " Enter. The selection is unchanged.");
            return;
        }
        canvas.selectInsideOutline(outline, m, "Polygon");
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
