package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psephos.Council;
import org.psephos.Election;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.Results;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Tally;
import org.psephos.text.PartyNames;
import org.psephos.text.Scoreboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code psephos tally}: the standings after a set of results, as text or JSON. */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Applies the results (whole declarations and ward results) and prints the state of"
          + " parties (and with --outcomes every declared council's control outcome and every"
          + " council in progress) as text, or the results as a psephos.results/1 JSON document"
          + " (which always holds the outcomes, the councils in progress and the ward totals).",
      "",
      "With no files it tallies the bundled example (--example). Reading a long stream shows a"
          + " progress line on a terminal. Given a folder of PA Media's local elections XML"
          + " instead of ELECTION and RESULTS, it tallies the folder with PA's conventions (seat"
          + " changes against the seats offered, any party may control)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid (with --skip-bad-lines: a"
          + " bad line was skipped; the output is that of the good lines)",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class TallyCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT,
    JSON
  }

  private final Environment environment;

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin InputFiles files = new InputFiles();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      completionCandidates = Formats.class,
      defaultValue = "text",
      description = "text (the state of parties, as a live blog prints it) or json (a"
          + " psephos.results/1 document), in any case. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(
      names = "--outcomes",
      description = "With text, also print every declared council's control outcome, and every"
          + " council in progress with its wards declared and whether control is decided.")
  boolean outcomes;

  @Mixin OutcomeNames outcomeNames = new OutcomeNames();

  @Mixin TallyOptions options = new TallyOptions();

  @Mixin ScoreboardOptions scoreboardOptions = new ScoreboardOptions();

  @Mixin BadLines badLines = new BadLines();

  TallyCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String command = spec.qualifiedName();
    PaFolders.Read paFolder = files.isPa() ? files.readPa() : null;
    ElectionDefinition definition =
        paFolder != null
            ? ElectionDefinition.of(paFolder.election().election())
            : files.readElection(options, spec.commandLine());
    Election theElection = definition.election();
    CouncilFilter filter = options.filter(theElection, spec.commandLine());
    PartyNames names = outcomeNames.names(theElection, spec.commandLine());
    Scoreboard scoreboard =
        scoreboardOptions.apply(
            options.scoreboard(), theElection, options.convention, spec.commandLine());
    Tally tally;
    int status;
    if (paFolder != null) {
      paFolder.problems().forEach(problem -> err.println(command + ": " + problem));
      tally = paFolder.feed().tally();
      status = paFolder.badFiles() == 0 && paFolder.feed().gaps().isEmpty() ? 0 : Psephos.BAD_DATA;
    } else {
      options
          .baselineNote(theElection, filter)
          .ifPresent(note -> err.println(command + ": " + note));
      try (ResultFeed feed =
          files.openResults(
              options, options.emptyTally(theElection), badLines.handler(err, command))) {
        tally = feed.readAll(options.emptyTally(theElection), environment.progress(err));
        status = BadLines.finish(feed, err, command);
      }
    }
    if (format == Format.JSON) {
      out.print(PsephosJson.standard().writeResults(
          new Results(tally, filter).withColoursOf(definition), PsephosJson.Style.PRETTY));
    } else {
      out.print(scoreboard.format(tally.standings(filter)));
      if (outcomes) {
        out.println();
        printOutcomes(out, tally, filter, names);
      }
    }
    out.flush();
    err.flush();
    return status;
  }

  private static void printOutcomes(
      PrintWriter out, Tally tally, CouncilFilter filter, PartyNames names) {
    for (CouncilResult result : tally.results()) {
      if (filter.test(result.council())) {
        out.println(
            ReplayCommand.outcomeLine(
                result.council(), result.outcome(), result.declaration(), null, names));
      }
    }
    for (Council council : tally.councilsInProgress()) {
      if (filter.test(council)) {
        out.println(inProgressLine(tally.progress(council), names));
      }
    }
  }

  /**
   * A council in progress: "Ashbury: 7 of 15 wards declared; control undecided", "Brookfield: 11
   * of 12 wards declared; Conservative control decided".
   */
  static String inProgressLine(CouncilProgress progress, PartyNames names) {
    String control =
        progress
            .decidedControl()
            .map(c -> c.party().map(p -> names.apply(p) + " control").orElse("no overall control")
                + " decided")
            .orElse("control undecided");
    return progress.council().name() + ": " + progress.describe() + "; " + control;
  }

  /** The formats by their lower-case names. */
  static final class Formats implements ITypeConverter<Format>, Iterable<String> {
    @Override
    public Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> Format.TEXT;
        case "json" -> Format.JSON;
        default -> throw new TypeConversionException(
            "'" + value + "' is not a format; the formats are text, json");
      };
    }

    @Override
    public Iterator<String> iterator() {
      return List.of("text", "json").iterator();
    }
  }
}
