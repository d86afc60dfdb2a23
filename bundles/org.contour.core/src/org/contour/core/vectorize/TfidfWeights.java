package org.contour.core.vectorize;

import org.tribuo.transform.TransformStatistics;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.Transformer;
import org.tribuo.transform.transformations.IDFTransformation;

/**
 * TF-IDF weights from Tribuo's {@link IDFTransformation}: a term in {@code df} of {@code N} texts
 * has inverse document frequency {@code log(N/df)} (so a term in every text weighs nothing), and
 * Tribuo's transformer weights a count {@code tf} by {@code log(N/df) * (1 + log tf)}, the
 * sublinear form, in which the tenth repetition of a word adds less than the second. The linear
 * form {@code tf * log(N/df)} uses the same inverse document frequency.
 */
final class TfidfWeights {

    private final Transformer transformer;
    private final double idf;

    private TfidfWeights(Transformer transformer) {
        this.transformer = transformer;
        this.idf = transformer.transform(1);
    }

    /** Fits Tribuo's IDF transformer to a term in {@code df} of {@code documents} texts. */
    static TfidfWeights fit(int df, int documents) {
        Transformation idf = new IDFTransformation();
        TransformStatistics statistics = idf.createStats();
        for (int d = 0; d < df; d++) {
            statistics.observeValue(1);
        }
        statistics.observeSparse(documents - df);
        return new TfidfWeights(statistics.generateTransformer());
    }

    double weight(double count, boolean sublinear) {
        return sublinear ? transformer.transform(count) : count * idf;
    }
}
