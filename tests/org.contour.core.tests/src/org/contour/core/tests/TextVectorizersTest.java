package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.core.registry.Contributions;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.vectorize.TextTfidfVectorizer;
import org.contour.core.vectorize.VocabularyTfidfVectorizer;
import org.contour.model.DatasetKind;
import org.contour.model.Embedding;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * The TF-IDF vectorizers (vocabulary and hashed) on fortunes and sms_spam, each option, and the
 * quality of the maps they give.
 */
public class TextVectorizersTest {

    private static final String VOCABULARY = "org.contour.core.tfidf.vocabulary";
    private static final String HASHED = "org.contour.core.tfidf";

    @Test
    public void fortunesVocabularyColumnsAreTheWordsAndWordPairsInAlphabeticalOrder() throws Exception {
        DataTable fortunes = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.FORTUNES));

        FeatureMatrix m = DatasetPipeline.vectorize(fortunes, VOCABULARY, Options.of(Map.of("ngrams", "1-2")),
                new NullProgressMonitor()).features();

        List<String> names = Arrays.asList(m.featureNames());
        System.out.printf("fortunes vocabulary TF-IDF: %d rows x %d columns, %d stored%n", m.rows(), m.columns(),
                m.storedEntries());
        assertTrue(m.isSparse());
        assertEquals(4679, m.rows());
        assertTrue(names.contains("computer"), "a word");
        assertTrue(names.contains("the computer"), "a word pair");
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertEquals(sorted, names, "alphabetical");
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), "each term once");
        assertFalse(names.stream().anyMatch(n -> n.contains("text-") || n.contains("/")), "readable names");
        for (int r = 0; r < m.rows(); r++) {
            double[] squared = {0};
            int[] previous = {-1};
            m.forEachNonZero(r, (c, v) -> {
                assertTrue(c > previous[0], "columns ascend within a row");
                previous[0] = c;
                squared[0] += v * v;
            });
            assertTrue(Math.abs(squared[0] - 1) < 1e-9 || squared[0] == 0, "row " + r + " has unit length");
        }
        assertTrue(m.provenance().startsWith("TF-IDF of word 1-2-grams"), m.provenance());
    }

    @Test
    public void smsSpamVocabularyHoldsTheStemmedWordsOfTheMessages() throws Exception {
        DataTable sms = ImportTest.importFile(ImportTest.sharedFile("sms_spam/sms_spam_stemmed.csv"));

        FeatureMatrix m = DatasetPipeline.vectorize(sms, VOCABULARY, Options.NONE, new NullProgressMonitor())
                .features();

        List<String> names = Arrays.asList(m.featureNames());
        assertEquals(sms.rowCount(), m.rows());
        assertTrue(names.contains("free"), "stemmed tokens are kept as written");
        assertTrue(names.contains("call"));
        assertTrue(names.stream().noneMatch(n -> n.contains(" ")), "by default single words only");
    }

    @Test
    public void ngramRangeChoosesWhichRunsOfWordsAreTerms() throws Exception {
        DataTable table = texts("red apple pie", "green apple pie", "red apple tart");
        Options oneTwo = Options.of(Map.of("ngrams", "1-2", "minDf", "1"));
        Options pairs = Options.of(Map.of("ngrams", "2-2", "minDf", "1"));
        Options triples = Options.of(Map.of("ngrams", "1-3", "minDf", "1"));

        assertEquals(List.of("apple", "apple pie", "apple tart", "green", "green apple", "pie", "red", "red apple",
                "tart"), names(vectorize(table, oneTwo)));
        assertEquals(List.of("apple pie", "apple tart", "green apple", "red apple"), names(vectorize(table, pairs)));
        assertTrue(names(vectorize(table, triples)).contains("red apple pie"));
    }

    @Test
    public void minimumDocumentFrequencyDropsRareTerms() throws Exception {
        DataTable table = texts("apple banana", "apple cherry", "apple banana date");

        List<String> names = names(vectorize(table, Options.of(Map.of("ngrams", "1-1", "minDf", "2"))));

        assertEquals(List.of("apple", "banana"), names);
    }

    @Test
    public void maximumDocumentShareDropsTermsInMostTexts() throws Exception {
        DataTable table = texts("the apple", "the banana", "the cherry", "an apple");

        List<String> names = names(vectorize(table, Options.of(Map.of("ngrams", "1-1", "minDf", "1", "maxDf", "0.5"))));

        assertEquals(List.of("an", "apple", "banana", "cherry"), names, "'the' is in 3 of 4 texts");
    }

    @Test
    public void mostTermsKeepsTheMostFrequentInTheCorpus() throws Exception {
        DataTable table = texts("apple apple apple banana", "apple cherry cherry", "date");

        List<String> names = names(vectorize(table, Options.of(Map.of("ngrams", "1-1", "minDf", "1",
                "maxFeatures", "2"))));

        assertEquals(List.of("apple", "cherry"), names);
    }

    @Test
    public void lowercaseOffKeepsCapitalisedWordsApart() throws Exception {
        DataTable table = texts("Free call", "free call");

        assertEquals(List.of("call", "free"), names(vectorize(table, Options.of(Map.of("ngrams", "1-1", "minDf", "1")))));
        assertEquals(List.of("Free", "call", "free"), names(vectorize(table, Options.of(Map.of("ngrams", "1-1",
                "minDf", "1", "lowercase", "false")))));
    }

    @Test
    public void sublinearAndNormalisationOptionsChangeTheWeightsAsDocumented() throws Exception {
        DataTable table = texts("spam spam spam spam egg", "egg bacon", "toast");
        Options raw = Options.of(Map.of("ngrams", "1-1", "minDf", "1", "sublinearTf", "false", "l2Norm", "false"));
        Options sublinear = Options.of(Map.of("ngrams", "1-1", "minDf", "1", "l2Norm", "false"));

        FeatureMatrix rawM = vectorize(table, raw);
        FeatureMatrix subM = vectorize(table, sublinear);

        int spam = names(rawM).indexOf("spam");
        int egg = names(rawM).indexOf("egg");
        double idfSpam = Math.log(3.0 / 1);
        double idfEgg = Math.log(3.0 / 2);
        assertEquals(4 * idfSpam, rawM.get(0, spam), 1e-12, "tf x idf");
        assertEquals(idfEgg, rawM.get(0, egg), 1e-12);
        assertEquals((1 + Math.log(4)) * idfSpam, subM.get(0, spam), 1e-12, "(1 + log tf) x idf, Tribuo's form");
        FeatureMatrix normalised = vectorize(table, Options.of(Map.of("ngrams", "1-1", "minDf", "1")));
        double length = Math.hypot(normalised.get(0, spam), normalised.get(0, egg));
        assertEquals(1, length, 1e-12);
    }

    @Test
    public void anEmptyVocabularyIsAClearMessageNamingTheOption() {
        DataTable table = texts("alpha", "beta", "gamma");

        CoreException e = assertThrows(CoreException.class, () -> DatasetPipeline.vectorize(table, VOCABULARY,
                Options.NONE, null));

        assertTrue(e.getMessage().contains("the vocabulary is empty; lower the minimum document frequency"),
                e.getMessage());
        assertTrue(e.getMessage().contains("org.contour.core"), "names the plug-in: " + e.getMessage());
    }

    @Test
    public void outOfRangeOptionsAreRefusedBeforeTheVectorizerRuns() {
        DataTable table = texts("a b", "a c");

        CoreException e = assertThrows(CoreException.class, () -> DatasetPipeline.vectorize(table, VOCABULARY,
                Options.of(Map.of("ngrams", "1-9")), null));
        assertTrue(e.getMessage().contains("Word n-grams must be one of 1-1, 1-2, 1-3, 2-2, 2-3"), e.getMessage());
        CoreException hashed = assertThrows(CoreException.class, () -> DatasetPipeline.vectorize(table, HASHED,
                Options.of(Map.of("dimensions", "3")), null));
        assertTrue(hashed.getMessage().contains("Hashed columns must be at least 16"), hashed.getMessage());
    }

    @Test
    public void hashedVariantHonoursTheDimensionsOption() throws Exception {
        DataTable fortunes = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.FORTUNES));

        FeatureMatrix m = DatasetPipeline.vectorize(fortunes, HASHED, Options.of(Map.of("dimensions", "1024")), null)
                .features();

        assertEquals(1024, m.columns());
        assertTrue(m.provenance().contains("hashed into 1,024 columns"), m.provenance());
    }

    @Test
    public void hashedDefaultsThroughTheRegistryAreThoseOfContour01() throws Exception {
        // projects saved by Contour 0.1 name this vectorizer with no options: same features back
        DataTable table = texts("The cat sat.", "The cat ran!", "A dog barked", "dogs bark");

        FeatureMatrix viaRegistry = DatasetPipeline.vectorize(table, HASHED, Options.NONE, null).features();
        FeatureMatrix direct = new TextTfidfVectorizer().vectorize(table, Options.NONE, null);

        assertEquals(TextTfidfVectorizer.DEFAULT_DIMENSION, viaRegistry.columns());
        for (int r = 0; r < table.rowCount(); r++) {
            assertTrue(Arrays.equals(direct.row(r), viaRegistry.row(r)));
        }
        assertTrue(viaRegistry.provenance().contains("word 1-2-grams"), viaRegistry.provenance());
    }

    @Test
    public void theVocabularyKeepsFortunesTopicsTogetherBetterThanHashing() throws Exception {
        // what a neighbour-keeping map (UMAP, t-SNE) can show is what the features' neighbours hold
        DataTable fortunes = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.FORTUNES));
        double chance = MapQuality.chance(fortunes.labels());

        double vocabulary = MapQuality.cosineNeighbourAgreement(vectorize(fortunes, Options.NONE), fortunes.labels(), 10);
        double hashed = MapQuality.cosineNeighbourAgreement(
                DatasetPipeline.vectorize(fortunes, HASHED, Options.NONE, null).features(), fortunes.labels(), 10);
        double pcaMap = pcaAgreement(fortunes, VOCABULARY, Options.NONE);

        System.out.printf("fortunes, share of the 10 nearest neighbours with the same topic: vocabulary features "
                + "%.3f, hashed features %.3f, PCA map of the vocabulary %.3f, chance %.3f%n", vocabulary, hashed,
                pcaMap, chance);
        assertTrue(vocabulary > 2.5 * chance, "vocabulary " + vocabulary + " vs chance " + chance);
        assertTrue(vocabulary > hashed + 0.03, "vocabulary " + vocabulary + " vs hashed " + hashed);
        assertTrue(pcaMap > chance, "even a straight PCA view is better than chance: " + pcaMap);
    }

    @Test
    public void smsSpamFeaturesKeepSpamWithSpam() throws Exception {
        DataTable sms = ImportTest.importFile(ImportTest.sharedFile("sms_spam/sms_spam_stemmed.csv"));
        double chance = MapQuality.chance(sms.labels());

        double features = MapQuality.cosineNeighbourAgreement(vectorize(sms, Options.NONE), sms.labels(), 10);
        double pcaMap = pcaAgreement(sms, VOCABULARY, Options.NONE);

        System.out.printf("sms_spam, share of the 10 nearest neighbours with the same label: vocabulary features "
                + "%.3f, PCA map %.3f, chance %.3f%n", features, pcaMap, chance);
        assertTrue(features > 0.93, "features " + features);
        assertTrue(pcaMap > chance, "PCA map " + pcaMap);
    }

    @Test
    public void eachTextVectorizerRefusesATableWithoutText() {
        DataTable numbers = new DataTable("numbers", DatasetKind.TABLE, List.of("0", "1"),
                Collections.nCopies(2, (String) null), List.of("a"), new double[][] {{1}, {2}}, null, 0, "");

        assertFalse(new VocabularyTfidfVectorizer().accepts(numbers));
        assertFalse(new TextTfidfVectorizer().accepts(numbers));
        CoreException e = assertThrows(CoreException.class, () -> DatasetPipeline.vectorize(numbers, VOCABULARY,
                Options.NONE, null));
        assertTrue(e.getMessage().contains("cannot read the dataset numbers (a table)"), e.getMessage());
        assertTrue(Contributions.vectorizer(VOCABULARY).isPresent());
    }

    // ---- helpers ----

    static double pcaAgreement(DataTable table, String vectorizer, Options options) throws CoreException {
        FeatureMatrix features = DatasetPipeline.vectorize(table, vectorizer, options, null).features();
        Embedding map = DatasetPipeline.reduce(table, features, "org.contour.core.pca", Options.NONE, null);
        return MapQuality.neighbourAgreement(map.getXs(), map.getYs(), table.labels(), 10);
    }

    private static FeatureMatrix vectorize(DataTable table, Options options) throws CoreException {
        return DatasetPipeline.vectorize(table, VOCABULARY, options, null).features();
    }

    private static List<String> names(FeatureMatrix m) {
        return Arrays.asList(m.featureNames());
    }

    static DataTable texts(String... texts) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < texts.length; r++) {
            ids.add(Integer.toString(r));
        }
        return new DataTable("test texts", DatasetKind.TEXT, ids, Collections.nCopies(texts.length, null), List.of(),
                null, List.of(texts), 0, "made in a test");
    }
}
