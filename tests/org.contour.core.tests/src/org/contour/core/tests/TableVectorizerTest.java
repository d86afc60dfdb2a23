package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.core.data.DatasetSummary;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.vectorize.NumericColumnsVectorizer;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table vectorizer on iris, wine and breast cancer, and on tables with nominal columns and
 * missing values: standardizing, one-hot encoding, filling in, reporting, choosing columns.
 */
public class TableVectorizerTest {

    private static final String TABLE = "org.contour.core.table";

    @Test
    public void theThreeClassicTablesImportAndGiveMapsThatKeepTheirClassesApart() throws Exception {
        for (String name : List.of("iris", "wine", "breast_cancer")) {
            DataTable table = ImportTest.importFile(ImportTest.sharedFile("tabular/" + name + ".csv"));
            assertEquals(DatasetPipeline.TABLE_VECTORIZER, DatasetPipeline.defaultVectorizer(table));

            double agreement = TextVectorizersTest.pcaAgreement(table, TABLE, Options.NONE);
            double chance = MapQuality.chance(table.labels());

            System.out.printf("%s PCA map of standardized columns, 10-NN label agreement %.3f (chance %.3f)%n", name,
                    agreement, chance);
            assertTrue(agreement > 0.85, name + ": " + agreement);
        }
    }

