package org.contour.tribuo.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.contour.core.io.AtomicFiles;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXOperators;
import org.tribuo.util.onnx.ONNXPlaceholder;

import ai.onnx.proto.OnnxMl;

/**
 * Linear models as ONNX, for any ONNX runtime: input {@code input} (float, {@code [N, features]}
 * in the model's feature order), {@code Gemm} with the weights and biases, {@code Softmax} over
 * the classes, output {@code output} (float, {@code [N, classes]} in the model's class order).
 * The graph is written here with Tribuo's ONNX helpers from Contour's own weights rather than by
 * Tribuo's {@code LinearSGDModel} export, so it carries the expert's hand edits and keeps the
 * model's feature order (Tribuo's would sort features by name).
 * <p>
 * ONNX tensors here are 32-bit floats; the exact 64-bit weights, the feature and class names and
 * the edit history ride along as metadata, so a file re-imported into Contour predicts exactly as
 * the model did (and other runtimes agree to float precision).
 */
public final class OnnxModelFiles {

    public static final String DOMAIN = "org.contour";

    private static final String CLASSES = "contour.classNames";
    private static final String FEATURES = "contour.featureNames";
    private static final String WEIGHTS = "contour.weights";
    private static final String BIASES = "contour.biases";
    private static final String TRAINER = "contour.trainerId";
    private static final String HISTORY = "contour.editHistory";
    private static final String PROVENANCE = "contour.provenance";

    private OnnxModelFiles() {
    }

    /**
     * The ONNX model of {@code model}.
     *
     * @throws IOException when the model is not a plain linear model (a polynomial's terms or a
     *                     tree have no ONNX export here)
     */
    public static OnnxMl.ModelProto toOnnx(TaughtModel model) throws IOException {
        if (!(model instanceof LinearModel linear) || model instanceof PolynomialModel) {
            throw new IOException("ONNX export is available for linear models; this is a "
                    + model.eClass().getName() + ". Export it as a Contour model file (or in Tribuo's format) instead.");
        }
        int classes = linear.getClassNames().size();
        int features = linear.getFeatureNames().size();
        double[] w = linear.getWeights();
        double[] b = linear.getBiases();
        ONNXContext onnx = new ONNXContext();
        onnx.setName("Contour-LinearModel");
        ONNXPlaceholder input = onnx.floatInput("input", features);
        ONNXPlaceholder output = onnx.floatOutput("output", classes);
        // Gemm computes input x W + b: W is features x classes, the transpose of Contour's layout
        ONNXInitializer weights = onnx.floatTensor("weights", List.of(features, classes), buffer -> {
            for (int f = 0; f < features; f++) {
                for (int c = 0; c < classes; c++) {
                    buffer.put((float) w[c * features + f]);
                }
            }
        });
        ONNXInitializer biases = onnx.floatTensor("biases", List.of(classes), buffer -> {
            for (int c = 0; c < classes; c++) {
                buffer.put((float) b[c]);
            }
        });
        input.apply(ONNXOperators.GEMM, List.of(weights, biases))
                .apply(ONNXOperators.SOFTMAX, Map.of("axis", 1))
                .assignTo(output);
        OnnxMl.ModelProto.Builder builder = OnnxMl.ModelProto.newBuilder()
                .setGraph(onnx.buildGraph())
                .setDomain(DOMAIN)
                .setProducerName("Contour")
                .setProducerVersion("0.1.0")
                .setModelVersion(1)
                .addOpsetImport(ONNXOperators.getOpsetProto())
                .setIrVersion(6)
                .setDocString("Linear classifier taught in Contour: softmax(input x weights + biases). Inputs in order: "
                        + String.join(", ", linear.getFeatureNames()) + ". Classes in order: "
                        + String.join(", ", linear.getClassNames()) + "."
                        + (linear.isHandEdited() ? " Edited by hand: " + String.join("; ", linear.getEditHistory()) : ""));
        meta(builder, CLASSES, names(linear.getClassNames()));
        meta(builder, FEATURES, names(linear.getFeatureNames()));
        meta(builder, WEIGHTS, TribuoModelFiles.doubles(w));
        meta(builder, BIASES, TribuoModelFiles.doubles(b));
        meta(builder, TRAINER, linear.getTrainerId() == null ? "" : linear.getTrainerId());
        meta(builder, HISTORY, names(linear.getEditHistory()));
        meta(builder, PROVENANCE, linear.getProvenance() == null ? "" : linear.getProvenance());
        return builder.build();
    }

    /** Writes {@link #toOnnx} to {@code file} (atomically). */
    public static void write(TaughtModel model, Path file) throws IOException {
        OnnxMl.ModelProto proto = toOnnx(model);
        AtomicFiles.write(file, proto::writeTo);
    }

