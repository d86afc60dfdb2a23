package org.contour.api;

import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Turns the rows of an imported table into numeric feature vectors. Contributed through the
 * extension point {@code org.contour.core.vectorizers}.
 * <p>
 * A new instance is created for every use (with the public no-argument constructor), so an
 * implementation may keep state, such as a vocabulary, between {@link #accepts} and
 * {@link #vectorize}. It runs in a background job and must not touch the user interface.
 * Contour checks the result (one row per table row) and reports a contribution that throws or
 * breaks the contract by its plug-in's name, leaving the user's project as it was.
 *
 * @since 1.0
 */
public interface Vectorizer {

    /**
     * Whether this vectorizer can read the table at all: a text vectorizer needs a text column,
     * a table vectorizer numeric or nominal columns. Choosers only offer vectorizers that accept
     * the table at hand. Must be quick and must not throw.
     *
     * @param table the dataset as imported
     * @return {@code true} when {@link #vectorize} can make features from this table
     */
    boolean accepts(DataTable table);

    /**
     * Makes one feature row per table row, in table order.
     *
     * @param table   the dataset as imported
     * @param options the user's settings for this run, completed with the defaults the
     *                contribution declares in plugin.xml (see {@link Options})
     * @param monitor reports progress; poll {@code isCanceled()} and throw
     *                {@link org.eclipse.core.runtime.OperationCanceledException} when asked to stop
     * @return the features, {@link FeatureMatrix#rows()} equal to {@link DataTable#rowCount()}
     * @throws CoreException with a message for the user when the table or an option cannot be
     *                       used (for example "the column 'age' is not numeric")
     */
    FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException;
}
