package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.contour.core.interpret.Equations;
import org.contour.core.interpret.Numbers;
import org.contour.core.interpret.TermNames;
import org.contour.core.interpret.TopFeatures;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.PolynomialPredictor;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The model in the data's words: numbers, equations, polynomial terms, the words of a text model. */
class InterpretTest {

    @Test
    void numbersReadAndWriteTheWayAPersonTypesThem() {
        assertEquals("0.41", Numbers.format(0.41));
        assertEquals("0.8", Numbers.format(0.80000001));
        assertEquals("-1.2", Numbers.format(-1.2));
        assertEquals("1000", Numbers.format(1000));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("2.45", Numbers.format(2.45));
        // a threshold typed as 1e300 once read as three hundred digits in the rule and its history
        assertEquals("1e300", Numbers.format(1e300));
        assertEquals("-1.235e7", Numbers.format(-12_345_678));
        assertEquals("2e-7", Numbers.format(2e-7));
        assertEquals("1235000", Numbers.format(1_234_567));
        assertEquals("0.0001", Numbers.format(1e-4));
        assertEquals(1e300, Numbers.parse(Numbers.format(1e300)));
        assertEquals(-0.5, Numbers.parse(" \u22120.5 "));
        assertEquals(1e-3, Numbers.parse("1e-3"));
        assertEquals(0.5, Numbers.parse(".5"));
        for (String bad : List.of("abc", "", "1,5", "NaN", "Infinity", "1d", "0x10", "1e400")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.parse(bad), bad);
            assertTrue(e.getMessage().length() > 5, e.getMessage());
        }
    }

    @Test
    void aLinearModelReadsAsOneEquationPerClassInTheAxesNames() {
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.getClassNames().addAll(List.of("0", "3"));
        m.getFeatureNames().addAll(List.of("PC1", "PC2"));
        m.setWeights(new double[] { 1, 0, 0.412, -1.2 });
        m.setBiases(new double[] { -0.5, 0.33 });
        assertEquals("score(0) = 1 \u00d7 PC1 \u2212 0.5", Equations.equation(m, 0));
        assertEquals("score(3) = 0.412 \u00d7 PC1 \u2212 1.2 \u00d7 PC2 + 0.33", Equations.equation(m, 1));
        assertTrue(Equations.describe(m).endsWith("the predicted class has the highest score."));
    }

    @Test
    void polynomialTermsAreNamedAndTheStandardisationIsWrittenOnce() {
        PolynomialModel ring = TreeFixtures.ring(List.of("PC1", "PC2"), List.of("in", "out"), new double[] { 0.3, -1 },
                new double[] { 2.1, 4 });
        assertEquals(List.of("z1", "z2", "z1^2", "z1*z2", "z2^2"), TermNames.names(ring));
        assertEquals(List.of("z1 = (PC1 - 0.3) / 2.1", "z2 = (PC2 + 1) / 4"), TermNames.standardisation(ring));
        String text = Equations.describe(ring);
        assertTrue(text.startsWith("z1 = (PC1 - 0.3) / 2.1\nz2 = (PC2 + 1) / 4\nscore(in) = \u22121 \u00d7 z1^2 \u2212 1 \u00d7 z2^2 + 1\n"),
                text);
        // without a standardisation the inputs are the variables
        ring.setInputMeans(new double[0]);
        ring.setInputScales(new double[0]);
        assertEquals(List.of("PC1", "PC2", "PC1^2", "PC1*PC2", "PC2^2"), TermNames.names(ring));
        assertTrue(TermNames.standardisation(ring).isEmpty());
    }

    @Test
    void thePolynomialPredictorComputesTheTermsOfTheInputs() {
        PolynomialModel m = TreeFixtures.ring(List.of("x", "y"), List.of("a", "b"), new double[] { 1, 2 },
                new double[] { 2, 0.5 });
        SplittableRandom random = new SplittableRandom(7);
        double[] w = new double[10];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble(-2, 2);
        }
        m.setWeights(w);
        m.setBiases(new double[] { 0.1, -0.3 });
        Predictor p = ModelPredictors.forModel(m);
        assertTrue(p instanceof PolynomialPredictor);
        assertEquals(List.of("x", "y"), p.featureNames(), "it takes the inputs, not the terms");
        double[] probabilities = new double[2];
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble(-5, 5);
            double y = random.nextDouble(-5, 5);
            double z1 = (x - 1) / 2;
            double z2 = (y - 2) / 0.5;
            double[] t = { z1, z2, z1 * z1, z1 * z2, z2 * z2 };
            double a = 0.1, b = -0.3;
            for (int k = 0; k < 5; k++) {
                a += w[k] * t[k];
                b += w[5 + k] * t[k];
            }
            int expected = b > a ? 1 : 0;
            assertEquals(expected, p.predict(x, y, probabilities));
            assertEquals(1 / (1 + Math.exp(b - a)), probabilities[0], 1e-12);
        }
    }

    @Test
    void theMostImportantWordsOfATextModelPerClassWithAFilter() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.FORTUNES),
                new NullProgressMonitor());
        String[] words = s.features().featureNames();
        assertTrue(words.length > 100);
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.getClassNames().addAll(List.of("a", "b"));
        m.getFeatureNames().addAll(List.of(words));
        double[] w = new double[2 * words.length];
        // a few weights by hand, everything else zero
        w[3] = 0.5;
        w[10] = -2;
        w[20] = 1;
        w[words.length + 5] = 0.25;
        m.setWeights(w);
        m.setBiases(new double[2]);
        assertTrue(TopFeatures.isWordList(m));
        List<TopFeatures.Entry> top = TopFeatures.top(m, 0, "", 2);
        assertEquals(List.of(words[10], words[20]), top.stream().map(TopFeatures.Entry::featureName).toList());
        assertEquals(-2, top.get(0).weight());
        List<TopFeatures.Entry> all = TopFeatures.top(m, -1, null, 10);
        assertEquals(4, all.size(), "zeros are left out");
        assertEquals("b", all.get(3).className());
        String word = words[3];
        List<TopFeatures.Entry> filtered = TopFeatures.top(m, -1, word.toUpperCase(), 10);
        assertTrue(filtered.stream().allMatch(e -> e.featureName().toLowerCase().contains(word.toLowerCase())));
        assertTrue(filtered.stream().anyMatch(e -> e.cls() == 1 && e.featureName().equals(word) && e.weight() == 0),
                "a filter finds a word even where its weight is zero");

        s.setModel(m);
        s.modelEdits().setWeight("a", word, 0);
        assertEquals(List.of("weight of '" + word + "' for class a: 0.5 -> 0"), m.getEditHistory());
        assertEquals(List.of(words[10], words[20]),
                TopFeatures.top(m, 0, "", 5).stream().map(TopFeatures.Entry::featureName).toList());
        // filtered for by its name, a zeroed word stays at the top of a short list even when longer
        // words containing it carry larger weights (seen on fortunes: "the" among "there", "other")
        java.util.List<String> names = List.of(words);
        String shortWord = names.stream().filter(x -> x.length() >= 2
                && names.stream().filter(y -> y.contains(x)).count() > 3).findFirst().orElseThrow();
        double[] v = new double[m.getWeights().length];
        for (int f = 0; f < words.length; f++) {
            v[f] = words[f].contains(shortWord) && !words[f].equals(shortWord) ? 9 : 0;
        }
        m.setWeights(v);
        List<TopFeatures.Entry> one = TopFeatures.top(m, 0, shortWord, 1);
        assertEquals(shortWord, one.get(0).featureName());
        assertEquals(0, one.get(0).weight());
    }
}
