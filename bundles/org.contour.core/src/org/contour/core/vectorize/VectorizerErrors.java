package org.contour.core.vectorize;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Builds the {@link CoreException}s the vectorizers report, under the core bundle's id. */
final class VectorizerErrors {

    private static final String BUNDLE_ID = "org.contour.core";

    private VectorizerErrors() {
    }

    static CoreException error(String message) {
        return new CoreException(new Status(IStatus.ERROR, BUNDLE_ID, message));
    }
}
