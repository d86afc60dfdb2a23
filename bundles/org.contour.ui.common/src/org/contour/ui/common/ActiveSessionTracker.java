package org.contour.ui.common;

import java.util.function.Consumer;

import org.contour.core.session.ProjectSession;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the active Contour editor of a page, the way the Outline view follows editors: any
 * editor that adapts to {@link ProjectSession} counts, so views need not know the editor class.
 * Tells its consumer the session of the newly active editor, or {@code null} when the last one
 * closed.
 */
public final class ActiveSessionTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<ProjectSession> consumer;
    private ProjectSession current;

    public ActiveSessionTracker(IWorkbenchPage page, Consumer<ProjectSession> consumer) {
        this.page = page;
        this.consumer = consumer;
        page.addPartListener(this);
        update(page.getActiveEditor());
    }

    public void dispose() {
        page.removePartListener(this);
    }

    private void update(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart)) {
            return;
        }
        ProjectSession session = part.getAdapter(ProjectSession.class);
        if (session != null && session != current) {
            current = session;
            consumer.accept(session);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        update(ref.getPart(false));
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        update(ref.getPart(false));
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part != null && current != null && part.getAdapter(ProjectSession.class) == current) {
            current = null;
            if (page.getActiveEditor() != null) {
                update(page.getActiveEditor());
            }
            if (current == null) {
                consumer.accept(null);
            }
        }
    }
}
