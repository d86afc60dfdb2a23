/**
 * Teaching by sketching: {@link org.contour.core.teach.SketchSampler} turns the expert's strokes
 * on the 2-D map into training points, a contributed {@link org.contour.api.Classifier}
 * trains a model on them, and a {@link org.contour.core.teach.Predictor} evaluates the model for
 * every cell of the canvas. Headless: nothing here touches SWT.
 */
package org.contour.core.teach;
