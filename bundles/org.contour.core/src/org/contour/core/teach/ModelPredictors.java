package org.contour.core.teach;

import java.util.Objects;

import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;

/** Picks the {@link Predictor} for a kind of taught model. */
public final class ModelPredictors {

    private ModelPredictors() {
    }

    /**
     * A predictor reflecting {@code model} as it is now; make a new one after the model is edited.
     *
     * @throws IllegalArgumentException when the model is of a kind Contour cannot evaluate yet,
     *                                  or its parameters do not fit its class and feature lists
     */
    public static Predictor forModel(TaughtModel model) {
        Objects.requireNonNull(model, "model");
        if (model instanceof PolynomialModel poly) {
            return new PolynomialPredictor(poly);
        }
        if (model instanceof DecisionTreeModel tree) {
            return new TreePredictor(tree);
        }
        if (model instanceof LinearModel linear) {
            return new LinearPredictor(linear);
        }
        throw new IllegalArgumentException("no predictor for models of type " + model.getClass().getSimpleName());
    }
}
