package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.psephos.ControlOutcome;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code psephos replay}: replays an election night, one declaration at a time, printing each
 * council's control outcome and, every N declarations and at the end, the state of parties.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Replays an election night: applies the declarations in order and prints, after each, the"
          + " council's control outcome (\"Kingston upon Thames: Liberal Democrat gain from"
          + " Conservative\") and, every N declarations and at the end, the state of parties.",
      "",
      "With no files it replays the bundled London 2018 election: all 32 boroughs, real results,"
          + " Brent and Southwark declaring provisionally with a postponed ward each, completed at"
          + " the end.",
      "",
      "Outcome lines name parties by their adjective: a name whose last word is Conservatives,"
          + " Democrats, Greens, Independents, Liberals, Nationalists, Republicans, Socialists or"
          + " Unionists drops its final s (Liberal Democrats: Liberal Democrat); --adjective"
          + " overrides it. The state of parties uses the names as the election file gives them."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class ReplayCommand implements Callable<Integer> {
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
      description = "The declarations, in the order they were declared: a stream of one"
          + " psephos.declaration/1 document per line (- reads standard input), or a"
          + " psephos.declarations/1 document. Required with ELECTION.")
  @Nullable Path declarations;

  @Option(
      names = "--every",
      paramLabel = "N",
      defaultValue = "10",
      description = "Print the state of parties after every N declarations (0: only at the end)."
          + " Default: ${DEFAULT-VALUE}.")
  int every = 10;

  @Option(
      names = "--delay",
      paramLabel = "DURATION",
      converter = Durations.class,
      defaultValue = "0",
      description = "Wait this long before each declaration after the first, like a live night:"
          + " 2s, 500ms, 1.5 (seconds). Default: no wait.")
  Duration delay = Duration.ZERO;

  @Option(
      names = "--adjective",
      paramLabel = "PARTY=ADJECTIVE",
      description = "Name a party (by its id) this way in outcome lines, such as --adjective"
          + " PP90=\"Lib Dem\". Repeatable.")
  Map<String, String> adjectives = new LinkedHashMap<>();

  @Mixin TallyOptions options = new TallyOptions();

  ReplayCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (election != null && declarations == null) {
      throw new ParameterException(
          spec.commandLine(), "DECLARATIONS is required with ELECTION (or give neither)");
    }
    if (every < 0) {
      throw new ParameterException(spec.commandLine(), "--every " + every + " is negative");
    }
    ElectionDefinition definition = Inputs.election(election);
    Election theElection = definition.election();
    CouncilFilter filter = options.filter(theElection, spec.commandLine());
    PartyNames names = PartyNames.adjectives(checkedAdjectives(theElection));
    Scoreboard scoreboard = options.scoreboard();
    PrintWriter out = spec.commandLine().getOut();

    Tally tally = options.emptyTally(theElection);
    int shown = 0;
    boolean scoreboardLast = false;
    try (DeclarationFeed feed = DeclarationFeed.open(declarations, tally)) {
      boolean first = true;
      for (Optional<PublishedDeclaration> next = feed.next();
          next.isPresent();
          next = feed.next()) {
        if (!first && !delay.isZero()) {
          environment.sleeper().sleep(delay);
        }
        first = false;
        Declaration declaration = next.get().declaration();
        Council council = declaration.council();
        Optional<Declaration> earlier = tally.declaration(council);
        tally = feed.apply(tally, next.get());
        if (!filter.test(council)) {
          continue;
        }
        if (scoreboardLast) {
          out.println();
        }
        ControlOutcome outcome = tally.outcome(council).orElseThrow();
        out.println(outcomeLine(council, outcome, declaration, earlier.orElse(null), names));
        scoreboardLast = false;
        shown++;
        if (every > 0 && shown % every == 0) {
          out.println();
          out.print(scoreboard.format(tally.standings(filter)));
          scoreboardLast = true;
        }
        out.flush();
      }
    }
    if (!scoreboardLast) {
      if (shown > 0) {
        out.println();
      }
      out.print(scoreboard.format(tally.standings(filter)));
    }
    out.flush();
    return 0;
  }

  private Map<String, String> checkedAdjectives(Election theElection) {
    for (String partyId : adjectives.keySet()) {
      if (theElection.party(partyId).isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "--adjective "
                + partyId
                + ": no party of election "
                + theElection.id()
                + " has that id");
      }
    }
    return adjectives;
  }

  /**
   * The outcome line: "Kingston upon Thames: Liberal Democrat gain from Conservative", with a note
   * for a provisional declaration, a completed one and a correction.
   */
  static String outcomeLine(
      Council council,
      ControlOutcome outcome,
      Declaration declaration,
      @Nullable Declaration earlier,
      PartyNames names) {
    StringBuilder line = new StringBuilder(council.name()).append(": ");
    line.append(outcome.describe(names));
    if (declaration.isProvisional()) {
      int toFill = declaration.stillToFill();
      line.append(" (provisional: ")
          .append(toFill)
          .append(toFill == 1 ? " seat" : " seats")
          .append(" still to fill)");
    } else if (earlier != null && earlier.isProvisional()) {
      line.append(" (postponed seats now declared)");
    } else if (earlier != null) {
      line.append(" (corrected)");
    }
    return line.toString();
  }
}
