package org.contour.core.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contour.api.Classifier;
import org.contour.api.Reducer;
import org.contour.api.Vectorizer;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** Reads Contour's extension points. Each call re-reads the registry, so plug-ins installed later appear. */
public final class Contributions {

    public static final String VECTORIZERS = "org.contour.core.vectorizers";
    public static final String CLASSIFIERS = "org.contour.core.classifiers";
    public static final String REDUCERS = "org.contour.core.reducers";

    private Contributions() {
    }

    public static List<Contribution<Vectorizer>> vectorizers() {
        return read(VECTORIZERS, "vectorizer", Vectorizer.class);
    }

    public static List<Contribution<Classifier>> classifiers() {
        return read(CLASSIFIERS, "classifier", Classifier.class);
    }

    public static List<Contribution<Reducer>> reducers() {
        return read(REDUCERS, "reducer", Reducer.class);
    }

    public static Optional<Contribution<Reducer>> reducer(String id) {
        return reducers().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Optional<Contribution<Vectorizer>> vectorizer(String id) {
        return vectorizers().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Optional<Contribution<Classifier>> classifier(String id) {
        return classifiers().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static <T> List<Contribution<T>> read(String point, String elementName, Class<T> type) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Contribution<T>> result = new ArrayList<>();
        if (registry == null) {
            return result; // plain Java (benchmarks): no plug-ins at all
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
            // a malformed entry (no id or class) is skipped rather than breaking the whole list
            if (elementName.equals(e.getName()) && e.getAttribute("id") != null && e.getAttribute("class") != null) {
                result.add(new Contribution<>(e, type));
            }
        }
        return result;
    }
}
