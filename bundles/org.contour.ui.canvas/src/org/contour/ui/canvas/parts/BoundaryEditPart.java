package org.contour.ui.canvas.parts;

import org.contour.core.interpret.LinearBoundary;
import org.contour.model.LinearModel;
import org.contour.model.TaughtModel;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.commands.SessionCommand;
import org.contour.ui.canvas.tools.ModelHandleTracker;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.requests.LocationRequest;

/**
 * The boundary between two classes of a linear model over the map's axes, with three handles
 * (shown with the Edit tool): the square in its middle moves the line parallel to itself, the
 * round ones near its ends turn it about the middle. Dragging one writes the two classes'
 * weights and biases as one hand edit ({@link LinearBoundary#withBoundary}).
 */
public final class BoundaryEditPart extends AbstractGraphicalEditPart implements ModelHandlePart {

    /** The model element: which two classes' boundary, of which model. */
    public record Boundary(LinearModel model, int a, int b) {
    }

    public static final String MOVE = "move";
    public static final String TURN_START = "turnStart";
    public static final String TURN_END = "turnEnd";

    private final EmbeddingCanvas canvas;

    BoundaryEditPart(EmbeddingCanvas canvas, Boundary boundary) {
        this.canvas = canvas;
        setModel(boundary);
    }

    public Boundary boundary() {
        return (Boundary) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new BoundaryFigure(canvas, boundary().a(), boundary().b());
    }

    public BoundaryFigure boundaryFigure() {
        return (BoundaryFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(ModelHandlePolicy.ROLE, new ModelHandlePolicy(canvas));
    }

    @Override
    protected void refreshVisuals() {
        getFigure().repaint();
    }

    @Override
    public DragTracker getDragTracker(Request request) {
        Point at = request instanceof LocationRequest l ? l.getLocation() : new Point();
        String handle = boundaryFigure().handleAt(at.x, at.y);
        return handle == null ? null : new ModelHandleTracker(this, handle, at);
    }

    // ---------------------------------------------------------------- dragging

    /**
     * Which of the two classes takes the change: the one with fewer other boundaries on the map,
     * so that the lines the user sees and did not touch stay where they are.
     */
    private int movedClass(LinearModel model) {
        int a = boundary().a();
        int b = boundary().b();
        int withA = 0;
        int withB = 0;
        for (Object child : getParent().getChildren()) {
            if (child instanceof BoundaryEditPart other && other != this
                    && other.boundaryFigure().segmentOf(model) != null) {
                Boundary o = other.boundary();
                withA += o.a() == a || o.b() == a ? 1 : 0;
                withB += o.a() == b || o.b() == b ? 1 : 0;
            }
        }
        return withA < withB ? a : b;
    }

    private LinearBoundary dragged(CanvasRequests.ModelDrag drag) {
        LinearModel model = boundary().model();
        LinearBoundary now = LinearBoundary.of(model, boundary().a(), boundary().b());
        if (drag.anchor() == null) {
            // the middle of the line as it was when the drag started: what moves, or what it turns about
            double[] segment = boundaryFigure().segmentOf(model);
            if (segment == null) {
                return now;
            }
            drag.setAnchor(new double[] {(segment[0] + segment[2]) / 2, (segment[1] + segment[3]) / 2});
        }
        double[] pivot = drag.anchor();
        double x = canvas.transform().toDataX(drag.location().x);
        double y = canvas.transform().toDataY(drag.location().y);
        if (MOVE.equals(drag.handle())) {
            double dx = x - canvas.transform().toDataX(drag.start().x);
            double dy = y - canvas.transform().toDataY(drag.start().y);
            return now.through(pivot[0] + dx, pivot[1] + dy);
        }
        return now.rotatedThrough(pivot[0], pivot[1], x, y);
    }

    @Override
    public TaughtModel previewFor(CanvasRequests.ModelDrag drag) {
        LinearModel model = boundary().model();
        double[][] next = LinearBoundary.withBoundary(model.getWeights(), model.getBiases(), dragged(drag),
                movedClass(model));
        LinearModel copy = EcoreUtil.copy(model);
        copy.setWeights(next[0]);
        copy.setBiases(next[1]);
        return copy;
    }

    @Override
    public Command commandFor(CanvasRequests.ModelDrag drag) {
        LinearModel model = boundary().model();
        if (canvas.session().project().getModel() != model) {
            return null;
        }
        LinearBoundary target = dragged(drag);
        double[][] next = LinearBoundary.withBoundary(model.getWeights(), model.getBiases(), target, movedClass(model));
        String a = model.getClassNames().get(boundary().a());
        String b = model.getClassNames().get(boundary().b());
        boolean move = MOVE.equals(drag.handle());
        String what = "boundary between " + a + " and " + b + (move ? " moved" : " turned") + " on the map: "
                + target.describe(model.getFeatureNames().get(0), model.getFeatureNames().get(1));
        org.eclipse.emf.common.command.Command edit = canvas.session().modelEdits()
                .weightsAndBiasesCommand(next[0], next[1], move ? "Move boundary" : "Turn boundary", what);
        return edit == null ? null : SessionCommand.of(canvas.session(), edit);
    }
}
