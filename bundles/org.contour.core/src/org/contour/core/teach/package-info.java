/**
 * Teaching by sketching: {@link org.contour.core.teach.SketchSampler} turns the expert's brush,
 * polygon and eraser sketches on the 2-D map into training points, a contributed
 * {@link org.contour.api.Classifier} trains a model on them (a
 * {@link org.contour.api.FeatureSpaceClassifier} can also train on the full feature
 * vectors of the examples inside the regions), and a {@link org.contour.core.teach.Predictor}
 * from {@link org.contour.core.teach.ModelPredictors} evaluates the model, whatever its kind, for
 * every cell of the canvas. Headless: nothing here touches SWT.
 */
package org.contour.core.teach;
