package org.contour.core.api;

import org.contour.core.data.DataTable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Turns the rows of an imported table into numeric feature vectors. Contributed through the
 * extension point {@code org.contour.core.vectorizers}; instances are created per use, so an
 * implementation may keep state (a vocabulary, say) between {@link #accepts} and
 * {@link #vectorize}.
 */
public interface Vectorizer {

    /** Whether this vectorizer can read the table at all (a text vectorizer needs a text column). */
    boolean accepts(DataTable table);

    /**
     * One feature row per table row, in table order.
     *
     * @param options the user's settings for this run, completed with the defaults the
     *                contribution declares in plugin.xml (see {@link Options})
     * @param monitor reports progress; implementations should poll {@code isCanceled()} and
     *                throw {@link org.eclipse.core.runtime.OperationCanceledException}
     */
    FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException;
}
