package org.contour.ui.interpret;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntUnaryOperator;

import org.contour.core.interpret.Numbers;
import org.contour.core.interpret.TreeRules;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.TreeEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A decision tree as nested rules ("if petal_width_cm ≤ 0.8 then setosa") with their threshold
 * or class and training points, above the same tree as a diagram. Double-click (or F2) a rule
 * to change its threshold in place, or pick a leaf's class from a list; Delete (or the context
 * menu) deletes a rule as {@link org.contour.core.session.ModelEdits#deleteRule} defines it.
 */
final class TreeSection {

    static final int VALUE_COLUMN = 1;

    private final Edits edits;
    private final SashForm root;
    private final Tree rules;
    private final TreeEditor cellEditor;
    private final TreeDiagram diagram;
    private final Map<TreeNode, TreeItem> items = new IdentityHashMap<>();
    private DecisionTreeModel model;
    private IntUnaryOperator colourOf = c -> 0x808080;

    TreeSection(Composite parent, Edits edits) {
        this.edits = edits;
        root = new SashForm(parent, SWT.VERTICAL);
        rules = new Tree(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        rules.setHeaderVisible(true);
        rules.setLinesVisible(true);
        column("Rule", 260, SWT.LEFT);
        column("Threshold / class", 120, SWT.LEFT);
        column("Training points", 120, SWT.LEFT);
        cellEditor = new TreeEditor(rules);
        cellEditor.grabHorizontal = true;
        diagram = new TreeDiagram(root, this::selectInRules, this::edit, this::deleteSelected);
        root.setWeights(50, 50);

        rules.addListener(SWT.Selection, e -> diagram.select(selectedNode()));
        rules.addListener(SWT.MouseDoubleClick, e -> {
            TreeNode node = selectedNode();
            if (node != null) {
                // once the double-click is over: GTK gives the focus back to the tree at its end
                rules.getDisplay().asyncExec(() -> {
                    if (!rules.isDisposed() && items.containsKey(node)) {
                        edit(node);
                    }
                });
            }
        });
        rules.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteSelected();
            } else if (e.keyCode == SWT.F2 && selectedNode() != null) {
                edit(selectedNode());
            }
        });
        rules.setMenu(contextMenu().createContextMenu(rules));
        diagram.control().setMenu(contextMenu().createContextMenu(diagram.control()));
    }

    private void column(String title, int width, int align) {
        TreeColumn c = new TreeColumn(rules, align);
        c.setText(title);
        c.setWidth(width);
    }

    private MenuManager contextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            TreeNode node = selectedNode();
            if (node == null) {
                return;
            }
            boolean leaf = TreeRules.isLeaf(node);
            m.add(action(leaf ? "Change class...\tF2" : "Change threshold...\tF2", true, () -> edit(node)));
            m.add(new Separator());
            m.add(action(leaf ? "Delete rule (its points follow the other branch)\tDel"
                    : "Delete rule (becomes one leaf of its majority class)\tDel",
                    !leaf || TreeRules.parent(node) != null, this::deleteSelected));
            if (!leaf) {
                m.add(action("Keep only the 'then' branch", true, () -> edits.run(e -> e.keepBranch(node, true))));
                m.add(action("Keep only the 'else' branch", true, () -> edits.run(e -> e.keepBranch(node, false))));
            }
        });
        return menu;
    }

    private static IAction action(String text, boolean enabled, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setEnabled(enabled);
        return a;
    }

    SashForm control() {
        return root;
    }

    Tree rules() {
        return rules;
    }

    TreeDiagram diagram() {
        return diagram;
    }

    TreeItem itemOf(TreeNode node) {
        return items.get(node);
    }

    /** The rules as shown, one line per item, indented two spaces per level (for tests and copying). */
    String rulesText() {
        StringBuilder sb = new StringBuilder();
        for (TreeItem item : rules.getItems()) {
            appendText(item, "", sb);
        }
        return sb.toString().stripTrailing();
    }

    private static void appendText(TreeItem item, String indent, StringBuilder sb) {
        sb.append(indent).append(item.getText(0));
        String points = item.getText(2);
        if (!points.isEmpty()) {
            sb.append("  (").append(points).append(')');
        }
        sb.append('\n');
        for (TreeItem child : item.getItems()) {
            appendText(child, indent + "  ", sb);
        }
    }

    void show(DecisionTreeModel tree, IntUnaryOperator classColour) {
        List<Boolean> selectedPath = pathOf(selectedNode());
        model = tree;
        colourOf = classColour;
        rules.setRedraw(false);
        rules.removeAll();
        items.clear();
        if (tree.getRoot() != null) {
            TreeItem top = new TreeItem(rules, SWT.NONE);
            fill(top, tree.getRoot(), null);
            expandAll(top);
        }
        // the rule column as wide as its longest rule, so nested rules stay readable
        rules.getColumn(0).pack();
        rules.getColumn(0).setWidth(rules.getColumn(0).getWidth() + 8);
        rules.setRedraw(true);
        diagram.show(tree, colourOf);
        TreeNode again = nodeAt(selectedPath);
        if (again != null) {
            rules.setSelection(items.get(again));
            diagram.select(again);
        }
    }

    private void fill(TreeItem item, TreeNode node, Boolean branch) {
        items.put(node, item);
        item.setData(node);
        String prefix = branch == null ? "" : branch ? "then " : "else ";
        if (TreeRules.isLeaf(node)) {
            String cls = TreeRules.className(model, node.getPredictedClass());
            item.setText(new String[] { (branch == null ? "always " : prefix) + cls, cls,
                    TreeRules.shortSupport(model, node) });
            return;
        }
        double total = 0;
        for (double c : TreeRules.counts(model, node)) {
            total += c;
        }
        item.setText(new String[] { prefix + "if " + shown(TreeRules.condition(model, node, true)),
                Numbers.format(node.getThreshold()), total > 0 ? Numbers.format(total) + " points" : "" });
        for (TreeNode child : new TreeNode[] { node.getLeft(), node.getRight() }) {
            if (child != null) {
                fill(new TreeItem(item, SWT.NONE), child, child == node.getLeft());
            }
        }
    }

    static String shown(String condition) {
        return condition.replace(" <= ", " \u2264 ");
    }

    private static void expandAll(TreeItem item) {
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            expandAll(child);
        }
    }

    TreeNode selectedNode() {
        TreeItem[] selection = rules.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof TreeNode node ? node : null;
    }

    private void selectInRules(TreeNode node) {
        TreeItem item = items.get(node);
        if (item != null) {
            rules.setSelection(item);
            rules.showItem(item);
        }
    }

    /** The branches (true: left) from the root to {@code node}. */
    private static List<Boolean> pathOf(TreeNode node) {
        List<Boolean> path = new ArrayList<>();
        if (node == null) {
            return null;
        }
        for (TreeNode child = node, p = TreeRules.parent(node); p != null; child = p, p = TreeRules.parent(p)) {
            path.add(0, p.getLeft() == child);
        }
        return path;
    }

    private TreeNode nodeAt(List<Boolean> path) {
        if (path == null || model == null || model.getRoot() == null) {
            return null;
        }
        TreeNode node = model.getRoot();
        for (boolean left : path) {
            if (TreeRules.isLeaf(node)) {
                return node; // the rule it was in was deleted: stay on what replaced it
            }
            node = left ? node.getLeft() : node.getRight();
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    // ---------------------------------------------------------------- editing

    /** Opens the in-place editor of {@code node}'s threshold (a split) or class (a leaf). */
    void edit(TreeNode node) {
        TreeItem item = items.get(node);
        if (item == null) {
            return;
        }
        rules.setSelection(item);
        rules.showItem(item);
        diagram.select(node);
        if (TreeRules.isLeaf(node)) {
            editClass(item, node);
        } else {
            InlineText.open(rules, item.getText(VALUE_COLUMN), c -> cellEditor.setEditor(c, item, VALUE_COLUMN),
                    value -> setThreshold(node, value));
        }
    }

    boolean setThreshold(TreeNode split, String value) {
        OptionalDouble v = edits.number(value, "the threshold");
        return v.isPresent() && edits.run(e -> e.setThreshold(split, v.getAsDouble()));
    }

    /**
     * A list of the classes over the leaf's cell. Choosing with the mouse, or Enter after the
     * arrow keys, sets the class; Escape or leaving it keeps the old one.
     */
    private void editClass(TreeItem item, TreeNode leaf) {
        CCombo combo = new CCombo(rules, SWT.READ_ONLY | SWT.FLAT);
        model.getClassNames().forEach(combo::add);
        combo.select(leaf.getPredictedClass());
        combo.setVisibleItemCount(Math.min(12, model.getClassNames().size()));
        cellEditor.setEditor(combo, item, VALUE_COLUMN);
        combo.setFocus();
        boolean[] byKeyboard = { false };
        Runnable commit = () -> {
            int chosen = combo.getSelectionIndex();
            combo.dispose();
            if (chosen >= 0) {
                edits.run(e -> e.setLeafClass(leaf, chosen));
            }
        };
        // CCombo tells KeyDown listeners before it moves the selection for an arrow key
        combo.addListener(SWT.KeyDown, e -> byKeyboard[0] = e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN
                || e.keyCode == SWT.HOME || e.keyCode == SWT.END || e.keyCode == SWT.PAGE_UP || e.keyCode == SWT.PAGE_DOWN);
        combo.addListener(SWT.Selection, e -> {
            if (byKeyboard[0]) {
                byKeyboard[0] = false;
            } else if (!combo.isDisposed()) {
                commit.run();
            }
        });
        combo.addListener(SWT.DefaultSelection, e -> {
            if (!combo.isDisposed()) {
                commit.run();
            }
        });
        combo.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                combo.dispose();
            }
        });
        combo.addListener(SWT.FocusOut, e -> combo.getDisplay().asyncExec(() -> {
            // the drop-down list takes the focus while it is open; only a real leave cancels
            if (!combo.isDisposed() && !combo.isFocusControl() && !combo.getListVisible()) {
                combo.dispose();
            }
        }));
    }

    /** Control under which the class list of a leaf being edited lives, for tests. */
    Control activeEditor() {
        return cellEditor.getEditor();
    }

    void deleteSelected() {
        TreeNode node = selectedNode();
        if (node == null) {
            node = diagram.selected();
        }
        if (node != null) {
            TreeNode target = node;
            edits.run(e -> e.deleteRule(target));
        }
    }
}
