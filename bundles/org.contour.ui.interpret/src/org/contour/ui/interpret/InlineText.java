package org.contour.ui.interpret;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * A text field laid over a table or tree cell for editing a number in place. Enter commits;
 * when the value is refused (not a number) the field stays open with the text selected so the
 * user can correct it; Escape cancels; leaving the field commits what it holds once.
 */
final class InlineText {

    private InlineText() {
    }

    /**
     * @param place  puts the field over the cell (for example {@code c -> editor.setEditor(c, item, column)})
     * @param commit takes the typed text; returns false to refuse it (and keep the field open)
     */
    static Text open(Composite owner, String initial, Consumer<Control> place, Predicate<String> commit) {
        Text text = new Text(owner, SWT.SINGLE);
        text.setText(initial);
        place.accept(text);
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, e -> {
            // Enter on the text as shown changes nothing: the shown text is rounded, and
            // committing it once wrote the rounding back and marked the model edited by hand
            if (text.getText().strip().equals(initial.strip())) {
                text.dispose();
            } else if (commit.test(text.getText())) {
                text.dispose();
            } else if (!text.isDisposed()) {
                text.selectAll();
                text.setFocus();
            }
        });
        text.addListener(SWT.FocusOut, e -> {
            if (!text.isDisposed()) {
                String value = text.getText();
                // dispose first: a refused value must not reopen the field while focus moves on
                text.getDisplay().asyncExec(text::dispose);
                if (!value.strip().equals(initial.strip())) {
                    commit.test(value);
                }
            }
        });
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                text.dispose();
            }
        });
        return text;
    }
}
