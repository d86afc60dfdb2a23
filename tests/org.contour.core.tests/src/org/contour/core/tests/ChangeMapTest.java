package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.contour.api.Options;
import org.contour.core.session.MapJob;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Changing the map of an open project: computed in a job that never touches the project, applied
 * as one undo step that also removes what was drawn in the old map's coordinates.
 */
public class ChangeMapTest {

    @Test
    public void aNewMapIsOneUndoStepThatTakesTheDrawingsOnTheOldMapWithIt() throws Exception {
        ProjectSession s = digitsWithTwoRegionsAndAModel();
        Embedding before = s.project().getEmbedding();
        int[] labels = s.project().getAssignments().clone();
        assertEquals(new ProjectSession.DrawnOnMap(2, true), s.drawnOnMap());

        Embedding next = s.computeMap("org.contour.core.columns", Options.of(Map.of("x", "p20", "y", "p28")), null);
        assertSame(before, s.project().getEmbedding(), "computing changes nothing");
        s.replaceMap(next);

        assertEquals(List.of("p20", "p28"), s.project().getEmbedding().getAxisNames());
        assertTrue(s.project().getSketches().isEmpty());
        assertNull(s.project().getModel());
        assertArrayEquals(labels, s.project().getAssignments(), "labels are kept");
        assertTrue(s.drawnOnMap().isEmpty());

        s.commandStack().undo();
        assertSame(before, s.project().getEmbedding());
        assertEquals(2, s.project().getSketches().size());
        assertNotNull(s.project().getModel());
        assertEquals(List.of("PC1", "PC2"), s.project().getModel().getFeatureNames());

        s.commandStack().redo();
        assertSame(next, s.project().getEmbedding());
        assertTrue(s.project().getSketches().isEmpty());
    }

    @Test
    public void aModelTaughtOnTheFeaturesSurvivesAChangeOfMap() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS), null);
        LinearModel onFeatures = ContourFactory.eINSTANCE.createLinearModel();
        onFeatures.getFeatureNames().addAll(List.of("p0", "p1"));
        onFeatures.getClassNames().addAll(List.of("0", "1"));
        onFeatures.setWeights(new double[4]);
        onFeatures.setBiases(new double[2]);
        s.setModel(onFeatures);
        assertFalse(s.drawnOnMap().model());

        s.replaceMap(s.computeMap("org.contour.core.columns", Options.NONE, null));

        assertSame(onFeatures, s.project().getModel());
    }

    @Test
    public void theMapJobComputesInTheBackgroundAndLeavesApplyingToTheCaller() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS), null);
        Embedding before = s.project().getEmbedding();

        MapJob job = new MapJob(s, "org.contour.core.columns", "Two columns as axes", Options.of(Map.of("x", "p3")));
        job.schedule();
        job.join();

        assertEquals(IStatus.OK, job.getResult().getSeverity());
        assertEquals(List.of("p3", "p1"), job.result().getAxisNames());
        assertSame(before, s.project().getEmbedding());
        assertFalse(s.commandStack().canUndo());
    }

    @Test
    public void aCancelledMapJobLeavesTheProjectExactlyAsItWas() throws Exception {
        ProjectSession s = digitsWithTwoRegionsAndAModel();
        Embedding before = s.project().getEmbedding();
        double[] xs = before.getXs().clone();
        boolean couldUndo = s.commandStack().canUndo();
        Object lastCommand = s.commandStack().getUndoCommand();

        MapJob job = new MapJob(s, "misbehaving.reducer.slow", "slow", Options.NONE);
        job.schedule();
        Thread.sleep(500);
        long cancelled = System.nanoTime();
        job.cancel();
        job.join();
        double seconds = (System.nanoTime() - cancelled) / 1e9;

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(seconds < 2, "stopped " + seconds + " s after cancel");
        assertNull(job.result());
        assertSame(before, s.project().getEmbedding());
        assertArrayEquals(xs, s.project().getEmbedding().getXs());
        assertEquals(2, s.project().getSketches().size());
        assertEquals(couldUndo, s.commandStack().canUndo());
        assertSame(lastCommand, s.commandStack().getUndoCommand());
    }

    static ProjectSession digitsWithTwoRegionsAndAModel() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS),
                new NullProgressMonitor());
        LabelClass zero = s.project().getLabels().get(0);
        LabelClass one = s.project().getLabels().get(1);
        s.addSketchAndModel(ColumnsAsAxesTest.sketch(zero, new double[] {-20, 0, -15, 5, -10, 0}, 3), null);
        Sketch right = ColumnsAsAxesTest.sketch(one, new double[] {10, 0, 15, -5, 20, 0}, 3);
        s.addSketchAndModel(right, Teacher.trainWithSketch(s, right, Teacher.DEFAULT_CLASSIFIER, null));
        return s;
    }
}
