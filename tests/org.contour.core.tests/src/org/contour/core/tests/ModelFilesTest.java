package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.contour.api.data.TrainingSet;
import org.contour.core.apply.ModelApplication;
import org.contour.core.io.ModelFiles;
import org.contour.core.io.PredictionFiles;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.Predictions;
import org.contour.model.TaughtModel;
import org.contour.tribuo.DecisionTreeClassifier;
import org.contour.tribuo.LogisticRegressionClassifier;
import org.contour.tribuo.PolynomialLogisticClassifier;
import org.contour.tribuo.io.OnnxModelFiles;
import org.contour.tribuo.io.TribuoModelFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.onnx.proto.OnnxMl;

/** Models out and back in (Contour XMI, Tribuo's format, ONNX) and predictions as CSV and JSON lines. */
class ModelFilesTest {

    @TempDir
    Path folder;

    @Test
    void aHandEditedTreeRoundTripsExactlyAsContoursModelFile() throws Exception {
        DecisionTreeModel tree = new DecisionTreeClassifier().fit(TeachData.irisPetals(), 3, 5, null).model();
        tree.getRoot().setThreshold(2.0 + Math.PI / 1e6);
        tree.getRoot().getLeft().setPredictedClass(1);
        tree.setHandEdited(true);
        tree.getEditHistory().add("threshold of petal_length moved to 2.000003");
        Path file = folder.resolve("tree." + ModelFiles.EXTENSION);
        ModelFiles.write(tree, file);
        TaughtModel back = ModelFiles.read(file);
        DecisionTreeModel read = assertInstanceOf(DecisionTreeModel.class, back);
        assertSameTree(tree.getRoot(), read.getRoot());
        assertEquals(tree.getEditHistory(), read.getEditHistory());
        assertTrue(read.isHandEdited());
        assertEquals(tree.getProvenance(), read.getProvenance());
        assertSamePredictions(tree, back, TeachData.irisPetals());
    }

    @Test
    void aPolynomialModelRoundTripsExactly() throws Exception {
        PolynomialModel poly = new PolynomialLogisticClassifier().fit(TeachData.sketched(3), 3, 30, null).model();
        double[] w = poly.getWeights().clone();
        w[4] = -0.123456789012345;
        poly.setWeights(w);
        Path file = folder.resolve("poly.contourmodel");
        ModelFiles.write(poly, file);
        PolynomialModel back = assertInstanceOf(PolynomialModel.class, ModelFiles.read(file));
        assertArrayEquals(poly.getWeights(), back.getWeights(), 0);
        assertArrayEquals(poly.getInputMeans(), back.getInputMeans(), 0);
        assertSamePredictions(poly, back, TeachData.sketched(3));
    }

