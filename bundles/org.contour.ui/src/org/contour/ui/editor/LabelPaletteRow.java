package org.contour.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.contour.core.session.LabelEdits;
import org.contour.core.session.LabelPalette;
import org.contour.core.session.ProjectSession;
import org.contour.model.LabelClass;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The label palette above the map: one radio button per label (its colour, its name; keys 1-9
 * pick the first nine, 0 picks "no label"), and the label actions: assign the chosen label to
 * the selection (Enter), add, rename, recolour and delete labels. Every action is one command
 * of the session ({@link LabelEdits}); refused names are explained in the dialog itself.
 */
final class LabelPaletteRow {

    static final String ASSIGN = "Assign label";
    static final String ADD = "Add...";
    static final String RENAME = "Rename...";
    static final String RECOLOUR = "Colour...";
    static final String DELETE = "Delete...";
    static final String NO_LABEL = "no label";

    private final Composite row;
    private final EmbeddingCanvas canvas;
    private final ProjectSession session;
    private final LabelEdits edits;
    private final Consumer<String> status;
    private final List<Image> swatches = new ArrayList<>();
    private String signature = "";

    LabelPaletteRow(Composite parent, EmbeddingCanvas canvas, ProjectSession session, Consumer<String> status) {
        this.canvas = canvas;
        this.session = session;
        this.edits = new LabelEdits(session);
        this.status = status;
        row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.marginTop = 0;
        layout.marginLeft = 6;
        layout.center = true;
        row.setLayout(layout);
        row.addListener(SWT.Dispose, e -> swatches.forEach(Image::dispose));
    }

    Composite control() {
        return row;
    }

    /** Rebuilds the buttons when a label was added, renamed, recoloured or deleted (or undone). */
    void refresh() {
        StringBuilder sb = new StringBuilder();
        for (LabelClass l : session.project().getLabels()) {
            sb.append(l.getName()).append('\u0000').append(l.getColor()).append('\u0001');
        }
        sb.append(canvas.activeLabel() == null ? "-" : Integer.toString(session.labelIndexOf(canvas.activeLabel())));
        if (!sb.toString().equals(signature)) {
            signature = sb.toString();
            rebuild();
        }
    }

    private void rebuild() {
        for (Control c : row.getChildren()) {
            c.dispose();
        }
        swatches.forEach(Image::dispose);
        swatches.clear();
        // the buttons first, the labels after them: adding a label then never moves a button
        // from under the pointer (a click meant for Add... once landed on Assign label)
        push(ASSIGN, "Give the selected points the chosen label (Enter)", this::assign);
        push(ADD, "Add a label with a new colour", this::add);
        push(RENAME, "Rename the chosen label", this::rename);
        push(RECOLOUR, "Change the colour of the chosen label", this::recolour);
        push(DELETE, "Delete the chosen label: its examples lose it, its painted regions go with it (undoable)",
                this::delete);
        new Label(row, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new org.eclipse.swt.layout.RowData(SWT.DEFAULT, 20));
        new Label(row, SWT.NONE).setText("Label:");
        radio(null, 0);
        List<LabelClass> labels = session.project().getLabels();
        for (int i = 0; i < labels.size(); i++) {
            radio(labels.get(i), i + 1);
        }
        row.getParent().layout(true, true);
    }

