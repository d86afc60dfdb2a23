package org.contour.ui.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.core.registry.Contribution;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ProjectSession;
import org.contour.model.Embedding;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Choosing a new 2-D reduction and its options for an open project. When regions were painted,
 * or a model taught, on the current map, the dialog says that they go with it (they are drawn in
 * its coordinates) and that Undo brings them back.
 */
public final class ChangeMapDialog extends TitleAreaDialog {

    public static final String TITLE = "Change map";

    private final ProjectSession session;
    private ContributionPicker<Reducer> reducer;
    private Contribution<Reducer> chosen;
    private Options options;

    public ChangeMapDialog(Shell parent, ProjectSession session) {
        super(parent);
        this.session = session;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Change the map of " + session.project().getName());
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Embedding current = session.project().getEmbedding();
        List<Contribution<Reducer>> reducers = DatasetPipeline.reducers();
        String currentId = current == null ? ProjectSession.DEFAULT_REDUCER : current.getReducerId();
        Map<String, String> currentOptions = current == null ? Map.of() : current.getReducerOptions().map();
        reducer = new ContributionPicker<>(body, "Map (2-D reduction)", reducers, currentId, currentOptions,
                session.table(), this::validate);
        return area;
    }

    /** The sentence that warns what a new map removes, or null when it removes nothing. */
    static String warning(ProjectSession.DrawnOnMap drawn) {
        if (drawn.isEmpty()) {
            return null;
        }
        String regions = drawn.sketches() == 1 ? "1 painted region" : drawn.sketches() + " painted regions";
        String what = drawn.sketches() > 0 && drawn.model() ? regions + " and the model taught on them"
                : drawn.sketches() > 0 ? regions : "The model taught on this map";
        boolean plural = drawn.sketches() > 1 || (drawn.sketches() > 0 && drawn.model());
        return what + (plural ? " are" : " is") + " drawn in the current map's coordinates and will be removed "
                + "with it. Undo brings " + (plural ? "them" : "it") + " back.";
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Change map", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        Optional<String> problem = reducer.problem();
        setErrorMessage(problem.orElse(null));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
        }
        String warning = warning(session.drawnOnMap());
        if (warning != null) {
            setMessage(warning, IMessageProvider.WARNING);
        } else {
            setMessage("The new map is computed in the background; you can go on working, or cancel it.");
        }
    }

    @Override
    protected void okPressed() {
        chosen = reducer.selected();
        options = reducer.options();
        super.okPressed();
    }

    public Contribution<Reducer> chosen() {
        return chosen;
    }

    public Options options() {
        return options;
    }
}
