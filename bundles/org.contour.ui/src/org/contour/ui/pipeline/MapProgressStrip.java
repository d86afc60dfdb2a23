package org.contour.ui.pipeline;

import org.contour.core.session.MapJob;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * A strip above the map while a new map is computed: what runs, a progress bar fed by the job's
 * own progress reports, and Cancel. It takes no focus and blocks nothing: the user goes on
 * labelling the current map meanwhile. Hidden when no job runs.
 */
public final class MapProgressStrip {

    private static final int TICKS = 1000;

    private final Composite strip;
    private final Label label;
    private final ProgressBar bar;
    private final Button cancel;
    private Job job;

    public MapProgressStrip(Composite parent) {
        strip = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        strip.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        strip.setLayoutData(data);
        strip.setVisible(false);
        label = new Label(strip, SWT.NONE);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        bar = new ProgressBar(strip, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(TICKS);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        barData.widthHint = 240;
        bar.setLayoutData(barData);
        cancel = new Button(strip, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setToolTipText("Stop computing the new map; the current map stays as it is");
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
                cancel.setEnabled(false);
                label.setText("Cancelling...");
                strip.layout();
            }
        });
    }

    /** The strip itself, for placing it. */
    public Composite control() {
        return strip;
    }

    /**
     * Shows {@code job}'s progress until it ends. Call before scheduling it.
     */
    public void track(MapJob job) {
        this.job = job;
        job.observe(new Forwarding(strip.getDisplay()));
        label.setText(job.getName() + "...");
        bar.setSelection(0);
        cancel.setEnabled(true);
        show(true);
    }

    /** Hides the strip once {@code finished} is the tracked job (UI thread). */
    public void done(Job finished) {
        if (finished == job && !strip.isDisposed()) {
            job = null;
            show(false);
        }
    }

    private void show(boolean visible) {
        ((GridData) strip.getLayoutData()).exclude = !visible;
        strip.setVisible(visible);
        strip.getParent().layout(true, true);
    }

    public boolean isShowing() {
        return !strip.isDisposed() && strip.isVisible();
    }

    public Button cancelButton() {
        return cancel;
    }

    public ProgressBar progressBar() {
        return bar;
    }

    public Label label() {
        return label;
    }

    /**
     * Receives the job's progress on its thread and shows it on the UI thread. The first
     * {@code beginTask} sets the scale (a contribution's SubMonitor splits it further, and its
     * reports arrive here already scaled); without a known total the bar pulses.
     */
    private final class Forwarding extends NullProgressMonitor {
        private final Display display;
        private double total;
        private double worked;

        Forwarding(Display display) {
            this.display = display;
        }

        @Override
        public synchronized void beginTask(String name, int totalWork) {
            if (total == 0 && totalWork > 0) {
                total = totalWork;
            }
        }

        @Override
        public void internalWorked(double work) {
            int selection;
            synchronized (this) {
                worked += work;
                selection = total > 0 ? (int) Math.min(TICKS, Math.round(TICKS * worked / total))
                        : (int) (worked % TICKS);
            }
            display.asyncExec(() -> {
                if (!bar.isDisposed()) {
                    bar.setSelection(selection);
                }
            });
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            if (name == null || name.isBlank()) {
                return;
            }
            display.asyncExec(() -> {
                if (!label.isDisposed() && cancel.isEnabled()) {
                    label.setText(name);
                    strip.layout();
                }
            });
        }
    }
}
