package org.contour.tribuo;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.contour.model.TaughtModel;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The Tribuo model each Contour model of this session was converted from, kept beside it (not in
 * the project file: Tribuo's models are immutable and large) for exporting in Tribuo's own format.
 * Weak keys: a model the project no longer holds lets its Tribuo twin go too.
 */
public final class TribuoModels {

    private static final Map<TaughtModel, Model<Label>> TRAINED = new WeakHashMap<>();

    private TribuoModels() {
    }

    static synchronized void keep(TaughtModel model, Model<Label> tribuoModel) {
        TRAINED.put(model, tribuoModel);
    }

    /** The Tribuo model {@code model} was converted from in this session, if any. */
    public static synchronized Optional<Model<Label>> trainedFor(TaughtModel model) {
        return Optional.ofNullable(TRAINED.get(model));
    }
}
