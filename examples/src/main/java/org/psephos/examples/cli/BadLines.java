package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --skip-bad-lines}, shared by replay and tally: go on past the bad lines of a stream. */
final class BadLines {
  @Option(
      names = "--skip-bad-lines",
      description = "Report each bad line of a result stream on standard error"
          + " (FILE:LINE:COLUMN: reason) and go on with the next line; the output is that of the"
          + " good lines, a last line on standard error counts the lines skipped, and the exit"
          + " status is 1 if any was. Without it the first bad line stops the command. A"
          + " declarations or ward results document is read whole either way.")
  boolean skip;

  /**
   * Where a bad line goes: printed on standard error when skipping, otherwise nowhere (the feed
   * then stops at it).
   *
   * @param err standard error
   * @param command the command's name for the message
   * @return the handler, or null to stop at the first bad line
   */
  @Nullable Consumer<BadDataException> handler(PrintWriter err, String command) {
    if (!skip) {
      return null;
    }
    return e -> {
      err.println(command + ": " + e.getMessage());
      err.flush();
    };
  }

  /**
   * Ends a run: counts the lines skipped on standard error.
   *
   * @param feed the feed read
   * @param err standard error
   * @param command the command's name for the message
   * @return the exit status: 0, or 1 if a line was skipped
   */
  static int finish(ResultFeed feed, PrintWriter err, String command) {
    long skipped = feed.skipped();
    if (skipped == 0) {
      return 0;
    }
    err.println(
        command + ": skipped " + skipped + (skipped == 1 ? " bad line" : " bad lines") + " of "
            + feed.name());
    err.flush();
    return Psephos.BAD_DATA;
  }
}
