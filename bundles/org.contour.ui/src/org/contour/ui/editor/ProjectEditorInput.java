package org.contour.ui.editor;

import org.contour.core.session.ProjectSession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** An open project as editor input: two inputs are equal when they hold the same session. */
public final class ProjectEditorInput implements IEditorInput {

    private final ProjectSession session;

    public ProjectEditorInput(ProjectSession session) {
        this.session = session;
    }

    public ProjectSession session() {
        return session;
    }

    @Override
    public boolean exists() {
        return false; // not remembered across restarts in the recent-editors list
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return session.project().getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        // a project never saved has no file yet: say so, rather than show the data file as if
        // saving would write there (the workbench's save-on-exit list shows this text)
        return session.file() != null ? session.file().toString()
                : "not saved yet (data: " + session.project().getDataset().getLocation() + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(session) ? adapter.cast(session) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectEditorInput other && other.session == session;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(session);
    }
}
