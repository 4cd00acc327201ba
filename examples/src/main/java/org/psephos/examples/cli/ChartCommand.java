package org.psephos.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psephos.Election;
import org.psephos.json.ElectionDefinition;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import org.psephos.text.StandingsChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code psephos chart}: an SVG picture of the standings, or a page with the picture and tables,
 * drawn by core's {@link StandingsChart}.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Applies the results and writes an SVG picture of the state of parties: seats won per"
          + " party as bars with their change, councils controlled per party and in no overall"
          + " control, and, when ward results have been counted, each party's vote share with its"
          + " change in points (--convention chooses how multi-member wards count). With --html,"
          + " writes a self-contained page holding the picture, the state of parties, the vote"
          + " shares and every declared council's outcome as tables.",
      "",
      "Party colours come from the election file; a party without one takes the next colour of"
          + " the default palette (#8C564B, #17A2B8, #E377C2, #A8A81E, #9467BD, #616161); no"
          + " overall control is #B8B8B8. A title too long for the picture wraps onto a second"
          + " line, then is cut. With no files it charts the bundled example (--example)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid, or the output cannot be"
          + " written",
      "2:bad usage: an unknown option, a missing or malformed argument, or an output file"
          + " whose name is not .svg (with --html: .html, .htm or .xhtml)"
    })
final class ChartCommand implements Callable<Integer> {
  /** The endings of the files a page may be written to. */
  private static final List<String> PAGE_ENDINGS = List.of(".html", ".htm", ".xhtml");

  private final Environment environment;

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin InputFiles files = new InputFiles();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The file to write: FILE.svg, or FILE.html with --html (the picture is"
          + " SVG: a name ending .png or anything else is refused); - writes to standard output.")
  Path output = Path.of("-");

  @Option(
      names = "--html",
      description = "Write a self-contained HTML page with the chart and tables instead of SVG.")
  boolean html;

  @Mixin TallyOptions options = new TallyOptions();

  @Mixin OutcomeNames outcomeNames = new OutcomeNames();

  ChartCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    checkOutputName();
    ElectionDefinition definition = files.readElection(options, spec.commandLine());
    Election theElection = definition.election();
    CouncilFilter filter = options.filter(theElection, spec.commandLine());
    StandingsChart chart = chart(definition);
    Tally tally;
    try (ResultFeed feed = files.openResults(options, options.emptyTally(theElection), null)) {
      tally = feed.readAll(options.emptyTally(theElection), environment.progress(
          spec.commandLine().getErr()));
    }
    String document = html ? chart.html(tally, filter) : chart.svg(tally, filter);
    PrintWriter out = spec.commandLine().getOut();
    if (isStandardOutput()) {
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

  /** The chart in the election file's colours, with its source and the options' choices. */
  private StandingsChart chart(ElectionDefinition definition) {
    StandingsChart chart =
        StandingsChart.standard()
            .withColours(definition.colours())
            .withConvention(options.convention)
            .withPartyNames(outcomeNames.names(definition.election(), spec.commandLine()));
    String source = definition.metadata().source();
    return source == null || source.isBlank() ? chart : chart.withSource(source);
  }

  private boolean isStandardOutput() {
    return output.toString().equals("-");
  }

  /** Refuses an output file whose name says another format than the one written. */
  private void checkOutputName() {
    if (isStandardOutput()) {
      return;
    }
    String lower = output.toString().toLowerCase(Locale.ROOT);
    boolean fits =
        html ? PAGE_ENDINGS.stream().anyMatch(lower::endsWith) : lower.endsWith(".svg");
    if (!fits) {
      throw new ParameterException(
          spec.commandLine(),
          "-o "
              + output
              + ": the chart is written as "
              + (html
                  ? "an HTML page; name the file .html, .htm or .xhtml"
                  : "SVG; name the file .svg, or write a page with --html and .html (convert the"
                      + " SVG to PNG with a tool such as rsvg-convert)"));
    }
  }
}
