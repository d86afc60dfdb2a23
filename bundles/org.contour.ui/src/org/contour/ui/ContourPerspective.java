package org.contour.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The map in the middle, the examples below it, the model's interpretation on the right. */
public final class ContourPerspective implements IPerspectiveFactory {

    public static final String ID = "org.contour.ui.perspective";
    public static final String DATASET_VIEW = "org.contour.ui.dataset.view";
    public static final String INTERPRETATION_VIEW = "org.contour.ui.interpret.view";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(INTERPRETATION_VIEW, IPageLayout.RIGHT, 0.70f, editors);
        layout.addView(DATASET_VIEW, IPageLayout.BOTTOM, 0.72f, editors);
    }
}
