package org.contour.ui.canvas;

/** How a new selection gesture combines with the current selection. */
public enum SelectionMode {
    /** The gesture's points become the selection. */
    REPLACE("Replace", "New selection"),
    /** The gesture's points are added (Shift). */
    UNION("Add", "Add to the selection (Shift)"),
    /** Only points both selected and in the gesture stay (Shift+Ctrl). */
    INTERSECTION("Intersect", "Keep only what is in both (Shift+Ctrl)"),
    /** The gesture's points are removed (Ctrl). */
    DIFFERENCE("Subtract", "Remove from the selection (Ctrl)");

    private final String label;
    private final String description;

    SelectionMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Short name for a button. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The mode the modifier keys ask for; with none held, {@code chosen}. */
    public static SelectionMode forModifiers(boolean shift, boolean ctrl, SelectionMode chosen) {
        if (shift && ctrl) {
            return INTERSECTION;
        }
        if (shift) {
            return UNION;
        }
        if (ctrl) {
            return DIFFERENCE;
        }
        return chosen;
    }
}