    private void radio(LabelClass label, int key) {
        Button b = new Button(row, SWT.RADIO);
        b.setText(label == null ? NO_LABEL : label.getName());
        b.setImage(swatch(label == null ? LabelPalette.UNLABELLED : label.getColor()));
        b.setData(label);
        if (key <= 9) {
            b.setToolTipText((label == null ? "Remove labels" : "Label '" + label.getName() + "'") + " (key " + key + ")");
        }
        b.setSelection(label == canvas.activeLabel());
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection()) {
                canvas.setActiveLabel(label);
                canvas.getControl().setFocus(); // so Enter and the number keys go to the map
            }
        });
    }

    private void push(String text, String tooltip, Runnable action) {
        Button b = new Button(row, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private Image swatch(int rgb) {
        Image image = new Image(row.getDisplay(), 12, 12);
        GC gc = new GC(image);
        gc.setBackground(canvas.colour(rgb));
        gc.fillRectangle(0, 0, 12, 12);
        gc.setForeground(canvas.colour(0x404040));
        gc.drawRectangle(0, 0, 11, 11);
        gc.dispose();
        swatches.add(image);
        return image;
    }

    /** Makes {@code label} ({@code null}: no label) the chosen one, as a click on its button would. */
    void choose(LabelClass label) {
        canvas.setActiveLabel(label);
        for (Control c : row.getChildren()) {
            if (c instanceof Button b && (b.getStyle() & SWT.RADIO) != 0) {
                b.setSelection(b.getData() == label);
            }
        }
    }

    /** Number keys: 0 is "no label", 1-9 the first nine labels. */
    void chooseByKey(int digit) {
        List<LabelClass> labels = session.project().getLabels();
        if (digit == 0) {
            choose(null);
            status.accept("Chosen: no label (Enter removes the labels of the selection)");
        } else if (digit <= labels.size()) {
            choose(labels.get(digit - 1));
            status.accept("Chosen: label '" + labels.get(digit - 1).getName() + "' (Enter assigns it to the selection)");
        } else {
            status.accept("There is no label " + digit + ": the project has " + labels.size() + " labels.");
        }
    }

    /** Gives the chosen label to all selected points, as one undoable step. */
    void assign() {
        int[] rows = canvas.selection();
        if (rows.length == 0) {
            status.accept("Select points first (tap, box, lasso or polygon), then assign a label.");
            return;
        }
        LabelClass label = canvas.activeLabel();
        String name = label == null ? NO_LABEL : label.getName();
        int changed = session.assignLabel(rows, label);
        status.accept(changed == 0 ? "The " + rows.length + " selected points are labelled '" + name + "' already"
                : changed + " points labelled '" + name + "'"
                        + (changed < rows.length ? " (" + (rows.length - changed) + " had it already)" : ""));
    }

    private void add() {
        InputDialog dialog = new InputDialog(row.getShell(), "Add label", "Name of the new label:", "",
                text -> edits.nameProblem(text, null));
        if (dialog.open() != Window.OK) {
            return;
        }
        LabelClass label = edits.add(dialog.getValue());
        canvas.setActiveLabel(label);
        refresh();
        status.accept("Added label '" + label.getName() + "'");
    }

    private LabelClass chosen(String action) {
        LabelClass label = canvas.activeLabel();
        if (label == null) {
            status.accept("Choose the label to " + action + " first (click it in the palette).");
        }
        return label;
    }

    private void rename() {
        LabelClass label = chosen("rename");
        if (label == null) {
            return;
        }
        InputDialog dialog = new InputDialog(row.getShell(), "Rename label", "New name of the label '"
                + label.getName() + "':", label.getName(), text -> edits.nameProblem(text, label));
        if (dialog.open() != Window.OK) {
            return;
        }
        String old = label.getName();
        edits.rename(label, dialog.getValue());
        status.accept("Renamed label '" + old + "' to '" + label.getName() + "'");
    }

    private void recolour() {
        LabelClass label = chosen("recolour");
        if (label == null) {
            return;
        }
        ColorDialog dialog = new ColorDialog(row.getShell());
        dialog.setText(colourDialogTitle(label));
        int c = label.getColor();
        dialog.setRGB(new RGB((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
        RGB rgb = dialog.open();
        if (rgb == null) {
            return;
        }
        edits.recolour(label, (rgb.red << 16) | (rgb.green << 8) | rgb.blue);
        status.accept("Label '" + label.getName() + "' is now drawn in #" + String.format("%06X", label.getColor()));
    }

    /** The title of the colour dialog for {@code label} (tests find the native dialog by it). */
    static String colourDialogTitle(LabelClass label) {
        return "Colour of label '" + label.getName() + "'";
    }

    private void delete() {
        LabelClass label = chosen("delete");
        if (label == null) {
            return;
        }
        int examples = edits.examplesWith(label);
        int sketches = edits.sketchesOf(label).size();
        if (examples > 0 || sketches > 0) {
            String message = "Delete the label '" + label.getName() + "'?\n\n" + examples + " examples will have no label"
                    + (sketches == 1 ? " and its painted region will be removed"
                            : sketches > 1 ? " and its " + sketches + " painted regions will be removed" : "")
                    + ".\nEdit > Undo brings everything back.";
            MessageDialog ask = new MessageDialog(row.getShell(), "Delete label", null, message, MessageDialog.QUESTION,
                    0, "Delete", "Cancel");
            if (ask.open() != 0) {
                status.accept("The label '" + label.getName() + "' was kept.");
                return;
            }
        }
        String name = label.getName();
        boolean hadModel = session.project().getModel() != null;
        var command = edits.delete(label, null);
        if (sketches > 0 || hadModel && session.project().getModel() == null) {
            // its regions went, or with it the model that predicted it: train again, in the same undo step
            canvas.sketchesChanged(command);
        }
        canvas.setActiveLabel(null);
        refresh();
        status.accept("Deleted label '" + name + "': " + examples + " examples unlabelled"
                + (sketches > 0 ? ", " + sketches + " painted regions removed" : "") + ".");
    }
}
