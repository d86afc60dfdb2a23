package org.contour.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads what the command line asks the workbench to open. */
public final class StartupArguments {

    /**
     * Single-dash options of the platform and the workbench that take no value and reach the
     * application's arguments; the start script passes {@code -clearPersistedState}, and
     * treating it as an option with a value once swallowed the {@code --sample=digits} after it.
     */
    private static final Set<String> FLAGS = Set.of("-clearPersistedState", "-consoleLog", "-nosplash", "-clean",
            "-noExit", "-debug", "-console", "-noSplash", "-showSplash");

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
            } else if (FLAGS.contains(arg)) {
                continue; // a platform flag without a value
            } else if (arg.startsWith("-")) {
                i++; // a single-dash option and its value
            } else {
                files.add(arg);
            }
        }
        return files;
    }
}
