package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psephos.Declaration;
import org.psephos.feeds.pa.PaDifference;
import org.psephos.feeds.pa.PaDropFolder;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeed;
import org.psephos.feeds.pa.PaFeedException;
import org.psephos.feeds.pa.PaFeedStep;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedDeclaration;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.LiveTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code psephos import --from pa DIR}: a PA folder written as the project's JSON. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Reads a folder of PA Media's local elections XML (nominations and results, every"
          + " revision) and writes the project's JSON: election.json (psephos.election/1) and"
          + " declarations.json (psephos.declarations/1, each council's highest revision).",
      "",
      "PA's figures that disagree with the tally's, revisions held back for a gap and bad files"
          + " are listed on standard error."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: the folder or a file is bad, or a revision is held back for a gap",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FORMAT",
      description = "The format of the folder: pa (PA Media's local elections XML).")
  String from = "pa";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "The folder to write election.json and declarations.json into. Default: the"
          + " current folder.")
  Path output = Path.of(".");

  @Parameters(index = "0", paramLabel = "DIR", description = "The PA folder.")
  Path folder = Path.of(".");

  @Override
  public Integer call() {
    if (!from.equals("pa")) {
      throw new ParameterException(spec.commandLine(), "--from: only pa is known, not " + from);
    }
    PrintWriter err = spec.commandLine().getErr();
    String command = spec.qualifiedName();
    PaElection election = PaFolders.election(folder);
    List<String> problems = new ArrayList<>();
    PaFeed feed;
    try (PaDropFolder drop =
        PaDropFolder.start(
            folder,
            election,
            LiveTally.of(election.emptyTally()),
            new Reporter(problems),
            java.time.Duration.ofMillis(100),
            java.time.Duration.ZERO)) {
      feed = drop.feed();
    }
    for (PaDifference difference : feed.differences()) {
      problems.add("PA's figure differs: " + difference);
    }
    for (PaFeedException gap : feed.gaps()) {
      problems.add(gap.getMessage());
    }
    List<PublishedDeclaration> declarations = new ArrayList<>();
    long sequence = 1;
    for (CouncilResult result : feed.tally().results()) {
      Declaration declaration = result.declaration();
      declarations.add(PublishedDeclaration.of(election.election().id(), sequence++, declaration));
    }
    PsephosJson json = PsephosJson.standard();
    PaFolders.writeAtomically(
        output.resolve("election.json"),
        json.writeElection(ElectionDefinition.of(election.election()), PsephosJson.Style.PRETTY));
    PaFolders.writeAtomically(
        output.resolve("declarations.json"),
        json.writeDeclarations(election.election(), declarations, PsephosJson.Style.PRETTY));
    for (String problem : problems) {
      err.println(command + ": " + problem);
    }
    err.flush();
    spec.commandLine().getOut().println(
        "wrote " + election.election().councils().size() + " councils and "
            + declarations.size() + " declarations to " + output);
    spec.commandLine().getOut().flush();
    return feed.gaps().isEmpty() && problems.stream().noneMatch(p -> p.startsWith("bad file"))
        ? 0
        : Psephos.BAD_DATA;
  }

  /** Collects the bad files of the folder. */
  private static final class Reporter implements PaDropFolder.Listener {
    private final List<String> problems;

    Reporter(List<String> problems) {
      this.problems = problems;
    }

    @Override
    public void applied(Path file, PaFeedStep step) {
      step.notices().forEach(notice -> problems.add(file.getFileName() + ": " + notice));
    }

    @Override
    public void rejected(Path file, RuntimeException problem) {
      problems.add("bad file, skipped: " + problem.getMessage());
    }
  }
}
