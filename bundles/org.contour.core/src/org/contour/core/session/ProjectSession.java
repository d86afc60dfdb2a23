package org.contour.core.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.contour.core.api.FeatureMatrix;
import org.contour.core.api.MapCoordinates;
import org.contour.core.api.Options;
import org.contour.core.api.Reducer;
import org.contour.core.api.Vectorizer;
import org.contour.core.data.CsvDatasetImporter;
import org.contour.core.data.DataTable;
import org.contour.core.data.DatasetImportException;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.DatasetKind;
import org.contour.model.DatasetSource;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.model.util.ProjectResources;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * One open labelling project: the EMF model, the dataset rows it refers to, and the command
 * stack through which every change goes, so that each user action is one undo step. Headless:
 * the editor, the canvas and the views all share one session and listen to it.
 *
 * <p>Not thread-safe: mutate it on one thread (the UI thread in the workbench). Long work
 * (import, vectorizing, PCA, training) happens in the static factories and in
 * {@link Teacher}, which take a progress monitor and may run in a background job.
 */
public final class ProjectSession {

    /** Told after every executed, undone or redone command. */
    @FunctionalInterface
    public interface Listener {
        void projectChanged(ProjectSession session);
    }

    public static final String PROJECT_EXTENSION = ".contour";

    /** The map a newly imported dataset gets: PCA, quick and deterministic. */
    public static final String DEFAULT_REDUCER = "org.contour.core.pca";

    private final LabellingProject project;
    private final DataTable table;
    private final FeatureMatrix features;
    private final AdapterFactoryEditingDomain domain;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Path file;

    private ProjectSession(LabellingProject project, DataTable table, FeatureMatrix features, Path file) {
        this.project = project;
        this.table = table;
        this.features = features;
        this.file = file;
        BasicCommandStack stack = new BasicCommandStack();
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        stack.addCommandStackListener(event -> listeners.forEach(l -> l.projectChanged(this)));
    }

    /**
     * Imports a dataset file into a new, unsaved project: reads it, vectorizes it with the
     * vectorizer that suits its kind, maps it to 2-D with PCA, and takes the labels the file
     * gives as the initial label set and assignments.
     */
    public static ProjectSession importDataset(Path dataFile, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + dataFile.getFileName(), 100);
        DataTable table = readTable(dataFile, progress.split(20));
        String vectorizerId = table.kind() == DatasetKind.TEXT ? "org.contour.core.tfidf" : "org.contour.core.numeric";
        Contribution<Vectorizer> vectorizer = vectorizerContribution(vectorizerId);
        Options vectorizerOptions = vectorizer.resolve(Options.NONE);
        FeatureMatrix features = vectorize(table, vectorizer, vectorizerOptions, progress.split(40));

        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        project.setName(stripExtension(dataFile.getFileName().toString()));
        DatasetSource source = ContourFactory.eINSTANCE.createDatasetSource();
        source.setLocation(dataFile.toAbsolutePath().toString());
        source.setKind(table.kind());
        source.setVectorizerId(vectorizerId);
        source.setRowCount(table.rowCount());
        source.setProvenance(table.provenance());
        source.getVectorizerOptions().putAll(vectorizerOptions.asMap());
        project.setDataset(source);

