package org.govnews.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error: files, megabytes, rate and errors so far, redrawn in place
 * (carriage return) at most a few times a second, and left on screen with a line break at the end.
 * Off unless standard error is a terminal, and off when the records go to the same terminal
 * (standard output, not redirected); {@code --quiet} turns it off.
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean on;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;
  private int lastWidth;
  private long files;
  private long bytes;
  private long errors;

  Progress(PrintStream err, boolean on, LongSupplier clock) {
    this.err = err;
    this.on = on;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start;
  }

  /** Counts one input of {@code size} bytes; redraws when the last drawing is old enough. */
  void count(long size, boolean failed) {
    files++;
    bytes += size;
    if (failed) {
      errors++;
    }
    long now = clock.getAsLong();
    if (on && now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  long files() {
    return files;
  }

  long errors() {
    return errors;
  }

  /** Clears the line, so that a log line can go to standard error. */
  void clear() {
    if (on && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }

  /** Draws the final counts and ends the line. */
  void finish() {
    if (on) {
      draw(clock.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
    String line = line(files, bytes, errors, now - start);
    int pad = Math.max(0, lastWidth - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    lastWidth = line.length();
  }

  /** {@code govnews: 1234 files, 56.7 MB, 41.2 files/s, 1.9 MB/s, 3 errors}. */
  static String line(long files, long bytes, long errors, long nanos) {
    double seconds = Math.max(nanos, 1) / 1e9;
    double mb = bytes / 1e6;
    return String.format(
        Locale.ROOT,
        "govnews: %d file%s, %.1f MB, %.1f files/s, %.2f MB/s, %d error%s",
        files,
        files == 1 ? "" : "s",
        mb,
        files / seconds,
        mb / seconds,
        errors,
        errors == 1 ? "" : "s");
  }

  /**
   * Whether standard error ({@code fd} 2) or standard output (1) is a terminal. On Linux the link
   * {@code /proc/self/fd/N} names the device ({@code /dev/pts/N} for a terminal); elsewhere {@link
   * System#console()}, which on Java 17 says whether standard input and output are both a terminal.
   */
  static boolean isTerminal(int fd) {
    try {
      Path link = Path.of("/proc/self/fd/" + fd);
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/")
            || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the portable test
    }
    @SuppressWarnings("SystemConsoleNull") // the Java 17 meaning: null when not a terminal
    boolean console = System.console() != null;
    return console;
  }
}
