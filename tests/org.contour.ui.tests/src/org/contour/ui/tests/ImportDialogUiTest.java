package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.contour.core.session.ProjectSession;
import org.contour.model.DatasetSource;
import org.contour.model.Embedding;
import org.contour.samples.SampleDatasets;
import org.contour.ui.ProjectOpener;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.pipeline.ImageFolderDialog;
import org.contour.ui.pipeline.ImportDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Open Dataset... and File > Open Image Folder... after the file chooser: the import
 * dialog lists the vectorizers that accept the data and the maps, with option forms generated
 * from their plugin.xml, and the project made records what was chosen. Real widgets, real keys.
 */
class ImportDialogUiTest {

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
    }

    @Test
    void irisWithTwoColumnsAsAxesGivesAMapInCentimetres() throws Exception {
        Path iris = Path.of("/work/shared/datasets/tabular/iris.csv");
        assumeTrue(Files.isRegularFile(iris), "the shared datasets are not here");
        WidgetSupport.Pending steps = WidgetSupport.whenShellOpens(ImportDialog.TITLE, dialog -> {
            List<String> texts = UiTestSupport.texts(dialog);
            assertTrue(texts.contains("150 rows, 4 numeric columns, 0 nominal columns; 150 labelled in 3 classes."),
                    texts.toString());
            Group vectorizer = WidgetSupport.group(dialog, "Vectorizer");
            assertEquals("Table columns", WidgetSupport.methodCombo(vectorizer).getText());
            assertFalse(List.of(WidgetSupport.methodCombo(vectorizer).getItems()).contains("TF-IDF of words (vocabulary)"),
                    "only vectorizers that accept the table are offered");
            Group map = WidgetSupport.group(dialog, "Map (2-D reduction)");
            assertEquals("PCA", WidgetSupport.methodCombo(map).getText(), "PCA is the default for tables");
            WidgetSupport.choose(WidgetSupport.methodCombo(map), "Two columns as axes");
            WidgetSupport.choose(WidgetSupport.option(dialog, Combo.class, "x"), "petal_length_cm");
            WidgetSupport.choose(WidgetSupport.option(dialog, Combo.class, "y"), "petal_width_cm");
            UiTestSupport.screenshot(dialog, "import-dialog-iris");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Import"));
        });
        ProjectOpener.openDataset(iris);
        UiTestSupport.waitUntil("the iris map", 60_000, () -> steps.done && page.getActiveEditor() instanceof ContourEditor);
        steps.rethrow();

        ProjectSession session = ((ContourEditor) page.getActiveEditor()).session();
        Embedding map = session.project().getEmbedding();
        assertEquals("org.contour.core.columns", map.getReducerId());
        assertEquals(List.of("petal_length_cm", "petal_width_cm"), map.getAxisNames());
        assertEquals(1.4, map.getXs()[0], 0, "in the data's own units");
        assertEquals(Map.of("x", "petal_length_cm", "y", "petal_width_cm"), map.getReducerOptions().map());
        assertEquals("org.contour.core.table", session.project().getDataset().getVectorizerId());
        UiTestSupport.settle(300);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "iris-petals-map");
    }

    @Test
    void aRefusedOptionDisablesImportAndSaysWhyAndTheChosenValuesAreStored(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"), "id,age,height,city,label\n1,30,1.8,Paris,a\n"
                + "2,,1.6,Rome,b\n3,50,NA,Paris,a\n4,40,1.7,,b\n5,35,1.75,Oslo,a\n", StandardCharsets.UTF_8);
        WidgetSupport.Pending steps = WidgetSupport.whenShellOpens(ImportDialog.TITLE, dialog -> {
            List<String> texts = UiTestSupport.texts(dialog);
            assertTrue(texts.contains("Missing values: 3 cells in 3 columns (age 1, height 1, city 1)."), texts.toString());
            assertTrue(texts.contains("Nominal columns: city (3 categories)."), texts.toString());
            Button importButton = WidgetSupport.button(dialog, "Import");
            Text categories = WidgetSupport.option(dialog, Text.class, "maxCategories");
            WidgetSupport.typeInto(categories, "0");
            assertEquals("Most categories per column must be at least 1, not 0.",
                    ((TitleAreaDialog) dialog.getData()).getErrorMessage());
            assertFalse(importButton.isEnabled(), "a refused value disables Import");
            WidgetSupport.typeInto(categories, "2");
            assertNull(((TitleAreaDialog) dialog.getData()).getErrorMessage());
            assertTrue(importButton.isEnabled());
            Button standardize = WidgetSupport.option(dialog, Button.class, "standardize");
            UiTestSupport.clickCentre(standardize);
            assertFalse(standardize.getSelection());
            UiTestSupport.screenshot(dialog, "import-dialog-missing-values");
            UiTestSupport.clickCentre(importButton);
        });
        ProjectOpener.openDataset(file);
        UiTestSupport.waitUntil("the people map", 60_000, () -> steps.done && page.getActiveEditor() instanceof ContourEditor);
        steps.rethrow();

        ProjectSession session = ((ContourEditor) page.getActiveEditor()).session();
        DatasetSource source = session.project().getDataset();
        assertEquals("false", source.getVectorizerOptions().get("standardize"));
        assertEquals("2", source.getVectorizerOptions().get("maxCategories"));
        assertEquals(List.of("age", "height", "city=Oslo", "city=Paris", "city=(other)", "city=(missing)"),
                Arrays.asList(session.features().featureNames()), "two categories kept, the rest shared");
        assertEquals(30, session.features().get(0, 0), 0, "age as it is (not standardized)");
        assertTrue(source.getProvenance().contains("Missing values filled: age 1 with its mean 38.75"),
                source.getProvenance());
    }

    @Test
    void textsOfferTheVocabularyWithItsNgramRange() throws Exception {
        Path fortunes = SampleDatasets.file(SampleDatasets.FORTUNES);
        WidgetSupport.Pending steps = WidgetSupport.whenShellOpens(ImportDialog.TITLE, dialog -> {
            Combo method = WidgetSupport.methodCombo(WidgetSupport.group(dialog, "Vectorizer"));
            assertEquals("TF-IDF of words (vocabulary)", method.getText());
            assertTrue(List.of(method.getItems()).contains("TF-IDF of words (hashed)"));
            WidgetSupport.choose(WidgetSupport.option(dialog, Combo.class, "ngrams"), "1-2");
            WidgetSupport.typeInto(WidgetSupport.option(dialog, Text.class, "minDf"), "3");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Import"));
        });
        ProjectOpener.openDataset(fortunes);
        UiTestSupport.waitUntil("the fortunes map", 120_000,
                () -> steps.done && page.getActiveEditor() instanceof ContourEditor);
        steps.rethrow();

        ProjectSession session = ((ContourEditor) page.getActiveEditor()).session();
        assertEquals("1-2", session.project().getDataset().getVectorizerOptions().get("ngrams"));
        assertEquals("3", session.project().getDataset().getVectorizerOptions().get("minDf"));
        assertTrue(Arrays.asList(session.features().featureNames()).contains("the computer"), "word pairs");
    }

    @Test
    void anImageFolderOpensWithTheChosenSizeAndItsSubFoldersAsLabels(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("shapes");
        for (String label : List.of("bright", "dark")) {
            Files.createDirectories(folder.resolve(label));
            for (int i = 0; i < 6; i++) {
                BufferedImage image = new BufferedImage(12, 12, BufferedImage.TYPE_BYTE_GRAY);
                for (int p = 0; p < 144; p++) {
                    int grey = label.equals("bright") ? 200 + i * 5 : 20 + i * 5;
                    image.getRaster().setSample(p % 12, p / 12, 0, (p + i) % 7 == 0 ? 255 - grey : grey);
                }
                ImageIO.write(image, "png", folder.resolve(label).resolve(i + ".png").toFile());
            }
        }
        WidgetSupport.Pending sizeStep = WidgetSupport.whenShellOpens(ImageFolderDialog.TITLE, dialog -> {
            List<String> texts = UiTestSupport.texts(dialog);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("12 PNG/JPEG images, the first 12x12 pixels; 2 labels "
                    + "from sub-folders (bright, dark)")), texts.toString());
            WidgetSupport.typeInto(WidgetSupport.option(dialog, Text.class, "reader.imageSize"), "6");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Read images"));
        });
        WidgetSupport.Pending importStep = WidgetSupport.whenShellOpens(ImportDialog.TITLE, dialog -> {
            assertEquals("Image pixels", WidgetSupport.methodCombo(WidgetSupport.group(dialog, "Vectorizer")).getText());
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Import"));
        });
        ProjectOpener.openImageFolder(folder);
        UiTestSupport.waitUntil("the image folder's map", 60_000,
                () -> importStep.done && page.getActiveEditor() instanceof ContourEditor);
        sizeStep.rethrow();
        importStep.rethrow();

        ProjectSession session = ((ContourEditor) page.getActiveEditor()).session();
        assertEquals(6, session.table().imageWidth());
        assertEquals(36, session.features().columns());
        assertEquals(List.of("bright", "dark"), session.project().getLabels().stream().map(l -> l.getName()).toList());
        assertEquals("6", session.project().getDataset().getVectorizerOptions().get("reader.imageSize"));
    }
}
