package org.contour.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** SWT colours for 0xRRGGBB values, created once per canvas (Color needs no disposal since SWT 3.120). */
final class CanvasColours {

    private final Map<Integer, Color> cache = new HashMap<>();

    Color get(int rgb) {
        return cache.computeIfAbsent(rgb, c -> new Color(rgbOf(c)));
    }

    static RGB rgbOf(int rgb) {
        return new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Blends {@code rgb} towards white; {@code strength} 0 gives white, 1 the colour itself. */
    static int tint(int rgb, double strength) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = (int) Math.round(255 - (255 - r) * strength);
        g = (int) Math.round(255 - (255 - g) * strength);
        b = (int) Math.round(255 - (255 - b) * strength);
        return (r << 16) | (g << 8) | b;
    }

    static int darker(int rgb) {
        int r = ((rgb >> 16) & 0xFF) * 6 / 10;
        int g = ((rgb >> 8) & 0xFF) * 6 / 10;
        int b = (rgb & 0xFF) * 6 / 10;
        return (r << 16) | (g << 8) | b;
    }
}
