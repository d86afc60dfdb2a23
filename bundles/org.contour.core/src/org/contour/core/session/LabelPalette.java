package org.contour.core.session;

/**
 * Default label colours. The first eight are Okabe and Ito's colour-blind-safe set (without
 * black, which would vanish among dense points); further labels continue with Paul Tol's
 * muted scheme, then repeat.
 */
public final class LabelPalette {

    private static final int[] COLOURS = {
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x999999,
        0x332288, 0x882255, 0x117733, 0x88CCEE, 0xDDCC77, 0xCC6677, 0x44AA99, 0xAA4499,
    };

    /** Colour of points that have no label: a mid grey that stands out on the white canvas. */
    public static final int UNLABELLED = 0xB0B0B0;

    private LabelPalette() {
    }

    public static int colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
