package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code psephos tally}: the standings after a set of declarations, as text or JSON. */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Applies the declarations and prints the state of parties (and with --outcomes every"
          + " declared council's control outcome) as text, or the results as a psephos.results/1"
          + " JSON document (which always holds the outcomes).",
      "",
      "With no files it tallies the bundled London 2018 election. Reading a long stream shows a"
          + " progress line on a terminal."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid",
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

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ELECTION",
      description = "The election definition (psephos.election/1). Default: the bundled London 2018"
          + " election.")
  @Nullable Path election;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "DECLARATIONS",
      description = "The declarations: a stream of one psephos.declaration/1 document per line"
          + " (- reads standard input), or a psephos.declarations/1 document. Required with"
          + " ELECTION.")
  @Nullable Path declarations;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      completionCandidates = Formats.class,
      defaultValue = "text",
      description = "text (the state of parties, as a live blog prints it) or json (a"
          + " psephos.results/1 document). Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(
      names = "--outcomes",
      description = "With text, also print every declared council's control outcome.")
  boolean outcomes;

  @Option(
      names = "--adjective",
      paramLabel = "PARTY=ADJECTIVE",
      description = "Name a party (by its id) this way in outcome lines. Repeatable.")
  Map<String, String> adjectives = new LinkedHashMap<>();

  @Mixin TallyOptions options = new TallyOptions();

  TallyCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (election != null && declarations == null) {
      throw new ParameterException(
          spec.commandLine(), "DECLARATIONS is required with ELECTION (or give neither)");
    }
    ElectionDefinition definition = Inputs.election(election);
    Election theElection = definition.election();
    CouncilFilter filter = options.filter(theElection, spec.commandLine());
    for (String partyId : adjectives.keySet()) {
      if (theElection.party(partyId).isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "--adjective " + partyId + ": no party of election " + theElection.id()
                + " has that id");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Tally tally;
    try (DeclarationFeed feed = DeclarationFeed.open(declarations, options.emptyTally(theElection))) {
      tally = feed.readAll(options.emptyTally(theElection), environment.progress(
          spec.commandLine().getErr()));
    }
    if (format == Format.JSON) {
      out.print(PsephosJson.standard().writeResults(tally, filter, PsephosJson.Style.PRETTY));
    } else {
      out.print(options.scoreboard().format(tally.standings(filter)));
      if (outcomes) {
        out.println();
        PartyNames names = PartyNames.adjectives(adjectives);
        for (CouncilResult result : tally.results()) {
          if (filter.test(result.council())) {
            out.println(
                ReplayCommand.outcomeLine(
                    result.council(), result.outcome(), result.declaration(), null, names));
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The formats by their lower-case names. */
  static final class Formats implements ITypeConverter<Format>, Iterable<String> {
    @Override
    public Format convert(String value) {
      return switch (value) {
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
