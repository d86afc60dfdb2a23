package org.contour.tribuo.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.contour.core.io.AtomicFiles;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;
import org.contour.tribuo.TribuoModels;
import org.contour.tribuo.TribuoTrees;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.sgd.protos.ClassificationLinearSGDProto;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ModelDataCarrier;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.impl.EmptyDatasetProvenance;
import org.tribuo.provenance.impl.EmptyTrainerProvenance;

import com.google.protobuf.Any;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;

/**
 * Taught models in Tribuo's own file format (its protobuf serialisation, {@code Model.serializeToFile}),
 * for use with Tribuo outside Contour, and back.
 * <p>
 * A linear or polynomial model is written as a Tribuo {@link LinearSGDModel} re-derived from
 * Contour's (possibly hand-edited) weights, so the file carries the edits: it expects the model's
 * features by name (for a polynomial model, its terms of the standardised inputs, whose recipe is
 * recorded in the model's instance provenance under {@code contour.*} keys and read back on
 * import). Trees and nearest-neighbour models are written as the Tribuo model they were trained
 * as, which cannot hold hand edits: an edited one, or one whose Tribuo twin is not at hand (the
 * project was reopened), is refused with a message pointing to Contour's own model file.
 */
public final class TribuoModelFiles {

    static final String KIND = "contour.kind";
    static final String INPUTS = "contour.inputNames";
    static final String EXPONENTS = "contour.exponents";
    static final String MEANS = "contour.inputMeans";
    static final String SCALES = "contour.inputScales";
    static final String DEGREE = "contour.degree";
    static final String TRAINER = "contour.trainerId";
    static final String HISTORY = "contour.editHistory";
    static final String PROVENANCE = "contour.provenance";

    private TribuoModelFiles() {
    }

    /**
     * The Tribuo model that predicts what {@code model} predicts.
     *
     * @throws IOException when {@code model} is a tree or nearest-neighbour model that Tribuo's
     *                     format cannot carry (edited by hand, or trained in an earlier session)
     */
    public static Model<Label> toTribuo(TaughtModel model) throws IOException {
        if (model instanceof LinearModel linear) {
            return rederive(linear);
        }
        String kind = model instanceof DecisionTreeModel ? "decision tree" : model instanceof NearestNeighbourModel
                ? "nearest-neighbour model" : model.eClass().getName();
        if (model.isHandEdited()) {
            throw new IOException("Tribuo's format cannot hold a " + kind
                    + " edited by hand; export it as a Contour model file instead, which keeps the edits.");
        }
        return TribuoModels.trainedFor(model).orElseThrow(() -> new IOException("The Tribuo " + kind
                + " this model was trained as is not at hand (it was trained before the project was last opened); "
                + "train it again to export it for Tribuo, or export it as a Contour model file."));
    }

    /** Writes {@link #toTribuo(TaughtModel)} to {@code file} (atomically). */
    public static void write(TaughtModel model, Path file) throws IOException {
        Model<Label> tribuo = toTribuo(model);
        AtomicFiles.write(file, out -> tribuo.serializeToStream(out));
    }

