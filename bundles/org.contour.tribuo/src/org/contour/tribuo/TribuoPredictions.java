package org.contour.tribuo;

import java.util.List;
import java.util.Map;

import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** Reads a Tribuo prediction in the class order of a Contour model. */
final class TribuoPredictions {

    private TribuoPredictions() {
    }

    /**
     * @param probabilitiesOut receives Tribuo's score for each class of {@code classNames} when not null
     * @return the index in {@code classNames} of the class Tribuo predicts
     */
    static int read(Prediction<Label> prediction, List<String> classNames, double[] probabilitiesOut) {
        if (probabilitiesOut != null) {
            Map<String, Label> scores = prediction.getOutputScores();
            for (int c = 0; c < classNames.size(); c++) {
                Label score = scores.get(classNames.get(c));
                probabilitiesOut[c] = score == null ? 0 : score.getScore();
            }
        }
        int predicted = classNames.indexOf(prediction.getOutput().getLabel());
        if (predicted < 0) {
            throw new IllegalStateException("Tribuo predicted unknown class '" + prediction.getOutput().getLabel() + "'");
        }
        return predicted;
    }
}
