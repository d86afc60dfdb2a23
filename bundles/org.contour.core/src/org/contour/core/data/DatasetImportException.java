package org.contour.core.data;

/**
 * A dataset file could not be imported. The message is written for the person who chose the
 * file: it names the file and, where the problem sits on one line, that line, and says what is
 * wrong in a plain sentence (for example {@code "digits.csv line 17: expected 66 fields, found
 * 12."}). The UI shows it as it is, so it never carries a stack trace or a library's wording.
 */
public final class DatasetImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long lineNumber;

    /** A problem with the file as a whole (missing, empty, unreadable, no known layout). */
    public DatasetImportException(String fileName, String problem) {
        this(fileName, 0, problem, null);
    }

    /** A problem with the file as a whole, caused by a lower-level failure kept for the log. */
    public DatasetImportException(String fileName, String problem, Throwable cause) {
        this(fileName, 0, problem, cause);
    }

    /**
     * A problem on one line of the file.
     *
     * @param lineNumber 1-based physical line, as an editor shows it; 0 when no line applies
     */
    public DatasetImportException(String fileName, long lineNumber, String problem) {
        this(fileName, lineNumber, problem, null);
    }

    /** A problem on one line, caused by a lower-level failure kept for the log. */
    public DatasetImportException(String fileName, long lineNumber, String problem, Throwable cause) {
        super(compose(fileName, lineNumber, problem), cause);
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    private static String compose(String fileName, long lineNumber, String problem) {
        String where = lineNumber > 0 ? fileName + " line " + lineNumber : fileName;
        String sentence = problem.endsWith(".") || problem.endsWith("?") ? problem : problem + ".";
        return where + ": " + sentence;
    }

    /** The file name as shown to the user (without its directory). */
    public String fileName() {
        return fileName;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public long lineNumber() {
        return lineNumber;
    }
}