    /**
     * Reads a Tribuo classification model as a Contour model: a {@link LinearSGDModel} becomes a
     * {@link LinearModel} (or the {@link PolynomialModel} it was written from), a tree a
     * {@link DecisionTreeModel} (leaf shares as class counts).
     *
     * @throws IOException naming the file when it is not a Tribuo model, or one of a kind
     *                     Contour cannot edit
     */
    public static TaughtModel read(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        Model<?> tribuo;
        try (InputStream in = Files.newInputStream(path)) {
            tribuo = Model.deserializeFromStream(in);
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new IOException("Could not read the Tribuo model " + path + ": it is not a Tribuo model file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        try {
            if (tribuo instanceof LinearSGDModel linear) {
                return fromLinear(linear);
            }
            if (tribuo instanceof TreeModel<?> tree && tree.getOutputIDInfo().getDomain().iterator().next() instanceof Label) {
                @SuppressWarnings("unchecked")
                TreeModel<Label> labelTree = (TreeModel<Label>) tree;
                return TribuoTrees.fromTribuo(labelTree);
            }
        } catch (RuntimeException e) {
            throw new IOException("Could not read the Tribuo model " + path + ": " + e.getMessage(), e);
        }
        throw new IOException("Could not read the Tribuo model " + path + ": it is a " + tribuo.getClass().getSimpleName()
                + ", and Contour edits only linear classifiers and decision trees");
    }

    // ------------------------------------------------------------------ linear

    private static LinearSGDModel rederive(LinearModel model) {
        List<String> features = model.getFeatureNames();
        List<String> classes = model.getClassNames();
        MutableFeatureMap mutableFeatures = new MutableFeatureMap();
        for (String f : features) {
            mutableFeatures.add(f, 1.0);
        }
        ImmutableFeatureMap featureIds = new ImmutableFeatureMap(mutableFeatures);
        LabelFactory factory = new LabelFactory();
        MutableOutputInfo<Label> mutableOutputs = factory.generateInfo();
        for (String c : classes) {
            mutableOutputs.observe(new Label(c));
        }
        ImmutableOutputInfo<Label> outputIds = mutableOutputs.generateImmutableOutputInfo();
        int width = features.size();
        DenseMatrix weights = new DenseMatrix(classes.size(), width + 1);
        for (int c = 0; c < classes.size(); c++) {
            int row = outputIds.getID(new Label(classes.get(c)));
            for (int f = 0; f < width; f++) {
                weights.set(row, featureIds.getID(features.get(f)), model.getWeights()[c * width + f]);
            }
            weights.set(row, width, model.getBiases()[c]);
        }
        Map<String, Provenance> instance = new LinkedHashMap<>();
        put(instance, KIND, model instanceof PolynomialModel ? "polynomial" : "linear");
        put(instance, TRAINER, model.getTrainerId());
        put(instance, PROVENANCE, model.getProvenance());
        put(instance, HISTORY, String.join("\n", model.getEditHistory()));
        if (model instanceof PolynomialModel p) {
            put(instance, INPUTS, String.join("\n", p.getInputNames()));
            put(instance, DEGREE, Integer.toString(p.getDegree()));
            put(instance, EXPONENTS, Arrays.stream(p.getExponents()).mapToObj(Integer::toString)
                    .collect(Collectors.joining(",")));
            put(instance, MEANS, doubles(p.getInputMeans()));
            put(instance, SCALES, doubles(p.getInputScales()));
        }
        ModelProvenance provenance = new ModelProvenance(LinearSGDModel.class.getName(), OffsetDateTime.now(),
                new EmptyDatasetProvenance(), new EmptyTrainerProvenance(), instance);
        ModelDataCarrier<Label> carrier = new ModelDataCarrier<>("contour-" + (model instanceof PolynomialModel
                ? "polynomial" : "linear"), provenance, featureIds, outputIds, true, Tribuo.VERSION);
        ClassificationLinearSGDProto proto = ClassificationLinearSGDProto.newBuilder()
                .setMetadata(carrier.serialize())
                .setParams(new LinearParameters(weights).serialize())
                .setNormalizer(new LogMulticlass().getNormalizer().serialize())
                .build();
        ModelProto modelProto = ModelProto.newBuilder().setVersion(LinearSGDModel.CURRENT_VERSION)
                .setClassName(LinearSGDModel.class.getName()).setSerializedData(Any.pack(proto)).build();
        return (LinearSGDModel) Model.deserialize(modelProto);
    }

    private static void put(Map<String, Provenance> map, String key, String value) {
        map.put(key, new StringProvenance(key, value == null ? "" : value));
    }

    static String doubles(double[] values) {
        return values == null ? "" : Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    static double[] parseDoubles(String text) {
        return text == null || text.isBlank() ? new double[0]
                : Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static TaughtModel fromLinear(LinearSGDModel tribuo) {
        Map<String, ? extends Provenance> instance = tribuo.getProvenance().getInstanceProvenance().getMap();
        ImmutableFeatureMap featureIds = tribuo.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputIds = tribuo.getOutputIDInfo();
        List<String> features = new ArrayList<>();
        for (int id = 0; id < featureIds.size(); id++) {
            features.add(featureIds.get(id).getName());
        }
        List<String> classes = new ArrayList<>();
        for (int id = 0; id < outputIds.size(); id++) {
            classes.add(outputIds.getOutput(id).getLabel());
        }
        String kind = text(instance, KIND);
        LinearModel model;
        if ("polynomial".equals(kind)) {
            PolynomialModel p = ContourFactory.eINSTANCE.createPolynomialModel();
            p.getInputNames().addAll(List.of(text(instance, INPUTS).split("\n")));
            p.setDegree(Integer.parseInt(text(instance, DEGREE)));
            p.setExponents(Arrays.stream(text(instance, EXPONENTS).split(",")).mapToInt(Integer::parseInt).toArray());
            p.setInputMeans(parseDoubles(text(instance, MEANS)));
            p.setInputScales(parseDoubles(text(instance, SCALES)));
            model = p;
        } else {
            model = ContourFactory.eINSTANCE.createLinearModel();
        }
        DenseMatrix w = tribuo.getWeightsCopy();
        int width = features.size();
        double[] weights = new double[classes.size() * width];
        double[] biases = new double[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            for (int f = 0; f < width; f++) {
                weights[c * width + f] = w.get(c, f);
            }
            biases[c] = w.get(c, width);
        }
        if (model instanceof PolynomialModel p) {
            // keep the term order the polynomial was written with: read the columns by name
            List<String> terms = org.contour.core.teach.PolynomialTerms.names(p.getInputNames(), p.getExponents());
            double[] ordered = new double[weights.length];
            for (int c = 0; c < classes.size(); c++) {
                for (int t = 0; t < terms.size(); t++) {
                    int f = features.indexOf(terms.get(t));
                    if (f < 0) {
                        throw new IllegalArgumentException("the polynomial's term '" + terms.get(t) + "' is missing");
                    }
                    ordered[c * terms.size() + t] = weights[c * width + f];
                }
            }
            weights = ordered;
            features = terms;
        }
        model.getClassNames().addAll(classes);
        model.getFeatureNames().addAll(features);
        model.setWeights(weights);
        model.setBiases(biases);
        String trainer = text(instance, TRAINER);
        model.setTrainerId(trainer.isEmpty() ? "org.tribuo.classification.sgd.linear.LinearSGDModel" : trainer);
        String history = text(instance, HISTORY);
        if (!history.isEmpty()) {
            model.getEditHistory().addAll(List.of(history.split("\n")));
            model.setHandEdited(true);
        }
        String original = text(instance, PROVENANCE);
        model.setProvenance("Imported from Tribuo's format (" + tribuo.getClass().getSimpleName() + ", Tribuo "
                + tribuo.getProvenance().getTribuoVersion() + ")" + (original.isEmpty() ? "" : "\n" + original));
        return model;
    }

    private static String text(Map<String, ? extends Provenance> instance, String key) {
        Provenance p = instance.get(key);
        return p instanceof StringProvenance s ? s.getValue() : "";
    }
}
