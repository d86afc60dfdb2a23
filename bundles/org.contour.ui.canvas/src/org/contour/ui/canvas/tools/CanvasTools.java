package org.contour.ui.canvas.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * The tools of the canvas, in the order of the tool row: selecting points (tap, box, lasso,
 * polygon), then drawing regions (the brush, the polygon region, the eraser) and editing what
 * is drawn (regions, the model's boundary). Add a tool by adding an entry here.
 */
public final class CanvasTools {

    public static final String TAP = "tap";
    public static final String BOX = "box";
    public static final String LASSO = "lasso";
    public static final String POLYGON = "polygon";
    public static final String BRUSH = "brush";
    public static final String POLYGON_REGION = "polygonRegion";
    public static final String ERASER = "eraser";
    public static final String EDIT = "edit";

    private static final String MODES = " Shift adds to the selection, Ctrl removes from it, Shift+Ctrl keeps only"
            + " what is in both.";

    private CanvasTools() {
    }

    /** A fresh, modifiable list of the standard tools. */
    public static List<CanvasTool> defaults() {
        List<CanvasTool> tools = new ArrayList<>();
        tools.add(new CanvasTool(TAP, "Tap", "Click a point to select it (the nearest one within a few pixels)."
                + MODES, TapTool::new));
        tools.add(new CanvasTool(BOX, "Box", "Drag a rectangle around points to select them." + MODES,
                BoxTool::new));
        tools.add(new CanvasTool(LASSO, "Lasso", "Drag around points to select them." + MODES, LassoTool::new));
        tools.add(new CanvasTool(POLYGON, "Polygon", "Click the corners of a polygon; double-click or Enter"
                + " closes it and selects what is inside, Esc cancels." + MODES, PolygonTool::new));
        tools.add(new CanvasTool(BRUSH, "Paint region",
                "Paint where the selected label belongs; a model is trained from what you paint", BrushTool::new));
        tools.add(new CanvasTool(POLYGON_REGION, "Polygon region", "Click the corners of a region for the selected"
                + " label; double-click or Enter closes it, Esc cancels. The model is trained again with it",
                PolygonRegionTool::new));
        tools.add(new CanvasTool(ERASER, "Eraser", "Drag over painted regions to erase them (as wide as the brush);"
                + " the model is trained again without them", EraserTool::new));
        tools.add(new CanvasTool(EDIT, "Edit", "Click a region to select it, drag it to move it, drag a polygon's"
                + " corners to reshape it; Delete deletes it, right-click recolours it. Drag the boundary's handles or"
                + " a tree's split lines to change the model. Each change is one undo step", c -> new EditTool()));
        return tools;
    }
}
