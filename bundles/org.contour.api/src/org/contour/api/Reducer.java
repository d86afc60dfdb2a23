package org.contour.api;

import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Places every example on the 2-D map. Contributed through the extension point
 * {@code org.contour.core.reducers}; a new instance is created for every run (with the public
 * no-argument constructor).
 * <p>
 * Runs in a background job: report progress on the monitor, poll {@code isCanceled()} and
 * throw {@link org.eclipse.core.runtime.OperationCanceledException} when asked to stop. The
 * result must hold one finite (x, y) per row; Contour checks that and reports a contribution
 * that breaks it by its plug-in's name, leaving the project as it was.
 *
 * @since 1.0
 */
public interface Reducer {

    /**
     * Computes the map.
     *
     * @param table    the dataset as imported, for reducers that read its own columns (such as
     *                 "two columns as axes", which plots two numeric columns in their own units)
     * @param features the table's feature vectors as the chosen vectorizer made them, one row
     *                 per table row
     * @param options  the user's settings (a {@code seed} among them where the method is
     *                 random), completed with the defaults the contribution declares in
     *                 plugin.xml
     * @param monitor  progress and cancellation
     * @return one (x, y) per row, in row order, with the axes' names
     * @throws CoreException with a message for the user when the data or an option cannot be
     *                       used (for example "t-SNE needs at least 4 rows")
     */
    MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor)
            throws CoreException;
}
