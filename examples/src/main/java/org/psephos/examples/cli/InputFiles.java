package org.psephos.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PublishedWardResult;
import org.psephos.tally.Tally;
import picocli.CommandLine;
import picocli.CommandLine.Option;
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
      description = "The election definition (psephos.election/1) or a folder of one in the"
          + " spreadsheet layout; or, without RESULTS, a candidate table (LEAP, a Handbook"
          + " candidates sheet, Democracy Club's results export), tallied against the election it"
          + " implies, or (tally and replay) a folder of PA Media's local elections XML; or a PA"
          + " nominations file (then RESULTS and MORE are PA result files). Default: the bundled"
          + " example's election.")
  @Nullable Path election;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "RESULTS",
      description = "The results, in the order they were declared: a stream of one"
          + " psephos.declaration/1 or psephos.wardresult/1 document per line (- reads standard"
          + " input), or a psephos.declarations/1 or psephos.wardresults/1 document; or, for the"
          + " wards of Scottish and Northern Irish councils, ballot profiles (a BLT file, or a"
          + " folder of them named after their wards' ids), each counted by STV; or a candidate"
          + " table. Required with ELECTION, unless ELECTION is a candidate table.")
  @Nullable Path results;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "The kind of the inputs, told from their content when not given: csv (ELECTION"
          + " is a folder in the spreadsheet layout), or leap, handbook or dc (a candidate table:"
          + " RESULTS, or given alone the table from which the election is implied).")
  @Nullable String from;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "With a candidate table alone: the polling day of the election it implies."
          + " Default: the date in the table's file name.")
  @Nullable LocalDate date;

  @Option(
      names = "--previous",
      paramLabel = "TABLE",
      description = "With a candidate table alone: the previous table of the same cycle, from"
          + " which the seats as last fought are taken ward by ward (councils whose wards differ"
          + " are named on standard error and have no previous result).")
  @Nullable Path previous;

  /** The results of the candidate table the election was implied from, once read. */
  private @Nullable List<PublishedWardResult> implied;

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
    if (from != null && !from.equals("csv") && !TableImports.TABLE_KINDS.contains(from)) {
      throw new ParameterException(
          commandLine, "--from: one of csv, leap, handbook or dc, not " + from);
    }
    if (election != null && results == null && isTable(election)) {
      options.checkExample(true, commandLine);
      TableImports.Implied table = TableImports.implied(election, from, date, previous);
      for (String line : table.report()) {
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + line);
      }
      commandLine.getErr().flush();
      implied = table.results();
      return ElectionDefinition.of(table.election());
    }
    if (previous != null || date != null) {
      throw new ParameterException(
          commandLine, "--previous and --date go with a candidate table given alone");
    }
    if (!more.isEmpty()) {
      throw new ParameterException(
          commandLine, "only PA result files may follow RESULTS (" + more.get(0) + ")");
    }
    if (election != null && results == null) {
      throw new ParameterException(
          commandLine, "RESULTS is required with ELECTION (or give neither)");
    }
    options.checkExample(election != null, commandLine);
    if ("csv".equals(from)
        && (election == null || !Files.isRegularFile(election.resolve("councils.csv")))) {
      throw new BadDataException(
          (election == null ? "the bundled example" : Inputs.name(election))
              + ": --from csv needs ELECTION to be a folder of an election in the spreadsheet"
              + " layout (election.csv, parties.csv, councils.csv and maybe wards.csv)");
    }
    return Inputs.election(election, options.example);
  }

  /**
   * Whether a file given alone is a candidate table: {@code --from} names a table's kind, or it
   * is a file that is not JSON (by its name or its first bytes).
   */
  private boolean isTable(Path file) {
    if (from != null) {
      return TableImports.TABLE_KINDS.contains(from);
    }
    String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
    if (!Files.isRegularFile(file) || name.endsWith(".json") || name.endsWith(".ndjson")
        || name.endsWith(".jsonl") || name.endsWith(".xml")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(4096);
      String text = new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
      return !TableImports.looksLikeJson(start) && !text.startsWith("<");
    } catch (IOException e) {
      throw Inputs.unreadable(Inputs.name(file), e);
    }
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
    if (implied != null) {
      return ResultFeed.of(Inputs.name(java.util.Objects.requireNonNull(election)), implied);
    }
    if (results != null && from != null && TableImports.TABLE_KINDS.contains(from)) {
      String name = Inputs.name(results);
      try (InputStream in = Inputs.open(results)) {
        return ResultFeed.of(
            name, TableImports.wardResults(name, in.readAllBytes(), tally.election(), from));
      } catch (IOException e) {
        throw Inputs.unreadable(name, e);
      }
    }
    return ResultFeed.open(results, options.example, tally, badLines);
  }
}
