package org.contour.api;

import org.contour.api.data.TrainingSet;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Trains a model a person can read and edit. Contributed through the extension point
 * {@code org.contour.core.classifiers}; a new instance is created for every run (with the
 * public no-argument constructor).
 * <p>
 * The result is Contour's own editable model (for example a {@link org.contour.model.LinearModel}
 * or a {@link org.contour.model.DecisionTreeModel}), not a library's immutable one: the expert
 * edits it by hand afterwards, and its predictions must equal the library model's before any
 * edit. Its feature names are the training set's, in the same order, and its class names the
 * training set's classes.
 *
 * @since 1.0
 */
public interface Classifier {

    /**
     * Trains on {@code data}.
     *
     * @param data    labelled points (pseudo-points sampled from the expert's drawing, or
     *                labelled examples)
     * @param options the user's settings for this run, completed with the defaults the
     *                contribution declares in plugin.xml (see {@link Options})
     * @param monitor reports progress; poll {@code isCanceled()} and throw
     *                {@link org.eclipse.core.runtime.OperationCanceledException}
     * @return a new model, not yet contained in any project
     * @throws CoreException with a message for the user when the data cannot be trained on
     */
    TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) throws CoreException;
}
