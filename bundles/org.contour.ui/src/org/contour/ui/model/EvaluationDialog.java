package org.contour.ui.model;

import java.util.List;

import org.contour.core.apply.Evaluation;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * How the applied model does against the labels people gave: accuracy, and the confusion
 * matrix (rows: the label, columns: the prediction; the diagonal is right), on the DEV subset
 * when the project has one, else on every labelled example.
 */
public final class EvaluationDialog extends Dialog {

    public static final String TITLE = "Model evaluation";
    private static final Color RIGHT = new Color(new RGB(0xD9, 0xF0, 0xD3));
    private static final Color WRONG = new Color(new RGB(0xFD, 0xE0, 0xDD));

    private final Evaluation evaluation;
    private final String model;

    private EvaluationDialog(Shell parent, Evaluation evaluation, String model) {
        super(parent);
        this.evaluation = evaluation;
        this.model = model;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the dialog (modal) on {@code evaluation}. */
    public static void open(Shell parent, Evaluation evaluation, String modelDescription) {
        new EvaluationDialog(parent, evaluation, modelDescription).open();
    }

    /** "accuracy 96.0% (144 of 150), all labelled examples, 150 compared". */
    public static String summary(Evaluation evaluation) {
        if (evaluation.evaluated() == 0) {
            return "no labelled example to compare with";
        }
        return String.format("accuracy %.1f%% (%d of %d), %s", 100 * evaluation.accuracy(), evaluation.correct(),
                evaluation.evaluated(), evaluation.scope());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label accuracy = new Label(area, SWT.WRAP);
        accuracy.setText(summary(evaluation).substring(0, 1).toUpperCase() + summary(evaluation).substring(1) + ".");
        accuracy.setLayoutData(wide());
        if (model != null && !model.isBlank()) {
            Label which = new Label(area, SWT.WRAP);
            which.setText("Model: " + model);
            which.setLayoutData(wide());
        }
        new Label(area, SWT.NONE).setText("Confusion matrix (rows: the label given; columns: the model's prediction):");
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        List<String> classes = evaluation.classes();
        TableColumn corner = new TableColumn(table, SWT.LEFT);
        corner.setText("label \\ predicted");
        for (String c : classes) {
            TableColumn column = new TableColumn(table, SWT.RIGHT);
            column.setText(c);
        }
        TableColumn recall = new TableColumn(table, SWT.RIGHT);
        recall.setText("recall");
        int[][] m = evaluation.confusion();
        for (int a = 0; a < classes.size(); a++) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, classes.get(a));
            for (int p = 0; p < classes.size(); p++) {
                item.setText(p + 1, Integer.toString(m[a][p]));
                if (m[a][p] > 0) {
                    item.setBackground(p + 1, a == p ? RIGHT : WRONG);
                }
            }
            double r = evaluation.recall(a);
            item.setText(classes.size() + 1, Double.isNaN(r) ? "" : String.format("%.0f%%", 100 * r));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return area;
    }

    private static GridData wide() {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 460;
        return d;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
