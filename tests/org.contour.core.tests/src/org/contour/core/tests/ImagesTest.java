package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.core.data.DatasetImportException;
import org.contour.core.data.DatasetReaders;
import org.contour.core.data.ImageFolderImporter;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ImportChoices;
import org.contour.core.session.ProjectSession;
import org.contour.model.DatasetKind;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images from pixel columns (digits, MNIST) and from folders of PNG and JPEG files, which the
 * tests write from the digits rows: labels from sub-folders, sizes, colour, and broken files.
 */
public class ImagesTest {

    private static final String PIXELS = "org.contour.core.pixels";

    @Test
    public void digitPixelsAreKeptAsTheyAreAndGiveAMapOfTheDigits() throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        assertEquals(PIXELS, DatasetPipeline.defaultVectorizer(digits));

        FeatureMatrix m = DatasetPipeline.vectorize(digits, PIXELS, Options.NONE, null).features();

        assertEquals(64, m.columns());
        for (int r = 0; r < digits.rowCount(); r++) {
            assertArrayEquals(digits.numeric()[r], m.row(r));
        }
        assertEquals("Pixels of 8x8 images as they are.", m.provenance());
        double agreement = TextVectorizersTest.pcaAgreement(digits, PIXELS, Options.NONE);
        System.out.printf("digits PCA map of pixels, 10-NN label agreement %.3f (chance %.3f)%n", agreement,
                MapQuality.chance(digits.labels()));
        assertTrue(agreement > 0.5, "agreement " + agreement);
    }

    @Test
    public void theSizeOptionAveragesBlocksOfPixels() throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));

        FeatureMatrix m = DatasetPipeline.vectorize(digits, PIXELS, Options.of(Map.of("size", "4")), null).features();

        assertEquals(16, m.columns());
        double[] image = digits.numeric()[0];
        double topLeftBlock = (image[0] + image[1] + image[8] + image[9]) / 4;
        assertEquals(topLeftBlock, m.get(0, 0), 1e-12);
        double lastBlock = (image[54] + image[55] + image[62] + image[63]) / 4;
        assertEquals(lastBlock, m.get(0, 15), 1e-12);
        assertEquals("Pixels of 8x8 images scaled to 4x4 (area averaging).", m.provenance());
    }

    @Test
    public void mnistHalvedStillMapsItsDigits() throws Exception {
        DataTable mnist = ImportTest.importFile(ImportTest.sharedFile("mnist_10k/mnist_10k.csv.gz"));

        FeatureMatrix m = DatasetPipeline.vectorize(mnist, PIXELS, Options.of(Map.of("size", "14")), null).features();

        assertEquals(196, m.columns());
        assertEquals(10000, m.rows());
        var map = DatasetPipeline.reduce(mnist, m, "org.contour.core.pca", Options.NONE, null);
        double agreement = MapQuality.neighbourAgreement(map.getXs(), map.getYs(), mnist.labels(), 10);
        System.out.printf("MNIST 14x14 PCA map, 10-NN label agreement %.3f (chance %.3f)%n", agreement,
                MapQuality.chance(mnist.labels()));
        assertTrue(agreement > 0.3, "agreement " + agreement);
    }

    @Test
    public void aFolderOfPngsWithLabelSubFoldersReadsBackTheDigits(@TempDir Path dir) throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        Path folder = writeDigitsFolder(dir.resolve("digits-png"), digits, 60);
        Files.writeString(folder.resolve("README.txt"), "not an image");
        Files.writeString(folder.resolve(".hidden.png"), "hidden files are skipped");

        DataTable images = DatasetReaders.read(folder, Options.NONE, new NullProgressMonitor());

        assertEquals(DatasetKind.IMAGE, images.kind());
        assertEquals(60, images.rowCount());
        assertEquals(8, images.imageWidth());
        assertEquals(64, images.columnNames().size());
        for (int r = 0; r < 60; r++) {
            String id = images.ids().get(r);
            int source = Integer.parseInt(id.substring(id.indexOf('/') + 1, id.indexOf(".png")));
            assertEquals(digits.labels().get(source), images.labels().get(r), "label from the sub-folder of " + id);
            assertEquals(digits.labels().get(source) + "/" + digits.ids().get(source) + ".png", id);
            for (int p = 0; p < 64; p++) {
                assertEquals(Math.round(digits.numeric()[source][p] * 255 / 16), images.numeric()[r][p], 1e-9,
                        id + " pixel " + p);
            }
        }
        assertTrue(images.provenance().startsWith("digits-png/: folder of 60 images"), images.provenance());
        assertTrue(images.provenance().contains("read as 8x8 grey levels 0-255"), images.provenance());
        assertTrue(images.provenance().contains("labels from 10 sub-folders, 0 images without one"),
                images.provenance());
    }

    @Test
    public void theFoldersImageSizeScalesEveryImage(@TempDir Path dir) throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        Path folder = writeDigitsFolder(dir.resolve("d"), digits, 12);

        DataTable images = DatasetReaders.read(folder, Options.of(Map.of(DatasetReaders.IMAGE_SIZE, "16")), null);

        assertEquals(16, images.imageWidth());
        assertEquals(256, images.numeric()[0].length);
        assertTrue(images.provenance().contains("read as 16x16 grey levels 0-255 (12 scaled to that size)"),
                images.provenance());
    }

    @Test
    public void imagesOfOtherSizesTakeTheFirstOnesAndImagesInTheFolderItselfHaveNoLabel(@TempDir Path dir)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        writeGrey(folder.resolve("a.png"), new int[][] {{0, 255}, {255, 0}});
        writeGrey(folder.resolve("b.png"), new int[][] {{0, 0, 255, 255}, {0, 0, 255, 255}, {255, 255, 0, 0},
            {255, 255, 0, 0}});

        DataTable images = new ImageFolderImporter().read(folder, 0, null);

        assertEquals(2, images.imageWidth());
        assertArrayEquals(new double[] {0, 255, 255, 0}, images.numeric()[0]);
        assertArrayEquals(new double[] {0, 255, 255, 0}, images.numeric()[1], 1e-9, "4x4 averaged to 2x2");
        assertNull(images.labels().get(0));
        assertTrue(images.provenance().contains("(1 scaled to that size)"), images.provenance());
        assertTrue(images.provenance().contains("labels from 0 sub-folders, 2 images without one"));
    }

    @Test
    public void colourJpegAndTransparencyBecomeGreyAsAViewerShowsThem(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("colour/red"));
        BufferedImage red = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        BufferedImage clear = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                red.setRGB(x, y, 0xFF0000);
                clear.setRGB(x, y, 0x00000000); // fully transparent black
            }
        }
        assertTrue(ImageIO.write(red, "jpeg", folder.resolve("red.jpg").toFile()));
        assertTrue(ImageIO.write(clear, "png", folder.resolve("see-through.png").toFile()));

        DataTable images = DatasetReaders.read(dir.resolve("colour"), Options.NONE, null);

        assertEquals(List.of("red/red.jpg", "red/see-through.png"), images.ids());
        assertEquals(0.299 * 255, images.numeric()[0][5], 6, "luminance of red, up to JPEG's loss");
        assertEquals(255, images.numeric()[1][0], 1e-9, "transparent over white");
        assertEquals(List.of("red", "red"), images.labels());
    }

    @Test
    public void brokenFoldersAndFilesGiveClearMessages(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no images here");
        DatasetImportException none = assertThrows(DatasetImportException.class,
                () -> new ImageFolderImporter().read(empty, 0, null));
        assertEquals("empty: the folder holds no PNG or JPEG images (looked in it and in its sub-folders).",
                none.getMessage());

        Path broken = Files.createDirectories(dir.resolve("broken/cats"));
        writeGrey(broken.resolve("a.png"), new int[][] {{1}});
        Files.write(broken.resolve("b.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        DatasetImportException damaged = assertThrows(DatasetImportException.class,
                () -> new ImageFolderImporter().read(dir.resolve("broken"), 0, null));
        assertTrue(damaged.getMessage().startsWith("broken/cats/b.png: this is not a PNG or JPEG image Contour can "
                + "read"), damaged.getMessage());

        DatasetImportException missing = assertThrows(DatasetImportException.class,
                () -> new ImageFolderImporter().read(dir.resolve("nowhere"), 0, null));
        assertTrue(missing.getMessage().startsWith("nowhere: the folder does not exist"), missing.getMessage());

        DatasetImportException huge = assertThrows(DatasetImportException.class,
                () -> DatasetReaders.read(broken.getParent(), Options.of(Map.of(DatasetReaders.IMAGE_SIZE, "5000")),
                        null));
        assertTrue(huge.getMessage().contains("the image size must be between 1 and 1024"), huge.getMessage());
    }

    @Test
    public void anImageFolderProjectSavesAndReopensWithItsSize(@TempDir Path dir) throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        Path folder = writeDigitsFolder(dir.resolve("digits-png"), digits, 100);
        Options reader = Options.of(Map.of(DatasetReaders.IMAGE_SIZE, "4"));
        DataTable images = DatasetReaders.read(folder, reader, null);
        ImportChoices choices = new ImportChoices(reader, PIXELS, Options.NONE, "org.contour.core.pca", Options.NONE);

        ProjectSession session = ProjectSession.importDataset(folder, images, choices, new NullProgressMonitor());
        assertEquals(10, session.project().getLabels().size());
        assertEquals("4", session.project().getDataset().getVectorizerOptions().get(DatasetReaders.IMAGE_SIZE));
        Path file = dir.resolve("digits.contour");
        session.save(file);
        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());

        assertEquals(16, back.features().columns());
        for (int r = 0; r < 100; r++) {
            assertArrayEquals(session.features().row(r), back.features().row(r));
        }
        assertEquals("0", back.project().getDataset().getVectorizerOptions().get("size"), "the vectorizer's own options");
        assertTrue(Arrays.equals(session.project().getEmbedding().getXs(), back.project().getEmbedding().getXs()));
    }

    // ---- helpers ----

    /** The first {@code count} digits as 8-bit grey PNGs in sub-folders named after their labels. */
    static Path writeDigitsFolder(Path folder, DataTable digits, int count) throws Exception {
        for (int r = 0; r < count; r++) {
            Path labelFolder = Files.createDirectories(folder.resolve(digits.labels().get(r)));
            int[][] grey = new int[8][8];
            for (int p = 0; p < 64; p++) {
                grey[p / 8][p % 8] = (int) Math.round(digits.numeric()[r][p] * 255 / 16);
            }
            writeGrey(labelFolder.resolve(digits.ids().get(r) + ".png"), grey);
        }
        return folder;
    }

    static void writeGrey(Path file, int[][] rows) throws Exception {
        BufferedImage image = new BufferedImage(rows[0].length, rows.length, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[0].length; x++) {
                image.getRaster().setSample(x, y, 0, rows[y][x]);
            }
        }
        assertTrue(ImageIO.write(image, "png", file.toFile()));
    }
}
