package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.psephos.feeds.pa.PaDifference;
import org.psephos.feeds.pa.PaDropFolder;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeedException;
import org.psephos.feeds.pa.PaFeedStep;
import org.psephos.json.PsephosJson;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Tally;
import org.psephos.text.PartyNames;
import org.psephos.text.Scoreboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psephos watch DIR}: a PA drop folder tallied live. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Watches a folder PA Media drops its local elections XML into: reads the nominations, then"
          + " applies each result file as it arrives (waiting for files still being written),"
          + " printing each council's outcome line and the state of parties. Bad files are"
          + " reported on standard error and skipped. Stop it with Ctrl-C.",
      "",
      "With --results-json, a psephos.results/1 document is kept up to date, written whole"
          + " (a temporary file renamed) after each change."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: the folder or its nominations are bad",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "DIR", description = "The PA drop folder.")
  Path folder = Path.of(".");

  @Option(
      names = "--results-json",
      paramLabel = "FILE",
      description = "Keep a psephos.results/1 document up to date in FILE.")
  @Nullable Path resultsJson;

  @Option(
      names = "--once",
      description = "Apply the files already in the folder, print, and stop without watching.")
  boolean once;

  @Option(
      names = "--settle",
      paramLabel = "MILLIS",
      defaultValue = "2000",
      description = "How long a file that does not parse must stay unchanged before it is"
          + " reported as bad. Default: ${DEFAULT-VALUE}.")
  long settleMillis = 2000;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String command = spec.qualifiedName();
    PaElection election = PaFolders.election(folder);
    LiveTally live = LiveTally.of(election.emptyTally());
    Printer printer = new Printer(out, err, command);
    try (PaDropFolder drop =
        PaDropFolder.start(
            folder, election, live, printer, Duration.ofMillis(200),
            Duration.ofMillis(once ? 0 : settleMillis))) {
      printer.scoreboard(drop.feed().tally());
      if (!once) {
        out.println(command + ": watching " + folder + " (Ctrl-C to stop)");
        out.flush();
        new CountDownLatch(1).await();
      }
    }
    return 0;
  }

  /** Prints each change, and keeps the results document. */
  private final class Printer implements PaDropFolder.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final String command;
    private final PartyNames names = PartyNames.adjectives();

    Printer(PrintWriter out, PrintWriter err, String command) {
      this.out = out;
      this.err = err;
      this.command = command;
    }

    @Override
    public synchronized void applied(Path file, PaFeedStep step) {
      for (CouncilResult result : step.changed()) {
        out.println(
            ReplayCommand.outcomeLine(
                result.council(), result.outcome(), result.declaration(), null, names));
      }
      for (PaDifference difference : step.differences()) {
        err.println(command + ": " + file.getFileName() + ": PA's figure differs: " + difference);
      }
      for (PaFeedException gap : step.gaps()) {
        err.println(command + ": " + gap.getMessage());
      }
      for (String notice : step.notices()) {
        err.println(command + ": " + file.getFileName() + ": " + notice);
      }
      if (!step.changed().isEmpty()) {
        scoreboard(step.feed().tally());
      }
      err.flush();
    }

    @Override
    public synchronized void rejected(Path file, RuntimeException problem) {
      err.println(command + ": bad file, skipped: " + problem.getMessage());
      err.flush();
    }

    @Override
    public synchronized void skipped(Path file, String reason) {
      err.println(command + ": " + file.getFileName() + " skipped: " + reason);
      err.flush();
    }

    synchronized void scoreboard(Tally tally) {
      out.println();
      out.print(Scoreboard.standard().format(tally.standings()));
      out.println();
      out.flush();
      Path target = resultsJson;
      if (target != null) {
        PaFolders.writeAtomically(
            target,
            PsephosJson.standard().writeResults(tally, CouncilFilter.all(), PsephosJson.Style.PRETTY));
      }
    }
  }
}
