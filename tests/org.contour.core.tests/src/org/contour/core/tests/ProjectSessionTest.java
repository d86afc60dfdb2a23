package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.contour.core.session.DatasetLocations;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless teach loop on the real digits data: import, label, undo, draw, train, save, reopen. */
class ProjectSessionTest {

    private static Path digits;

    @BeforeAll
    static void locate() throws Exception {
        digits = SampleDatasets.file(SampleDatasets.DIGITS);
    }

    @Test
    void importTakesTheFileLabelsAndMapsEveryRow() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        assertEquals(1797, s.project().getAssignments().length);
        assertEquals(10, s.project().getLabels().size());
        assertEquals("0", s.project().getLabels().get(0).getName());
        assertEquals("9", s.project().getLabels().get(9).getName());
        assertEquals(s.table().labels().get(17), s.labelOf(17).getName());
        assertEquals(1797, s.project().getEmbedding().getXs().length);
        assertTrue(s.project().getDataset().getProvenance().contains("digits"), s.project().getDataset().getProvenance());
        // the map comes from the contributed PCA reducer, and says so
        assertEquals("org.contour.core.pca", s.project().getEmbedding().getReducerId());
        assertTrue(s.project().getEmbedding().getProvenance().startsWith("PCA of 1797 rows x 64 columns"),
                s.project().getEmbedding().getProvenance());
        assertEquals(java.util.List.of("PC1", "PC2"), s.project().getEmbedding().getAxisNames());
    }

    @Test
    void assigningIsOneUndoStep() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        LabelClass three = s.project().getLabels().get(3);
        int[] before = s.project().getAssignments().clone();
        s.assignLabel(new int[] {0, 1, 2, 1000}, three);
        assertEquals(three, s.labelOf(0));
        assertEquals(three, s.labelOf(1000));
        s.commandStack().undo();
        assertArrayEquals(before, s.project().getAssignments());
        s.commandStack().redo();
        assertEquals(three, s.labelOf(2));

        // assigning the same label again adds no undo step (it once took three Undos to see a change)
        var last = s.commandStack().getUndoCommand();
        assertEquals(0, s.assignLabel(new int[] {0, 1, 2, 1000}, three));
        assertEquals(last, s.commandStack().getUndoCommand());
        assertEquals("4", s.labelOf(4).getName());
        assertEquals(1, s.assignLabel(new int[] {0, 4}, three), "row 0 has it already, row 4 was a 4");
        assertEquals(three, s.labelOf(4));
    }

    @Test
    void trainingFromTwoStrokesGivesRegionsThatContainTheirStrokes() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        LabelClass zero = s.project().getLabels().get(0);
        LabelClass one = s.project().getLabels().get(1);
        Sketch left = sketch(zero, new double[] {-20, 0, -15, 5, -10, 0}, 3);
        CoreException oneClass = assertThrows(CoreException.class,
                () -> Teacher.trainWithSketch(s, left, Teacher.DEFAULT_CLASSIFIER, new NullProgressMonitor()));
        assertTrue(oneClass.getStatus().getMessage().toLowerCase().contains("two"), oneClass.getStatus().getMessage());
        s.addSketchAndModel(left, null);

        Sketch right = sketch(one, new double[] {10, 0, 15, -5, 20, 0}, 3);
        TaughtModel model = Teacher.trainWithSketch(s, right, Teacher.DEFAULT_CLASSIFIER, new NullProgressMonitor());
        s.addSketchAndModel(right, model);
        Predictor p = ModelPredictors.forModel(s.project().getModel());
        for (int i = 0; i < 6; i += 2) {
            assertEquals(0, p.predict(left.getPoints()[i], left.getPoints()[i + 1], null), "left stroke vertex " + i);
            assertEquals(1, p.predict(right.getPoints()[i], right.getPoints()[i + 1], null), "right stroke vertex " + i);
        }
        assertEquals("PC1", model.getFeatureNames().get(0));
        s.commandStack().undo(); // one step removes the stroke and its model
        assertEquals(1, s.project().getSketches().size());
        assertNull(s.project().getModel());
    }

    @Test
    void saveAndOpenBringBackLabelsSketchesAndModel(@TempDir Path dir) throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        s.assignLabel(new int[] {5, 6}, s.project().getLabels().get(9));
        s.addSketchAndModel(sketch(s.project().getLabels().get(0), new double[] {-20, 0, -10, 0}, 3), null);
        Sketch right = sketch(s.project().getLabels().get(1), new double[] {10, 0, 20, 0}, 3);
        s.addSketchAndModel(right, Teacher.trainWithSketch(s, right, Teacher.DEFAULT_CLASSIFIER, new NullProgressMonitor()));
        s.setLinearBias(1, 2.5);
        Path file = dir.resolve("digits.contour");
        s.save(file);
        assertFalse(s.isDirty());

        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());
        assertArrayEquals(s.project().getAssignments(), back.project().getAssignments());
        assertEquals("9", back.labelOf(5).getName());
        assertEquals(2, back.project().getSketches().size());
        assertEquals("1", back.project().getSketches().get(1).getLabel().getName());
        LinearModel model = (LinearModel) back.project().getModel();
        assertEquals(2.5, model.getBiases()[1]);
        assertTrue(model.isHandEdited());
        assertArrayEquals(s.project().getEmbedding().getXs(), back.project().getEmbedding().getXs());
    }

    @Test
    void aProjectWhoseDatasetIsGoneSaysSo(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("digits-copy.csv");
        Files.copy(digits, copy);
        ProjectSession s = ProjectSession.importDataset(copy, new NullProgressMonitor());
        Path file = dir.resolve("p.contour");
        s.save(file);
        Files.delete(copy);
        CoreException e = assertThrows(CoreException.class, () -> ProjectSession.open(file, new NullProgressMonitor()));
        assertTrue(e.getStatus().getMessage().contains("digits-copy.csv"), e.getStatus().getMessage());
        assertTrue(e.getStatus().getMessage().contains("does not exist"), e.getStatus().getMessage());
    }

    @Test
    void aSampleIsSavedByItsPluginNotByTheBundleCacheItWasExtractedTo(@TempDir Path dir) throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        String location = DatasetLocations.inBundle(SampleDatasets.BUNDLE, SampleDatasets.DIGITS);
        s.project().getDataset().setLocation(location);
        Path file = dir.resolve("digits.contour");
        s.save(file);
        // the file names the plug-in's entry; an extracted path in configuration/org.eclipse.osgi/
        // (what projects of samples once held) breaks after an update, a reinstall or -clean
        assertTrue(Files.readString(file).contains("location=\"" + location + "\""), "the saved location");
        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());
        assertEquals(1797, back.table().rowCount());
        assertEquals(location, back.project().getDataset().getLocation());

        s.project().getDataset().setLocation(DatasetLocations.inBundle("org.example.gone", "data/x.csv"));
        Path orphan = dir.resolve("orphan.contour");
        s.save(orphan);
        CoreException e = assertThrows(CoreException.class, () -> ProjectSession.open(orphan, new NullProgressMonitor()));
        assertTrue(e.getStatus().getMessage().contains("platform:/plugin/org.example.gone/data/x.csv"),
                e.getStatus().getMessage());
    }

    private static Sketch sketch(LabelClass label, double[] points, double radius) {
        Sketch s = ContourFactory.eINSTANCE.createSketch();
        s.setLabel(label);
        s.setPoints(points);
        s.setRadius(radius);
        return s;
    }
}
