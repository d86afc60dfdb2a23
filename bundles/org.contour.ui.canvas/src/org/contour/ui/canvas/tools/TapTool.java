package org.contour.ui.canvas.tools;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.swt.SWT;

/** Selects the point nearest to a click (within a few pixels), combined by mode or modifier keys. */
public final class TapTool extends AbstractTool {

    private final EmbeddingCanvas canvas;
    private Point down;
    private SelectionMode mode;

    public TapTool(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    protected String getCommandName() {
        return "tap";
    }

    @Override
    protected boolean handleButtonDown(int button) {
        if (button != 1) {
            return false;
        }
        down = getLocation().getCopy();
        mode = SelectionMode.forModifiers(getCurrentInput().isModKeyDown(SWT.SHIFT),
                getCurrentInput().isModKeyDown(SWT.MOD1), canvas.selectionMode());
        return true;
    }

    @Override
    protected boolean handleButtonUp(int button) {
        if (button != 1 || down == null) {
            return false;
        }
        Point at = down;
        down = null;
        canvas.selectNearest(at, mode);
        return true;
    }

    /** Esc would make GEF load the default tool behind the tool row's back; the canvas handles keys. */
    @Override
    protected boolean handleKeyDown(org.eclipse.swt.events.KeyEvent e) {
        return false;
    }
}