    /**
     * Reads a linear model written by {@link #write}. The exact weights come from the metadata;
     * they are checked against the graph's float tensors, so a file whose graph was changed
     * elsewhere is refused rather than silently read with the old numbers.
     *
     * @throws IOException naming the file when it is not ONNX, not a linear model written by
     *                     Contour, or inconsistent
     */
    public static LinearModel read(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        OnnxMl.ModelProto proto;
        try (InputStream in = Files.newInputStream(path)) {
            proto = OnnxMl.ModelProto.parseFrom(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Could not read the ONNX model " + path + ": it is not an ONNX file (" + e.getMessage()
                    + ")", e);
        }
        try {
            return fromOnnx(proto);
        } catch (RuntimeException e) {
            throw new IOException("Could not read the ONNX model " + path + ": " + e.getMessage(), e);
        }
    }

    private static LinearModel fromOnnx(OnnxMl.ModelProto proto) {
        Map<String, String> meta = new HashMap<>();
        for (OnnxMl.StringStringEntryProto entry : proto.getMetadataPropsList()) {
            meta.put(entry.getKey(), entry.getValue());
        }
        if (!meta.containsKey(WEIGHTS) || !meta.containsKey(CLASSES) || !meta.containsKey(FEATURES)) {
            throw new IllegalArgumentException("it was not written by Contour (no class names, feature names and "
                    + "weights in its metadata); Contour reads back the linear models it exported");
        }
        List<String> classes = parseNames(meta.get(CLASSES));
        List<String> features = parseNames(meta.get(FEATURES));
        double[] w = TribuoModelFiles.parseDoubles(meta.get(WEIGHTS));
        double[] b = TribuoModelFiles.parseDoubles(meta.get(BIASES));
        if (w.length != classes.size() * features.size() || b.length != classes.size()) {
            throw new IllegalArgumentException("its metadata holds " + w.length + " weights and " + b.length
                    + " biases for " + classes.size() + " classes and " + features.size() + " features");
        }
        float[] graphWeights = tensor(proto.getGraph(), "weights", (long) w.length);
        float[] graphBiases = tensor(proto.getGraph(), "biases", b.length);
        for (int f = 0; f < features.size(); f++) {
            for (int c = 0; c < classes.size(); c++) {
                if (graphWeights[f * classes.size() + c] != (float) w[c * features.size() + f]) {
                    throw new IllegalArgumentException("the graph's weight of '" + features.get(f) + "' for class '"
                            + classes.get(c) + "' differs from the exact value in its metadata; the file was changed");
                }
            }
        }
        for (int c = 0; c < classes.size(); c++) {
            if (graphBiases[c] != (float) b[c]) {
                throw new IllegalArgumentException("the graph's bias of class '" + classes.get(c)
                        + "' differs from the exact value in its metadata; the file was changed");
            }
        }
        LinearModel model = ContourFactory.eINSTANCE.createLinearModel();
        model.getClassNames().addAll(classes);
        model.getFeatureNames().addAll(features);
        model.setWeights(w);
        model.setBiases(b);
        model.setTrainerId(meta.getOrDefault(TRAINER, ""));
        List<String> history = parseNames(meta.getOrDefault(HISTORY, ""));
        model.getEditHistory().addAll(history);
        model.setHandEdited(!history.isEmpty());
        String provenance = meta.getOrDefault(PROVENANCE, "");
        model.setProvenance("Imported from ONNX (" + proto.getProducerName() + ")" + (provenance.isEmpty() ? ""
                : "\n" + provenance));
        return model;
    }

    private static float[] tensor(OnnxMl.GraphProto graph, String baseName, long expected) {
        for (OnnxMl.TensorProto tensor : graph.getInitializerList()) {
            if (!tensor.getName().startsWith(baseName)) {
                continue;
            }
            float[] values;
            if (tensor.getFloatDataCount() > 0) {
                values = new float[tensor.getFloatDataCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = tensor.getFloatData(i);
                }
            } else {
                FloatBuffer buffer = ByteBuffer.wrap(tensor.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN)
                        .asFloatBuffer();
                values = new float[buffer.remaining()];
                buffer.get(values);
            }
            if (values.length != expected) {
                throw new IllegalArgumentException("its tensor '" + tensor.getName() + "' holds " + values.length
                        + " values, expected " + expected);
            }
            return values;
        }
        throw new IllegalArgumentException("its graph has no '" + baseName + "' tensor");
    }

    private static void meta(OnnxMl.ModelProto.Builder builder, String key, String value) {
        builder.addMetadataProps(OnnxMl.StringStringEntryProto.newBuilder().setKey(key).setValue(value));
    }

    // names may hold any character: each is URL-encoded, joined by commas
    private static String names(List<String> names) {
        return names.stream().map(n -> URLEncoder.encode(n, StandardCharsets.UTF_8)).collect(Collectors.joining(","));
    }

    private static List<String> parseNames(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",", -1)).map(n -> URLDecoder.decode(n, StandardCharsets.UTF_8)).toList();
    }
}
