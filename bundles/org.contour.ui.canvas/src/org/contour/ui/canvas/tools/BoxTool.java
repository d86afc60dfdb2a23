package org.contour.ui.canvas.tools;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.swt.SWT;

/**
 * Selects the points in a dragged rectangle. A box without width or height (a click, a
 * straight horizontal or vertical drag) says so and leaves the selection as it was.
 */
public final class BoxTool extends AbstractTool {

    /** Boxes thinner than this many pixels count as no box: most likely a slipped click. */
    public static final int MIN_SIDE = 3;

    private final EmbeddingCanvas canvas;
    private Point start;
    private RectangleFigure feedback;
    private SelectionMode mode;

    public BoxTool(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    protected String getCommandName() {
        return "box";
    }

    @Override
    protected boolean handleButtonDown(int button) {
        if (button != 1) {
            return false;
        }
        start = getLocation().getCopy();
        mode = SelectionMode.forModifiers(getCurrentInput().isModKeyDown(SWT.SHIFT),
                getCurrentInput().isModKeyDown(SWT.MOD1), canvas.selectionMode());
        feedback = new RectangleFigure();
        feedback.setFill(false);
        feedback.setForegroundColor(ColorConstants.black);
        feedback.setLineStyle(Graphics.LINE_DASH);
        canvas.feedbackLayer().add(feedback);
        updateFeedback();
        return true;
    }

    @Override
    protected boolean handleDrag() {
        if (feedback == null) {
            return false;
        }
        updateFeedback();
        return true;
    }

    private Rectangle box() {
        return new Rectangle(start, getLocation());
    }

    private void updateFeedback() {
        Rectangle r = box();
        feedback.setBounds(new Rectangle(r.x, r.y, r.width + 1, r.height + 1));
    }

    @Override
    protected boolean handleButtonUp(int button) {
        if (button != 1 || feedback == null) {
            return false;
        }
        removeFeedback();
        Point end = getLocation().getCopy();
        if (Math.abs(end.x - start.x) < MIN_SIDE || Math.abs(end.y - start.y) < MIN_SIDE) {
            canvas.showMessage("A box needs a width and a height: drag from one corner to the opposite one."
                    + " The selection is unchanged.");
            return true;
        }
        canvas.selectInsideBox(start, end, mode);
        return true;
    }

    private void removeFeedback() {
        if (feedback != null) {
            canvas.feedbackLayer().remove(feedback);
            feedback = null;
        }
    }

    @Override
    public void deactivate() {
        removeFeedback();
        super.deactivate();
    }

    /** Esc would make GEF load the default tool behind the tool row's back; the canvas handles keys. */
    @Override
    protected boolean handleKeyDown(org.eclipse.swt.events.KeyEvent e) {
        return false;
    }
}
