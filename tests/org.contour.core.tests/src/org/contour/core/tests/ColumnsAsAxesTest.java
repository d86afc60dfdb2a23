package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ImportChoices;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Two columns as axes": the map in the data's own units, and a model that reads in them. */
public class ColumnsAsAxesTest {

    private static final String COLUMNS = "org.contour.core.columns";

    @Test
    public void irisPetalsAsAxesInCentimetresAndAModelTaughtOnThemSpeaksOfPetals() throws Exception {
        Path file = ImportTest.sharedFile("tabular/iris.csv");
        DataTable iris = ImportTest.importFile(file);
        ImportChoices choices = new ImportChoices(Options.NONE, DatasetPipeline.TABLE_VECTORIZER, Options.NONE, COLUMNS,
                Options.of(Map.of("x", "petal_length_cm", "y", "petal_width_cm")));

        ProjectSession session = ProjectSession.importDataset(file, iris, choices, new NullProgressMonitor());

        Embedding map = session.project().getEmbedding();
        assertEquals(List.of("petal_length_cm", "petal_width_cm"), map.getAxisNames());
        assertEquals(1.4, map.getXs()[0], 0, "centimetres, not standardized");
        assertEquals(0.2, map.getYs()[0], 0);
        assertEquals(Map.of("x", "petal_length_cm", "y", "petal_width_cm"), map.getReducerOptions().map());
        assertTrue(map.getProvenance().startsWith("Two columns as axes: petal_length_cm across, petal_width_cm up"),
                map.getProvenance());

        // paint setosa's small petals and virginica's large ones: the model's features are the columns
        LabelClass setosa = label(session, "setosa");
        LabelClass virginica = label(session, "virginica");
        session.addSketchAndModel(sketch(setosa, new double[] {1.2, 0.2, 1.7, 0.4}, 0.3), null);
        Sketch large = sketch(virginica, new double[] {5.5, 2.0, 6.5, 2.3}, 0.4);
        TaughtModel model = Teacher.trainWithSketch(session, large, Teacher.DEFAULT_CLASSIFIER, null);
        assertEquals(List.of("petal_length_cm", "petal_width_cm"), model.getFeatureNames());
    }

    @Test
    public void withoutOptionsTheFirstTwoNumericColumnsAreTheAxes() throws Exception {
        DataTable wine = ImportTest.importFile(ImportTest.sharedFile("tabular/wine.csv"));

        Embedding map = DatasetPipeline.reduce(wine, features(wine), COLUMNS, Options.NONE, null);

        assertEquals(List.of("alcohol", "malic_acid"), map.getAxisNames());
        assertEquals(14.23, map.getXs()[0], 0);
        assertEquals(Map.of("x", "", "y", ""), map.getReducerOptions().map());
    }

    @Test
    public void missingValuesArePlacedAtTheColumnMeanAndSaidSo(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(Files.writeString(dir.resolve("t.csv"), "a,b,label\n1,10,x\n,20,y\n3,,x\n",
                StandardCharsets.UTF_8));

        Embedding map = DatasetPipeline.reduce(t, features(t), COLUMNS, Options.NONE, null);

        assertArrayEquals(new double[] {1, 2, 3}, map.getXs());
        assertArrayEquals(new double[] {10, 20, 15}, map.getYs());
        assertTrue(map.getProvenance().endsWith("Missing values placed at the column's mean: 1 in a, 1 in b."),
                map.getProvenance());
    }

    @Test
    public void columnsThatCannotBeAxesAreClearMessages(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(Files.writeString(dir.resolve("t.csv"),
                "size,colour,label\n1,red,x\n2,blue,y\n", StandardCharsets.UTF_8));
        FeatureMatrix f = features(t);

        CoreException nominal = assertThrows(CoreException.class, () -> DatasetPipeline.reduce(t, f, COLUMNS,
                Options.of(Map.of("x", "size", "y", "colour")), null));
        assertTrue(nominal.getMessage().contains("t.csv has no numeric column 'colour' (it is nominal: it holds "
                + "words, which have no position on an axis); its numeric columns are size"), nominal.getMessage());
        CoreException one = assertThrows(CoreException.class, () -> DatasetPipeline.reduce(t, f, COLUMNS,
                Options.NONE, null));
        assertTrue(one.getMessage().contains("t.csv has only one numeric column (size); two are needed"),
                one.getMessage());
        assertTrue(one.getMessage().contains("'Two columns as axes' (org.contour.core.columns)"), one.getMessage());
    }

    private static FeatureMatrix features(DataTable table) throws CoreException {
        return DatasetPipeline.vectorize(table, DatasetPipeline.TABLE_VECTORIZER, Options.NONE, null).features();
    }

    private static LabelClass label(ProjectSession session, String name) {
        return session.project().getLabels().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
    }

    static Sketch sketch(LabelClass label, double[] points, double radius) {
        Sketch s = ContourFactory.eINSTANCE.createSketch();
        s.setLabel(label);
        s.setPoints(points);
        s.setRadius(radius);
        return s;
    }
}
