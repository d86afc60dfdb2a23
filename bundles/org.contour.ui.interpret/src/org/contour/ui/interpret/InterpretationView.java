package org.contour.ui.interpret;

import java.util.Locale;

import org.contour.core.session.ProjectSession;
import org.contour.model.LinearModel;
import org.contour.model.TaughtModel;
import org.contour.ui.common.ActiveSessionTracker;
import org.contour.ui.common.UndoRedoHandlers;
import org.eclipse.swt.SWT;
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
import org.eclipse.ui.part.ViewPart;

/**
 * Shows the taught model in the data's own terms and lets the expert change it: for a linear
 * model, one equation per class and a table of its coefficients. Editing a cell (double-click,
 * type, Enter) changes the model through an undoable command; the map repaints its regions.
 */
public final class InterpretationView extends ViewPart {

    public static final String ID = "org.contour.ui.interpret.view";

    private Label heading;
    private Text equations;
    private Table coefficients;
    private Text provenance;
    private ProjectSession session;
    private ActiveSessionTracker tracker;
    private final ProjectSession.Listener refresher = s -> {
        if (coefficients != null && !coefficients.isDisposed()) {
            coefficients.getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        equations = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData eqData = new GridData(SWT.FILL, SWT.FILL, true, false);
        eqData.heightHint = 150;
        equations.setLayoutData(eqData);
        new Label(parent, SWT.NONE).setText("Coefficients (double-click a number to change it):");
        coefficients = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        coefficients.setHeaderVisible(true);
        coefficients.setLinesVisible(true);
        coefficients.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        installCellEditing();
        provenance = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData provData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        provData.heightHint = 70;
        provenance.setLayoutData(provData);
        tracker = new ActiveSessionTracker(getSite().getPage(), this::show);
        UndoRedoHandlers.install(getViewSite().getActionBars(), () -> session);
        refresh();
    }

    public void show(ProjectSession newSession) {
        if (session != null) {
            session.removeListener(refresher);
        }
        session = newSession;
        if (session != null) {
            session.addListener(refresher);
        }
        refresh();
    }

    private void refresh() {
        if (coefficients.isDisposed()) {
            return;
        }
        TaughtModel model = session == null ? null : session.project().getModel();
        coefficients.removeAll();
        for (TableColumn c : coefficients.getColumns()) {
            c.dispose();
        }
        if (!(model instanceof LinearModel linear)) {
            heading.setText(session == null ? "No project is open."
                    : "No model yet. Choose \"Paint region\" on the map and paint where two or more labels belong: "
                            + "a classifier is trained from your drawing.");
            equations.setText("");
            provenance.setText("");
            heading.getParent().layout(true, true);
            return;
        }
        heading.setText("Linear model (" + linear.getTrainerId() + ")" + (linear.isHandEdited() ? ", edited by hand" : ""));
        equations.setText(LinearEquations.describe(linear));
        column("class", 90);
        for (String f : linear.getFeatureNames()) {
            column("weight of " + f, 110);
        }
        column("bias", 90);
        int width = linear.getFeatureNames().size();
        for (int c = 0; c < linear.getClassNames().size(); c++) {
            TableItem item = new TableItem(coefficients, SWT.NONE);
            item.setText(0, linear.getClassNames().get(c));
            for (int f = 0; f < width; f++) {
                item.setText(1 + f, LinearEquations.format(linear.getWeights()[c * width + f]));
            }
            item.setText(1 + width, LinearEquations.format(linear.getBiases()[c]));
        }
        provenance.setText(linear.getProvenance() == null ? "" : linear.getProvenance());
        heading.getParent().layout(true, true);
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(coefficients, SWT.RIGHT);
        c.setText(title);
        c.setWidth(width);
    }

    /** An inline text editor over the double-clicked coefficient. */
    private void installCellEditing() {
        TableEditor editor = new TableEditor(coefficients);
        editor.horizontalAlignment = SWT.LEFT;
        editor.grabHorizontal = true;
        coefficients.addListener(SWT.MouseDoubleClick, e -> {
            Point p = new Point(e.x, e.y);
            TableItem item = coefficients.getItem(p);
            if (item == null) {
                return;
            }
            for (int col = 1; col < coefficients.getColumnCount(); col++) {
                if (item.getBounds(col).contains(p)) {
                    editCell(editor, item, col);
                    return;
                }
            }
        });
    }

    private void editCell(TableEditor editor, TableItem item, int column) {
        Text text = new Text(coefficients, SWT.NONE);
        text.setText(item.getText(column));
        text.selectAll();
        text.setFocus();
        int row = coefficients.indexOf(item);
        Runnable commit = () -> {
            String value = text.getText().strip();
            text.dispose();
            setCoefficient(row, column, value);
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> {
            if (!text.isDisposed()) {
                commit.run();
            }
        });
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                text.dispose();
                e.doit = false;
            }
        });
        editor.setEditor(text, item, column);
    }

    /**
     * Sets coefficient ({@code row}, {@code column}) of the coefficient table: columns 1..F are
     * the feature weights, column F+1 the bias. A value that is not a finite number is refused
     * with a message and changes nothing.
     */
    public void setCoefficient(int row, int column, String value) {
        if (!(session.project().getModel() instanceof LinearModel linear)) {
            return;
        }
        double v;
        try {
            v = Double.parseDouble(value.replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            status("'" + value + "' is not a number; the coefficient is unchanged.");
            return;
        }
        if (!Double.isFinite(v)) {
            status("A coefficient must be a finite number; it is unchanged.");
            return;
        }
        int width = linear.getFeatureNames().size();
        if (column <= width) {
            session.setLinearWeight(row, column - 1, v);
        } else {
            session.setLinearBias(row, v);
        }
        status(String.format(Locale.ROOT, "Set to %s (Undo reverts it)", LinearEquations.format(v)));
    }

    private void status(String message) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    public Table coefficientTable() {
        return coefficients;
    }

    public String equationText() {
        return equations.getText();
    }

    @Override
    public void setFocus() {
        coefficients.setFocus();
    }

    @Override
    public void dispose() {
        tracker.dispose();
        if (session != null) {
            session.removeListener(refresher);
        }
        super.dispose();
    }
}
