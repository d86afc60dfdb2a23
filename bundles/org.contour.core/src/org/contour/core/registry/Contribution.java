package org.contour.core.registry;

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
