package org.contour.ui.interpret;

import java.util.OptionalDouble;

import org.contour.core.interpret.Numbers;
import org.contour.core.session.ModelEdits;

/**
 * What the sections of the view need to change the model: the session's {@link ModelEdits},
 * and a place to say, in words, that an input was refused. Refused input never reaches the model.
 */
interface Edits {

    /** The hand edits of the open project, or {@code null} when none is open. */
    ModelEdits edits();

    /** Shows an error message in the view ({@code null} or empty clears it). */
    void error(String message);

    /** Shows what an edit did. */
    void info(String message);

    /**
     * Runs {@code edit}; a refusal by {@link ModelEdits} (bad index, a node of an old tree)
     * becomes an error message.
     *
     * @return false when the edit was refused
     */
    default boolean run(EditAction edit) {
        ModelEdits e = edits();
        if (e == null) {
            return false;
        }
        try {
            edit.apply(e);
            error(null);
            info("Changed by hand: Edit > Undo reverts it.");
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            error(refused.getMessage());
            return false;
        }
    }

    /** Reads a number typed for {@code what} ("the threshold"); on bad input says why and returns empty. */
    default OptionalDouble number(String text, String what) {
        try {
            return OptionalDouble.of(Numbers.parse(text));
        } catch (IllegalArgumentException e) {
            error(e.getMessage() + " " + capitalise(what) + " is unchanged.");
            return OptionalDouble.empty();
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One change through {@link ModelEdits}. */
    @FunctionalInterface
    interface EditAction {
        void apply(ModelEdits edits);
    }
}
