package org.contour.core.teach;

/**
 * The expert's sketches cannot be turned into training points yet. Checked on purpose: every
 * cause is something the person can fix on the canvas (draw a second class, redraw a stroke),
 * so the caller is made to show {@link #getMessage()} rather than let it escape as a crash.
 */
public final class SketchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why sampling was refused, so a caller can react (highlight a stroke, say) without parsing text. */
    public enum Reason {
        /** The project holds no sketches at all. */
        NO_SKETCHES,
        /** Every sketch belongs to the same class; a classifier needs at least two. */
        SINGLE_CLASS,
        /** A stroke has no usable geometry: missing, odd-length or non-finite points, or radius &le; 0. */
        DEGENERATE_STROKE,
        /** A sketch has no class, or one that is not among the project's labels. */
        UNKNOWN_CLASS,
        /** Two sketched classes share a name, so their training points could not be told apart. */
        DUPLICATE_CLASS_NAME,
        /** With overlaps dropped, everything a class painted is also painted by other classes. */
        CLASS_COVERED,
        /** Eraser strokes removed everything that was painted. */
        ERASED
    }

    private final Reason reason;
    private final int sketchIndex;

    SketchException(Reason reason, String message) {
        this(reason, -1, message);
    }

    SketchException(Reason reason, int sketchIndex, String message) {
        super(message);
        this.reason = reason;
        this.sketchIndex = sketchIndex;
    }

    public Reason getReason() {
        return reason;
    }

    /** Position of the offending sketch in the list given to the sampler, or -1 when no single sketch is to blame. */
    public int getSketchIndex() {
        return sketchIndex;
    }
}
