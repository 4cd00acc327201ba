package org.psephos.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      description = "The election definition (psephos.election/1), or (tally and replay) a folder of"
          + " PA Media's local elections XML, without RESULTS, or a PA nominations file (then"
          + " RESULTS and MORE are PA result files). Default: the bundled example's election.")
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

  @Parameters(
      index = "2..*",
      arity = "0..*",
      paramLabel = "MORE",
      description = "(tally and replay) More of PA Media's result files, after ELECTION, a PA"
          + " nominations file, and RESULTS, a PA result file.")
  List<Path> more = new ArrayList<>();

  /** Whether ELECTION is a folder of PA's XML (given alone). */
  boolean isPaFolder() {
    return election != null && results == null && java.nio.file.Files.isDirectory(election);
  }

  /**
   * Whether ELECTION and RESULTS (and MORE) are PA's XML files: a nominations file and result
   * files.
   */
  boolean isPaFiles() {
    return election != null && PaFolders.isXml(election)
        && (results == null || PaFolders.isXml(results))
        && more.stream().allMatch(PaFolders::isXml);
  }

  /** Whether the input is PA's XML, a folder or files. */
  boolean isPa() {
    return isPaFolder() || isPaFiles();
  }

  /** The name of the PA input in messages: the folder, or the nominations file. */
  String paName() {
    return java.util.Objects.requireNonNull(election, "election").toString();
  }

  /** Reads the PA folder or files, when {@link #isPa()}. */
  PaFolders.Read readPa() {
    if (isPaFolder()) {
      return PaFolders.read(paFolder());
    }
    List<Path> all = new ArrayList<>();
    all.add(java.util.Objects.requireNonNull(election, "election"));
    if (results != null) {
      all.add(results);
    }
    all.addAll(more);
    return PaFolders.readFiles(all);
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
    if (!more.isEmpty()) {
      throw new ParameterException(
          commandLine, "only PA result files may follow RESULTS (" + more.get(0) + ")");
    }
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
