package org.psephos.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psephos chart}: an SVG picture of the standings, or a page with the picture and tables. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Applies the declarations and writes an SVG picture of the state of parties: seats won per"
          + " party as bars with their change, and councils controlled per party and in no overall"
          + " control. With --html, writes a self-contained page holding the picture, the state of"
          + " parties and every declared council's outcome as tables.",
      "",
      "Party colours come from the election file; a party without one takes the next colour of"
          + " the default palette (#8C564B, #17A2B8, #E377C2, #A8A81E, #9467BD, #616161); no"
          + " overall control is #B8B8B8. With no files it charts the bundled London 2018"
          + " election."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid, or the output cannot be"
          + " written",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class ChartCommand implements Callable<Integer> {
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
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The file to write: FILE.svg, or FILE.html with --html; - writes to standard"
          + " output.")
  Path output = Path.of("-");

  @Option(
      names = "--html",
      description = "Write a self-contained HTML page with the chart and tables instead of SVG.")
  boolean html;

  @Mixin TallyOptions options = new TallyOptions();

  ChartCommand(Environment environment) {
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
    Tally tally;
    try (DeclarationFeed feed = DeclarationFeed.open(declarations, options.emptyTally(theElection))) {
      tally = feed.readAll(options.emptyTally(theElection), environment.progress(
          spec.commandLine().getErr()));
    }
    StandingsChart chart = new StandingsChart(definition, tally, filter);
    String document = html ? chart.html(PartyNames.adjectives(Map.of())) : chart.svg();
    PrintWriter out = spec.commandLine().getOut();
    if (output.toString().equals("-")) {
      out.print(document);
    } else {
      try {
        Files.writeString(output, document, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadDataException(
            Problem.ofFile(output.toString(), "cannot be written: " + e).toString(), e);
      }
      out.println(
          "Wrote "
              + (html ? "a page" : "a chart")
              + " of "
              + tally.standings(filter).councilsDeclared()
              + " of "
              + tally.standings(filter).councilsExpected()
              + " councils to "
              + output);
    }
    out.flush();
    return 0;
  }
}
