package org.psephos.examples.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.feeds.tables.CandidateTable;
import org.psephos.feeds.tables.DemocracyClubResults;
import org.psephos.feeds.tables.HandbookReader;
import org.psephos.feeds.tables.LeapReader;
import org.psephos.feeds.tables.SpreadsheetElection;
import org.psephos.feeds.tables.TableElection;
import org.psephos.feeds.tables.TableFormatException;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedWardResult;
import org.psephos.ward.WardResult;
import picocli.CommandLine.Model.CommandSpec;

/** The import of spreadsheet elections and candidate tables, for {@link ImportCommand}. */
final class TableImports {
  private TableImports() {}

  /** Reads an election in the CSV layout and writes it as the project's JSON. */
  static int importElection(
      CommandSpec spec, Path folder, Path output, @Nullable Charset charset, Path name) {
    Election election = spreadsheet(folder, charset);
    PaFolders.writeAtomically(
        output.resolve(name),
        PsephosJson.standard()
            .writeElection(ElectionDefinition.of(election), PsephosJson.Style.PRETTY));
    spec.commandLine().getOut().println(
        "wrote " + election.councils().size() + " councils to " + output.resolve(name));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Reads candidate tables against an election and writes their ward results. */
  static int importTables(
      CommandSpec spec,
      String from,
      List<Path> files,
      Path electionFile,
      Path output,
      @Nullable Charset charset) {
    Election election =
        Files.isDirectory(electionFile)
            ? spreadsheet(electionFile, charset)
            : Inputs.election(electionFile, Example.LONDON_2018).election();
    List<WardResult> results = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (Path file : files) {
      CandidateTable table = table(from, file, charset);
      results.addAll(wardResults(table, election));
      notices.addAll(table.notices());
      for (var ward : table.wardsDecidedByLot()) {
        notices.add(file + ": " + ward.label() + " decided by lot: " + ward.drawnWinners());
      }
    }
    List<PublishedWardResult> published = published(election, results);
    Path target = output.resolve("wardresults.json");
    PaFolders.writeAtomically(
        target,
        PsephosJson.standard().writeWardResults(election, published, PsephosJson.Style.PRETTY));
    for (String notice : notices) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": " + notice);
    }
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().println(
        "wrote " + results.size() + " ward results to " + target);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Writes the election a table implies and the table's ward results. */
  static int importImplied(
      CommandSpec spec,
      String from,
      Path file,
      @Nullable LocalDate date,
      Path output,
      @Nullable Charset charset) {
    Implied implied = implied(file, from, date, null, charset);
    PsephosJson json = PsephosJson.standard();
    String election =
        json.writeElection(ElectionDefinition.of(implied.election()), PsephosJson.Style.PRETTY);
    String results =
        json.writeWardResults(implied.election(), implied.results(), PsephosJson.Style.PRETTY);
    PaFolders.writeAtomically(output.resolve("election.json"), election);
    PaFolders.writeAtomically(output.resolve("wardresults.json"), results);
    for (String line : implied.report()) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": " + line);
    }
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().println(
        "wrote " + implied.election().councils().size() + " councils and "
            + implied.results().size() + " ward results to " + output);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Whether a file's first character that is not white space (or a BOM) opens JSON. */
  static boolean looksLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
        return false;
      }
    }
    return true;
  }

  /**
   * The kind of candidate table a file holds, told from its first lines: Democracy Club's export
   * (a header with ballot_paper_id), a Handbook sheet (a header with Ward code and Elected, maybe
   * after a title row) or LEAP (eight quoted values, the last 1 or 0).
   */
  static String kind(String name, byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r?\n", 3);
    String head = (lines.length > 1 ? lines[0] + "\n" + lines[1] : lines[0]).toLowerCase(Locale.ROOT);
    if (head.contains("ballot_paper_id")) {
      return "dc";
    }
    if (head.contains("ward code") && head.contains("elected")) {
      return "handbook";
    }
    if (lines[0].matches("^(\uFEFF|\u00EF\u00BB\u00BF)?\"[^\"]*\"(,\"[^\"]*\"){6},\"[01]\"\\s*$")) {
      return "leap";
    }
    throw new BadDataException(
        name + ": not JSON, and not a candidate table this command can tell (LEAP's eight quoted"
            + " columns, a Handbook candidates sheet with Ward code and Elected columns, or"
            + " Democracy Club's export with ballot_paper_id); name its kind with --from"
            + " leap|handbook|dc");
  }

  /** The kinds of candidate table, as {@code --from} names them. */
  static final List<String> TABLE_KINDS = List.of("leap", "handbook", "dc");

  /**
   * A candidate table's ward results against an election, its kind given ({@code --from}) or told
   * from its content.
   */
  static List<PublishedWardResult> wardResults(
      String name, byte[] bytes, Election election, @Nullable String from) {
    return published(election, wardResults(read(from, name, bytes, null), election));
  }

  /** A candidate table's ward results against an election, its kind told from its content. */
  static List<PublishedWardResult> wardResults(String name, byte[] bytes, Election election) {
    return wardResults(name, bytes, election, null);
  }

  private static List<PublishedWardResult> published(
      Election election, List<WardResult> results) {
    List<PublishedWardResult> published = new ArrayList<>();
    long sequence = 1;
    for (WardResult result : results) {
      published.add(PublishedWardResult.of(election.id(), sequence++, result));
    }
    return published;
  }

  /**
   * A candidate table read as the kind given, or as the kind its content shows when none is.
   *
   * @throws BadDataException naming the file, line, column and value of a fault
   */
  static CandidateTable read(
      @Nullable String from, String name, byte[] bytes, @Nullable Charset charset) {
    String kind = from != null ? from : kind(name, bytes);
    try {
      switch (kind) {
        case "leap":
          return LeapReader.read(name, bytes, charset);
        case "handbook":
          return HandbookReader.read(name, bytes, charset);
        default:
          return DemocracyClubResults.read(name, bytes, charset);
      }
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
  }

  /** The election a candidate table implies, the table's ward results, and what to report. */
  record Implied(Election election, List<PublishedWardResult> results, List<String> report) {}

  /** The key of national parties the codes of an implied election resolve through. */
  private static final List<Party> NATIONAL =
      List.of(
          Party.of("PP52", "Conservative", "Con"),
          Party.of("PP53", "Labour", "Lab"),
          Party.of("PP90", "Liberal Democrats", "LD"),
          Party.of("PP63", "Green", "Green"),
          Party.of("PP7931", "Reform UK", "Reform"),
          Party.of("PP85", "UKIP", "UKIP"),
          Party.of("PP102", "Scottish National Party", "SNP"),
          Party.of("PP77", "Plaid Cymru", "PC"),
          Party.independent("ynmp-party:2", "Independent", "Ind"));

  /** The codes of the national parties that are not their names or short names. */
  private static final Map<String, String> NATIONAL_CODES =
      Map.of("C", "PP52", "Grn", "PP63", "REF", "PP7931");

  /**
   * The election a candidate table implies (docs/tables.md), the table's ward results against it,
   * and its report, condensed: the codes made parties of their own in one line.
   *
   * @param file the table
   * @param from its kind, or null to tell it from its content
   * @param date the polling day, or null for the date (YYYY-MM-DD) in the file's name
   * @param previous the previous table of the same cycle, or null
   * @throws BadDataException if a table cannot be read, or its file name holds no date and none
   *     is given
   */
  static Implied implied(
      Path file, @Nullable String from, @Nullable LocalDate date, @Nullable Path previous) {
    return implied(file, from, date, previous, null);
  }

  /** {@link #implied(Path, String, LocalDate, Path)} of files in a charset (null: UTF-8). */
  static Implied implied(
      Path file,
      @Nullable String from,
      @Nullable LocalDate date,
      @Nullable Path previous,
      @Nullable Charset charset) {
    CandidateTable table = read(from, file.toString(), bytes(file), charset);
    LocalDate day = date != null ? date : dateInName(file);
    TableElection.Builder builder =
        TableElection.builder("local." + day, day, "Local elections, " + day)
            .ownPartyForUnknownCodes();
    for (Party party : NATIONAL) {
      builder.parties(party);
    }
    for (Map.Entry<String, String> code : NATIONAL_CODES.entrySet()) {
      builder.alias(
          code.getKey(),
          NATIONAL.stream().filter(p -> p.id().equals(code.getValue())).findFirst().orElseThrow());
    }
    if (previous != null) {
      builder.previous(read(from, previous.toString(), bytes(previous), charset));
    }
    TableElection implied;
    try {
      implied = builder.build(table);
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
    List<String> report = new ArrayList<>(table.notices());
    report.addAll(implied.report());
    if (!implied.partiesOfTheirOwn().isEmpty()) {
      report.add(
          implied.partiesOfTheirOwn().size() + " party codes of " + file + " are not national"
              + " parties (Con, Lab, LD, Green, Reform, UKIP, SNP, PC, Ind), each counted as a"
              + " party of its own: "
              + String.join(
                  ", ", implied.partiesOfTheirOwn().stream().map(Party::name).toList()));
    }
    Election election = implied.election();
    return new Implied(
        election, published(election, wardResults(table, election)), List.copyOf(report));
  }

  /** The date (YYYY-MM-DD) in a file's name. */
  private static LocalDate dateInName(Path file) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})")
            .matcher(String.valueOf(file.getFileName()));
    if (matcher.find()) {
      try {
        return LocalDate.parse(matcher.group(1));
      } catch (java.time.format.DateTimeParseException e) {
        // not a date: asked for below
      }
    }
    throw new BadDataException(
        file + ": the name holds no polling day (YYYY-MM-DD), which the election the table"
            + " implies needs; give it with --date");
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static List<WardResult> wardResults(CandidateTable table, Election election) {
    try {
      return table.wardResults(election);
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
  }

  private static CandidateTable table(String from, Path file, @Nullable Charset charset) {
    return read(from, file.toString(), bytes(file), charset);
  }

  static Election spreadsheet(Path folder, @Nullable Charset charset) {
    Map<String, byte[]> files = new HashMap<>();
    for (String name :
        List.of(
            SpreadsheetElection.ELECTION_FILE,
            SpreadsheetElection.PARTIES_FILE,
            SpreadsheetElection.COUNCILS_FILE,
            SpreadsheetElection.WARDS_FILE)) {
      Path file = folder.resolve(name);
      if (Files.exists(file)) {
        try {
          files.put(name, Files.readAllBytes(file));
        } catch (IOException e) {
          throw new BadDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
      }
    }
    try {
      return SpreadsheetElection.read(folder.toString(), files, charset);
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
  }
}
