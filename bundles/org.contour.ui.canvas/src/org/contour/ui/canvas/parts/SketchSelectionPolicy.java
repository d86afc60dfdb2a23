package org.contour.ui.canvas.parts;

import java.util.ArrayList;
import java.util.List;

import org.contour.core.session.SketchEdits;
import org.contour.model.ContourFactory;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.commands.SessionCommand;
import org.contour.ui.canvas.tools.VertexDragTracker;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.handles.SquareHandle;
import org.eclipse.gef.requests.ChangeBoundsRequest;

/**
 * Selection, moving and reshaping of a sketch. Selected, it is drawn with a black rim and, for a
 * polygon, a square handle on every corner; dragged, a dashed ghost of its outline follows the
 * pointer and the model is retrained on the moved drawing now and then (debounced), so the
 * regions show what dropping it there would give. GEF's own move feedback (a rectangle round
 * the figure's bounds) does not fit: a sketch's figure covers the whole map.
 */
final class SketchSelectionPolicy extends NonResizableEditPolicy {

    private final EmbeddingCanvas canvas;
    private GhostFigure ghost;

    SketchSelectionPolicy(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    private SketchEditPart host() {
        return (SketchEditPart) getHost();
    }

    @Override
    protected List<?> createSelectionHandles() {
        List<Object> handles = new ArrayList<>();
        Sketch sketch = host().getSketch();
        if (sketch.getKind() == SketchKind.POLYGON && sketch.getPoints() != null) {
            for (int v = 0; v < sketch.getPoints().length / 2; v++) {
                handles.add(new VertexHandle(host(), v));
            }
        }
        return handles;
    }

    /** The sketch moved or was reshaped while selected: its corner handles go where its corners are now. */
    void refreshHandles() {
        if (handles != null) {
            removeSelectionHandles();
            addSelectionHandles();
        }
    }

    @Override
    protected void showSelection() {
        super.showSelection();
        host().sketchFigure().setSelected(true);
    }

    @Override
    protected void hideSelection() {
        super.hideSelection();
        host().sketchFigure().setSelected(false);
    }

    // ---------------------------------------------------------------- moving

    @Override
    protected IFigure createDragSourceFeedbackFigure() {
        GhostFigure figure = new GhostFigure(canvas.transform(), host().sketchFigure().area());
        figure.setBounds(host().getFigure().getBounds().getCopy());
        addFeedback(figure);
        return figure;
    }

    @Override
    protected void showChangeBoundsFeedback(ChangeBoundsRequest request) {
        GhostFigure figure = (GhostFigure) getDragSourceFeedbackFigure();
        Point delta = request.getMoveDelta();
        figure.setOffset(delta.x, delta.y);
        Sketch moved = copyOf(host().getSketch());
        double dx = delta.x / canvas.transform().scaleX();
        double dy = -delta.y / canvas.transform().scaleY();
        double[] p = moved.getPoints();
        for (int i = 0; i + 1 < p.length; i += 2) {
            p[i] += dx;
            p[i + 1] += dy;
        }
        canvas.previewDrawing(host().getSketch(), moved);
    }

    @Override
    protected void eraseChangeBoundsFeedback(ChangeBoundsRequest request) {
        super.eraseChangeBoundsFeedback(request);
        canvas.endPreview();
    }

    // ---------------------------------------------------------------- reshaping

    @Override
    public void showSourceFeedback(Request request) {
        if (request instanceof CanvasRequests.Reshape reshape) {
            Sketch changed = reshaped(reshape);
            if (ghost == null) {
                ghost = new GhostFigure(canvas.transform(), null);
                ghost.setBounds(host().getFigure().getBounds().getCopy());
                addFeedback(ghost);
            }
            ghost.setOutline(changed.getPoints());
            canvas.previewDrawing(host().getSketch(), changed);
            return;
        }
        super.showSourceFeedback(request);
    }

    @Override
    public void eraseSourceFeedback(Request request) {
        if (request instanceof CanvasRequests.Reshape) {
            if (ghost != null) {
                removeFeedback(ghost);
                ghost = null;
            }
            canvas.endPreview();
            return;
        }
        super.eraseSourceFeedback(request);
    }

    @Override
    public Command getCommand(Request request) {
        if (request instanceof CanvasRequests.Reshape reshape) {
            Sketch sketch = host().getSketch();
            double x = canvas.transform().toDataX(reshape.location().x);
            double y = canvas.transform().toDataY(reshape.location().y);
            return new SessionCommand(canvas.session(),
                    new SketchEdits(canvas.session()).moveVertex(sketch, reshape.vertex(), x, y), canvas::sketchesChanged);
        }
        return super.getCommand(request);
    }

    @Override
    public boolean understandsRequest(Request request) {
        return request instanceof CanvasRequests.Reshape || super.understandsRequest(request);
    }

    private Sketch reshaped(CanvasRequests.Reshape reshape) {
        Sketch changed = copyOf(host().getSketch());
        double[] p = changed.getPoints();
        int v = reshape.vertex();
        if (2 * v + 1 < p.length) {
            p[2 * v] = canvas.transform().toDataX(reshape.location().x);
            p[2 * v + 1] = canvas.transform().toDataY(reshape.location().y);
        }
        return changed;
    }

    /** A detached copy with its own points array, standing in for the sketch while it is dragged. */
    private static Sketch copyOf(Sketch sketch) {
        Sketch copy = ContourFactory.eINSTANCE.createSketch();
        copy.setKind(sketch.getKind());
        copy.setLabel(sketch.getLabel());
        copy.setRadius(sketch.getRadius());
        copy.setAspect(sketch.getAspect());
        copy.setPoints(sketch.getPoints().clone());
        return copy;
    }

    // ---------------------------------------------------------------- corner handles

    /** A square on one corner of a selected polygon; dragging it moves that corner. */
    static final class VertexHandle extends SquareHandle {
        private final int vertex;

        VertexHandle(SketchEditPart owner, int vertex) {
            super(owner, target -> {
                double[] p = owner.getSketch().getPoints();
                if (p == null || 2 * vertex + 1 >= p.length) {
                    target.setBounds(new Rectangle(-100, -100, 1, 1));
                    return;
                }
                int x = (int) Math.round(owner.canvas().transform().toScreenX(p[2 * vertex]));
                int y = (int) Math.round(owner.canvas().transform().toScreenY(p[2 * vertex + 1]));
                target.setBounds(new Rectangle(x - 4, y - 4, 9, 9));
            });
            this.vertex = vertex;
        }

        int vertex() {
            return vertex;
        }

        @Override
        protected DragTracker createDragTracker() {
            return new VertexDragTracker((GraphicalEditPart) getOwner(), vertex);
        }
    }
}
