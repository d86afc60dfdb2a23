package com.example.contour.faulty;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.IProgressMonitor;

/** A bug as a plug-in ships it: an unchecked exception out of {@link #vectorize}. */
public final class ThrowingVectorizer implements Vectorizer {

    @Override
    public boolean accepts(DataTable table) {
        return true;
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) {
        throw new IllegalStateException("simulated bug in a third-party vectorizer");
    }
}
