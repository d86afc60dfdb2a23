package org.contour.core.api;

import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Trains a model a person can read and edit. Contributed through the extension point
 * {@code org.contour.core.classifiers}. The result is Contour's own editable model (for example
 * a {@link org.contour.model.LinearModel}), not the library's immutable one: the expert edits it
 * by hand afterwards, and its predictions must equal the library model's before any edit.
 */
public interface Classifier {

    /**
     * @param options the user's settings for this run, completed with the defaults the
     *                contribution declares in plugin.xml (see {@link Options})
     * @param monitor reports progress; poll {@code isCanceled()} and throw
     *                {@link org.eclipse.core.runtime.OperationCanceledException}
     */
    TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) throws CoreException;
}
