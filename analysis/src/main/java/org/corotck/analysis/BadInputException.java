package org.corotck.analysis;

/** Input the tools cannot use: a missing file, a file that is not JMH JSON, nothing to compare. One line, no trace. */
public final class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message, null, false, false);
    }
}
