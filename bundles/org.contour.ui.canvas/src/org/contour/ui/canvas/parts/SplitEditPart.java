package org.contour.ui.canvas.parts;

import java.util.ArrayList;
import java.util.List;

import org.contour.core.interpret.TreeSplits;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
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
 * One split of a decision tree over the map's axes: a vertical or horizontal segment inside its
 * cell. With the Edit tool, dragging it moves the split's threshold (kept inside its cell, so it
 * never overtakes the splits above it), as one hand edit.
 */
public final class SplitEditPart extends AbstractGraphicalEditPart implements ModelHandlePart {

    /** The model element: one split node of a tree. */
    public record Split(DecisionTreeModel model, TreeNode node) {
    }

    private final EmbeddingCanvas canvas;

    SplitEditPart(EmbeddingCanvas canvas, Split split) {
        this.canvas = canvas;
        setModel(split);
    }

    public Split split() {
        return (Split) getModel();
    }

    /** The node at this part's place in {@code tree} (the tree itself or a copy of it), or null. */
    TreeNode nodeIn(DecisionTreeModel tree) {
        if (tree == split().model()) {
            return split().node();
        }
        // the way from the root to the node (true: left), followed in the copy
        List<Boolean> path = new ArrayList<>();
        for (TreeNode child = split().node(); child.eContainer() instanceof TreeNode parent; child = parent) {
            path.add(0, parent.getLeft() == child);
        }
        TreeNode node = tree.getRoot();
        for (boolean left : path) {
            if (node == null) {
                return null;
            }
            node = left ? node.getLeft() : node.getRight();
        }
        return node;
    }

    /** Where this split lies in {@code model} (the project's tree or a preview copy), or null. */
    TreeSplits.Split placeIn(TaughtModel model) {
        if (!(model instanceof DecisionTreeModel tree) || !TreeSplits.applies(tree)) {
            return null;
        }
        TreeNode node = nodeIn(tree);
        for (TreeSplits.Split s : TreeSplits.of(tree)) {
            if (s.node() == node) {
                return s;
            }
        }
        return null;
    }

    @Override
    protected IFigure createFigure() {
        return new SplitFigure(canvas, this);
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
        return new ModelHandleTracker(this, "split", at);
    }

    private double threshold(CanvasRequests.ModelDrag drag, TreeSplits.Split place) {
        double value = place.feature() == 0 ? canvas.transform().toDataX(drag.location().x)
                : canvas.transform().toDataY(drag.location().y);
        return place.clamp(value);
    }

    @Override
    public TaughtModel previewFor(CanvasRequests.ModelDrag drag) {
        TreeSplits.Split place = placeIn(split().model());
        if (place == null) {
            return null;
        }
        DecisionTreeModel copy = EcoreUtil.copy(split().model());
        nodeIn(copy).setThreshold(threshold(drag, place));
        return copy;
    }

    @Override
    public Command commandFor(CanvasRequests.ModelDrag drag) {
        TreeSplits.Split place = placeIn(split().model());
        if (place == null || canvas.session().project().getModel() != split().model()
                || drag.location().equals(drag.start())) {
            return null;
        }
        org.eclipse.emf.common.command.Command edit = canvas.session().modelEdits()
                .thresholdCommand(split().node(), threshold(drag, place));
        return edit == null ? null : SessionCommand.of(canvas.session(), edit);
    }
}
