package org.contour.ui.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * A form for the {@code <option>}s a contribution declares: a text field for numbers and text,
 * a check box for a boolean, a list for a choice; the declared description as tooltip. It knows
 * nothing of the contribution beyond its option specs.
 */
final class OptionsForm {

    private final Composite root;
    private final Map<OptionSpec, Control> fields = new LinkedHashMap<>();
    private final Runnable onCommit;

    /** @param onCommit run when the user presses Enter in a field or changes a box or list */
    OptionsForm(Composite parent, Runnable onCommit) {
        this.onCommit = onCommit;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
    }

    Composite control() {
        return root;
    }

    /** Rebuilds the form for {@code specs}, filled with {@code values} where given, else the defaults. */
    void show(List<OptionSpec> specs, Map<String, String> values) {
        for (Control c : root.getChildren()) {
            c.dispose();
        }
        fields.clear();
        if (specs.isEmpty()) {
            Label none = new Label(root, SWT.NONE);
            none.setText("This classifier has no options.");
            none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }
        for (OptionSpec spec : specs) {
            String value = values.getOrDefault(spec.id(), spec.defaultValue());
            Control field;
            switch (spec.type()) {
                case BOOLEAN -> {
                    new Label(root, SWT.NONE);
                    Button box = new Button(root, SWT.CHECK);
                    box.setText(spec.name());
                    box.setSelection(Boolean.parseBoolean(value));
                    box.addListener(SWT.Selection, e -> onCommit.run());
                    field = box;
                }
                case CHOICE -> {
                    label(spec);
                    Combo list = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
                    spec.choices().forEach(list::add);
                    list.select(Math.max(0, spec.choices().indexOf(value)));
                    list.addListener(SWT.Selection, e -> onCommit.run());
                    field = list;
                }
                default -> {
                    label(spec);
                    Text text = new Text(root, SWT.BORDER | SWT.SINGLE);
                    text.setText(value);
                    text.setMessage(spec.defaultValue());
                    text.addListener(SWT.DefaultSelection, e -> onCommit.run());
                    field = text;
                }
            }
            field.setToolTipText(tooltip(spec));
            field.setLayoutData(new GridData(spec.type() == OptionSpec.Type.BOOLEAN ? SWT.BEGINNING : SWT.FILL,
                    SWT.CENTER, true, false));
            fields.put(spec, field);
        }
        root.layout(true, true);
    }

    private void label(OptionSpec spec) {
        Label l = new Label(root, SWT.NONE);
        l.setText(spec.name() + ":");
        l.setToolTipText(tooltip(spec));
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

    /** The values as typed, by option id. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((spec, field) -> {
            String v = switch (field) {
                case Button b -> Boolean.toString(b.getSelection());
                case Combo c -> c.getText();
                case Text t -> t.getText().strip();
                default -> "";
            };
            out.put(spec.id(), v);
        });
        return out;
    }

    /** The first problem of a typed value, in words naming the option, or empty. */
    Optional<String> problem() {
        Map<String, String> values = values();
        for (OptionSpec spec : fields.keySet()) {
            Optional<String> p = spec.problemWith(values.get(spec.id()));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The field of option {@code id}, for tests. */
    Control field(String id) {
        return fields.entrySet().stream().filter(e -> e.getKey().id().equals(id)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
