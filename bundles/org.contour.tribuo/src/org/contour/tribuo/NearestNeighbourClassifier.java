package org.contour.tribuo;

import java.util.List;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.model.ContourFactory;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.TaughtModel;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;

/**
 * k nearest neighbours by Tribuo's {@link KNNTrainer} (Euclidean distance, equal votes): the
 * non-linear reference against which the interpretable models can be judged. Delivered as a
 * {@link NearestNeighbourModel} holding the training points. Its classes are listed in Tribuo's
 * own id order, because that order breaks ties between equal vote shares; the canvas and the
 * views match classes by name, so the order is otherwise of no consequence.
 */
public final class NearestNeighbourClassifier implements Classifier {

    public static final String TRAINER_ID = "org.contour.tribuo.knn";
    public static final int DEFAULT_K = 5;

    /** A trained kNN model beside the Tribuo model it was converted from. */
    public record Trained(NearestNeighbourModel model, Model<Label> tribuoModel) {

        /** Asks Tribuo's model (one example at a time, its own search). */
        public int predictWithTribuo(double[] inputs, double[] probabilitiesOut) {
            Prediction<Label> prediction = tribuoModel.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,
                    model.getFeatureNames().toArray(String[]::new), inputs));
            return TribuoPredictions.read(prediction, model.getClassNames(), probabilitiesOut);
        }
    }

    @Override
    public TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) throws CoreException {
        return fit(data, options.getInt("k", DEFAULT_K), monitor).model();
    }

    public Trained fit(TrainingSet data, int k, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Training k nearest neighbours", 10);
        TribuoSupport.checkShape(data);
        TribuoSupport.checkTrainable(data, "k nearest neighbours");
        if (k < 1) {
            throw TribuoSupport.error("k must be at least 1, not " + k + ".");
        }
        MutableDataset<Label> dataset = TribuoSupport.dataset(data, data.featureNames(), row -> row);
        progress.split(1);
        KNNTrainer<Label> trainer = new KNNTrainer<>(k, new L2Distance(), 1, new VotingCombiner(),
                KNNModel.Backend.STREAMS, NeighboursQueryFactoryType.BRUTE_FORCE);
        long start = System.nanoTime();
        Model<Label> tribuoModel;
        try {
            tribuoModel = trainer.train(dataset);
        } catch (RuntimeException e) {
            throw TribuoSupport.failure("k nearest neighbours", e);
        }
        long nanos = System.nanoTime() - start;
        progress.split(7);

        ImmutableOutputInfo<Label> outputIds = tribuoModel.getOutputIDInfo();
        String[] tribuoOrder = new String[outputIds.size()];
        for (int id = 0; id < tribuoOrder.length; id++) {
            tribuoOrder[id] = outputIds.getOutput(id).getLabel();
        }
        int width = data.featureNames().length;
        double[] points = new double[data.size() * width];
        int[] classes = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            System.arraycopy(data.features()[i], 0, points, i * width, width);
            classes[i] = TribuoSupport.indexOf(tribuoOrder, data.classNames()[data.labels()[i]]);
        }
        NearestNeighbourModel model = ContourFactory.eINSTANCE.createNearestNeighbourModel();
        model.setTrainerId(TRAINER_ID);
        model.getClassNames().addAll(List.of(tribuoOrder));
        model.getFeatureNames().addAll(List.of(data.featureNames()));
        model.setK(k);
        model.setPoints(points);
        model.setPointClasses(classes);
        model.setProvenance(TribuoSupport.summary("k nearest neighbours (k = " + k + ", Euclidean, "
                + data.size() + " reference points)", tribuoModel.getProvenance(), data, nanos));
        TribuoModels.keep(model, tribuoModel);
        progress.split(2);
        return new Trained(model, tribuoModel);
    }
}
