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

import org.contour.api.data.FeatureMatrix;
import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.core.data.DatasetReaders;
import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.DatasetSource;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
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
import org.eclipse.emf.edit.command.RemoveCommand;
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
    private final ModelEdits modelEdits = new ModelEdits(this);
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
     * Imports a dataset (a CSV file or a folder of images) into a new, unsaved project with
     * Contour's defaults: the vectorizer that suits its kind, and PCA for the map. The labels the
     * file gives become the initial label set and assignments.
     */
    public static ProjectSession importDataset(Path dataFile, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + dataFile.getFileName(), 100);
        DataTable table = DatasetPipeline.read(dataFile, Options.NONE, progress.split(20));
        ImportChoices choices = ImportChoices.of(DatasetPipeline.defaultVectorizer(table), DEFAULT_REDUCER);
        return importDataset(dataFile, table, choices, progress.split(80));
    }

    /**
     * Makes a new, unsaved project of an already read dataset, as the user chose in the import
     * dialog: vectorizes it, maps it to 2-D and takes its labels. The choices, completed with
     * the contributions' defaults, are stored in the project.
     *
     * @param location where {@code table} was read from (with {@code choices.readerOptions()})
     */
    public static ProjectSession importDataset(Path location, DataTable table, ImportChoices choices,
            IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + table.name(), 100);
        DatasetPipeline.Vectorized vectorized = DatasetPipeline.vectorize(table, choices.vectorizerId(),
                choices.vectorizerOptions(), progress.split(50));
        FeatureMatrix features = vectorized.features();

        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        project.setName(stripExtension(location.getFileName().toString()));
        DatasetSource source = ContourFactory.eINSTANCE.createDatasetSource();
        source.setLocation(location.toAbsolutePath().toString());
        source.setKind(table.kind());
        source.setVectorizerId(choices.vectorizerId());
        source.setRowCount(table.rowCount());
        source.setProvenance(features.provenance().isEmpty() ? table.provenance()
                : table.provenance() + "\n\nFeatures: " + features.provenance());
        source.getVectorizerOptions().putAll(vectorized.options().asMap());
        // the reader's settings ride along, so that re-opening reads the data the same way
        source.getVectorizerOptions().putAll(DatasetReaders.readerOptions(choices.readerOptions().asMap()).asMap());
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
        project.setEmbedding(DatasetPipeline.reduce(table, features, choices.reducerId(), choices.reducerOptions(),
                progress.split(50)));
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
        Path dataFile;
        try {
            dataFile = DatasetLocations.resolve(source.getLocation());
        } catch (IOException e) {
            throw new CoreException(Status.error("The project " + projectFile.getFileName() + ": " + e.getMessage(), e));
        }
        if (!Files.exists(dataFile)) {
            throw new CoreException(Status.error("The project " + projectFile.getFileName()
                    + " refers to the dataset " + dataFile + ", which does not exist any more."));
        }
        DataTable table = DatasetPipeline.read(dataFile, DatasetReaders.readerOptions(source.getVectorizerOptions().map()),
                progress.split(30));
        if (table.rowCount() != source.getRowCount()) {
            throw new CoreException(Status.error("The dataset " + dataFile + " now has " + table.rowCount()
                    + " rows, but the project " + projectFile.getFileName() + " was made for "
                    + source.getRowCount() + ". Labels would land on the wrong rows, so it was not opened."));
        }
        FeatureMatrix features = DatasetPipeline.vectorize(table, source.getVectorizerId(),
                DatasetReaders.withoutReaderOptions(source.getVectorizerOptions().map()), progress.split(40)).features();
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

    /**
     * Runs reducer {@code reducerId} and checks what it returns (see
     * {@link DatasetPipeline#reduce}); nothing is changed.
     */
    public static Embedding reduce(DataTable table, FeatureMatrix features, String reducerId, Options chosen,
            IProgressMonitor monitor) throws CoreException {
        return DatasetPipeline.reduce(table, features, reducerId, chosen, monitor);
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

    /**
     * Gives all {@code rows} the label {@code label} ({@code null} removes their label), as one
     * undo step; when every row has that label already nothing is executed, so that Undo never
     * has a step that changes nothing.
     *
     * @return how many rows changed their label
     */
    public int assignLabel(int[] rows, LabelClass label) {
        int index = label == null ? -1 : labelIndexOf(label);
        // a fresh array, so undo restores the old one untouched
        int[] next = project.getAssignments().clone();
        int changed = 0;
        for (int r : rows) {
            changed += next[r] == index ? 0 : 1;
            next[r] = index;
        }
        if (changed > 0) {
            execute(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__ASSIGNMENTS, next),
                    "Assign label");
        }
        return changed;
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

    /**
     * Executes {@code more} as part of {@code owner}, the last command executed on this session's
     * stack, so that both stay one undo step: a sketch change executed at once, and the model
     * retrained from it in the background a moment later. Refused (returns false, executes
     * nothing) when {@code owner} is no longer the last command (undone, or another command came
     * after it) or the project was saved since (the saved file would lack {@code more}); the caller
     * then decides whether {@code more} still applies.
     */
    public boolean appendToLastCommand(CompoundCommand owner, Command more) {
        BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
        if (owner == null || more == null || stack.getUndoCommand() != owner || !stack.isSaveNeeded()) {
            return false;
        }
        if (!owner.appendAndExecute(more)) {
            return false;
        }
        listeners.forEach(l -> l.projectChanged(this));
        return true;
    }

    public void setModel(TaughtModel model) {
        execute(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__MODEL, model),
                "Train model");
    }

    /** The hand edits of the taught model (coefficients, thresholds, leaf classes, rules), each one undo step. */
    public ModelEdits modelEdits() {
        return modelEdits;
    }

    /** A hand edit of one weight (feature {@code feature} for class {@code cls}) of the linear model. */
    public void setLinearWeight(int cls, int feature, double value) {
        modelEdits.setWeight(cls, feature, value);
    }

    /** A hand edit of the bias of class {@code cls} of the linear model. */
    public void setLinearBias(int cls, double value) {
        modelEdits.setBias(cls, value);
    }

    // ---------------------------------------------------------------- the map

    /**
     * Computes a new map of this project's data (see {@link DatasetPipeline#reduce}). Changes
     * nothing, and reads only the dataset and its features, which never change: safe to call from
     * a background job while the user goes on working.
     */
    public Embedding computeMap(String reducerId, Options chosen, IProgressMonitor monitor) throws CoreException {
        return DatasetPipeline.reduce(table, features, reducerId, chosen, monitor);
    }

    /** What was drawn in the current map's coordinates and cannot be carried over to another map. */
    public record DrawnOnMap(int sketches, boolean model) {
        public boolean isEmpty() {
            return sketches == 0 && !model;
        }
    }

    /**
     * The painted regions, and the model when it was taught on the map (its features are the map's
     * axes), which {@link #replaceMap} removes.
     */
    public DrawnOnMap drawnOnMap() {
        return new DrawnOnMap(project.getSketches().size(), isTaughtOnMap(project.getModel()));
    }

    private boolean isTaughtOnMap(TaughtModel model) {
        Embedding embedding = project.getEmbedding();
        return model != null && embedding != null && model.getFeatureNames().equals(embedding.getAxisNames());
    }

    /**
     * Replaces the map by {@code next} (from {@link #computeMap}) as one undo step. Painted regions
     * and a model taught on the old map are removed in the same step: their coordinates mean
     * nothing on the new map (a region drawn round the 3s on a PCA map would cover arbitrary points
     * of a UMAP map), and a model whose features are "PC1, PC2" cannot classify by "UMAP 1, UMAP 2".
     * Undo brings the old map back together with them. Labels, subsets and a model taught on the
     * features are kept.
     */
    public void replaceMap(Embedding next) {
        CompoundCommand change = new CompoundCommand("Change map");
        if (!project.getSketches().isEmpty()) {
            change.append(RemoveCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__SKETCHES,
                    new ArrayList<>(project.getSketches())));
        }
        if (isTaughtOnMap(project.getModel())) {
            change.append(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__MODEL,
                    null));
        }
        change.append(SetCommand.create(domain, project, ContourPackage.Literals.LABELLING_PROJECT__EMBEDDING, next));
        execute(change, "Change map");
    }

    private void execute(Command command, String what) {
        if (!command.canExecute()) {
            throw new IllegalStateException(what + " cannot be done on this project");
        }
        domain.getCommandStack().execute(command);
    }
}
