package org.contour.ui.canvas.parts;

import java.util.List;

import org.eclipse.draw2d.AbstractLayout;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LayoutManager;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The map: its layers (regions, points, sketches, legend) all cover the whole canvas and
 * place their content through the shared view transform, so zoom and pan never move a figure.
 * Only figures that ask for a size of their own (the legend) keep it, pinned to the top left.
 */
public final class MapFigure extends Figure {

    public MapFigure() {
        setOpaque(true);
        setLayoutManager(fillingLayout());
    }

    /** Lays out every child over the whole container, except {@link Pinned} ones. */
    public static LayoutManager fillingLayout() {
        return new AbstractLayout() {
            @Override
            protected Dimension calculatePreferredSize(IFigure container, int wHint, int hHint) {
                return container.getSize();
            }

            @Override
            @SuppressWarnings("unchecked")
            public void layout(IFigure container) {
                Rectangle area = container.getClientArea();
                for (IFigure child : (List<IFigure>) container.getChildren()) {
                    if (child instanceof Pinned) {
                        Dimension d = child.getSize();
                        child.setBounds(new Rectangle(area.x + 8, area.y + 8, d.width, d.height));
                    } else {
                        child.setBounds(area);
                    }
                }
            }
        };
    }

    /** Marks a figure that keeps its own size at the top-left corner instead of filling the map. */
    public interface Pinned {
    }
}
