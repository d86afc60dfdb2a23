package org.contour.ui.interpret;

import java.util.List;
import java.util.OptionalDouble;

import org.contour.core.interpret.Equations;
import org.contour.core.interpret.Numbers;
import org.contour.model.LinearModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A linear or polynomial model with few features: one equation per class (a polynomial
 * model's standardisation written once above them) and a table of the coefficients, one row
 * per class. Double-click a number to change it in place.
 */
final class LinearSection {

    private final Edits edits;
    private final SashForm root;
    private final Text equations;
    private final Table coefficients;
    private final TableEditor cellEditor;
    private LinearModel model;

    LinearSection(Composite parent, Edits edits) {
        this.edits = edits;
        root = new SashForm(parent, SWT.VERTICAL);
        equations = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        Composite lower = new Composite(root, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        lower.setLayout(layout);
        Label explanation = new Label(lower, SWT.WRAP);
        explanation.setText("Weights: one row per class, one column per term (double-click a number to change it):");
        GridData explanationData = new GridData(SWT.FILL, SWT.TOP, true, false);
        explanationData.widthHint = 200;
        explanation.setLayoutData(explanationData);
        coefficients = new Table(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        coefficients.setHeaderVisible(true);
        coefficients.setLinesVisible(true);
        coefficients.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setWeights(45, 55);
        cellEditor = new TableEditor(coefficients);
        cellEditor.horizontalAlignment = SWT.LEFT;
        cellEditor.grabHorizontal = true;
        coefficients.addListener(SWT.MouseDoubleClick, e -> {
            Point p = new Point(e.x, e.y);
            TableItem item = coefficients.getItem(p);
            if (item == null) {
                return;
            }
            for (int col = 1; col < coefficients.getColumnCount(); col++) {
                if (item.getBounds(col).contains(p)) {
                    int column = col;
                    // after the click is done with: GTK gives the focus back to the table at the
                    // end of a double-click, which would close a field opened right now
                    coefficients.getDisplay().asyncExec(() -> {
                        if (!item.isDisposed()) {
                            editCell(item, column);
                        }
                    });
                    return;
                }
            }
        });
    }

    SashForm control() {
        return root;
    }

    Table table() {
        return coefficients;
    }

    String equationText() {
        return equations.getText();
    }

    void show(LinearModel linear) {
        model = linear;
        equations.setText(Equations.describe(linear));
        int selected = coefficients.getSelectionIndex();
        coefficients.setRedraw(false);
        coefficients.removeAll();
        List<String> terms = Equations.termNames(linear);
        // keep the columns when the model's shape is the same, so widths the user set survive an edit
        boolean newColumns = coefficients.getColumnCount() != terms.size() + 2 || !sameHeaders(terms);
        if (newColumns) {
            for (TableColumn c : coefficients.getColumns()) {
                c.dispose();
            }
            column("class", 60);
            for (String t : terms) {
                column(t, 70);
            }
            column("bias", 70);
        }
        int width = terms.size();
        for (int c = 0; c < linear.getClassNames().size(); c++) {
            TableItem item = new TableItem(coefficients, SWT.NONE);
            item.setText(0, linear.getClassNames().get(c));
            for (int f = 0; f < width; f++) {
                item.setText(1 + f, Numbers.format(linear.getWeights()[c * width + f]));
            }
            item.setText(1 + width, Numbers.format(linear.getBiases()[c]));
        }
        if (newColumns) {
            for (TableColumn c : coefficients.getColumns()) {
                c.pack();
                c.setWidth(Math.min(200, Math.max(50, c.getWidth() + 8)));
            }
        }
        if (selected >= 0 && selected < coefficients.getItemCount()) {
            coefficients.setSelection(selected);
        }
        coefficients.setRedraw(true);
    }

    private boolean sameHeaders(List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            if (!coefficients.getColumn(1 + i).getText().equals(terms.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(coefficients, SWT.RIGHT);
        c.setText(title);
        c.setWidth(width);
    }

    private void editCell(TableItem item, int column) {
        int row = coefficients.indexOf(item);
        InlineText.open(coefficients, item.getText(column), c -> cellEditor.setEditor(c, item, column),
                value -> setCoefficient(row, column, value));
    }

    /**
     * Sets coefficient ({@code row}, {@code column}) of the table: columns 1..F are the weights,
     * column F+1 the bias. Text that is not a finite number is refused with a message.
     *
     * @return false when the value was refused
     */
    boolean setCoefficient(int row, int column, String value) {
        if (model == null) {
            return false;
        }
        int width = model.getFeatureNames().size();
        boolean bias = column > width;
        OptionalDouble v = edits.number(value, bias ? "the bias" : "the weight");
        if (v.isEmpty()) {
            return false;
        }
        return edits.run(e -> {
            if (bias) {
                e.setBias(row, v.getAsDouble());
            } else {
                e.setWeight(row, column - 1, v.getAsDouble());
            }
        });
    }
}
