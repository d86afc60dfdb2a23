package org.contour.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection provider of a part that shows examples (the map, the Examples view): it hands
 * the workbench a {@link RowSelection} whenever the part's selection changes, which is how the
 * other part follows it.
 */
public final class RowSelectionProvider implements ISelectionProvider {

    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    /** Makes {@code rows} the selection and tells the listeners. */
    public void publish(RowSelection rows) {
        selection = rows;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void setSelection(ISelection s) {
        selection = s;
    }
}
