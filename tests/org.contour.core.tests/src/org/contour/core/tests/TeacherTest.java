package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contour.api.data.FeatureMatrix;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.core.teach.FeatureSpacePredictor;
import org.contour.api.data.FeatureTrainingSet;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.PolynomialModel;
import org.contour.model.Sketch;
import org.contour.model.Subset;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;
import org.contour.tribuo.LogisticRegressionClassifier;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

/** Teaching with the project's settings, on the digits map and in the fortunes' feature space. */
class TeacherTest {

    @Test
    void withoutSettingsTheDefaultsApply() throws Exception {
        ProjectSession s = TeachData.digits();
        TeachingSettings d = Teacher.settingsOf(s.project());
        assertEquals(Teacher.DEFAULT_CLASSIFIER, d.getClassifierId());
        assertEquals(SketchSampler.DEFAULT_POINTS_PER_CLASS, d.getPointsPerClass());
        assertEquals(Teacher.SEED, d.getSeed());
        assertEquals(TeachingSpace.MAP, d.getSpace());
        addTwoStrokes(s);
        Teacher.Lesson lesson = Teacher.teach(s, null, null);
        assertInstanceOf(LinearModel.class, lesson.model());
        assertEquals(2 * SketchSampler.DEFAULT_POINTS_PER_CLASS, lesson.pseudoPointCount());
        assertEquals(List.of("PC1", "PC2"), lesson.model().getFeatureNames());
    }

    @Test
    void theProjectsSettingsChooseClassifierOptionsCountAndSeed() throws Exception {
        ProjectSession s = TeachData.digits();
        addTwoStrokes(s);
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setClassifierId("org.contour.tribuo.tree");
        t.getClassifierOptions().put("maxDepth", "3");
        t.setPointsPerClass(200);
        t.setSeed(7);
        s.project().setTeaching(t);

        Teacher.Lesson lesson = Teacher.teach(s, null, null);
        DecisionTreeModel tree = assertInstanceOf(DecisionTreeModel.class, lesson.model());
        assertEquals(3, tree.getMaxDepth());
        assertEquals(400, lesson.points().size());
        String provenance = tree.getProvenance();
        assertTrue(provenance.startsWith("Classifier 'Decision tree (Tribuo CART)' (org.contour.tribuo.tree)"), provenance);
        assertTrue(provenance.contains("maxDepth=3"), provenance);
        assertTrue(provenance.contains("minChild=5"), provenance); // the default, recorded too
        assertTrue(provenance.contains("CARTClassificationTrainer"), provenance);
        assertTrue(provenance.contains("0: 1 sketch"), provenance);
        assertTrue(provenance.contains("1: 1 sketch"), provenance);
        assertTrue(provenance.contains("seed 7"), provenance);
        assertTrue(tree.getEditHistory().isEmpty());

        // the pseudo-point layer shows exactly what was trained on
        SketchSampler.Sample shown = Teacher.pseudoPoints(s, null);
        assertEquals(lesson.pseudoPointCount(), shown.pseudoPointCount());
        for (int i = 0; i < shown.pseudoPointCount(); i++) {
            assertArrayEquals(lesson.pseudoPoints()[i], shown.pseudoPoints()[i]);
        }
        // another seed moves the points
        t.setSeed(8);
        assertNotEquals(lesson.pseudoPoints()[0][0], Teacher.pseudoPoints(s, null).pseudoPoints()[0][0]);
    }

    @Test
    void everyContributedClassifierTeachesOnTheMap() throws Exception {
        ProjectSession s = TeachData.digits();
        addTwoStrokes(s);
        Map<String, Class<? extends TaughtModel>> kinds = Map.of("org.contour.tribuo.logistic", LinearModel.class,
                "org.contour.tribuo.polynomial", PolynomialModel.class, "org.contour.tribuo.tree",
                DecisionTreeModel.class, "org.contour.tribuo.knn", NearestNeighbourModel.class);
        for (Map.Entry<String, Class<? extends TaughtModel>> kind : kinds.entrySet()) {
            TaughtModel m = Teacher.trainWithSketch(s, TeachData.strokeOverClass(s, 6, 3), kind.getKey(), null);
            assertInstanceOf(kind.getValue(), m, kind.getKey());
            assertEquals(List.of("0", "1", "6"), m.getClassNames().stream().sorted().toList(), kind.getKey());
        }
    }

