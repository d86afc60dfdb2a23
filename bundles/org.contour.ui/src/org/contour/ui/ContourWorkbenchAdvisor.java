package org.contour.ui;

import java.nio.file.Path;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.swt.graphics.Point;

/** Workbench set-up: one window with the Contour perspective; opens what the command line names. */
final class ContourWorkbenchAdvisor extends WorkbenchAdvisor {

    private final String[] args;

    ContourWorkbenchAdvisor(String[] args) {
        this.args = args == null ? new String[0] : args;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ContourPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer c) {
                return new ContourActionBarAdvisor(c);
            }

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1400, 900));
                window.setShowCoolBar(false);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
                window.setTitle("Contour");
            }
        };
    }

    @Override
    public void postStartup() {
        for (String file : StartupArguments.filesToOpen(args)) {
            if (file.startsWith("--sample=")) {
                ProjectOpener.openSample(file.substring("--sample=".length()));
            } else {
                ProjectOpener.open(Path.of(file));
            }
        }
    }
}
