package org.contour.ui.interpret;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

import org.contour.core.interpret.Numbers;
import org.contour.core.interpret.TreeRules;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;
import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.MidpointLocator;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.ScalableLayeredPane;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.CompoundBorder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

/**
 * The decision tree as a small diagram (Draw2d): splits as grey boxes with their question,
 * leaves in the colour of the class they predict with their share of training points, edges
 * marked yes and no. Leaves sit side by side, each split centred over its branches, so a tree
 * of depth 4 or 5 reads at a glance; larger trees scroll. Clicking a box selects its rule,
 * double-clicking edits it, Delete deletes it.
 */
final class TreeDiagram {

    private static final int H_GAP = 14;
    private static final int V_GAP = 34;
    private static final int MARGIN = 10;
    private static final double MIN_SCALE = 0.6;
    private static final Color SPLIT_FILL = new Color(new RGB(0xEE, 0xEE, 0xEE));
    private static final Color SELECTED = new Color(new RGB(0x1A, 0x5F, 0xB4));

    private final FigureCanvas canvas;
    /** Scales the diagram down (to {@value #MIN_SCALE} at most) to fit the view's width; beyond that it scrolls. */
    private final ScalableLayeredPane zoom = new ScalableLayeredPane();
    private final Figure contents = new Figure();
    private final Map<TreeNode, Label> figures = new IdentityHashMap<>();
    private final Consumer<TreeNode> onSelect;
    private final Consumer<TreeNode> onOpen;
    private TreeNode selected;

