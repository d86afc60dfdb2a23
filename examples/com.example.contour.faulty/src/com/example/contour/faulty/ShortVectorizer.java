package com.example.contour.faulty;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.IProgressMonitor;

/** Breaks the contract quietly: one feature row fewer than the table has rows. */
public final class ShortVectorizer implements Vectorizer {

    @Override
    public boolean accepts(DataTable table) {
        return true;
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) {
        int rows = Math.max(0, table.rowCount() - 1);
        return FeatureMatrix.dense(new String[] {"one"}, rows, new double[rows]);
    }
}
