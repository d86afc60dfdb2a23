package org.contour.ui;

import java.util.ArrayList;
import java.util.List;

/** Reads what the command line asks the workbench to open. */
public final class StartupArguments {

    private StartupArguments() {
    }

    /**
     * The files (and {@code --sample=} requests) among the application arguments. Equinox removes
     * its own options, but a launcher or test harness can pass further {@code -option value}
     * pairs through (Tycho's UI test harness passes {@code -testproperties file}); a value that
     * follows a single-dash option belongs to that option and is never opened as a dataset.
     */
    public static List<String> filesToOpen(String[] args) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--sample=")) {
                files.add(arg);
            } else if (arg.startsWith("--")) {
                continue; // a self-contained --option
            } else if (arg.startsWith("-")) {
                i++; // a single-dash option and its value
            } else {
                files.add(arg);
            }
        }
        return files;
    }
}
