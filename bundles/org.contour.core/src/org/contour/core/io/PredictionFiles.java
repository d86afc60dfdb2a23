package org.contour.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.contour.model.LabelClass;
import org.contour.model.Predictions;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes applied predictions, one example per record: {@code id, label, predicted, confidence}
 * (the example's id in the dataset, the label people gave it or nothing, the predicted class or
 * nothing where the model could not say, and the probability of the predicted class). As CSV
 * (Commons CSV, RFC 4180) or JSON lines (Jackson, one object per line). Files are written
 * atomically.
 */
public final class PredictionFiles {

    private static final String[] HEADER = { "id", "label", "predicted", "confidence" };

    private PredictionFiles() {
    }

    /**
     * @param ids         per example its id (the dataset's id column, in row order)
     * @param assignments per example the index into {@code labels}, -1 when unlabelled
     */
    public static void writeCsv(Path file, List<String> ids, int[] assignments, List<? extends LabelClass> labels,
            Predictions predictions) throws IOException {
        check(ids, assignments, predictions);
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            for (int r = 0; r < ids.size(); r++) {
                int p = predictions.getPredicted()[r];
                csv.printRecord(ids.get(r), labelName(assignments, labels, r),
                        p < 0 ? "" : predictions.getClassNames().get(p),
                        p < 0 ? "" : Double.toString(predictions.getConfidence()[r]));
            }
            csv.flush();
        });
    }

    /** As {@link #writeCsv}, one JSON object per line; a missing label or prediction is {@code null}. */
    public static void writeJsonLines(Path file, List<String> ids, int[] assignments, List<? extends LabelClass> labels,
            Predictions predictions) throws IOException {
        check(ids, assignments, predictions);
        JsonFactory factory = new JsonFactory();
        AtomicFiles.write(file, (OutputStream out) -> {
            for (int r = 0; r < ids.size(); r++) {
                // a generator per line: it writes no separators between root values of its own
                JsonGenerator json = factory.createGenerator(new NonClosing(out), JsonEncoding.UTF8);
                json.writeStartObject();
                json.writeStringField("id", ids.get(r));
                String label = labelName(assignments, labels, r);
                if (label.isEmpty()) {
                    json.writeNullField("label");
                } else {
                    json.writeStringField("label", label);
                }
                int p = predictions.getPredicted()[r];
                if (p < 0) {
                    json.writeNullField("predicted");
                    json.writeNullField("confidence");
                } else {
                    json.writeStringField("predicted", predictions.getClassNames().get(p));
                    json.writeNumberField("confidence", predictions.getConfidence()[r]);
                }
                json.writeEndObject();
                json.close();
                out.write('\n');
            }
        });
    }

    private static String labelName(int[] assignments, List<? extends LabelClass> labels, int r) {
        int a = assignments == null || r >= assignments.length ? -1 : assignments[r];
        return a < 0 || a >= labels.size() ? "" : labels.get(a).getName();
    }

    private static void check(List<String> ids, int[] assignments, Predictions predictions) {
        if (predictions == null || predictions.getPredicted() == null) {
            throw new IllegalArgumentException("there are no predictions to write: apply a model first");
        }
        if (predictions.getPredicted().length != ids.size()) {
            throw new IllegalArgumentException("the predictions cover " + predictions.getPredicted().length
                    + " examples but the dataset has " + ids.size() + "; apply the model again");
        }
    }

    /** Keeps the generator's close() from closing the file under the next line. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
