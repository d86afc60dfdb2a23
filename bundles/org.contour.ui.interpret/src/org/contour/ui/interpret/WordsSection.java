package org.contour.ui.interpret;

import java.util.List;
import java.util.OptionalDouble;

import org.contour.core.interpret.Numbers;
import org.contour.core.interpret.TopFeatures;
import org.contour.model.LinearModel;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A linear model over many features (the words of a text model): per class the words with the
 * largest weights, a filter box to find any word, and in-place editing of a word's weight
 * (double-click); Delete or the context menu sets it to zero.
 */
final class WordsSection {

    static final int DEFAULT_COUNT = 15;

    private final Edits edits;
    private final Composite root;
    private final Combo classChoice;
    private final Text filter;
    private final Spinner count;
    private final Label summary;
    private final Table words;
    private final TableEditor cellEditor;
    private LinearModel model;

    WordsSection(Composite parent, Edits edits) {
        this.edits = edits;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 0;
        root.setLayout(layout);
        new Label(root, SWT.NONE).setText("Class:");
        classChoice = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        classChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        new Label(root, SWT.NONE).setText("Find:");
        filter = new Text(root, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage("word");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(root, SWT.NONE).setText("Top:");
        count = new Spinner(root, SWT.BORDER);
        count.setValues(DEFAULT_COUNT, 1, 1000, 0, 1, 10);
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        words = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        words.setHeaderVisible(true);
        words.setLinesVisible(true);
        words.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        column("class", 70, SWT.LEFT);
        column("word", 170, SWT.LEFT);
        column("weight", 80, SWT.RIGHT);
        cellEditor = new TableEditor(words);
        cellEditor.grabHorizontal = true;

        classChoice.addListener(SWT.Selection, e -> fill());
        filter.addListener(SWT.Modify, e -> fill());
        count.addListener(SWT.Modify, e -> fill());
        words.addListener(SWT.MouseDoubleClick, e -> {
            TableItem item = words.getItem(new Point(e.x, e.y));
            if (item != null) {
                // once the double-click is over (see LinearSection)
                words.getDisplay().asyncExec(() -> {
                    if (!item.isDisposed()) {
                        editWeight(item);
                    }
                });
            }
        });
        words.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                zeroSelected();
            } else if (e.keyCode == SWT.F2 && words.getSelectionCount() == 1) {
                editWeight(words.getSelection()[0]);
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(new Action("Change weight...\tF2") {
            @Override
            public void run() {
                if (words.getSelectionCount() == 1) {
                    editWeight(words.getSelection()[0]);
                }
            }
        });
        menu.add(new Action("Set weight to zero\tDel") {
            @Override
            public void run() {
                zeroSelected();
            }
        });
        words.setMenu(menu.createContextMenu(words));
    }

    private void column(String title, int width, int align) {
        TableColumn c = new TableColumn(words, align);
        c.setText(title);
        c.setWidth(width);
    }

    Composite control() {
        return root;
    }

    Table table() {
        return words;
    }

    Text filter() {
        return filter;
    }

    Combo classChoice() {
        return classChoice;
    }

    void show(LinearModel linear) {
        boolean sameClasses = model != null && model.getClassNames().equals(linear.getClassNames());
        model = linear;
        if (!sameClasses) {
            classChoice.removeAll();
            classChoice.add("every class");
            linear.getClassNames().forEach(classChoice::add);
            classChoice.select(0);
        }
        fill();
    }

    private void fill() {
        if (model == null || words.isDisposed()) {
            return;
        }
        int cls = classChoice.getSelectionIndex() - 1;
        List<TopFeatures.Entry> top = TopFeatures.top(model, cls, filter.getText(), count.getSelection());
        int selected = words.getSelectionIndex();
        words.setRedraw(false);
        words.removeAll();
        for (TopFeatures.Entry entry : top) {
            TableItem item = new TableItem(words, SWT.NONE);
            item.setText(new String[] { entry.className(), entry.featureName(), Numbers.format(entry.weight()) });
            item.setData(entry);
        }
        if (selected >= 0 && selected < words.getItemCount()) {
            words.setSelection(selected);
        }
        words.setRedraw(true);
        String which = cls < 0 ? "each class" : "class " + model.getClassNames().get(cls);
        summary.setText(model.getFeatureNames().size() + " features. The words that push the score of " + which
                + " most (a positive weight for the class, a negative one against it)"
                + (filter.getText().isBlank() ? "" : ", containing '" + filter.getText().strip() + "'") + ":");
        root.layout(true, true);
    }

    private void editWeight(TableItem item) {
        TopFeatures.Entry entry = (TopFeatures.Entry) item.getData();
        InlineText.open(words, item.getText(2), c -> cellEditor.setEditor(c, item, 2),
                value -> setWeight(entry, value));
    }

    boolean setWeight(TopFeatures.Entry entry, String value) {
        OptionalDouble v = edits.number(value, "the weight of '" + entry.featureName() + "'");
        return v.isPresent() && edits.run(e -> e.setWeight(entry.cls(), entry.feature(), v.getAsDouble()));
    }

    void zeroSelected() {
        if (words.getSelectionCount() == 1 && words.getSelection()[0].getData() instanceof TopFeatures.Entry entry) {
            edits.run(e -> e.setWeight(entry.cls(), entry.feature(), 0));
        }
    }
}
