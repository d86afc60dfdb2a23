package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.contour.core.session.LabelEdits;
import org.contour.core.session.LabelPalette;
import org.contour.core.session.PopulationCounts;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.SubsetEdits;
import org.contour.core.session.Teacher;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.contour.model.Subset;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label and subset edits on the real digits data: each one undo step, refused when wrong, saved. */
class LabelAndSubsetEditsTest {

    private static Path digits;

    @BeforeAll
    static void locate() throws Exception {
        digits = SampleDatasets.file(SampleDatasets.DIGITS);
    }

    private static ProjectSession open() throws Exception {
        return ProjectSession.importDataset(digits, new NullProgressMonitor());
    }

    @Test
    void theDefaultPaletteStartsWithOkabeItoAndHasNoGreys() {
        assertEquals(0xE69F00, LabelPalette.colour(0));
        assertEquals(0x56B4E9, LabelPalette.colour(1));
        assertEquals(0x009E73, LabelPalette.colour(2));
        for (int i = 0; i < LabelPalette.size(); i++) {
            int c = LabelPalette.colour(i);
            int r = c >> 16, g = (c >> 8) & 0xFF, b = c & 0xFF;
            assertTrue(Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40, "colour " + i + " is not a grey");
            assertTrue(c != LabelPalette.UNLABELLED);
        }
        // the unlabelled grey is visible on white: clearly darker than the background
        assertTrue((LabelPalette.UNLABELLED & 0xFF) < 0xC0);
        // ten classes (digits) get ten colours no two of which are near twins: 1 and 8 were two
        // light blues once (RGB distance 56); the closest pair now is Okabe-Ito's orange and vermillion
        for (int i = 0; i < 10; i++) {
            for (int j = i + 1; j < 10; j++) {
                int a = LabelPalette.colour(i), b = LabelPalette.colour(j);
                double d = Math.sqrt(Math.pow((a >> 16) - (b >> 16), 2) + Math.pow(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF), 2)
                        + Math.pow((a & 0xFF) - (b & 0xFF), 2));
                assertTrue(d > 65, "colours " + i + " and " + j + " are " + d + " apart");
            }
        }
    }

    @Test
    void addRenameRecolourAreSingleStepsAndRefuseBadNames() throws Exception {
        ProjectSession s = open();
        LabelEdits edits = new LabelEdits(s);
        LabelClass odd = edits.add("  odd  ");
        assertEquals("odd", odd.getName());
        assertEquals(11, s.project().getLabels().size());
        assertTrue(odd.getColor() != s.project().getLabels().get(0).getColor(), "a colour no label has yet");

        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> edits.add("3"));
        assertTrue(dup.getMessage().contains("already a label called '3'"), dup.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> edits.add("   "));
        assertTrue(empty.getMessage().contains("needs a name"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> edits.rename(odd, "7"));
        assertEquals(11, s.project().getLabels().size(), "refused edits change nothing");

        edits.rename(odd, "odd digits");
        edits.rename(odd, "odd digits "); // its own name again: allowed, no step
        edits.recolour(odd, 0x123456);
        assertEquals("odd digits", odd.getName());
        assertEquals(0x123456, odd.getColor());
        s.commandStack().undo();
        assertTrue(odd.getColor() != 0x123456, "undo recolour");
        s.commandStack().undo();
        assertEquals("odd", odd.getName(), "undo rename");
        s.commandStack().undo();
        assertEquals(10, s.project().getLabels().size(), "undo add");
    }

    @Test
    void renamingALabelRenamesTheModelsClassSoRegionsKeepTheirColour() throws Exception {
        ProjectSession s = open();
        LabelClass zero = s.project().getLabels().get(0);
        LabelClass one = s.project().getLabels().get(1);
        s.addSketchAndModel(sketch(zero, new double[] {-20, 0, -10, 0}), null);
        Sketch right = sketch(one, new double[] {10, 0, 20, 0});
        s.addSketchAndModel(right, Teacher.trainWithSketch(s, right, Teacher.DEFAULT_CLASSIFIER, new NullProgressMonitor()));
        new LabelEdits(s).rename(zero, "zero");
        assertEquals(List.of("zero", "1"), List.copyOf(s.project().getModel().getClassNames()));
        s.commandStack().undo();
        assertEquals(List.of("0", "1"), List.copyOf(s.project().getModel().getClassNames()));
    }

    @Test
    void deletingALabelRemapsAssignmentsAndRemovesItsSketchesInOneStep() throws Exception {
        ProjectSession s = open();
        LabelEdits edits = new LabelEdits(s);
        LabelClass three = s.project().getLabels().get(3);
        LabelClass nine = s.project().getLabels().get(9);
        s.addSketchAndModel(sketch(three, new double[] {0, 0, 1, 1}), null);
        s.addSketchAndModel(sketch(nine, new double[] {5, 5, 6, 6}), null);
        int[] before = s.project().getAssignments().clone();
        int threes = edits.examplesWith(three);
        assertEquals(183, threes);

        edits.delete(three, null);
        assertEquals(9, s.project().getLabels().size());
        assertEquals(1, s.project().getSketches().size(), "the 3's sketch went with it");
        assertSame(nine, s.project().getSketches().get(0).getLabel());
        int[] after = s.project().getAssignments();
        for (int r = 0; r < before.length; r++) {
            String expected = before[r] == 3 ? null : s.table().labels().get(r);
            LabelClass got = s.labelOf(r);
            assertEquals(expected, got == null ? null : got.getName(), "row " + r + " (" + after[r] + ")");
        }
        s.commandStack().undo();
        assertArrayEquals(before, s.project().getAssignments(), "one undo brings everything back");
        assertEquals(10, s.project().getLabels().size());
        assertSame(three, s.project().getLabels().get(3));
        assertEquals(2, s.project().getSketches().size());
    }

    @Test
    void deletingALabelCanHandItsExamplesAndSketchesToAnother() throws Exception {
        ProjectSession s = open();
        LabelEdits edits = new LabelEdits(s);
        LabelClass one = s.project().getLabels().get(1);
        LabelClass seven = s.project().getLabels().get(7);
        s.addSketchAndModel(sketch(one, new double[] {0, 0, 1, 1}), null);
        int ones = edits.examplesWith(one);
        int sevens = edits.examplesWith(seven);
        edits.delete(one, seven);
        assertEquals(ones + sevens, edits.examplesWith(seven));
        assertSame(seven, s.project().getSketches().get(0).getLabel());
        s.commandStack().undo();
        assertSame(one, s.project().getSketches().get(0).getLabel());
        assertEquals(sevens, edits.examplesWith(seven));
    }

    @Test
    void subsetsAreCommittedInOneStepCountedAndSaved(@TempDir Path dir) throws Exception {
        ProjectSession s = open();
        SubsetEdits subsets = new SubsetEdits(s);
        assertNull(s.project().getSubsets(), "every example starts raw");
        assertEquals(Subset.RAW, SubsetEdits.subsetOf(s.project(), 5));
        subsets.moveTo(new int[] {0, 1, 2, 3}, Subset.TRAIN);
        subsets.moveTo(new int[] {3, 4}, Subset.TEST);
        assertEquals(Subset.TRAIN, SubsetEdits.subsetOf(s.project(), 2));
        assertEquals(Subset.TEST, SubsetEdits.subsetOf(s.project(), 3));
        assertArrayEquals(new int[] {0, 1, 2}, subsets.rowsIn(Subset.TRAIN));

        PopulationCounts counts = PopulationCounts.of(s.project());
        int label0 = s.labelIndexOf(s.labelOf(0));
        int trainOfLabel0 = 0;
        for (int r : new int[] {0, 1, 2}) {
            if (s.labelIndexOf(s.labelOf(r)) == label0) {
                trainOfLabel0++;
            }
        }
        assertEquals(trainOfLabel0, counts.count(label0, Subset.TRAIN));
        int all = 0;
        for (int l = 0; l < counts.rows(); l++) {
            all += counts.total(l);
        }
        assertEquals(1797, all);

        s.commandStack().undo();
        assertEquals(Subset.TRAIN, SubsetEdits.subsetOf(s.project(), 3), "undo the second move only");
        s.commandStack().redo();
        Path file = dir.resolve("d.contour");
        s.save(file);
        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());
        assertArrayEquals(s.project().getSubsets(), back.project().getSubsets());
        assertEquals(Subset.TEST, SubsetEdits.subsetOf(back.project(), 4));
    }

    @Test
    void deletingALabelTheModelPredictsTakesTheModelAwayInTheSameStep() throws Exception {
        ProjectSession s = open();
        LabelEdits edits = new LabelEdits(s);
        LabelClass zero = s.project().getLabels().get(0);
        LabelClass one = s.project().getLabels().get(1);
        s.addSketchAndModel(sketch(zero, new double[] {-20, 0, -10, 0}), null);
        Sketch right = sketch(one, new double[] {10, 0, 20, 0});
        s.addSketchAndModel(right, Teacher.trainWithSketch(s, right, Teacher.DEFAULT_CLASSIFIER, new NullProgressMonitor()));
        var model = s.project().getModel();
        assertTrue(model.getClassNames().contains("1"));
        // the model predicted "1"; kept, it left every example it gave "1" without a prediction
        var command = edits.delete(one, null);
        assertNull(s.project().getModel());
        assertSame(command, s.commandStack().getUndoCommand(), "one step, which a retrained model may join");
        s.commandStack().undo();
        assertSame(model, s.project().getModel());
        // a label the model does not predict leaves it alone
        edits.delete(s.project().getLabels().get(5), null);
        assertSame(model, s.project().getModel());
    }

    @Test
    void labelsColoursAndDeletionsSurviveSaving(@TempDir Path dir) throws Exception {
        ProjectSession s = open();
        LabelEdits edits = new LabelEdits(s);
        edits.add("maybe", 0xABCDEF);
        edits.delete(s.project().getLabels().get(0), null);
        edits.rename(s.project().getLabels().get(0), "one");
        Path file = dir.resolve("l.contour");
        s.save(file);
        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());
        assertEquals(10, back.project().getLabels().size());
        assertEquals("one", back.project().getLabels().get(0).getName());
        assertEquals("maybe", back.project().getLabels().get(9).getName());
        assertEquals(0xABCDEF, back.project().getLabels().get(9).getColor());
        assertArrayEquals(s.project().getAssignments(), back.project().getAssignments());
    }

    private static Sketch sketch(LabelClass label, double[] points) {
        Sketch sk = ContourFactory.eINSTANCE.createSketch();
        sk.setLabel(label);
        sk.setPoints(points);
        sk.setRadius(3);
        return sk;
    }
}
