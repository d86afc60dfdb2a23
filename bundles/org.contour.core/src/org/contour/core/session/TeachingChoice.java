package org.contour.core.session;

import java.util.LinkedHashMap;
import java.util.Map;

import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;

/**
 * How a model is taught from the drawing, as a value: which classifier with which options,
 * how many pseudo-points per class with which seed, whether the labelled examples join the
 * pseudo-points, whether the pseudo-points are shown. {@link TeachingEdits} stores it in the
 * project; {@link #of(TeachingSettings)} reads it back, with the defaults for a project that
 * never changed them.
 *
 * @param options the classifier's options by id, as its contribution declares them
 */
public record TeachingChoice(String classifierId, Map<String, String> options, int pointsPerClass, long seed,
        boolean includeLabelledExamples, boolean showPseudoPoints, TeachingSpace space) {

    public TeachingChoice {
        if (classifierId == null || classifierId.isBlank()) {
            throw new IllegalArgumentException("Choose a classifier.");
        }
        if (pointsPerClass < 1) {
            throw new IllegalArgumentException("Pseudo-points per class must be at least 1, not " + pointsPerClass + ".");
        }
        options = Map.copyOf(options);
        space = space == null ? TeachingSpace.MAP : space;
    }

    /** What a project that never changed its teaching settings uses. */
    public static TeachingChoice defaults() {
        return new TeachingChoice(Teacher.DEFAULT_CLASSIFIER, Map.of(), SketchSampler.DEFAULT_POINTS_PER_CLASS,
                Teacher.SEED, false, false, TeachingSpace.MAP);
    }

    /** The choice stored in {@code settings}, or {@link #defaults()} when there are none. */
    public static TeachingChoice of(TeachingSettings settings) {
        if (settings == null) {
            return defaults();
        }
        String id = settings.getClassifierId();
        return new TeachingChoice(id == null || id.isBlank() ? Teacher.DEFAULT_CLASSIFIER : id,
                settings.getClassifierOptions().map(), Math.max(1, settings.getPointsPerClass()), settings.getSeed(),
                settings.isIncludeLabelledExamples(), settings.isShowPseudoPoints(), settings.getSpace());
    }

    public TeachingChoice withClassifier(String id, Map<String, String> chosenOptions) {
        return new TeachingChoice(id, chosenOptions, pointsPerClass, seed, includeLabelledExamples, showPseudoPoints,
                space);
    }

    public TeachingChoice withSampling(int points, long newSeed, boolean includeLabelled) {
        return new TeachingChoice(classifierId, options, points, newSeed, includeLabelled, showPseudoPoints, space);
    }

    /** Where to teach: on the map's two axes, or on the full features of the examples inside the regions. */
    public TeachingChoice withSpace(TeachingSpace where) {
        return new TeachingChoice(classifierId, options, pointsPerClass, seed, includeLabelledExamples, showPseudoPoints,
                where);
    }

    public TeachingChoice withShowPseudoPoints(boolean show) {
        return new TeachingChoice(classifierId, options, pointsPerClass, seed, includeLabelledExamples, show, space);
    }

    /**
     * True when a model trained with {@code other} could differ from one trained with this
     * choice (anything but the display of the pseudo-points changed).
     */
    public boolean trainsDifferentlyFrom(TeachingChoice other) {
        return !classifierId.equals(other.classifierId) || !options.equals(other.options)
                || pointsPerClass != other.pointsPerClass || seed != other.seed
                || includeLabelledExamples != other.includeLabelledExamples || space != other.space;
    }

    /** A new, detached settings object holding this choice. */
    public TeachingSettings toSettings() {
        TeachingSettings s = ContourFactory.eINSTANCE.createTeachingSettings();
        s.setClassifierId(classifierId);
        // insertion order of a sorted copy, so a saved project does not change with map iteration order
        new java.util.TreeMap<>(options).forEach(s.getClassifierOptions()::put);
        s.setPointsPerClass(pointsPerClass);
        s.setSeed(seed);
        s.setIncludeLabelledExamples(includeLabelledExamples);
        s.setShowPseudoPoints(showPseudoPoints);
        s.setSpace(space);
        return s;
    }

    /** The options as a mutable, ordered copy. */
    public Map<String, String> optionsCopy() {
        return new LinkedHashMap<>(options);
    }
}
