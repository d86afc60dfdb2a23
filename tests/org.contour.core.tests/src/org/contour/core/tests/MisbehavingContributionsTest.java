package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.api.data.TrainingSet;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ImportChoices;
import org.contour.core.session.MapJob;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.model.Embedding;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contributions of a real plug-in (tests/org.contour.tests.misbehaving, through the extension
 * registry) that throw, return NaN, return the wrong number of rows, return nothing or hang: each
 * is reported by its plug-in's name, and the project is unharmed.
 */
public class MisbehavingContributionsTest {

    private static final String PLUGIN = "from plug-in org.contour.tests.misbehaving";
    private static Path digitsFile;
    private static DataTable digits;

    @BeforeAll
    static void read() throws Exception {
        digitsFile = SampleDatasets.file(SampleDatasets.DIGITS);
        digits = ImportTest.importFile(digitsFile);
    }

    @Test
    public void aContributionThatRefusesItsInputIsQuotedInWordsNotAsAnExceptionClass(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path one = dir.resolve("onerow.csv");
        java.nio.file.Files.writeString(one, "a,b,label\n1,2,x\n");
        CoreException e = assertThrows(CoreException.class,
                () -> ProjectSession.importDataset(one, new org.eclipse.core.runtime.NullProgressMonitor()));
        String message = e.getStatus().getMessage();
        // it once read "... failed while mapping onerow.csv to 2-D: java.lang.IllegalArgumentException: PCA needs ..."
        assertTrue(message.contains("could not finish mapping onerow.csv to 2-D: PCA needs at least 2 rows"), message);
        assertFalse(message.contains("java.lang"), message);
        assertTrue(message.contains("(org.contour.core.pca)"), "the contribution is named: " + message);
    }

    // ---- reducers, through the map job as the workbench runs it ----

    @Test
    public void reducersThatThrowOrReturnNonsenseAreNamedAndChangeNothing() throws Exception {
        ProjectSession s = ChangeMapTest.digitsWithTwoRegionsAndAModel();
        assertMapJobFails(s, "misbehaving.reducer.throws",
                "'Misbehaving: throws' (misbehaving.reducer.throws) " + PLUGIN + " failed while mapping digits_8x8.csv "
                        + "to 2-D: java.lang.IllegalStateException: deliberate failure in a test plug-in");
        assertMapJobFails(s, "misbehaving.reducer.nan", "'Misbehaving: NaN coordinates' (misbehaving.reducer.nan) "
                + PLUGIN + " placed row 898 at (NaN, 21.0), which is not a point on the map");
        assertMapJobFails(s, "misbehaving.reducer.infinite", "placed row 0 at (0.0, Infinity), which is not a point");
        assertMapJobFails(s, "misbehaving.reducer.wrongRows", "'Misbehaving: wrong number of points' "
                + "(misbehaving.reducer.wrongRows) " + PLUGIN + " returned 1,800 points for the 1,797 rows of "
                + "digits_8x8.csv");
        assertMapJobFails(s, "misbehaving.reducer.null", PLUGIN + " returned no map for the 1,797 rows");
        assertMapJobFails(s, "misbehaving.reducer.outOfMemory", PLUGIN + " ran out of memory while mapping");
    }

    @Test
    public void aReducerThatHangsAndIgnoresCancelIsAbandonedAtOnce() throws Exception {
        ProjectSession s = ChangeMapTest.digitsWithTwoRegionsAndAModel();
        Embedding before = s.project().getEmbedding();

        MapJob job = new MapJob(s, "misbehaving.reducer.hangs", "hangs", Options.NONE);
        job.schedule();
        Thread.sleep(300);
        long start = System.nanoTime();
        job.cancel();
        job.join();
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("a hung reducer was abandoned %.2f s after cancel%n", seconds);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(seconds < 3, "the job ended " + seconds + " s after cancel");
        assertSame(before, s.project().getEmbedding());
        assertEquals(2, s.project().getSketches().size());
    }

    // ---- vectorizers, through the import as the workbench runs it ----

