package org.psephos.examples.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.Tally;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The files replay, tally and chart read: ELECTION and RESULTS, both or neither (then the bundled
 * example of {@link TallyOptions#example}).
 */
final class InputFiles {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ELECTION",
      description = "The election definition (psephos.election/1), or (tally and replay) a folder of PA"
          + " Media's local elections XML, without RESULTS. Default: the bundled example's"
          + " election.")
  @Nullable Path election;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "RESULTS",
      description = "The results, in the order they were declared: a stream of one"
          + " psephos.declaration/1 or psephos.wardresult/1 document per line (- reads standard"
          + " input), or a psephos.declarations/1 or psephos.wardresults/1 document; or, for the"
          + " wards of Scottish and Northern Irish councils, ballot profiles (a BLT file, or a"
          + " folder of them named after their wards' ids), each counted by STV. Required with"
          + " ELECTION.")
  @Nullable Path results;

  /** Whether ELECTION is a folder of PA's XML (given alone). */
  boolean isPaFolder() {
    return election != null && results == null && java.nio.file.Files.isDirectory(election);
  }

  /** The PA folder, when {@link #isPaFolder()}. */
  Path paFolder() {
    return java.util.Objects.requireNonNull(election, "election");
  }

  /**
   * Checks the files against the options and reads the election definition.
   *
   * @param options the shared options, whose {@code --example} is for running without files
   * @param commandLine the command, for usage errors
   * @return the definition
   * @throws ParameterException if ELECTION is given without RESULTS, or with {@code --example}
   * @throws BadDataException if the election file cannot be read or is not valid
   */
  ElectionDefinition readElection(TallyOptions options, CommandLine commandLine) {
    if (election != null && results == null) {
      throw new ParameterException(
          commandLine, "RESULTS is required with ELECTION (or give neither)");
    }
    options.checkExample(election != null, commandLine);
    return Inputs.election(election, options.example);
  }

  /**
   * Opens the results for a tally.
   *
   * @param options the shared options (the example)
   * @param tally the tally the results are for
   * @param badLines what to do with a bad line of a stream: null to stop at it
   * @return the feed
   * @throws BadDataException if the results cannot be read
   */
  ResultFeed openResults(
      TallyOptions options, Tally tally, @Nullable Consumer<BadDataException> badLines) {
    return ResultFeed.open(results, options.example, tally, badLines);
  }
}
