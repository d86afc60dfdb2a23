package org.contour.core.session;

import java.util.Collection;

/**
 * Default label colours, safe for colour-blind users first: Okabe and Ito's set (without black,
 * which would vanish among dense points), then Paul Tol's muted and light schemes; after those
 * the list repeats. None of them is a grey, so unlabelled points never look labelled.
 */
public final class LabelPalette {

    private static final int[] COLOURS = {
        // Okabe & Ito
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
        // Tol muted, the ones least like Okabe and Ito's first (ten classes, as digits have, once
        // showed 1 and 8 in two light blues and 2 and 9 in two greens)
        0x332288, 0x882255, 0x999933, 0x88CCEE, 0x44AA99, 0x117733, 0xDDCC77, 0xCC6677, 0xAA4499,
        // Tol light
        0x77AADD, 0xEE8866, 0xEEDD88, 0xFFAABB, 0x99DDFF, 0x44BB99, 0xBBCC33, 0xAAAA00,
    };

    /**
     * Colour of points that have no label: a mid grey, drawn with a dark rim, that stands out on
     * the white canvas without competing with the label colours.
     */
    public static final int UNLABELLED = 0x9E9E9E;

    private LabelPalette() {
    }

    /** The {@code index}-th default colour (0xRRGGBB); any index is fine, the list repeats. */
    public static int colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    /** How many distinct default colours there are before the list repeats. */
    public static int size() {
        return COLOURS.length;
    }

    /** The first default colour none of {@code used} has, or the list's next one when all are taken. */
    public static int firstUnused(Collection<Integer> used) {
        for (int c : COLOURS) {
            if (!used.contains(c)) {
                return c;
            }
        }
        return colour(used.size());
    }
}