    @Test
    void badModelFilesAreRefusedByName() throws Exception {
        Path garbage = folder.resolve("garbage.contourmodel");
        Files.writeString(garbage, "this is not XML <<<");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> ModelFiles.read(garbage));
        assertTrue(e.getMessage().contains("garbage.contourmodel") && e.getMessage().contains("not a Contour model"),
                e.getMessage());
        Path project = folder.resolve("p.contour");
        ProjectSession s = TeachData.digits();
        s.save(project);
        e = assertThrows(java.io.IOException.class, () -> ModelFiles.read(project));
        assertTrue(e.getMessage().contains("'LabellingProject', not a taught model"), e.getMessage());
        DecisionTreeModel broken = ModelPredictorsTest.tree();
        broken.getRoot().setFeature(9);
        Path brokenFile = folder.resolve("broken.contourmodel");
        ModelFiles.write(broken, brokenFile);
        e = assertThrows(java.io.IOException.class, () -> ModelFiles.read(brokenFile));
        assertTrue(e.getMessage().contains("feature 9"), e.getMessage());
        assertThrows(java.io.IOException.class, () -> ModelFiles.read(folder.resolve("absent.contourmodel")));
    }

    @Test
    void anEditedLinearModelGoesToTribuosFormatWithItsEdits() throws Exception {
        TrainingSet data = TeachData.sketched(11);
        LinearModel model = new LogisticRegressionClassifier().fit(data, null).model();
        double[] w = model.getWeights().clone();
        w[0] += 0.75; // a hand edit
        model.setWeights(w);
        model.setHandEdited(true);
        model.getEditHistory().add("weight of x for a changed");
        Path file = folder.resolve("linear.tribuo");
        TribuoModelFiles.write(model, file);

        // Tribuo itself reads the file and predicts what the edited model predicts
        Model<?> tribuo = Model.deserializeFromFile(file);
        Predictor ours = ModelPredictors.forModel(model);
        double[] p = new double[3];
        for (double[] x : TeachData.grid(data, 40)) {
            @SuppressWarnings("unchecked")
            Prediction<Label> prediction = ((Model<Label>) tribuo).predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,
                    new String[] { "x", "y" }, x));
            int k = ours.predict(x, p);
            assertEquals(model.getClassNames().get(k), prediction.getOutput().getLabel());
            assertEquals(p[k], prediction.getOutput().getScore(), 1e-12);
        }
        // and Contour reads it back as the same model
        LinearModel back = assertInstanceOf(LinearModel.class, TribuoModelFiles.read(file));
        assertEquals(List.of("weight of x for a changed"), back.getEditHistory());
        assertSamePredictions(model, back, data);
    }

    @Test
    void aPolynomialModelGoesToTribuoAndBack() throws Exception {
        TrainingSet data = TeachData.sketched(2);
        PolynomialModel poly = new PolynomialLogisticClassifier().fit(data, 2, 30, null).model();
        Path file = folder.resolve("poly.tribuo");
        TribuoModelFiles.write(poly, file);
        PolynomialModel back = assertInstanceOf(PolynomialModel.class, TribuoModelFiles.read(file));
        assertEquals(poly.getFeatureNames(), back.getFeatureNames());
        assertArrayEquals(poly.getWeights(), back.getWeights(), 0);
        assertArrayEquals(poly.getInputScales(), back.getInputScales(), 0);
        assertSamePredictions(poly, back, data);
    }

    @Test
    void aTrainedTreeGoesToTribuoButAnEditedOneIsRefused() throws Exception {
        TrainingSet iris = TeachData.irisPetals();
        DecisionTreeModel tree = new DecisionTreeClassifier().fit(iris, 3, 5, null).model();
        Path file = folder.resolve("tree.tribuo");
        TribuoModelFiles.write(tree, file);
        DecisionTreeModel back = assertInstanceOf(DecisionTreeModel.class, TribuoModelFiles.read(file));
        Predictor a = ModelPredictors.forModel(tree);
        Predictor b = ModelPredictors.forModel(back);
        for (double[] x : TeachData.grid(iris, 50)) {
            // the file's tree lists features and classes in Tribuo's order: compare by name
            assertEquals(tree.getClassNames().get(a.predict(x, null)),
                    back.getClassNames().get(b.predict(reorder(x, tree, back), null)));
        }
        DecisionTreeModel copy = EcoreUtil.copy(tree); // like a tree read from a saved project
        java.io.IOException notAtHand = assertThrows(java.io.IOException.class, () -> TribuoModelFiles.write(copy,
                folder.resolve("copy.tribuo")));
        assertTrue(notAtHand.getMessage().contains("not at hand"), notAtHand.getMessage());
        tree.setHandEdited(true);
        java.io.IOException edited = assertThrows(java.io.IOException.class, () -> TribuoModelFiles.write(tree,
                folder.resolve("edited.tribuo")));
        assertTrue(edited.getMessage().contains("edited by hand") && edited.getMessage().contains("Contour model file"),
                edited.getMessage());
        Path garbage = folder.resolve("garbage.tribuo");
        Files.write(garbage, new byte[] { 1, 2, 3, 4, 5, 6, 7 });
        java.io.IOException bad = assertThrows(java.io.IOException.class, () -> TribuoModelFiles.read(garbage));
        assertTrue(bad.getMessage().contains("garbage.tribuo") && bad.getMessage().contains("not a Tribuo model"),
                bad.getMessage());
    }

    @Test
    void anEditedLinearModelGoesToOnnxAndBackExactly() throws Exception {
        TrainingSet data = TeachData.sketched(4);
        LinearModel model = new LogisticRegressionClassifier().fit(data, null).model();
        double[] b = model.getBiases().clone();
        b[1] = 0.1 + 1e-9;
        model.setBiases(b);
        model.setHandEdited(true);
        model.getEditHistory().add("bias of b changed, to 0.100000001");
        Path file = folder.resolve("linear.onnx");
        OnnxModelFiles.write(model, file);

        OnnxMl.ModelProto proto = OnnxMl.ModelProto.parseFrom(Files.readAllBytes(file));
        List<String> ops = proto.getGraph().getNodeList().stream().map(OnnxMl.NodeProto::getOpType).toList();
        // Tribuo's helpers end the graph with an Identity node onto the named output
        assertEquals(List.of("Gemm", "Softmax", "Identity"), ops);
        assertEquals("input", proto.getGraph().getInput(0).getName());
        assertEquals("output", proto.getGraph().getOutput(0).getName());
        // what any ONNX runtime computes: softmax(x W + b) in float, close to the model's numbers
        float[] weights = floats(proto, "weights");
        float[] biases = floats(proto, "biases");
        Predictor ours = ModelPredictors.forModel(model);
        double[] p = new double[3];
        for (double[] x : TeachData.grid(data, 20)) {
            int k = ours.predict(x, p);
            double[] s = new double[3];
            for (int c = 0; c < 3; c++) {
                s[c] = (float) x[0] * weights[c] + (float) x[1] * weights[3 + c] + biases[c];
            }
            double max = Math.max(s[0], Math.max(s[1], s[2]));
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += Math.exp(s[c] - max);
            }
            assertEquals(p[k], Math.exp(s[k] - max) / sum, 1e-4);
        }

        LinearModel back = OnnxModelFiles.read(file);
        assertArrayEquals(model.getWeights(), back.getWeights(), 0);
        assertArrayEquals(model.getBiases(), back.getBiases(), 0);
        assertEquals(model.getEditHistory(), back.getEditHistory());
        assertSamePredictions(model, back, data);

        java.io.IOException poly = assertThrows(java.io.IOException.class, () -> OnnxModelFiles.write(
                new PolynomialLogisticClassifier().fit(data, 2, 5, null).model(), folder.resolve("poly.onnx")));
        assertTrue(poly.getMessage().contains("linear models"), poly.getMessage());
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = folder.resolve("truncated.onnx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        java.io.IOException cut = assertThrows(java.io.IOException.class, () -> OnnxModelFiles.read(truncated));
        assertTrue(cut.getMessage().contains("truncated.onnx"), cut.getMessage());
    }

    @Test
    void predictionsAreWrittenAsCsvAndJsonLines() throws Exception {
        ProjectSession s = TeachData.digits();
        TaughtModel model = ApplyTest.taughtFromLabels(s, "org.contour.tribuo.logistic");
        ModelApplication.set(s, ModelApplication.apply(s, model, null));
        Predictions p = s.project().getPredictions();
        int[] assignments = s.project().getAssignments().clone();
        assignments[5] = -1; // an unlabelled example
        Path csv = folder.resolve("predictions.csv");
        PredictionFiles.writeCsv(csv, s.table().ids(), assignments, s.project().getLabels(), p);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(List.of("id", "label", "predicted", "confidence"), parser.getHeaderNames());
            assertEquals(1797, records.size());
            for (int r = 0; r < 1797; r += 101) {
                CSVRecord record = records.get(r);
                assertEquals(s.table().ids().get(r), record.get("id"));
                assertEquals(p.getClassNames().get(p.getPredicted()[r]), record.get("predicted"));
                assertEquals(p.getConfidence()[r], Double.parseDouble(record.get("confidence")), 0);
            }
            assertEquals("", records.get(5).get("label"));
            assertEquals(s.project().getLabels().get(assignments[6]).getName(), records.get(6).get("label"));
        }
        Path jsonl = folder.resolve("predictions.jsonl");
        PredictionFiles.writeJsonLines(jsonl, s.table().ids(), assignments, s.project().getLabels(), p);
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(1797, lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int r = 0; r < 1797; r += 101) {
            JsonNode node = json.readTree(lines.get(r));
            assertEquals(s.table().ids().get(r), node.get("id").asText());
            assertEquals(p.getClassNames().get(p.getPredicted()[r]), node.get("predicted").asText());
            assertEquals(p.getConfidence()[r], node.get("confidence").asDouble(), 0);
        }
        assertTrue(json.readTree(lines.get(5)).get("label").isNull());
        // predictions of another dataset size are refused, and nothing is written
        Path other = folder.resolve("other.csv");
        assertThrows(IllegalArgumentException.class,
                () -> PredictionFiles.writeCsv(other, List.of("a"), new int[] { 0 }, s.project().getLabels(), p));
        assertTrue(!Files.exists(other));
    }

    private static void assertSameTree(org.contour.model.TreeNode a, org.contour.model.TreeNode b) {
        assertEquals(a.getFeature(), b.getFeature());
        assertEquals(a.getThreshold(), b.getThreshold(), 0);
        assertEquals(a.getPredictedClass(), b.getPredictedClass());
        assertArrayEquals(a.getClassCounts(), b.getClassCounts(), 0);
        if (a.getFeature() >= 0) {
            assertSameTree(a.getLeft(), b.getLeft());
            assertSameTree(a.getRight(), b.getRight());
        }
    }

    private static float[] floats(OnnxMl.ModelProto proto, String name) {
        for (OnnxMl.TensorProto t : proto.getGraph().getInitializerList()) {
            if (t.getName().startsWith(name)) {
                if (t.getFloatDataCount() > 0) {
                    float[] out = new float[t.getFloatDataCount()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = t.getFloatData(i);
                    }
                    return out;
                }
                java.nio.FloatBuffer buffer = java.nio.ByteBuffer.wrap(t.getRawData().toByteArray())
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
                float[] out = new float[buffer.remaining()];
                buffer.get(out);
                return out;
            }
        }
        throw new AssertionError("no tensor " + name);
    }

    private static double[] reorder(double[] x, TaughtModel from, TaughtModel to) {
        double[] out = new double[x.length];
        for (int f = 0; f < x.length; f++) {
            out[to.getFeatureNames().indexOf(from.getFeatureNames().get(f))] = x[f];
        }
        return out;
    }

    private static void assertSamePredictions(TaughtModel a, TaughtModel b, TrainingSet data) {
        Predictor pa = ModelPredictors.forModel(a);
        Predictor pb = ModelPredictors.forModel(b);
        double[] p = new double[pa.classCount()];
        double[] q = new double[pb.classCount()];
        for (double[] x : TeachData.grid(data, 40)) {
            assertEquals(pa.predict(x, p), pb.predict(x, q));
            assertArrayEquals(p, q, 0);
        }
    }
}
