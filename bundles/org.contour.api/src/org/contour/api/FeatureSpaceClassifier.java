package org.contour.api;

import org.contour.api.Options;
import org.contour.api.data.FeatureTrainingSet;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A {@link org.contour.api.Classifier} that can also train on the full feature vectors of
 * real examples (teaching space FEATURES), typically sparse TF-IDF. A contribution to
 * {@code org.contour.core.classifiers} implements this beside {@code Classifier}; the model it
 * returns names the matrix's features it uses, so it can be applied to any matrix that has them.
 */
public interface FeatureSpaceClassifier {

    /**
     * @throws CoreException with a message for the user when the examples cannot be trained on
     *                       (one class, a class without examples, non-finite values)
     * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} is cancelled
     */
    TaughtModel trainOnFeatures(FeatureTrainingSet data, Options options, IProgressMonitor monitor) throws CoreException;
}
