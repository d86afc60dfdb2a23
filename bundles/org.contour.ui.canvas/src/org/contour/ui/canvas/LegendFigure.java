package org.contour.ui.canvas;

import org.contour.core.session.LabelPalette;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Subset;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.FigureUtilities;

/** The label colours with their counts, in the top-left corner; unaffected by zoom and pan. */
class LegendFigure extends Figure {

    private static final int ROW = 16;
    private final CanvasColours colours;
    private LabellingProject project;
    private int[] counts = new int[0];
    private int unlabelled;
    private int[] assignmentsOverride;
    private String title;

    LegendFigure(CanvasColours colours) {
        this.colours = colours;
    }

    void setProject(LabellingProject project) {
        this.project = project;
        recount();
    }

    /**
     * Counts {@code assignments} (per row a label index, -1 none) instead of the labels, under
     * {@code title} ("predicted"); {@code null} counts the labels again.
     */
    void setAssignmentsOverride(int[] assignments, String heading) {
        assignmentsOverride = assignments;
        title = heading;
        recount();
    }

    void recount() {
        if (project == null) {
            return;
        }
        counts = new int[project.getLabels().size()];
        unlabelled = 0;
        int[] assignments = assignmentsOverride != null ? assignmentsOverride : project.getAssignments();
        int[] subsets = project.getSubsets();
        if (assignments != null) {
            for (int r = 0; r < assignments.length; r++) {
                int a = assignments[r];
                if (subsets != null && r < subsets.length && subsets[r] == Subset.EXCLUDED_VALUE) {
                    continue; // left out of the map's counts
                }
                if (a >= 0 && a < counts.length) {
                    counts[a]++;
                } else {
                    unlabelled++;
                }
            }
        }
        Dimension size = preferred();
        setSize(size);
        repaint();
    }

    private Dimension preferred() {
        if (project == null) {
            return new Dimension(0, 0);
        }
        int width = 60;
        for (int i = 0; i < counts.length; i++) {
            width = Math.max(width, 34 + FigureUtilities.getTextWidth(text(i), getFont()));
        }
        width = Math.max(width, 34 + FigureUtilities.getTextWidth(noneText(), getFont()));
        if (title != null) {
            width = Math.max(width, 16 + FigureUtilities.getTextWidth(title, getFont()));
        }
        return new Dimension(width, (counts.length + 1 + (title == null ? 0 : 1)) * ROW + 8);
    }

    private String noneText() {
        return (title == null ? "no label  " : "no prediction  ") + unlabelled;
    }

    private String text(int i) {
        return project.getLabels().get(i).getName() + "  " + counts[i];
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (project == null) {
            return;
        }
        Rectangle b = getBounds();
        g.setAlpha(225);
        g.setBackgroundColor(ColorConstants.white);
        g.fillRectangle(b);
        g.setAlpha(255);
        g.setForegroundColor(ColorConstants.lightGray);
        g.drawRectangle(b.x, b.y, b.width - 1, b.height - 1);
        int y = b.y + 4;
        if (title != null) {
            g.setForegroundColor(ColorConstants.darkGray);
            g.drawText(title + ":", b.x + 8, y);
            y += ROW;
        }
        for (int i = 0; i <= counts.length; i++) {
            boolean none = i == counts.length;
            LabelClass label = none ? null : project.getLabels().get(i);
            g.setBackgroundColor(colours.get(none ? LabelPalette.UNLABELLED : label.getColor()));
            g.fillOval(b.x + 8, y + 3, 10, 10);
            g.setForegroundColor(ColorConstants.black);
            g.drawText(none ? noneText() : text(i), b.x + 26, y);
            y += ROW;
        }
    }
}
