package org.contour.ui.canvas.parts;

import org.contour.model.LabelClass;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.Request;

/**
 * The canvas's own GEF requests, beside GEF's move and delete: reshaping a polygon by one of its
 * corners, giving a sketch to another label, and dragging a handle of the model (a linear
 * boundary, a tree's split). Edit policies answer them with commands, as for GEF's requests.
 */
public final class CanvasRequests {

    /** Move one corner of a polygon region ({@link Reshape}). */
    public static final String REQ_RESHAPE = "contour.reshape";
    /** Give sketches to another label ({@link Recolour}). */
    public static final String REQ_RECOLOUR = "contour.recolour";
    /** Drag a handle of the model on the map ({@link ModelDrag}). */
    public static final String REQ_DRAG_MODEL = "contour.dragModel";

    private CanvasRequests() {
    }

    /** Corner {@code vertex} of a polygon is dragged to {@link #location()} (canvas pixels). */
    public static final class Reshape extends Request {
        private final int vertex;
        private Point location = new Point();

        public Reshape(int vertex) {
            super(REQ_RESHAPE);
            this.vertex = vertex;
        }

        public int vertex() {
            return vertex;
        }

        public Point location() {
            return location;
        }

        public void setLocation(Point at) {
            location = at.getCopy();
        }
    }

    /** The sketches the request goes to become {@link #label()}'s. */
    public static final class Recolour extends Request {
        private final LabelClass label;

        public Recolour(LabelClass label) {
            super(REQ_RECOLOUR);
            this.label = label;
        }

        public LabelClass label() {
            return label;
        }
    }

    /**
     * Handle {@link #handle()} of a model part is dragged from {@link #start()} to
     * {@link #location()} (canvas pixels). The part may keep what it measured at the start (the
     * pivot of a rotation) in {@link #anchor()}.
     */
    public static final class ModelDrag extends Request {
        private final String handle;
        private final Point start;
        private Point location;
        private double[] anchor;

        public ModelDrag(String handle, Point start) {
            super(REQ_DRAG_MODEL);
            this.handle = handle;
            this.start = start.getCopy();
            this.location = start.getCopy();
        }

        public String handle() {
            return handle;
        }

        public Point start() {
            return start;
        }

        public Point location() {
            return location;
        }

        public void setLocation(Point at) {
            location = at.getCopy();
        }

        public double[] anchor() {
            return anchor;
        }

        public void setAnchor(double[] value) {
            anchor = value;
        }
    }
}
