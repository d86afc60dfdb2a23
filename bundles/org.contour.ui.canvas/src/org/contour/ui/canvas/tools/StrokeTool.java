package org.contour.ui.canvas.tools;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.swt.SWT;

/**
 * A GEF tool that records a freehand path while the left button is down, shows it as feedback,
 * and hands the finished path (canvas pixels) to {@link #finish}. The lasso and the brush differ
 * only in what they draw and what the finished path means. The modifier keys count as they were
 * when the button went down.
 */
abstract class StrokeTool extends AbstractTool {

    private final List<Point> path = new ArrayList<>();
    private Polyline feedback;
    private final IFigure feedbackLayer;
    private boolean shift;
    private boolean mod1;

    StrokeTool(IFigure feedbackLayer) {
        this.feedbackLayer = feedbackLayer;
    }

    @Override
    protected String getCommandName() {
        return "stroke";
    }

    @Override
    protected boolean handleButtonDown(int button) {
        if (button != 1) {
            return false;
        }
        path.clear();
        path.add(getLocation().getCopy());
        shift = getCurrentInput().isModKeyDown(SWT.SHIFT);
        mod1 = getCurrentInput().isModKeyDown(SWT.MOD1);
        feedback = createFeedback();
        feedbackLayer.add(feedback);
        updateFeedback();
        return true;
    }

    @Override
    protected boolean handleDrag() {
        if (feedback == null) {
            return false;
        }
        Point p = getLocation().getCopy();
        if (!p.equals(path.get(path.size() - 1))) {
            path.add(p);
            updateFeedback();
        }
        return true;
    }

    @Override
    protected boolean handleButtonUp(int button) {
        if (button != 1 || feedback == null) {
            return false;
        }
        feedbackLayer.remove(feedback);
        feedback = null;
        List<Point> done = new ArrayList<>(path);
        path.clear();
        finish(done, shift || getCurrentInput().isModKeyDown(SWT.SHIFT), mod1 || getCurrentInput().isModKeyDown(SWT.MOD1));
        return true;
    }

    @Override
    public void deactivate() {
        if (feedback != null) {
            feedbackLayer.remove(feedback);
            feedback = null;
        }
        super.deactivate();
    }

    private void updateFeedback() {
        PointList points = new PointList();
        for (Point p : path) {
            points.addPoint(p);
        }
        if (closesPath() && path.size() > 2) {
            points.addPoint(path.get(0));
        }
        feedback.setPoints(points);
    }

    protected abstract Polyline createFeedback();

    /** Whether the feedback is drawn as a closed outline (lasso) or an open stroke (brush). */
    protected abstract boolean closesPath();

    /**
     * The user released the button.
     *
     * @param shift the Shift key was held (add to the selection)
     * @param mod1  Ctrl (Command on macOS) was held (remove from the selection)
     */
    protected abstract void finish(List<Point> path, boolean shift, boolean mod1);

    /** Esc would make GEF load the default tool behind the tool row's back; the canvas handles keys. */
    @Override
    protected boolean handleKeyDown(org.eclipse.swt.events.KeyEvent e) {
        return false;
    }
}
