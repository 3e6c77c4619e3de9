package org.corotck.reports.bench;

/** The tool's exit codes, as compare promises them: what CI reads, so a command returns one of these and nothing else. */
public final class Exit {
    /** All is well: no significant regression beyond the threshold, a report written, a self-test passed. */
    public static final int OK = 0;
    /** A significant regression beyond the threshold, or a failed self-test. */
    public static final int REGRESSION = 1;
    /** Bad input, reported in one line. */
    public static final int BAD_INPUT = 2;

    private Exit() {}
}
