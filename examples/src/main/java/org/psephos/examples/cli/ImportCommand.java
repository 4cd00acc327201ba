package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.psephos.feeds.pa.PaElection;
import org.psephos.feeds.pa.PaFeed;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedDeclaration;
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
    PaFolders.Read read = PaFolders.read(folder);
    PaElection election = read.election();
    PaFeed feed = read.feed();
    List<PublishedDeclaration> declarations = PaFolders.declarations(read);
    PsephosJson json = PsephosJson.standard();
    PaFolders.writeAtomically(
        output.resolve("election.json"),
        json.writeElection(ElectionDefinition.of(election.election()), PsephosJson.Style.PRETTY));
    PaFolders.writeAtomically(
        output.resolve("declarations.json"),
        json.writeDeclarations(election.election(), declarations, PsephosJson.Style.PRETTY));
    for (String problem : read.problems()) {
      err.println(command + ": " + problem);
    }
    err.flush();
    spec.commandLine().getOut().println(
        "wrote " + election.election().councils().size() + " councils and "
            + declarations.size() + " declarations to " + output);
    spec.commandLine().getOut().flush();
    return read.badFiles() == 0 && feed.gaps().isEmpty() ? 0 : Psephos.BAD_DATA;
  }
}
