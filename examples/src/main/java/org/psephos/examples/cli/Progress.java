package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line for long reads, on standard error: {@code reading feed.ndjson: line 120,000,
 * 119,998 declarations}, redrawn in place with a carriage return and erased when the read ends.
 *
 * <p>It appears only on a terminal ({@link #forTerminal}), only once a read has taken longer than
 * {@link #FIRST_AFTER_NANOS}, and is redrawn at most every {@link #REDRAW_NANOS}, so short reads
 * and redirected output stay quiet. Not thread-safe.
 */
final class Progress {
  /** A read shorter than this (half a second) shows no progress. */
  static final long FIRST_AFTER_NANOS = 500_000_000L;

  /** The line is redrawn at most this often (a tenth of a second). */
  static final long REDRAW_NANOS = 100_000_000L;

  private static final Progress QUIET = new Progress(null, () -> 0L);

  private final @org.jspecify.annotations.Nullable PrintWriter err;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastDrawn;
  private int shownLength;

  private Progress(@org.jspecify.annotations.Nullable PrintWriter err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastDrawn = started - REDRAW_NANOS;
  }

  /**
   * No progress shown.
   *
   * @return the quiet progress
   */
  static Progress quiet() {
    return QUIET;
  }

  /**
   * Progress drawn on a terminal's standard error.
   *
   * @param err the terminal's error stream
   * @param nanoTime the clock, {@code System::nanoTime}
   * @return the progress, timed from now
   */
  static Progress forTerminal(PrintWriter err, LongSupplier nanoTime) {
    return new Progress(requireNonNull(err, "err"), requireNonNull(nanoTime, "nanoTime"));
  }

  /**
   * Reports how far a read has gone; draws the line if it is due.
   *
   * @param name the input's name
   * @param line the line reached
   * @param declarations the declarations read
   */
  void update(String name, long line, long declarations) {
    if (err == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - started < FIRST_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    String text =
        String.format(
            Locale.UK,
            "reading %s: line %,d, %,d %s",
            name,
            line,
            declarations,
            declarations == 1 ? "declaration" : "declarations");
    err.print("\r" + text + " ".repeat(Math.max(0, shownLength - text.length())));
    err.flush();
    shownLength = text.length();
  }

  /** Erases the line, if it was drawn. */
  void done() {
    if (err != null && shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
    }
  }
}
