package org.psephos.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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

/**
 * {@code psephos import --from pa|csv|leap|handbook|dc FILE...}: a PA folder, a spreadsheet
 * election or candidate tables written as the project's JSON.
 */
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
          + " are listed on standard error.",
      "",
      "--from csv DIR: an election prepared in a spreadsheet (election.csv, parties.csv,"
          + " councils.csv, maybe wards.csv; docs/csv.md) written as election.json.",
      "--from leap|handbook|dc FILE... --election ELECTION: candidate tables (LEAP, the Commons"
          + " Library Handbooks' candidates sheets, Democracy Club's results export;"
          + " docs/tables.md) read against the election (a JSON file or a CSV folder) and written"
          + " as wardresults.json (psephos.wardresults/1). Every file is read before anything is"
          + " written; a bad file writes nothing. Without --election, one table: the election it"
          + " implies is written as election.json beside its wardresults.json."
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
      description =
          "The format: pa (PA Media's local elections XML), csv (an election in a spreadsheet),"
              + " leap, handbook or dc (candidate tables).")
  String from = "pa";

  @Option(
      names = "--election",
      paramLabel = "ELECTION",
      description = "With leap, handbook or dc: the election the tables' councils and parties"
          + " belong to, an election.json or a folder in the CSV layout.")
  @Nullable Path election;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "With one table and no --election: the polling day of the election it"
          + " implies. Default: the date in the table's file name.")
  @Nullable LocalDate date;

  @Option(
      names = "--charset",
      paramLabel = "CHARSET",
      description = "The charset of CSV files, such as windows-1252. Default: UTF-8.")
  @Nullable String charset;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "The folder to write election.json and declarations.json (or"
          + " wardresults.json) into. Default: the current folder.")
  Path output = Path.of(".");

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "The PA folder or CSV folder, or the candidate tables' files.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    switch (from) {
      case "pa":
        break;
      case "csv":
        return TableImports.importElection(spec, one(), output, charset(), Path.of("election.json"));
      case "leap":
      case "handbook":
      case "dc":
        if (election == null) {
          if (files.size() != 1) {
            throw new ParameterException(
                spec.commandLine(),
                "--from " + from + " without --election takes one table (whose implied election"
                    + " is written too), not " + files.size() + "; or give --election ELECTION");
          }
          return TableImports.importImplied(spec, from, files.get(0), date, output, charset());
        }
        return TableImports.importTables(spec, from, files, election, output, charset());
      default:
        throw new ParameterException(
            spec.commandLine(),
            "--from: one of pa, csv, leap, handbook or dc, not " + from);
    }
    Path folder = one();
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

  private Path one() {
    if (files.size() != 1) {
      throw new ParameterException(
          spec.commandLine(), "--from " + from + " takes one folder, not " + files.size());
    }
    return files.get(0);
  }

  private @Nullable Charset charset() {
    if (charset == null) {
      return null;
    }
    try {
      return Charset.forName(charset);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--charset: unknown charset " + charset);
    }
  }
}
