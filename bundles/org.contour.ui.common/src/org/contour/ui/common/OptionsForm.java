package org.contour.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.core.registry.OptionSpec;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A form for the {@code <option>}s a contribution declares in plugin.xml, built without knowing
 * the plug-in: a check box per boolean, a drop-down per choice, a drop-down of the table's
 * numeric columns per column option, a multiple-choice list of all columns per columns option,
 * and a text field otherwise. Every field shows the option's description, range and default as
 * its tooltip, starts at the stored or declared value, and is checked as the user types
 * ({@link #problem()}). The import dialogs and the Teaching tab use the same form.
 * <p>
 * Each field's control carries its option id as data under {@link #OPTION_KEY}, so tests and
 * accessibility tools can find it.
 */
public final class OptionsForm {

    /** {@link Control#getData(String)} key holding an option field's option id. */
    public static final String OPTION_KEY = "org.contour.option";
    /** What a column option shows for "no choice", which lets the contribution pick. */
    public static final String AUTOMATIC = "(automatic)";

    private final Composite body;
    private final List<Field> fields = new ArrayList<>();
    private final Runnable onChange;
    private final Runnable onCommit;

    private record Field(OptionSpec spec, Control control, List<String> columnChoices) {
    }

    /**
     * @param parent   where the form goes; the caller gives {@link #control()} its layout data
     * @param specs    the declared options, in plugin.xml order
     * @param initial  values to start from (stored in a project, say); missing ones take the default
     * @param table    the dataset, for column options; may be null
     * @param none     what the form says when there are no options
     * @param onChange told after every edit (each key typed)
     * @param onCommit told when an edit is meant to take effect: Enter in a text field, a new
     *                 choice in a box or list; may be null
     */
    public OptionsForm(Composite parent, List<OptionSpec> specs, Map<String, String> initial, DataTable table,
            String none, Runnable onChange, Runnable onCommit) {
        this.onChange = onChange;
        this.onCommit = onCommit == null ? () -> { } : onCommit;
        body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        for (OptionSpec spec : specs) {
            String value = initial.getOrDefault(spec.id(), spec.defaultValue());
            fields.add(createField(spec, value == null ? "" : value, table));
        }
        if (specs.isEmpty()) {
            Label label = new Label(body, SWT.NONE);
            label.setText(none);
            label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        }
    }

    public Composite control() {
        return body;
    }

    private Field createField(OptionSpec spec, String value, DataTable table) {
        String tip = tooltip(spec);
        if (spec.type() == OptionSpec.Type.BOOLEAN) {
            new Label(body, SWT.NONE);
            Button check = new Button(body, SWT.CHECK);
            check.setText(spec.name());
            check.setToolTipText(tip);
            check.setSelection(Boolean.parseBoolean(value));
            check.setData(OPTION_KEY, spec.id());
            check.addListener(SWT.Selection, e -> changedAndCommitted());
            return new Field(spec, check, List.of());
        }
        Label label = new Label(body, SWT.NONE);
        label.setText(spec.name() + ":");
        label.setToolTipText(tip);
        label.setLayoutData(new GridData(SWT.LEFT, spec.type() == OptionSpec.Type.COLUMNS ? SWT.TOP : SWT.CENTER,
                false, false));
        switch (spec.type()) {
            case CHOICE, COLUMN -> {
                List<String> choices = new ArrayList<>();
                if (spec.type() == OptionSpec.Type.CHOICE) {
                    choices.addAll(spec.choices());
                } else {
                    choices.add("");
                    if (table != null) {
                        choices.addAll(table.columnNames());
                    }
                }
                if (!choices.contains(value)) {
                    choices.add(value);
                }
                Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
                for (String choice : choices) {
                    combo.add(choice.isEmpty() ? AUTOMATIC : choice);
                }
                combo.select(choices.indexOf(value));
                combo.setVisibleItemCount(Math.min(20, choices.size()));
                combo.setToolTipText(tip);
                combo.setData(OPTION_KEY, spec.id());
                combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                combo.addListener(SWT.Selection, e -> changedAndCommitted());
                return new Field(spec, combo, choices);
            }
            case COLUMNS -> {
                List<String> columns = new ArrayList<>();
                if (table != null) {
                    columns.addAll(table.columnNames());
                    columns.addAll(table.nominalColumnNames());
                }
                org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(body,
                        SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
                columns.forEach(list::add);
                List<String> chosen = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                for (String column : chosen) {
                    int at = columns.indexOf(column);
                    if (at >= 0) {
                        list.select(at);
                    }
                }
                list.setToolTipText(tip + " (Ctrl-click picks several)");
                list.setData(OPTION_KEY, spec.id());
                GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
                data.heightHint = list.getItemHeight() * Math.max(2, Math.min(6, columns.size()));
                list.setLayoutData(data);
                list.addListener(SWT.Selection, e -> changedAndCommitted());
                return new Field(spec, list, columns);
            }
            default -> {
                Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
                text.setText(value);
                text.setToolTipText(tip);
                text.setData(OPTION_KEY, spec.id());
                text.setMessage(spec.defaultValue());
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = 120;
                text.setLayoutData(data);
                text.addListener(SWT.Modify, e -> onChange.run());
                text.addListener(SWT.DefaultSelection, e -> onCommit.run());
                return new Field(spec, text, List.of());
            }
        }
    }

    private void changedAndCommitted() {
        onChange.run();
        onCommit.run();
    }

    private static String tooltip(OptionSpec spec) {
        StringBuilder sb = new StringBuilder(spec.description());
        if (!Double.isNaN(spec.min()) || !Double.isNaN(spec.max())) {
            sb.append(sb.isEmpty() ? "" : " ").append("(")
                    .append(Double.isNaN(spec.min()) ? "" : "from " + plain(spec.min()))
                    .append(!Double.isNaN(spec.min()) && !Double.isNaN(spec.max()) ? " " : "")
                    .append(Double.isNaN(spec.max()) ? "" : "to " + plain(spec.max())).append(")");
        }
        if (!spec.defaultValue().isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append("Default: ").append(spec.defaultValue());
        }
        return sb.toString();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The values as the fields show them, by option id. */
    public Options values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            values.put(field.spec().id(), valueOf(field));
        }
        return Options.of(values);
    }

    private static String valueOf(Field field) {
        Control control = field.control();
        if (control instanceof Button check) {
            return Boolean.toString(check.getSelection());
        }
        if (control instanceof Combo combo) {
            int at = combo.getSelectionIndex();
            return at < 0 ? "" : field.columnChoices().get(at);
        }
        if (control instanceof org.eclipse.swt.widgets.List list) {
            List<String> chosen = new ArrayList<>();
            for (int at : list.getSelectionIndices()) {
                chosen.add(field.columnChoices().get(at));
            }
            return String.join(",", chosen);
        }
        return ((Text) control).getText().strip();
    }

    /** What is wrong with the first field whose value the option refuses, or empty. */
    public Optional<String> problem() {
        for (Field field : fields) {
            Optional<String> problem = field.spec().problemWith(valueOf(field));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The field of option {@code id}, or null. */
    public Control field(String id) {
        return fields.stream().filter(f -> f.spec().id().equals(id)).map(Field::control).findFirst().orElse(null);
    }

    public void dispose() {
        body.dispose();
    }
}
