package org.contour.ui.canvas.tools;

import java.util.function.Function;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.gef.Tool;

/**
 * One entry of the canvas's tool row: what the editor shows (label, tooltip) and how the GEF
 * tool is made. A new tool is one more entry in {@link CanvasTools#defaults()}.
 *
 * @param id      stable identifier, for code and tests (for example "lasso")
 * @param label   text of its button
 * @param tooltip what it does and its shortcuts
 * @param factory creates the tool for a canvas (once per canvas)
 */
public record CanvasTool(String id, String label, String tooltip, Function<EmbeddingCanvas, Tool> factory) {
}
