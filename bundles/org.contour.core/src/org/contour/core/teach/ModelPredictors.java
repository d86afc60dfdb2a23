package org.contour.core.teach;

import java.util.Objects;

import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;

/** Picks the {@link Predictor} for a kind of taught model. */
public final class ModelPredictors {

    private ModelPredictors() {
    }

    /**
     * A predictor reflecting {@code model} as it is now; make a new one after the model is edited.
     * Its {@link Predictor#featureNames()} are the model's inputs: the map's axes for a model
     * taught on the map (for a polynomial model, the inputs of its terms), the vectorizer's
     * features for one taught in the feature space.
     *
     * @throws IllegalArgumentException when the model is of a kind Contour cannot evaluate,
     *                                  or its parameters do not fit its class and feature lists
     */
    public static Predictor forModel(TaughtModel model) {
        Objects.requireNonNull(model, "model");
        // most specific first: a polynomial model is a linear model over its terms
        if (model instanceof PolynomialModel polynomial) {
            return new PolynomialPredictor(polynomial);
        }
        if (model instanceof LinearModel linear) {
            return new LinearPredictor(linear);
        }
        if (model instanceof DecisionTreeModel tree) {
            return new TreePredictor(tree);
        }
        if (model instanceof NearestNeighbourModel neighbours) {
            return new NearestNeighbourPredictor(neighbours);
        }
        throw new IllegalArgumentException("no predictor for models of type " + model.eClass().getName());
    }
}
