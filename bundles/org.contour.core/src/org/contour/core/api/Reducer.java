package org.contour.core.api;

import org.contour.core.data.DataTable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Places every example on the 2-D map. Contributed through the extension point
 * {@code org.contour.core.reducers}; a new instance is created for every run.
 * <p>
 * Runs in a background job: report progress on {@code monitor}, poll {@code isCanceled()} and
 * throw {@link org.eclipse.core.runtime.OperationCanceledException} when asked to stop. The
 * result must hold one finite (x, y) per row; Contour checks that and reports a contribution that
 * breaks it by its plug-in's name, leaving the project as it was.
 */
public interface Reducer {

    /**
     * @param table    the dataset as imported (for reducers that read its own columns, such as
     *                 "two columns as axes")
     * @param features the table's feature vectors, one row per table row
     * @param options  the user's settings (a {@code seed} among them where the method is random),
     *                 completed with the defaults the contribution declares in plugin.xml
     */
    MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor)
            throws CoreException;
}
