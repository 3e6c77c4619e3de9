package org.corotck.reports.bench;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.corotck.analysis.BadInputException;

/**
 * Where compare and report write their Markdown. Its directories are made first, and a path that cannot be
 * written is bad input, found before any work: one line and exit 2, never a stack trace and never the exit 1
 * that CI reads as a regression.
 */
final class Output {
    private Output() {}

    static void prepare(Path file) throws BadInputException {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + " is a directory; -o takes the name of a file to write");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new BadInputException("cannot create the directory of " + file + " (" + describe(e) + ")");
        }
    }

    static void write(Path file, String text) throws BadInputException {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + " (" + describe(e) + ")");
        }
    }

    /** The cause in words: the JDK's messages for these name only the path. */
    private static String describe(IOException e) {
        String what = e instanceof FileAlreadyExistsException ? "a file stands where a directory must be"
                : e instanceof AccessDeniedException ? "access denied"
                : e instanceof NoSuchFileException ? "no such directory"
                : "an I/O error";
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