        List<String> names = distinctLabels(table.labels());
        for (int i = 0; i < names.size(); i++) {
            LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
            label.setName(names.get(i));
            label.setColor(LabelPalette.colour(i));
            project.getLabels().add(label);
        }
        int[] assignments = new int[table.rowCount()];
        for (int r = 0; r < assignments.length; r++) {
            String l = table.labels().get(r);
            assignments[r] = l == null ? -1 : names.indexOf(l);
        }
        project.setAssignments(assignments);
        project.setEmbedding(reduce(table, features, DEFAULT_REDUCER, Options.NONE, progress.split(40)));
        return new ProjectSession(project, table, features, null);
    }

    /** Opens a saved project and re-reads the dataset it refers to. The stored 2-D map is reused. */
    public static ProjectSession open(Path projectFile, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Opening " + projectFile.getFileName(), 100);
        LabellingProject project;
        try {
            project = ProjectResources.load(projectFile);
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        progress.worked(10);
        DatasetSource source = project.getDataset();
        if (source == null || source.getLocation() == null) {
            throw new CoreException(Status.error(projectFile.getFileName() + " names no dataset file."));
        }
        Path dataFile = Path.of(source.getLocation());
        if (!Files.exists(dataFile)) {
            throw new CoreException(Status.error("The project " + projectFile.getFileName()
                    + " refers to the dataset " + dataFile + ", which does not exist any more."));
        }
        DataTable table = readTable(dataFile, progress.split(30));
        if (table.rowCount() != source.getRowCount()) {
            throw new CoreException(Status.error("The dataset " + dataFile + " now has " + table.rowCount()
                    + " rows, but the project " + projectFile.getFileName() + " was made for "
                    + source.getRowCount() + ". Labels would land on the wrong rows, so it was not opened."));
        }
        FeatureMatrix features = vectorize(table, vectorizerContribution(source.getVectorizerId()),
                Options.of(source.getVectorizerOptions().map()), progress.split(40));
        if (project.getEmbedding() == null) {
            project.setEmbedding(reduce(table, features, DEFAULT_REDUCER, Options.NONE, progress.split(20)));
        }
        return new ProjectSession(project, table, features, projectFile);
    }

    /**
     * A session over a project built in memory rather than read from files (synthetic data for
     * benchmarks, tools that assemble a project themselves). {@code table} and {@code features}
     * may be {@code null} when nothing needs the rows themselves.
     */
    public static ProjectSession of(LabellingProject project, DataTable table, FeatureMatrix features) {
        return new ProjectSession(project, table, features, null);
    }

    private static DataTable readTable(Path dataFile, IProgressMonitor monitor) throws CoreException {
        try {
            return new CsvDatasetImporter().read(dataFile);
        } catch (DatasetImportException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        } finally {
            monitor.done();
        }
    }

    private static Contribution<Vectorizer> vectorizerContribution(String vectorizerId) throws CoreException {
        return Contributions.vectorizer(vectorizerId).orElseThrow(
                () -> new CoreException(Status.error("No vectorizer with id " + vectorizerId + " is installed.")));
    }

    private static FeatureMatrix vectorize(DataTable table, Contribution<Vectorizer> contribution, Options options,
            IProgressMonitor monitor) throws CoreException {
        Vectorizer vectorizer = contribution.create();
        FeatureMatrix m;
        try {
            if (!vectorizer.accepts(table)) {
                throw contribution.failure("cannot read the dataset " + table.name(), null);
            }
            m = vectorizer.vectorize(table, options, monitor);
        } catch (CoreException | org.eclipse.core.runtime.OperationCanceledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw contribution.failure("failed: " + e, e);
        }
        if (m == null || m.rows() != table.rowCount()) {
            throw contribution.failure("returned " + (m == null ? "nothing" : m.rows() + " rows") + " for "
                    + table.rowCount() + " rows", null);
        }
        return m;
    }

    /**
     * Runs reducer {@code reducerId} and checks what it returns. Whatever the plug-in does wrong
     * (throws, returns the wrong number of rows, NaN or infinity) becomes a CoreException naming
     * the plug-in; nothing is changed.
     */
    public static Embedding reduce(DataTable table, FeatureMatrix features, String reducerId, Options chosen,
            IProgressMonitor monitor) throws CoreException {
        Contribution<Reducer> contribution = Contributions.reducer(reducerId).orElseThrow(
                () -> new CoreException(Status.error("No 2-D reduction with id " + reducerId + " is installed.")));
        Options options = contribution.resolve(chosen);
        Reducer reducer = contribution.create();
        MapCoordinates map;
        try {
            map = reducer.reduce(table, features, options, monitor);
        } catch (CoreException | org.eclipse.core.runtime.OperationCanceledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw contribution.failure("failed: " + e, e);
        }
        if (map == null || map.rows() != features.rows()) {
            throw contribution.failure("returned " + (map == null ? "nothing" : map.rows() + " points") + " for "
                    + features.rows() + " rows", null);
        }
        int bad = map.firstNonFiniteRow();
        if (bad >= 0) {
            throw contribution.failure("placed row " + bad + " at (" + map.xs()[bad] + ", " + map.ys()[bad]
                    + "), which is not a point on the map", null);
        }
        Embedding embedding = ContourFactory.eINSTANCE.createEmbedding();
        embedding.setReducerId(reducerId);
        embedding.setXs(map.xs().clone());
        embedding.setYs(map.ys().clone());
        embedding.getAxisNames().addAll(List.of(map.xAxisName(), map.yAxisName()));
        embedding.getReducerOptions().putAll(options.asMap());
        embedding.setProvenance(map.provenance());
        return embedding;
    }

    /** Labels in natural order: numbers by value ("2" before "10"), then names alphabetically. */
    static List<String> distinctLabels(Collection<String> labels) {
        Comparator<String> natural = (a, b) -> {
            boolean na = a.matches("-?\\d+");
            boolean nb = b.matches("-?\\d+");
            if (na && nb) {
                return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            }
            if (na != nb) {
                return na ? -1 : 1;
            }
            return a.compareTo(b);
        };
        TreeSet<String> set = new TreeSet<>(natural);
        for (String l : labels) {
            if (l != null && !l.isBlank()) {
                set.add(l);
            }
        }
        return new ArrayList<>(set);
    }

    private static String stripExtension(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---------------------------------------------------------------- state

    public LabellingProject project() {
        return project;
    }

    public DataTable table() {
        return table;
    }

    public FeatureMatrix features() {
        return features;
    }

    public EditingDomain domain() {
        return domain;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** Where the project was last saved, or {@code null} if never. */
    public Path file() {
        return file;
    }

    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || file == null;
    }

    public void save(Path target) throws IOException {
        ProjectResources.save(project, target);
        file = target;
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        listeners.forEach(l -> l.projectChanged(this));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public int labelIndexOf(LabelClass label) {
        return project.getLabels().indexOf(label);
    }

    /** The label of a row, or {@code null} when it has none. */
    public LabelClass labelOf(int row) {
        int index = project.getAssignments()[row];
        return index < 0 ? null : project.getLabels().get(index);
    }

    // ---------------------------------------------------------------- edits (each one undo step)

    /** Gives all {@code rows} the label {@code label} ({@code null} removes their label). */
    public void assignLabel(int[] rows, LabelClass label) {
        int index = label == null ? -1 : labelIndexOf(label);
        // a fresh array, so undo restores the old one untouched
        int[] next = project.getAssignments().clone();
        for (int r : rows) {
            next[r] = index;
        }
        execute(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__ASSIGNMENTS, next),
                "Assign label");
    }

    /**
     * Adds a drawn stroke and, in the same undo step, the model trained with it. Pass the
     * current model (or {@code null} when there is none) to keep it, for example when the
     * drawing cannot be trained on yet.
     */
    public void addSketchAndModel(Sketch sketch, TaughtModel model) {
        CompoundCommand both = new CompoundCommand("Draw region");
        both.append(AddCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__SKETCHES, sketch));
        if (model != project.getModel()) {
            both.append(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__MODEL, model));
        }
        execute(both, "Draw region");
    }

    public void setModel(TaughtModel model) {
        execute(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__MODEL, model),
                "Train model");
    }

    /** A hand edit of one weight (feature {@code feature} for class {@code cls}) of the linear model. */
    public void setLinearWeight(int cls, int feature, double value) {
        LinearModel model = (LinearModel) project.getModel();
        double[] weights = model.getWeights().clone();
        weights[cls * model.getFeatureNames().size() + feature] = value;
        editModel(SetCommand.create(domain, model, ContourPackage.Literals.LINEAR_MODEL__WEIGHTS, weights),
                model, "Edit weight");
    }

    /** A hand edit of the bias of class {@code cls} of the linear model. */
    public void setLinearBias(int cls, double value) {
        LinearModel model = (LinearModel) project.getModel();
        double[] biases = model.getBiases().clone();
        biases[cls] = value;
        editModel(SetCommand.create(domain, model, ContourPackage.Literals.LINEAR_MODEL__BIASES, biases),
                model, "Edit bias");
    }

    private void editModel(Command edit, TaughtModel model, String label) {
        CompoundCommand command = new CompoundCommand(label);
        command.append(edit);
        // provenance: the model says it is no longer what the trainer produced
        command.append(SetCommand.create(domain, model, ContourPackage.Literals.TAUGHT_MODEL__HAND_EDITED, true));
        execute(command, label);
    }

    private void execute(Command command, String what) {
        if (!command.canExecute()) {
            throw new IllegalStateException(what + " cannot be done on this project");
        }
        domain.getCommandStack().execute(command);
    }
}