    @Test
    public void numericColumnsAreStandardizedLikeContour01Did() throws Exception {
        DataTable wine = ImportTest.importFile(ImportTest.sharedFile("tabular/wine.csv"));

        FeatureMatrix table = DatasetPipeline.vectorize(wine, TABLE, Options.NONE, null).features();
        FeatureMatrix old = new NumericColumnsVectorizer().vectorize(wine, Options.NONE, null);

        assertArrayEquals(old.featureNames(), table.featureNames());
        for (int r = 0; r < wine.rowCount(); r++) {
            assertArrayEquals(old.row(r), table.row(r), 1e-12);
        }
        for (int c = 0; c < table.columns(); c++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < table.rows(); r++) {
                sum += table.get(r, c);
                squares += table.get(r, c) * table.get(r, c);
            }
            assertEquals(0, sum / table.rows(), 1e-9);
            assertEquals(1, squares / table.rows(), 1e-9);
        }
        assertEquals("Table columns: 13 numeric standardized (mean 0, variance 1).", table.provenance());
    }

    @Test
    public void standardizeOffKeepsTheDataInItsOwnUnits() throws Exception {
        DataTable iris = ImportTest.importFile(ImportTest.sharedFile("tabular/iris.csv"));

        FeatureMatrix m = DatasetPipeline.vectorize(iris, TABLE, Options.of(Map.of("standardize", "false")), null)
                .features();

        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, m.row(0));
    }

    @Test
    public void chosenColumnsOnlyInTheTablesOrder() throws Exception {
        DataTable iris = ImportTest.importFile(ImportTest.sharedFile("tabular/iris.csv"));

        FeatureMatrix m = DatasetPipeline.vectorize(iris, TABLE,
                Options.of(Map.of("columns", "petal_width_cm, petal_length_cm")), null).features();

        assertEquals(List.of("petal_length_cm", "petal_width_cm"), Arrays.asList(m.featureNames()));
    }

    @Test
    public void anUnknownColumnIsAClearMessageListingTheColumns() throws Exception {
        DataTable iris = ImportTest.importFile(ImportTest.sharedFile("tabular/iris.csv"));

        CoreException e = assertThrows(CoreException.class, () -> DatasetPipeline.vectorize(iris, TABLE,
                Options.of(Map.of("columns", "petal_width")), null));

        assertTrue(e.getMessage().contains("iris.csv has no column petal_width; its columns are sepal_length_cm, "
                + "sepal_width_cm, petal_length_cm, petal_width_cm"), e.getMessage());
    }

    @Test
    public void nominalColumnsAreOneHotEncodedWithAMissingCategory(@TempDir Path dir) throws Exception {
        DataTable people = ImportTest.importFile(write(dir, "people.csv",
                "id,age,colour,label\n1,30,red,a\n2,,blue,b\n3,50,,a\n4,40,red,b\n"));

        FeatureMatrix m = DatasetPipeline.vectorize(people, TABLE, Options.NONE, null).features();

        assertEquals(List.of("age", "colour=blue", "colour=red", "colour=(missing)"), Arrays.asList(m.featureNames()));
        assertArrayEquals(new double[] {0, 1, 0}, Arrays.copyOfRange(m.row(0), 1, 4), "red");
        assertArrayEquals(new double[] {0, 0, 1}, Arrays.copyOfRange(m.row(2), 1, 4), "missing colour");
        // the missing age is filled with the mean of 30, 50, 40 and so standardizes to 0
        assertEquals(0, m.get(1, 0), 1e-12);
        assertEquals("Table columns: 1 numeric standardized (mean 0, variance 1), 1 nominal one-hot encoded into 3 "
                + "columns. Missing values filled: age 1 with its mean 40; colour 1 as the category \"(missing)\".",
                m.provenance());
    }

    @Test
    public void medianAndMissingIndicatorsAreOptions(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(write(dir, "t.csv", "x,label\n1,a\n2,a\n10,b\nNA,b\n"));

        FeatureMatrix m = DatasetPipeline.vectorize(t, TABLE, Options.of(Map.of("standardize", "false",
                "numericMissing", "median", "missingIndicators", "true")), null).features();

        assertEquals(List.of("x", "x (missing)"), Arrays.asList(m.featureNames()));
        assertArrayEquals(new double[] {2, 1}, m.row(3));
        assertArrayEquals(new double[] {10, 0}, m.row(2));
        assertTrue(m.provenance().contains("x 1 with its median 2"), m.provenance());
    }

    @Test
    public void rareCategoriesBeyondTheLimitShareOneColumn(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(write(dir, "t.csv",
                "city,label\nParis,a\nParis,a\nRome,b\nRome,b\nOslo,a\nLima,b\n"));

        FeatureMatrix m = DatasetPipeline.vectorize(t, TABLE, Options.of(Map.of("maxCategories", "2")), null)
                .features();

        assertEquals(List.of("city=Paris", "city=Rome", "city=(other)"), Arrays.asList(m.featureNames()));
        assertArrayEquals(new double[] {0, 0, 1}, m.row(4));
    }

    @Test
    public void oneHotOffLeavesNominalColumnsOutButRefusesThemWhenChosen(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(write(dir, "t.csv", "x,colour,label\n1,red,a\n2,blue,b\n"));

        FeatureMatrix m = DatasetPipeline.vectorize(t, TABLE, Options.of(Map.of("oneHot", "false")), null).features();
        assertEquals(List.of("x"), Arrays.asList(m.featureNames()));
        CoreException e = assertThrows(CoreException.class, () -> DatasetPipeline.vectorize(t, TABLE,
                Options.of(Map.of("oneHot", "false", "columns", "colour")), null));
        assertTrue(e.getMessage().contains("colour are nominal (they hold words), so they need one-hot encoding"),
                e.getMessage());
    }

    @Test
    public void missingValuesAreReportedPerColumnBeforeVectorizing(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(write(dir, "titanic.csv",
                "id,age,fare,port,label\n1,22,7.25,S,0\n2,,71.3,C,1\n3,26,,S,1\n4,,8.05,,0\n"));

        List<String> lines = DatasetSummary.lines(t);

        assertEquals(List.of("4 rows, 2 numeric columns, 1 nominal column; 4 labelled in 2 classes.",
                "Nominal columns: port (2 categories).",
                "Missing values: 4 cells in 3 columns (age 2, fare 1, port 1)."), lines);
    }

    @Test
    public void aTableOfOnlyNominalColumnsStillGivesAMap(@TempDir Path dir) throws Exception {
        DataTable t = ImportTest.importFile(write(dir, "t.csv", "shape,colour,label\nround,red,a\nsquare,red,b\n"
                + "round,blue,a\nsquare,blue,b\n"));

        FeatureMatrix m = DatasetPipeline.vectorize(t, TABLE, Options.NONE, null).features();

        assertEquals(4, m.columns());
        assertFalse(t.hasNumeric());
        assertEquals(4, DatasetPipeline.reduce(t, m, "org.contour.core.pca", Options.NONE, null).getXs().length);
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