    @Test
    void labelledExamplesCanJoinButNotFromDevOrTest() throws Exception {
        ProjectSession s = TeachData.digits();
        addTwoStrokes(s);
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setPointsPerClass(100);
        t.setIncludeLabelledExamples(true);
        s.project().setTeaching(t);
        int rows = s.project().getAssignments().length;
        Teacher.Lesson all = Teacher.teach(s, null, null);
        assertEquals(200 + rows, all.points().size());
        assertEquals(10, all.model().getClassNames().size());
        int[] subsets = new int[rows];
        int held = 0;
        for (int r = 0; r < rows; r++) {
            subsets[r] = r % 5 == 0 ? Subset.DEV_VALUE : r % 7 == 0 ? Subset.TEST_VALUE : Subset.TRAIN_VALUE;
            held += subsets[r] == Subset.TRAIN_VALUE ? 0 : 1;
        }
        s.project().setSubsets(subsets);
        assertEquals(200 + rows - held, Teacher.teach(s, null, null).points().size());
    }

    @Test
    void whatCannotBeTaughtYetIsAnInfoWithAReason() throws Exception {
        ProjectSession s = TeachData.digits();
        s.project().getSketches().add(TeachData.strokeOverClass(s, 0, 3));
        CoreException one = assertThrows(CoreException.class, () -> Teacher.teach(s, null, null));
        assertEquals(IStatus.INFO, one.getStatus().getSeverity());
        assertTrue(one.getMessage().contains("at least two classes"), one.getMessage());
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setClassifierId("org.contour.tribuo.tree");
        t.getClassifierOptions().put("maxDepth", "0");
        s.project().setTeaching(t);
        CoreException range = assertThrows(CoreException.class,
                () -> Teacher.teach(s, TeachData.strokeOverClass(s, 1, 3), null));
        assertTrue(range.getMessage().contains("Maximum depth must be at least 1"), range.getMessage());
        t.setClassifierId("com.example.missing");
        CoreException missing = assertThrows(CoreException.class,
                () -> Teacher.teach(s, TeachData.strokeOverClass(s, 1, 3), null));
        assertTrue(missing.getMessage().contains("com.example.missing"), missing.getMessage());
    }

    // ------------------------------------------------------------------ feature space (fortunes)

    @Test
    void regionsLabelTheRealTextsAndALinearModelLearnsTheirWords() throws Exception {
        ProjectSession s = TeachData.fortunes();
        int first = 0, second = 1;
        Sketch a = TeachData.strokeOverClass(s, first, 0.05);
        Sketch b = TeachData.strokeOverClass(s, second, 0.05);
        s.project().getSketches().addAll(List.of(a, b));
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setSpace(TeachingSpace.FEATURES);
        s.project().setTeaching(t);

        Teacher.Lesson lesson = Teacher.teach(s, null, null);
        assertEquals(TeachingSpace.FEATURES, lesson.space());
        LinearModel model = assertInstanceOf(LinearModel.class, lesson.model());
        assertTrue(lesson.rows().length > 10, "examples inside the regions: " + lesson.rows().length);
        List<String> vectorizerNames = List.of(s.features().featureNames());
        assertTrue(vectorizerNames.containsAll(model.getFeatureNames()));
        assertTrue(model.getFeatureNames().size() > 50, model.getFeatureNames().size() + " features");
        assertTrue(model.getProvenance().contains("Real examples of"), model.getProvenance());

        Map<String, List<FeatureSpacePredictor.FeatureWeight>> top = FeatureSpacePredictor.topFeatures(model, 10);
        assertEquals(model.getClassNames(), new ArrayList<>(top.keySet()));
        for (List<FeatureSpacePredictor.FeatureWeight> words : top.values()) {
            assertEquals(10, words.size());
            for (int i = 1; i < words.size(); i++) {
                assertTrue(words.get(i - 1).weight() >= words.get(i).weight());
            }
        }
    }

