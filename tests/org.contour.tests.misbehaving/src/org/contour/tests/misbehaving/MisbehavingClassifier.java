package org.contour.tests.misbehaving;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A classifier that goes wrong as its plugin.xml entry asks ({@code ...MisbehavingClassifier:how}):
 * {@code throws}, {@code nan} (a linear model with a NaN weight) or {@code null}.
 */
public final class MisbehavingClassifier implements Classifier, IExecutableExtension {

    private String how = "throws";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            how = s.strip();
        }
    }

    @Override
    public TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) {
        switch (how) {
            case "throws" -> throw new IllegalStateException("deliberate failure in a test plug-in");
            case "null" -> {
                return null;
            }
            default -> {
                LinearModel model = ContourFactory.eINSTANCE.createLinearModel();
                model.getClassNames().addAll(java.util.List.of(data.classNames()));
                model.getFeatureNames().addAll(java.util.List.of(data.featureNames()));
                double[] weights = new double[data.classNames().length * data.featureNames().length];
                weights[0] = Double.NaN;
                model.setWeights(weights);
                model.setBiases(new double[data.classNames().length]);
                return model;
            }
        }
    }
}
