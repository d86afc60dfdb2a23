package org.contour.ui.canvas;

/** How a new selection gesture combines with the current selection. */
public enum SelectionMode {
    REPLACE, UNION, INTERSECTION, DIFFERENCE
}
