/**
 * The contracts a third party implements to extend Contour, one per extension point:
 * <ul>
 * <li>{@link org.contour.api.Vectorizer} for {@code org.contour.core.vectorizers}: turns an
 * imported table into feature vectors;</li>
 * <li>{@link org.contour.api.Reducer} for {@code org.contour.core.reducers}: places every
 * example on the 2-D map;</li>
 * <li>{@link org.contour.api.Classifier} for {@code org.contour.core.classifiers}: trains a
 * readable, hand-editable model from labelled points.</li>
 * </ul>
 * Each contribution is declared in its plug-in's {@code plugin.xml} (see the extension point
 * schemas for the elements and their {@code <option>}s) and receives the user's settings as
 * {@link org.contour.api.Options}. The values exchanged are in {@link org.contour.api.data}.
 * <p>
 * Only this API, the project model ({@code org.contour.model}) and Eclipse's
 * {@code org.eclipse.core.runtime} types (progress, status) cross the boundary, so a
 * contribution never depends on Contour's internals. The packages follow OSGi semantic
 * versioning: import them with a range such as {@code [1.0,2.0)}.
 *
 * @since 1.0
 */
package org.contour.api;
