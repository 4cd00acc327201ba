package org.psephos.examples.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Election;
import org.psephos.feeds.tables.CandidateTable;
import org.psephos.feeds.tables.DemocracyClubResults;
import org.psephos.feeds.tables.HandbookReader;
import org.psephos.feeds.tables.LeapReader;
import org.psephos.feeds.tables.SpreadsheetElection;
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
    List<PublishedWardResult> published = new ArrayList<>();
    long sequence = 1;
    for (WardResult result : results) {
      published.add(PublishedWardResult.of(election.id(), sequence++, result));
    }
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
            + " Democracy Club's export with ballot_paper_id); convert it with psephos import"
            + " --from leap|handbook|dc");
  }

  /** A candidate table's ward results against an election, its kind told from its content. */
  static List<PublishedWardResult> wardResults(String name, byte[] bytes, Election election) {
    String kind = kind(name, bytes);
    CandidateTable table;
    try {
      switch (kind) {
        case "leap":
          table = LeapReader.read(name, bytes, null);
          break;
        case "handbook":
          table = HandbookReader.read(name, bytes, null);
          break;
        default:
          table = DemocracyClubResults.read(name, bytes, null);
      }
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
    List<PublishedWardResult> published = new ArrayList<>();
    long sequence = 1;
    for (WardResult result : wardResults(table, election)) {
      published.add(PublishedWardResult.of(election.id(), sequence++, result));
    }
    return published;
  }

  private static List<WardResult> wardResults(CandidateTable table, Election election) {
    try {
      return table.wardResults(election);
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
  }

  private static CandidateTable table(String from, Path file, @Nullable Charset charset) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    try {
      switch (from) {
        case "leap":
          return LeapReader.read(file.toString(), bytes, charset);
        case "handbook":
          return HandbookReader.read(file.toString(), bytes, charset);
        default:
          return DemocracyClubResults.read(file.toString(), bytes, charset);
      }
    } catch (TableFormatException e) {
      throw new BadDataException(String.valueOf(e.getMessage()), e);
    }
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