    @Test
    void theSparseModelAgreesWithTribuoAndFollowsAnEditedWord() throws Exception {
        ProjectSession s = TeachData.fortunes();
        FeatureMatrix features = s.features();
        int[] assignments = s.project().getAssignments();
        // the real labels of two topics
        List<Integer> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int r = 0; r < assignments.length; r++) {
            if (assignments[r] == 0 || assignments[r] == 1) {
                rows.add(r);
                labels.add(assignments[r]);
            }
        }
        String[] classes = { s.project().getLabels().get(0).getName(), s.project().getLabels().get(1).getName() };
        FeatureTrainingSet data = new FeatureTrainingSet(features, rows.stream().mapToInt(i -> i).toArray(),
                labels.stream().mapToInt(i -> i).toArray(), classes, 42, "two topics");
        LogisticRegressionClassifier.SparseTrained trained = new LogisticRegressionClassifier().fitOnFeatures(data, 20,
                null);
        FeatureSpacePredictor ours = FeatureSpacePredictor.bind(trained.model(), features);
        double[] p = new double[2];
        double[] q = new double[2];
        for (int r = 0; r < features.rows(); r++) {
            int theirs;
            try {
                theirs = trained.predictWithTribuo(features, r, q);
            } catch (IllegalArgumentException noFeatures) {
                continue; // Tribuo refuses a text without any known word
            }
            assertEquals(theirs, ours.predictRow(r, p), "row " + r);
            assertEquals(q[0], p[0], 1e-12, "row " + r);
        }

        // the most important word of class 0, raised, pulls every text containing it to class 0
        LinearModel model = trained.model();
        FeatureSpacePredictor.FeatureWeight word = FeatureSpacePredictor.topFeatures(model, 1).get(classes[0]).get(0);
        int column = List.of(features.featureNames()).indexOf(word.feature());
        List<Integer> containing = new ArrayList<>();
        for (int r = 0; r < features.rows(); r++) {
            if (features.row(r)[column] != 0) {
                containing.add(r);
            }
        }
        assertTrue(!containing.isEmpty());
        double[] zeroed = model.getWeights().clone();
        zeroed[word.featureIndex()] = 0;
        LinearModel withoutWord = org.eclipse.emf.ecore.util.EcoreUtil.copy(model);
        withoutWord.setWeights(zeroed);
        FeatureSpacePredictor after = FeatureSpacePredictor.bind(withoutWord, features);
        int lowered = 0;
        for (int r : containing) {
            ours.predictRow(r, p);
            after.predictRow(r, q);
            lowered += q[0] < p[0] ? 1 : 0;
        }
        assertEquals(containing.size(), lowered, "zeroing '" + word.feature() + "' lowers class 0 where it occurs");
        double[] raised = model.getWeights().clone();
        raised[word.featureIndex()] = 1000;
        LinearModel withStrongWord = org.eclipse.emf.ecore.util.EcoreUtil.copy(model);
        withStrongWord.setWeights(raised);
        FeatureSpacePredictor strong = FeatureSpacePredictor.bind(withStrongWord, features);
        for (int r : containing) {
            assertEquals(0, strong.predictRow(r, p), "row " + r + " contains '" + word.feature() + "'");
        }
    }

    @Test
    void aClassifierWithoutFeatureSpaceSupportIsNamed() throws Exception {
        ProjectSession s = TeachData.fortunes();
        s.project().getSketches().addAll(List.of(TeachData.strokeOverClass(s, 0, 0.05), TeachData.strokeOverClass(s, 1, 0.05)));
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setSpace(TeachingSpace.FEATURES);
        t.setClassifierId("org.contour.tribuo.tree");
        s.project().setTeaching(t);
        CoreException e = assertThrows(CoreException.class, () -> Teacher.teach(s, null, null));
        assertTrue(e.getMessage().contains("cannot train on the full feature space"), e.getMessage());
    }

    @Test
    void regionsWithoutExamplesInsideSaySo() throws Exception {
        ProjectSession s = TeachData.fortunes();
        s.project().getSketches().addAll(List.of(SketchSamplerTest.sketch(s.project().getLabels().get(0), 0.001, 900, 900),
                SketchSamplerTest.sketch(s.project().getLabels().get(1), 0.001, 950, 950)));
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setSpace(TeachingSpace.FEATURES);
        s.project().setTeaching(t);
        CoreException e = assertThrows(CoreException.class, () -> Teacher.teach(s, null, null));
        assertEquals(IStatus.INFO, e.getStatus().getSeverity());
        assertTrue(e.getMessage().contains("No example lies inside the drawn regions"), e.getMessage());
    }

    static void addTwoStrokes(ProjectSession s) {
        s.project().getSketches().add(TeachData.strokeOverClass(s, 0, 3));
        s.project().getSketches().add(TeachData.strokeOverClass(s, 1, 3));
    }
}