    /**
     * @param onSelect told when the user clicks a node
     * @param onOpen   told when the user double-clicks a node
     * @param onDelete run when the user presses Delete over the diagram
     */
    TreeDiagram(Composite parent, Consumer<TreeNode> onSelect, Consumer<TreeNode> onOpen, Runnable onDelete) {
        this.onSelect = onSelect;
        this.onOpen = onOpen;
        canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED); // Draw2d 3.2 refuses SWT.BORDER
        canvas.setBackground(ColorConstants.white);
        contents.setLayoutManager(new XYLayout());
        zoom.add(contents);
        canvas.setContents(zoom);
        canvas.addListener(SWT.Resize, e -> fitWidth());
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                onDelete.run();
            } else if (e.keyCode == SWT.F2 && selected != null) {
                onOpen.accept(selected);
            }
        });
    }

    FigureCanvas control() {
        return canvas;
    }

    /** The box drawn for {@code node}, or {@code null}; for tests that click on it. */
    IFigure figureOf(TreeNode node) {
        return figures.get(node);
    }

    int nodeCount() {
        return figures.size();
    }

    /** The texts of all boxes, top to bottom and left to right. */
    List<String> texts() {
        List<Label> labels = new ArrayList<>(figures.values());
        labels.sort((a, b) -> a.getBounds().y != b.getBounds().y ? Integer.compare(a.getBounds().y, b.getBounds().y)
                : Integer.compare(a.getBounds().x, b.getBounds().x));
        return labels.stream().map(Label::getText).toList();
    }

    /**
     * Draws {@code model}.
     *
     * @param colourOf 0xRRGGBB of a class index
     */
    void show(DecisionTreeModel model, IntUnaryOperator colourOf) {
        contents.removeAll();
        figures.clear();
        selected = null;
        if (model == null || model.getRoot() == null) {
            return;
        }
        // boxes first, so their preferred sizes decide one common box size
        List<TreeNode> nodes = new ArrayList<>();
        collect(model.getRoot(), nodes);
        Dimension box = new Dimension(60, 20);
        for (TreeNode node : nodes) {
            Label label = box(model, node, colourOf);
            figures.put(node, label);
            Dimension d = label.getPreferredSize();
            box.width = Math.max(box.width, d.width);
            box.height = Math.max(box.height, d.height);
        }
        Map<TreeNode, Integer> centres = new IdentityHashMap<>();
        int[] nextLeaf = { 0 };
        place(model.getRoot(), box, nextLeaf, centres);
        for (TreeNode node : nodes) {
            Label label = figures.get(node);
            int depth = depthOf(node);
            Rectangle bounds = new Rectangle(centres.get(node) - box.width / 2, MARGIN + depth * (box.height + V_GAP),
                    box.width, box.height);
            contents.add(label, bounds);
        }
        for (TreeNode node : nodes) {
            if (!TreeRules.isLeaf(node)) {
                edge(node, node.getLeft(), "yes");
                edge(node, node.getRight(), "no");
            }
        }
        contents.revalidate();
        fitWidth();
    }

    private void fitWidth() {
        Dimension natural = contents.getPreferredSize();
        int available = canvas.getClientArea().width - 4;
        double scale = natural.width <= 0 || available <= 0 ? 1
                : Math.max(MIN_SCALE, Math.min(1, (double) available / natural.width));
        if (scale != zoom.getScale()) {
            zoom.setScale(scale);
        }
        zoom.revalidate();
        canvas.layout(true);
    }

    /** How much the diagram is scaled down to fit, 1 for not at all. */
    double scale() {
        return zoom.getScale();
    }

    private static void collect(TreeNode node, List<TreeNode> out) {
        if (node == null) {
            return;
        }
        out.add(node);
        if (!TreeRules.isLeaf(node)) {
            collect(node.getLeft(), out);
            collect(node.getRight(), out);
        }
    }

    /** Leaves get consecutive slots; a split is centred between its branches. Returns the centre x. */
    private static int place(TreeNode node, Dimension box, int[] nextLeaf, Map<TreeNode, Integer> centres) {
        int centre;
        if (TreeRules.isLeaf(node) || (node.getLeft() == null && node.getRight() == null)) {
            centre = MARGIN + nextLeaf[0]++ * (box.width + H_GAP) + box.width / 2;
        } else {
            int left = node.getLeft() == null ? -1 : place(node.getLeft(), box, nextLeaf, centres);
            int right = node.getRight() == null ? -1 : place(node.getRight(), box, nextLeaf, centres);
            centre = left < 0 ? right : right < 0 ? left : (left + right) / 2;
        }
        centres.put(node, centre);
        return centre;
    }

    private static int depthOf(TreeNode node) {
        int depth = 0;
        for (TreeNode p = TreeRules.parent(node); p != null; p = TreeRules.parent(p)) {
            depth++;
        }
        return depth;
    }

    private Label box(DecisionTreeModel model, TreeNode node, IntUnaryOperator colourOf) {
        Label label = new Label();
        // sized before it has a parent to inherit a font from
        label.setFont(canvas.getFont());
        label.setOpaque(true);
        if (TreeRules.isLeaf(node)) {
            String support = TreeRules.support(model, node);
            double confidence = TreeRules.confidence(model, node);
            label.setText(TreeRules.className(model, node.getPredictedClass())
                    + (support.isEmpty() ? "" : "\n" + Numbers.format(countOfPredicted(model, node)) + " of "
                            + Numbers.format(total(model, node)) + " (" + Math.round(100 * confidence) + "%)"));
            label.setBackgroundColor(tint(colourOf.applyAsInt(node.getPredictedClass()), 0.45));
        } else {
            label.setText(TreeRules.featureName(model, node.getFeature()) + "\n\u2264 "
                    + Numbers.format(node.getThreshold()) + " ?");
            label.setBackgroundColor(SPLIT_FILL);
        }
        label.setToolTip(new Label(TreeRules.ruleName(model, node).replace(" <= ", " \u2264 ")));
        label.setBorder(border(false));
        label.addMouseListener(new MouseListener.Stub() {
            @Override
            public void mousePressed(MouseEvent me) {
                canvas.setFocus();
                select(node);
                onSelect.accept(node);
            }

            @Override
            public void mouseDoubleClicked(MouseEvent me) {
                onOpen.accept(node);
            }
        });
        return label;
    }

    private static double total(DecisionTreeModel model, TreeNode node) {
        double sum = 0;
        for (double c : TreeRules.counts(model, node)) {
            sum += c;
        }
        return sum;
    }

    private static double countOfPredicted(DecisionTreeModel model, TreeNode leaf) {
        double[] c = TreeRules.counts(model, leaf);
        int k = leaf.getPredictedClass();
        return k >= 0 && k < c.length ? c[k] : 0;
    }

    private static CompoundBorder border(boolean highlighted) {
        return new CompoundBorder(new LineBorder(highlighted ? SELECTED : ColorConstants.gray, highlighted ? 3 : 1),
                new MarginBorder(3, 6, 3, 6));
    }

    private void edge(TreeNode from, TreeNode to, String text) {
        if (to == null) {
            return;
        }
        PolylineConnection line = new PolylineConnection();
        line.setSourceAnchor(new ChopboxAnchor(figures.get(from)));
        line.setTargetAnchor(new ChopboxAnchor(figures.get(to)));
        line.setForegroundColor(ColorConstants.darkGray);
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setScale(6, 3);
        line.setTargetDecoration(arrow);
        Label label = new Label(text);
        label.setOpaque(true);
        label.setBackgroundColor(ColorConstants.white);
        line.add(label, new MidpointLocator(line, 0));
        contents.add(line);
    }

    /** Highlights {@code node}'s box (none for {@code null}) and scrolls it into view. */
    void select(TreeNode node) {
        if (selected != null && figures.containsKey(selected)) {
            figures.get(selected).setBorder(border(false));
        }
        selected = node;
        Label label = node == null ? null : figures.get(node);
        if (label != null) {
            label.setBorder(border(true));
            // in the canvas's own pixels: scaled and scrolled
            Rectangle b = label.getBounds().getCopy();
            label.translateToAbsolute(b);
            org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
            if (b.width > 0 && (b.x < 0 || b.right() > area.width || b.y < 0 || b.bottom() > area.height)) {
                org.eclipse.draw2d.geometry.Point view = canvas.getViewport().getViewLocation();
                canvas.scrollSmoothTo(Math.max(0, view.x + b.x - area.width / 2 + b.width / 2),
                        Math.max(0, view.y + b.y - area.height / 2 + b.height / 2));
            }
        }
    }

    TreeNode selected() {
        return selected;
    }

    private static Color tint(int rgb, double strength) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return new Color(new RGB((int) Math.round(255 - (255 - r) * strength), (int) Math.round(255 - (255 - g) * strength),
                (int) Math.round(255 - (255 - b) * strength)));
    }
}
