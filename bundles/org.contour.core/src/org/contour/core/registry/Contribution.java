package org.contour.core.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contour.api.Options;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Status;

/**
 * One entry of a Contour extension point: its id, name and the plug-in that contributed it.
 * The implementation class is loaded only when {@link #create()} is called, so listing the
 * choices in a menu never activates a third party's bundle.
 */
public final class Contribution<T> {

    private final IConfigurationElement element;
    private final Class<T> type;

    Contribution(IConfigurationElement element, Class<T> type) {
        this.element = element;
        this.type = type;
    }

    public String id() {
        return element.getAttribute("id");
    }

    public String name() {
        return element.getAttribute("name");
    }

    public String description() {
        String d = element.getAttribute("description");
        return d == null ? "" : d;
    }

    /**
     * Whether plugin.xml marks this contribution {@code deprecated="true"}: it stays installed so
     * that saved projects naming it still open, but choosers no longer offer it.
     */
    public boolean isDeprecated() {
        return Boolean.parseBoolean(element.getAttribute("deprecated"));
    }

    /** The settings this contribution declares, in plugin.xml order; malformed entries (no id) are skipped. */
    public List<OptionSpec> options() {
        List<OptionSpec> specs = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren("option")) {
            if (child.getAttribute("id") != null) {
                specs.add(OptionSpec.read(child));
            }
        }
        return specs;
    }

    /**
     * {@code chosen} completed with the declared defaults of the options it leaves out, so a
     * stored project records every value the run used.
     *
     * @throws CoreException naming the option and this contribution when a chosen value is
     *                       malformed or out of the declared range
     */
    public Options resolve(Options chosen) throws CoreException {
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionSpec spec : options()) {
            String value = chosen.get(spec.id(), null);
            if (value != null) {
                var problem = spec.problemWith(value);
                if (problem.isPresent()) {
                    throw new CoreException(Status.error(problem.get() + " (" + describe() + ")"));
                }
            }
            values.put(spec.id(), value != null ? value : spec.defaultValue());
        }
        // values for options the contribution does not declare are passed on untouched
        chosen.asMap().forEach(values::putIfAbsent);
        return Options.of(values);
    }

    /** Symbolic name of the contributing bundle, used to name the culprit in error messages. */
    public String pluginId() {
        return element.getContributor().getName();
    }

    /**
     * A fresh instance. Any failure of the plug-in (missing class, throwing constructor, wrong
     * type) becomes a CoreException that names the plug-in, never an unchecked error that
     * could escape into the UI.
     */
    public T create() throws CoreException {
        Object instance;
        try {
            instance = element.createExecutableExtension("class");
        } catch (CoreException e) {
            throw failure("could not be created: " + e.getStatus().getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw failure("could not be created: " + e, e);
        }
        if (!type.isInstance(instance)) {
            throw failure("is a " + instance.getClass().getName() + ", not a " + type.getSimpleName(), null);
        }
        return type.cast(instance);
    }

    /** An error status that says which contribution of which plug-in misbehaved. */
    public CoreException failure(String what, Throwable cause) {
        return new CoreException(Status.error(describe() + " " + what, cause));
    }

    public String describe() {
        return "'" + name() + "' (" + id() + ") from plug-in " + pluginId();
    }

    @Override
    public String toString() {
        return describe();
    }
}
