package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.psephos.Control;
import org.psephos.ControlOutcome;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.Ward;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWardResult;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.Tally;
import org.psephos.text.PartyNames;
import org.psephos.text.Scoreboard;
import org.psephos.ward.WardResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code psephos replay}: replays an election night, one result at a time, printing each council's
 * control outcome, each ward's result and the councils whose control is decided before their last
 * ward, and, every N results and at the end, the state of parties.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Replays an election night: applies the results in order and prints, after each, the"
          + " council's control outcome (\"Kingston upon Thames: Liberal Democrat gain from"
          + " Conservative\") and, every N results and at the end, the state of parties.",
      "",
      "Councils counted ward by ward print a line per ward (\"Brookfield: 3 of 12 wards declared"
          + " (Hall Farm: Con 3)\"), a line when control is decided before the last ward is in"
          + " (\"Brookfield: Conservative control decided (11 of 12 wards in)\"), and the control"
          + " outcome when the last ward is in; the state of parties is followed by the councils"
          + " still in progress.",
      "",
      "Given a folder of PA Media's local elections XML instead of ELECTION and RESULTS, it"
          + " replays the councils the folder declares (each at its highest revision) with PA's"
          + " conventions (seat changes against the seats offered, any party may control).",
      "",
      "With no files it replays the bundled London 2018 election: all 32 boroughs, real results,"
          + " Brent and Southwark declaring provisionally with a postponed ward each, completed at"
          + " the end; --example wards-synthetic replays an invented night counted ward by ward.",
      "",
      "Outcome lines name parties by their adjective: a name whose last word is Conservatives,"
          + " Democrats, Greens, Independents, Liberals, Nationalists, Republicans, Socialists or"
          + " Unionists drops its final s (Liberal Democrats: Liberal Democrat); --adjective"
          + " overrides it. Ward lines use short names. The state of parties uses the names as the"
          + " election file gives them."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid (with --skip-bad-lines: a"
          + " bad line was skipped; the output is that of the good lines)",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class ReplayCommand implements Callable<Integer> {
  /** Which ward lines are printed. */
  enum WardLines {
    /** A line for every ward result. */
    EACH,
    /** No ward line: only decided control and outcomes. */
    NONE
  }

  private final Environment environment;

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin InputFiles files = new InputFiles();

  @Option(
      names = "--every",
      paramLabel = "N",
      defaultValue = "10",
      description = "Print the state of parties after every N results (0: only at the end)."
          + " Default: ${DEFAULT-VALUE}.")
  int every = 10;

  @Option(
      names = "--delay",
      paramLabel = "DURATION",
      converter = Durations.class,
      defaultValue = "0",
      description = "Wait this long before each result after the first, like a live night:"
          + " 2s, 500ms, 1.5 (seconds). Default: no wait.")
  Duration delay = Duration.ZERO;

  @Option(
      names = "--wards",
      paramLabel = "LINES",
      converter = WardLineNames.class,
      completionCandidates = WardLineNames.class,
      defaultValue = "each",
      description = "each: a line per ward result (default); none: no ward lines, only control"
          + " decided early and outcomes.")
  WardLines wardLines = WardLines.EACH;

  @Mixin OutcomeNames outcomeNames = new OutcomeNames();

  @Mixin TallyOptions options = new TallyOptions();

  @Mixin ScoreboardOptions scoreboardOptions = new ScoreboardOptions();

  @Mixin BadLines badLines = new BadLines();

  ReplayCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (every < 0) {
      throw new ParameterException(spec.commandLine(), "--every " + every + " is negative");
    }
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String command = spec.qualifiedName();
    Tally tally;
    if (paFolder != null) {
      paFolder.problems().forEach(problem -> err.println(command + ": " + problem));
      tally = paFolder.election().emptyTally();
    } else {
      options
          .baselineNote(theElection, filter)
          .ifPresent(note -> err.println(command + ": " + note));
      tally = options.emptyTally(theElection);
    }
    Map<Council, Optional<Control>> decidedShown = new HashMap<>();
    int shown = 0;
    boolean scoreboardLast = false;
    int status;
    try (ResultFeed feed = paFolder != null
        ? ResultFeed.of(files.paName(), PaFolders.declarations(paFolder))
        : files.openResults(options, tally, badLines.handler(err, command))) {
      boolean first = true;
      for (Optional<PublishedResult> next = feed.next(); next.isPresent(); next = feed.next()) {
        if (!first && !delay.isZero()) {
          environment.sleeper().sleep(delay);
        }
        first = false;
        PublishedResult result = next.get();
        Council council = result.council();
        Tally before = tally;
        long skipped = feed.skipped();
        tally = feed.apply(tally, result);
        if (feed.skipped() != skipped || !filter.test(council)) {
          continue;
        }
        List<String> lines = lines(before, tally, result, names, decidedShown);
        if (lines.isEmpty()) {
          continue;
        }
        if (scoreboardLast) {
          out.println();
        }
        lines.forEach(out::println);
        scoreboardLast = false;
        shown++;
        if (every > 0 && shown % every == 0) {
          out.println();
          printScoreboard(out, scoreboard, tally, filter);
          scoreboardLast = true;
        }
        out.flush();
      }
      status = BadLines.finish(feed, err, command);
      if (paFolder != null && (paFolder.badFiles() > 0 || !paFolder.feed().gaps().isEmpty())) {
        status = Psephos.BAD_DATA;
      }
    }
    if (!scoreboardLast) {
      if (shown > 0) {
        out.println();
      }
      printScoreboard(out, scoreboard, tally, filter);
    }
    out.flush();
    err.flush();
    return status;
  }

  /** The state of parties, then the councils still in progress, if any. */
  private static void printScoreboard(
      PrintWriter out, Scoreboard scoreboard, Tally tally, CouncilFilter filter) {
    out.print(scoreboard.format(tally.standings(filter)));
    String inProgress = inProgressLine(tally, filter);
    if (!inProgress.isEmpty()) {
      out.println(inProgress);
    }
  }

  /**
   * The councils in progress in one line: "In progress: Ashbury 7 of 15 wards, Brookfield 6 of 12
   * wards"; empty when there are none.
   */
  static String inProgressLine(Tally tally, CouncilFilter filter) {
    List<String> councils = new ArrayList<>();
    for (Council council : tally.councilsInProgress()) {
      if (filter.test(council)) {
        CouncilProgress progress = tally.progress(council);
        councils.add(council.name() + " " + progress.wardsDeclared() + " of "
            + progress.wardsExpected() + " wards");
      }
    }
    return councils.isEmpty() ? "" : "In progress: " + String.join(", ", councils);
  }

  /** What one result prints: its ward line, control decided early, and the outcome. */
  private List<String> lines(
      Tally before,
      Tally after,
      PublishedResult result,
      PartyNames names,
      Map<Council, Optional<Control>> decidedShown) {
    Council council = result.council();
    List<String> lines = new ArrayList<>();
    if (result instanceof org.psephos.json.PublishedWithdrawal withdrawal) {
      lines.add(
          council.name()
              + withdrawal.ward().map(ward -> ", ward " + ward).orElse("")
              + ": result withdrawn");
      decidedShown.remove(council);
      return lines;
    }
    if (result instanceof org.psephos.json.PublishedPostponement postponed) {
      // "Brent: Willesden Green postponed", then the council's outcome if that declares it
      String wardId = postponed.postponement().wardId();
      CouncilProgress progress = after.progress(council);
      String ward = progress.contest().ward(wardId).map(Ward::name).orElse(wardId);
      lines.add(council.name() + ": " + ward + " postponed");
      if (progress.isDeclared()) {
        lines.add(
            outcomeLine(council, after.outcome(council).orElseThrow(),
                after.declaration(council).orElseThrow(),
                before.declaration(council).orElse(null), names));
        decidedShown.remove(council);
      }
      return lines;
    }
    if (result instanceof PublishedDeclaration published) {
      Declaration declaration = published.declaration();
      ControlOutcome outcome = after.outcome(council).orElseThrow();
      lines.add(
          outcomeLine(council, outcome, declaration, before.declaration(council).orElse(null),
              names));
      decidedShown.remove(council);
      return lines;
    }
    WardResult ward = ((PublishedWardResult) result).result();
    CouncilProgress progress = after.progress(council);
    boolean correction = before.wardResult(council, ward.wardId()).isPresent();
    if (wardLines == WardLines.EACH) {
      Ward listed = progress.contest().ward(ward.wardId()).orElseThrow();
      lines.add(wardLine(progress, listed, ward, correction, after.election().parties()));
    }
    if (progress.isDeclared()) {
      Declaration declaration = after.declaration(council).orElseThrow();
      Declaration earlier = before.declaration(council).orElse(null);
      lines.add(
          outcomeLine(council, after.outcome(council).orElseThrow(), declaration, earlier, names));
      decidedShown.remove(council);
    } else {
      Optional<Control> decided = progress.decidedControl();
      Optional<Control> shown = decidedShown.getOrDefault(council, Optional.empty());
      if (!sameControl(decided, shown)) {
        lines.add(decidedLine(progress, names));
        decidedShown.put(council, decided);
      }
    }
    return lines;
  }

  private static boolean sameControl(Optional<Control> a, Optional<Control> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().party().equals(b.get().party());
  }

  /**
   * The line of a council whose control has just been decided (or undecided again by a
   * correction): "Brookfield: Conservative control decided (11 of 12 wards in)", "Ashbury: no
   * overall control decided (11 of 15 wards in)".
   */
  static String decidedLine(CouncilProgress progress, Function<Party, String> names) {
    String wardsIn =
        " (" + progress.wardsDeclared() + " of " + progress.wardsExpected() + " wards in)";
    Optional<Control> decided = progress.decidedControl();
    if (decided.isEmpty()) {
      return progress.council().name() + ": control undecided again" + wardsIn;
    }
    Optional<Party> party = decided.get().party();
    return progress.council().name()
        + ": "
        + (party.isPresent() ? names.apply(party.get()) + " control" : "no overall control")
        + " decided"
        + wardsIn;
  }

  /**
   * A ward's line: "Brookfield: 3 of 12 wards declared (Hall Farm: Con 3)", "Ashbury: 3 of 15
   * wards declared (Gorse Hill: Con gain from Lab)", "Brookfield: 10 of 12 wards declared (Church
   * End: Con 1, LD 2; LD +1, Con -1)"; a correction reads "... (Bank Top corrected: Lab hold)".
   */
  static String wardLine(
      CouncilProgress progress, Ward ward, WardResult result, boolean correction,
      List<Party> order) {
    return progress.council().name()
        + ": "
        + progress.wardsDeclared()
        + " of "
        + progress.wardsExpected()
        + " wards declared ("
        + ward.name()
        + (correction ? " corrected" : "")
        + ": "
        + wardSummary(ward, result, order)
        + ")";
  }

  /**
   * What a ward decided, with short party names: in a single-member ward "Con hold", "Con gain
   * from Lab" (or "Con win" where nobody defended the seat); in a multi-member ward the seats won
   * per party, then the changes against the seats defended, gains first: "Con 1, LD 2; LD +1, Con
   * -1". Parties are named in the election's order. Uncontested wards add "unopposed", and seats
   * decided by lot "1 seat by lot".
   */
  static String wardSummary(Ward ward, WardResult result, List<Party> order) {
    Map<Party, Integer> won = inOrder(result.seatsWon().asMap(), order);
    Map<Party, Integer> defended = inOrder(ward.defended().asMap(), order);
    StringBuilder text = new StringBuilder();
    if (result.seats() == 1 && won.size() == 1 && defended.size() <= 1) {
      Party winner = won.keySet().iterator().next();
      Party holder = defended.isEmpty() ? null : defended.keySet().iterator().next();
      text.append(winner.shortName())
          .append(
              holder == null
                  ? " win"
                  : holder.equals(winner) ? " hold" : " gain from " + holder.shortName());
    } else {
      List<String> seats = new ArrayList<>();
      won.forEach((party, n) -> seats.add(party.shortName() + " " + n));
      text.append(seats.isEmpty() ? "no seat filled" : String.join(", ", seats));
      List<String> gains = new ArrayList<>();
      List<String> losses = new ArrayList<>();
      for (Party party : union(won.keySet(), defended.keySet())) {
        int change = won.getOrDefault(party, 0) - defended.getOrDefault(party, 0);
        if (change > 0) {
          gains.add(party.shortName() + " +" + change);
        } else if (change < 0) {
          losses.add(party.shortName() + " -" + (-change));
        }
      }
      gains.addAll(losses);
      if (result.isUncontested()) {
        text.append(" unopposed");
      }
      int byLot = result.electedByLot().size();
      if (byLot > 0) {
        text.append(", ").append(byLot).append(byLot == 1 ? " seat" : " seats").append(" by lot");
      }
      if (!gains.isEmpty()) {
        text.append("; ").append(String.join(", ", gains));
      }
      return text.toString();
    }
    if (result.isUncontested()) {
      text.append(" unopposed");
    }
    if (result.isDecidedByLot()) {
      text.append(" by lot");
    }
    return text.toString();
  }

  private static Map<Party, Integer> inOrder(Map<Party, Integer> seats, List<Party> order) {
    Map<Party, Integer> sorted = new LinkedHashMap<>();
    for (Party party : order) {
      Integer n = seats.get(party);
      if (n != null) {
        sorted.put(party, n);
      }
    }
    seats.forEach(sorted::putIfAbsent);
    return sorted;
  }

  private static List<Party> union(Iterable<Party> first, Iterable<Party> second) {
    List<Party> parties = new ArrayList<>();
    for (Iterable<Party> set : List.of(first, second)) {
      for (Party party : set) {
        if (!parties.contains(party)) {
          parties.add(party);
        }
      }
    }
    return parties;
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

  /** The ward line choices by their lower-case names. */
  static final class WardLineNames implements ITypeConverter<WardLines>, Iterable<String> {
    @Override
    public WardLines convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "each" -> WardLines.EACH;
        case "none" -> WardLines.NONE;
        default -> throw new TypeConversionException(
            "'" + value + "' is not a choice of ward lines; the choices are each, none");
      };
    }

    @Override
    public Iterator<String> iterator() {
      return List.of("each", "none").iterator();
    }
  }
}
