package org.contour.ui.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.core.registry.Contribution;
import org.contour.ui.common.OptionsForm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * Choosing one contribution of an extension point and its options: a drop-down of the
 * contributions (by name, the plug-in in the tooltip), the chosen one's description, and its
 * {@link OptionsForm}, rebuilt when the choice changes.
 */
final class ContributionPicker<T> {

    private final Group group;
    private final Combo combo;
    private final Label description;
    private final Composite optionsArea;
    private final List<Contribution<T>> choices;
    private final DataTable table;
    private final Runnable onChange;
    private OptionsForm form;

    /**
     * @param initialId      the contribution selected at first (the first one when absent)
     * @param initialOptions values for its form
     */
    ContributionPicker(Composite parent, String title, List<Contribution<T>> choices, String initialId,
            Map<String, String> initialOptions, DataTable table, Runnable onChange) {
        this.choices = choices;
        this.table = table;
        this.onChange = onChange;
        group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label label = new Label(group, SWT.NONE);
        label.setText("Method:");
        combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Contribution<T> c : choices) {
            combo.add(c.name());
        }
        combo.setVisibleItemCount(Math.min(15, Math.max(1, choices.size())));
        description = new Label(group, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        descriptionData.widthHint = 460;
        description.setLayoutData(descriptionData);
        optionsArea = new Composite(group, SWT.NONE);
        GridLayout areaLayout = new GridLayout(2, false);
        areaLayout.marginWidth = 0;
        optionsArea.setLayout(areaLayout);
        optionsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        int initial = 0;
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(initialId)) {
                initial = i;
            }
        }
        if (!choices.isEmpty()) {
            combo.select(initial);
            show(choices.get(initial), initialOptions);
        }
        combo.addListener(SWT.Selection, e -> {
            show(selected(), Map.of());
            org.eclipse.swt.widgets.Shell shell = group.getShell();
            shell.layout(true, true);
            org.eclipse.swt.graphics.Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            org.eclipse.swt.graphics.Point now = shell.getSize();
            shell.setSize(Math.max(now.x, wanted.x), Math.max(now.y, wanted.y));
            onChange.run();
        });
    }

    private void show(Contribution<T> contribution, Map<String, String> values) {
        if (form != null) {
            form.dispose();
        }
        description.setText(contribution.description() + "  [" + contribution.id() + ", from plug-in "
                + contribution.pluginId() + "]");
        combo.setToolTipText(contribution.describe());
        form = new OptionsForm(optionsArea, contribution.options(), values, table, "No settings.", onChange, null);
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    Contribution<T> selected() {
        int at = combo.getSelectionIndex();
        return at < 0 ? null : choices.get(at);
    }

    Options options() {
        return form == null ? Options.NONE : form.values();
    }

    Optional<String> problem() {
        if (selected() == null) {
            return Optional.of("No " + group.getText().toLowerCase() + " is installed that reads this data.");
        }
        return form.problem();
    }

    Combo combo() {
        return combo;
    }

    Group group() {
        return group;
    }
}
