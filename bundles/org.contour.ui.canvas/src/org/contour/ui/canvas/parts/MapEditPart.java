package org.contour.ui.canvas.parts;

import java.util.ArrayList;
import java.util.List;

import org.contour.core.interpret.LinearBoundary;
import org.contour.core.interpret.TreeSplits;
import org.contour.core.session.ProjectSession;
import org.contour.model.DecisionTreeModel;
import org.contour.model.Embedding;
import org.contour.model.LinearModel;
import org.contour.model.TaughtModel;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.tools.DeselectAllTracker;

/**
 * The contents of the canvas: the project's map. Its children are the sketches and, when the
 * model is drawn in the map's axes, the model's draggable pieces (the boundaries of a linear
 * model, the splits of a tree); the points, regions and legend are layers of its figure, not
 * edit parts (see {@link MapFigure}). Sketch figures go to the sketch layer under the points,
 * the model's pieces to a layer above them, where their handles can be seen and grabbed.
 */
public final class MapEditPart extends AbstractGraphicalEditPart {

    /** Boundaries of linear models with more classes than this are not offered as handles. */
    static final int MOST_CLASSES_WITH_HANDLES = 12;

    private final EmbeddingCanvas canvas;

    MapEditPart(EmbeddingCanvas canvas, ProjectSession session) {
        this.canvas = canvas;
        setModel(session);
    }

    @Override
    protected IFigure createFigure() {
        return canvas.createMapFigure();
    }

    @Override
    public IFigure getContentPane() {
        return canvas.sketchLayer();
    }

    @Override
    protected List<?> getModelChildren() {
        ProjectSession session = (ProjectSession) getModel();
        List<Object> children = new ArrayList<>(session.project().getSketches());
        children.addAll(modelPieces(session.project().getModel(), session.project().getEmbedding()));
        return children;
    }

    /** The draggable pieces of {@code model} when it reads the map's two axes. */
    static List<Object> modelPieces(TaughtModel model, Embedding embedding) {
        List<Object> pieces = new ArrayList<>();
        if (model == null || embedding == null || !model.getFeatureNames().equals(embedding.getAxisNames())) {
            return pieces;
        }
        if (model instanceof LinearModel linear && LinearBoundary.applies(linear)
                && linear.getClassNames().size() <= MOST_CLASSES_WITH_HANDLES) {
            int classes = linear.getClassNames().size();
            for (int a = 0; a < classes; a++) {
                for (int b = a + 1; b < classes; b++) {
                    pieces.add(new BoundaryEditPart.Boundary(linear, a, b));
                }
            }
        } else if (model instanceof DecisionTreeModel tree && TreeSplits.applies(tree)) {
            for (TreeSplits.Split s : TreeSplits.of(tree)) {
                pieces.add(new SplitEditPart.Split(tree, s.node()));
            }
        }
        return pieces;
    }

    @Override
    protected void addChildVisual(EditPart child, int index) {
        IFigure figure = ((GraphicalEditPart) child).getFigure();
        if (child instanceof SketchEditPart) {
            canvas.sketchLayer().add(figure, Math.min(index, canvas.sketchLayer().getChildren().size()));
        } else {
            canvas.modelLayer().add(figure);
        }
    }

    @Override
    protected void removeChildVisual(EditPart child) {
        IFigure figure = ((GraphicalEditPart) child).getFigure();
        if (figure.getParent() != null) {
            figure.getParent().remove(figure);
        }
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new MapLayoutPolicy(canvas));
    }

    /** A click on the map itself, with the Edit tool, deselects the regions. */
    @Override
    public DragTracker getDragTracker(Request request) {
        return new DeselectAllTracker(this);
    }

    /** Re-syncs the child edit parts with the model after a command (add, undo, redo). */
    public void refreshAll() {
        refreshChildren();
        for (Object child : getChildren()) {
            ((EditPart) child).refresh();
        }
    }

    /** Creates the edit parts of this canvas. */
    public static org.eclipse.gef.EditPartFactory factory(EmbeddingCanvas canvas) {
        return (context, model) -> {
            if (model instanceof ProjectSession s) {
                return new MapEditPart(canvas, s);
            }
            if (model instanceof org.contour.model.Sketch sketch) {
                return new SketchEditPart(canvas, sketch);
            }
            if (model instanceof BoundaryEditPart.Boundary boundary) {
                return new BoundaryEditPart(canvas, boundary);
            }
            if (model instanceof SplitEditPart.Split split) {
                return new SplitEditPart(canvas, split);
            }
            throw new IllegalArgumentException("No edit part for " + model);
        };
    }
}
