package org.contour.core.session;

import java.util.Objects;

import org.contour.api.Options;

/**
 * How a dataset becomes a map, as the user chose it in the import dialog: the reader's settings
 * (see {@link org.contour.core.data.DatasetReaders}), the vectorizer and the 2-D reduction, each
 * with its options. Options left out take the defaults the contributions declare.
 */
public record ImportChoices(Options readerOptions, String vectorizerId, Options vectorizerOptions, String reducerId,
        Options reducerOptions) {

    public ImportChoices {
        readerOptions = readerOptions == null ? Options.NONE : readerOptions;
        Objects.requireNonNull(vectorizerId, "vectorizerId");
        vectorizerOptions = vectorizerOptions == null ? Options.NONE : vectorizerOptions;
        Objects.requireNonNull(reducerId, "reducerId");
        reducerOptions = reducerOptions == null ? Options.NONE : reducerOptions;
    }

    /** The given vectorizer and reducer with their default options. */
    public static ImportChoices of(String vectorizerId, String reducerId) {
        return new ImportChoices(Options.NONE, vectorizerId, Options.NONE, reducerId, Options.NONE);
    }
}
