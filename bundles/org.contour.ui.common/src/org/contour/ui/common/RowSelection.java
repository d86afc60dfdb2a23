package org.contour.ui.common;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * A selection of example rows of one project, as the map and the examples view publish it to
 * each other. Holds the rows as a bit set, so selecting a million points costs 125 KB rather
 * than a million boxed Integers; {@link #toList()} still gives Integers to views that want them.
 */
public final class RowSelection implements IStructuredSelection {

    private final ProjectSession session;
    private final BitSet rows;

    public RowSelection(ProjectSession session, BitSet rows) {
        this.session = session;
        this.rows = (BitSet) rows.clone();
    }

    public static RowSelection of(ProjectSession session, int[] rows) {
        BitSet bits = new BitSet();
        for (int r : rows) {
            bits.set(r);
        }
        return new RowSelection(session, bits);
    }

    /** The project the rows belong to. */
    public ProjectSession session() {
        return session;
    }

    /** The selected rows (a copy). */
    public BitSet rows() {
        return (BitSet) rows.clone();
    }

    /** Whether {@code row} is selected. */
    public boolean contains(int row) {
        return rows.get(row);
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public Object getFirstElement() {
        int first = rows.nextSetBit(0);
        return first < 0 ? null : Integer.valueOf(first);
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int next = rows.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public Object next() {
                int r = next;
                next = rows.nextSetBit(r + 1);
                return r;
            }
        };
    }

    @Override
    public int size() {
        return rows.cardinality();
    }

    @Override
    public Object[] toArray() {
        return toList().toArray();
    }

    @Override
    public List<Object> toList() {
        List<Object> out = new ArrayList<>(rows.cardinality());
        rows.stream().forEach(out::add);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowSelection other && other.session == session && other.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }
}
