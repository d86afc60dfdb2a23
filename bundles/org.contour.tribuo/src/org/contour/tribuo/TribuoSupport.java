package org.contour.tribuo;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.contour.api.data.TrainingSet;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.provenance.TrainerProvenance;

import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;

/** What the Tribuo-backed classifiers share: checks of the training set, the Tribuo dataset, provenance text. */
final class TribuoSupport {

    static final String BUNDLE_ID = "org.contour.tribuo";

    private TribuoSupport() {
    }

    /** Mistakes of the caller: the training set contradicts itself. */
    static void checkShape(TrainingSet data) {
        String[] featureNames = data.featureNames();
        String[] classNames = data.classNames();
        if (featureNames == null || featureNames.length == 0) {
            throw new IllegalArgumentException("the training set names no features");
        }
        if (classNames == null) {
            throw new IllegalArgumentException("the training set names no classes");
        }
        requireDistinct(featureNames, "feature", "features");
        requireDistinct(classNames, "class", "classes");
        for (int i = 0; i < data.size(); i++) {
            double[] row = data.features()[i];
            if (row == null || row.length != featureNames.length) {
                throw new IllegalArgumentException("example " + i + " has " + (row == null ? "no" : row.length)
                        + " values for " + featureNames.length + " features");
            }
            int label = data.labels()[i];
            if (label < 0 || label >= classNames.length) {
                throw new IllegalArgumentException(
                        "example " + i + " has label " + label + ", outside the " + classNames.length + " classes");
            }
        }
    }

    static void requireDistinct(String[] names, String one, String many) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a " + one + " has no name");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("two " + many + " are named '" + name + "'");
            }
        }
    }

    /** Problems of the data itself, which the person can fix by labelling or sketching more. */
    static void checkTrainable(TrainingSet data, String what) throws CoreException {
        String[] classNames = data.classNames();
        if (classNames.length < 2) {
            throw error(what + " needs at least two classes, the training set has " + classNames.length + ".");
        }
        int[] counts = new int[classNames.length];
        for (int i = 0; i < data.size(); i++) {
            counts[data.labels()[i]]++;
            for (double v : data.features()[i]) {
                if (!Double.isFinite(v)) {
                    throw error("Example " + i + " has a value that is not a finite number.");
                }
            }
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                throw error("Class '" + classNames[c] + "' has no examples to learn from.");
            }
        }
    }

    /**
     * The training set as a Tribuo dataset, each row passed through {@code transform} (which
     * must return {@code names.length} values), examples in training-set order.
     */
    static MutableDataset<Label> dataset(TrainingSet data, String[] names, UnaryOperator<double[]> transform) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance(origin(data), labels), labels);
        Label[] labelOf = labels(data.classNames());
        for (int i = 0; i < data.size(); i++) {
            dataset.add(new ArrayExample<>(labelOf[data.labels()[i]], names, transform.apply(data.features()[i])));
        }
        return dataset;
    }

    static Label[] labels(String[] classNames) {
        Label[] labelOf = new Label[classNames.length];
        for (int c = 0; c < labelOf.length; c++) {
            labelOf[c] = new Label(classNames[c]);
        }
        return labelOf;
    }

    static String origin(TrainingSet data) {
        return data.origin() == null || data.origin().isBlank() ? "Contour training set" : data.origin();
    }

    static CoreException error(String message) {
        return new CoreException(new Status(IStatus.ERROR, BUNDLE_ID, message));
    }

    static CoreException failure(String what, RuntimeException e) {
        return new CoreException(new Status(IStatus.ERROR, BUNDLE_ID, "Tribuo could not train the " + what + ": "
                + e.getMessage(), e));
    }

    static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Readable lines drawn from Tribuo's model provenance (what Tribuo actually ran): trainer and
     * its settings, number of examples, training time.
     */
    static String summary(String what, ModelProvenance provenance, TrainingSet data, long trainingNanos) {
        TrainerProvenance trainer = provenance.getTrainerProvenance();
        Map<String, Provenance> settings = new TreeMap<>(trainer.getConfiguredParameters());
        List<String> pairs = new ArrayList<>();
        settings.forEach((key, value) -> pairs.add(key + " " + readable(value)));
        StringBuilder text = new StringBuilder();
        text.append(what).append(" trained by Tribuo ").append(provenance.getTribuoVersion()).append(' ')
                .append(simpleName(trainer.getClassName())).append('\n');
        text.append(String.join(", ", pairs)).append('\n');
        text.append("on ").append(provenance.getDatasetProvenance().getNumExamples()).append(" examples, ")
                .append(data.classNames().length).append(" classes (").append(String.join(", ", data.classNames()))
                .append("), ").append(data.featureNames().length).append(" inputs (")
                .append(String.join(", ", data.featureNames())).append(")\n");
        text.append("trained at ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(provenance.getTrainingTime()))
                .append(" in ").append(Math.round(trainingNanos / 1e6)).append(" ms, Java ")
                .append(provenance.getJavaVersion()).append('\n');
        text.append("data: ").append(data.origin() == null || data.origin().isBlank() ? "(not recorded)" : data.origin());
        return text.toString();
    }

    /** "AdaGrad(epsilon=0.1, initialLearningRate=1.0)" rather than OLCUT's nested dump. */
    static String readable(Provenance value) {
        if (value == null) {
            return "?";
        }
        if (value instanceof ConfiguredObjectProvenance object) {
            Map<String, String> parameters = new TreeMap<>();
            object.getConfiguredParameters().forEach((key, nested) -> parameters.put(key, readable(nested)));
            StringBuilder text = new StringBuilder(simpleName(object.getClassName()));
            if (!parameters.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                parameters.forEach((key, nested) -> pairs.add(key + "=" + nested));
                text.append('(').append(String.join(", ", pairs)).append(')');
            }
            return text.toString();
        }
        return value.toString();
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
