/**
 * The values that cross the boundary between Contour and its contributions:
 * {@link org.contour.api.data.DataTable} (a dataset as imported), which vectorizers and
 * reducers read; {@link org.contour.api.data.FeatureMatrix}, which vectorizers make and reducers
 * read; {@link org.contour.api.data.MapCoordinates}, which reducers make; and
 * {@link org.contour.api.data.TrainingSet}, which classifiers train on.
 * <p>
 * They are small value types that check their own consistency when built and hold no
 * algorithms. Large arrays are handed over without copying, for speed on datasets of millions
 * of values: whoever builds a value gives up its arrays, and whoever reads one treats them as
 * read-only.
 *
 * @since 1.0
 */
package org.contour.api.data;
