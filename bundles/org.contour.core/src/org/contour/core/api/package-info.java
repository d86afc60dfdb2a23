/**
 * The contracts a third party implements to plug into Contour through the extension points
 * {@code org.contour.core.vectorizers} and {@code org.contour.core.classifiers}. Only plain Java
 * types and the project model cross this boundary, so a contribution never depends on
 * Contour's internals.
 */
package org.contour.core.api;
