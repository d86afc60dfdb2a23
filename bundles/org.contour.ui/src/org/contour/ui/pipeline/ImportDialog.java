package org.contour.ui.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.core.data.DatasetSummary;
import org.contour.core.registry.Contribution;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ImportChoices;
import org.contour.core.session.ProjectSession;
import org.contour.model.DatasetKind;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The choices between reading a dataset and seeing its map: what the data holds (size, nominal
 * columns, missing values per column), the vectorizer that accepts it and the 2-D reduction, each
 * with an options form generated from the contribution's declared options.
 */
public final class ImportDialog extends TitleAreaDialog {

    /** Title of the dialog's shell, for tests. */
    public static final String TITLE = "Import dataset";
    /** Reducers preferred for data whose neighbourhoods matter more than straight axes. */
    static final List<String> NEIGHBOUR_REDUCERS = List.of("org.contour.reduce.umap");

    private final DataTable table;
    private final Options readerOptions;
    private ContributionPicker<Vectorizer> vectorizer;
    private ContributionPicker<Reducer> reducer;
    private ImportChoices choices;

    public ImportDialog(Shell parent, DataTable table, Options readerOptions) {
        super(parent);
        this.table = table;
        this.readerOptions = readerOptions;
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
        setTitle("Import " + table.name());
        setMessage("Choose how the rows become features, and how the features become a map.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Group data = new Group(body, SWT.NONE);
        data.setText("The data");
        data.setLayout(new GridLayout(1, false));
        data.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (String line : DatasetSummary.lines(table)) {
            Label label = new Label(data, SWT.WRAP);
            label.setText(line);
            GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
            layout.widthHint = 520;
            label.setLayoutData(layout);
        }

        List<Contribution<Vectorizer>> vectorizers = DatasetPipeline.vectorizersFor(table);
        vectorizer = new ContributionPicker<>(body, "Vectorizer", vectorizers,
                DatasetPipeline.defaultVectorizer(table), Map.of(), table, this::validate);
        List<Contribution<Reducer>> reducers = DatasetPipeline.reducers();
        reducer = new ContributionPicker<>(body, "Map (2-D reduction)", reducers, recommendedReducer(table, reducers),
                Map.of(), table, this::validate);
        return area;
    }

    /**
     * PCA for tables, whose principal axes a person can read; for texts and images, whose classes
     * PCA's two straight axes rarely separate, a neighbour-keeping map such as UMAP when one is
     * installed.
     */
    static String recommendedReducer(DataTable table, List<Contribution<Reducer>> reducers) {
        if (table.kind() != DatasetKind.TABLE) {
            for (String preferred : NEIGHBOUR_REDUCERS) {
                if (reducers.stream().anyMatch(c -> c.id().equals(preferred))) {
                    return preferred;
                }
            }
        }
        return ProjectSession.DEFAULT_REDUCER;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        Optional<String> problem = vectorizer.problem().or(reducer::problem);
        setErrorMessage(problem.orElse(null));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
        }
        if (problem.isEmpty()) {
            setMessage("Choose how the rows become features, and how the features become a map.",
                    IMessageProvider.NONE);
        }
    }

    @Override
    protected void okPressed() {
        choices = new ImportChoices(readerOptions, vectorizer.selected().id(), vectorizer.options(),
                reducer.selected().id(), reducer.options());
        super.okPressed();
    }

    /** What the user chose, once the dialog closed with Import; null otherwise. */
    public ImportChoices choices() {
        return choices;
    }

    ContributionPicker<Vectorizer> vectorizerPicker() {
        return vectorizer;
    }

    ContributionPicker<Reducer> reducerPicker() {
        return reducer;
    }
}
