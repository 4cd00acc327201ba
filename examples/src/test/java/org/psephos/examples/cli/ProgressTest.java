package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The progress line: only on a terminal, only after half a second, at most ten times a second,
 * redrawn in place and erased at the end.
 */
class ProgressTest {
  private long now;

  @Test
  void aShortReadShowsNothing() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.forTerminal(new PrintWriter(err), () -> now);

    now = Progress.FIRST_AFTER_NANOS - 1;
    progress.update("feed.ndjson", 10, 10);
    progress.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLongReadRedrawsOneLineInPlaceAndErasesIt() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.forTerminal(new PrintWriter(err), () -> now);

    now = Progress.FIRST_AFTER_NANOS;
    progress.update("feed.ndjson", 120_000, 119_998);
    String first = "reading feed.ndjson: line 120,000, 119,998 declarations";
    assertThat(err.toString()).isEqualTo("\r" + first);

    now += Progress.REDRAW_NANOS - 1; // too soon: not redrawn
    progress.update("feed.ndjson", 120_001, 119_999);
    assertThat(err.toString()).isEqualTo("\r" + first);

    now += 1;
    progress.update("feed.ndjson", 9, 1); // shorter text: the rest of the old line is blanked
    String second = "reading feed.ndjson: line 9, 1 declaration";
    assertThat(err.toString())
        .isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()));

    progress.done();
    assertThat(err.toString()).endsWith("\r" + " ".repeat(second.length()) + "\r");
  }

  @Test
  void quietProgressAndANonTerminalEnvironmentWriteNothing() {
    StringWriter err = new StringWriter();
    Environment notTerminal = Environment.notTerminal(d -> {});
    Progress progress = notTerminal.progress(new PrintWriter(err));

    progress.update("feed.ndjson", 1_000_000, 1_000_000);
    progress.done();

    assertThat(err.toString()).isEmpty();
    assertThat(Environment.isTerminal(null)).isFalse();
  }
}