    @Test
    public void vectorizersThatThrowOrReturnNonsenseAreNamedAndNoProjectIsMade() {
        assertImportFails("misbehaving.vectorizer.throws", "'Misbehaving: throws' (misbehaving.vectorizer.throws) "
                + PLUGIN + " failed while vectorizing digits_8x8.csv: java.lang.IllegalStateException: deliberate "
                + "failure in a test plug-in");
        assertImportFails("misbehaving.vectorizer.nan", PLUGIN + " returned NaN for row 1796, feature 'b'; features "
                + "must be finite numbers");
        assertImportFails("misbehaving.vectorizer.shortRows", PLUGIN + " returned 1,796 rows of features for the "
                + "1,797 rows of digits_8x8.csv");
        assertImportFails("misbehaving.vectorizer.null", PLUGIN + " returned no features for digits_8x8.csv");
        assertImportFails("misbehaving.vectorizer.missingClass", "'Misbehaving: class missing' "
                + "(misbehaving.vectorizer.missingClass) " + PLUGIN + " could not be created");
    }

    @Test
    public void aVectorizerThatHangsIsAbandonedWhenTheImportJobIsCancelled() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Job job = Job.create("import with a hanging vectorizer", monitor -> {
            try {
                ProjectSession.importDataset(digitsFile, digits, ImportChoices.of("misbehaving.vectorizer.hangs",
                        ProjectSession.DEFAULT_REDUCER), monitor);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                outcome.set(e);
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                outcome.set(e);
                return e.getStatus();
            }
        });
        job.schedule();
        Thread.sleep(300);
        long start = System.nanoTime();
        job.cancel();
        job.join();

        assertTrue((System.nanoTime() - start) / 1e9 < 3);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(outcome.get() instanceof OperationCanceledException, String.valueOf(outcome.get()));
    }

    @Test
    public void misbehavingVectorizersAreNeverOfferedWhenTheyCannotEvenBeCreated() {
        assertFalse(DatasetPipeline.vectorizersFor(digits).stream()
                .anyMatch(c -> c.id().equals("misbehaving.vectorizer.missingClass")));
        assertEquals(DatasetPipeline.IMAGE_VECTORIZER, DatasetPipeline.vectorizersFor(digits).get(0).id(),
                "Contour's own choice for images comes first");
    }

    // ---- classifiers, through the teacher ----

    @Test
    public void classifiersThatThrowOrReturnNonsenseAreNamed() {
        TrainingSet data = new TrainingSet(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1}, new String[] {"a", "b"},
                new String[] {"x", "y"}, 1, "test");
        CoreException thrown = assertThrows(CoreException.class,
                () -> Teacher.train(data, "misbehaving.classifier.throws", Options.NONE, null));
        assertTrue(thrown.getMessage().contains(PLUGIN), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("deliberate failure"), thrown.getMessage());
        CoreException nan = assertThrows(CoreException.class,
                () -> Teacher.train(data, "misbehaving.classifier.nan", Options.NONE, null));
        assertTrue(nan.getMessage().contains(PLUGIN + " returned a model with NaN or infinite weights"),
                nan.getMessage());
        CoreException none = assertThrows(CoreException.class,
                () -> Teacher.train(data, "misbehaving.classifier.null", Options.NONE, null));
        assertTrue(none.getMessage().contains(PLUGIN + " returned no model"), none.getMessage());
    }

    // ---- helpers ----

    private static void assertMapJobFails(ProjectSession s, String reducerId, String expected) throws Exception {
        Embedding before = s.project().getEmbedding();
        double[] xs = before.getXs().clone();
        Object lastCommand = s.commandStack().getUndoCommand();
        MapJob job = new MapJob(s, reducerId, reducerId, Options.NONE);
        job.schedule();
        job.join();
        IStatus result = job.getResult();
        assertEquals(IStatus.ERROR, result.getSeverity(), reducerId);
        assertTrue(result.getMessage().contains(expected), result.getMessage());
        assertSame(before, s.project().getEmbedding(), reducerId);
        assertArrayEquals(xs, s.project().getEmbedding().getXs(), reducerId);
        assertEquals(2, s.project().getSketches().size(), reducerId);
        assertSame(lastCommand, s.commandStack().getUndoCommand(), reducerId);
    }

    private static void assertImportFails(String vectorizerId, String expected) {
        CoreException e = assertThrows(CoreException.class, () -> ProjectSession.importDataset(digitsFile, digits,
                ImportChoices.of(vectorizerId, ProjectSession.DEFAULT_REDUCER), null));
        assertTrue(e.getStatus().getMessage().contains(expected), e.getStatus().getMessage());
    }
}
