package org.psephos.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psephos.Election;
import org.psephos.feeds.tables.SpreadsheetElection;
import org.psephos.json.DeclarationStream;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;

/**
 * The London borough elections of 3 May 2018, shipped with Psephos in its JSON format (see {@code
 * london-2018/README.md} beside the files for the source and its attribution): reads the election
 * and replays the declaration stream into a tally.
 */
public final class London2018 {
  /** The resource folder of the data, relative to this class. */
  public static final String FOLDER = "london-2018/";

  private London2018() {}

  /**
   * Reads the election definition.
   *
   * @return the definition of the 32 boroughs' elections
   */
  public static ElectionDefinition election() {
    try (InputStream in = open("election.json")) {
      return PsephosJson.standard().readElection(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the same election from its spreadsheet layout, the folder {@code london-2018/csv/}
   * ({@code election.csv}, {@code parties.csv}, {@code councils.csv}; docs/csv.md).
   *
   * @return the election, equal to the one {@link #election()} reads
   * @throws org.psephos.feeds.tables.TableFormatException if a file is invalid
   */
  public static Election electionFromCsv() {
    Map<String, byte[]> files = new HashMap<>();
    for (String name :
        List.of(
            SpreadsheetElection.ELECTION_FILE,
            SpreadsheetElection.PARTIES_FILE,
            SpreadsheetElection.COUNCILS_FILE)) {
      try (InputStream in = open("csv/" + name)) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return SpreadsheetElection.read("bundled " + FOLDER + "csv", files, null);
  }

  /**
   * Replays the first declarations of the stream, in its order.
   *
   * @param definition the election, as {@link #election()} reads it
   * @param lines how many declarations to apply, from the first
   * @return the tally after them
   * @throws org.psephos.json.PsephosJsonException if a line is invalid
   */
  public static Tally replay(ElectionDefinition definition, int lines) {
    return replay(definition.election(), lines);
  }

  /**
   * Replays the first declarations of the stream, in its order, against an election of the same
   * boroughs (such as {@link #electionFromCsv()}).
   *
   * @param election the election
   * @param lines how many declarations to apply, from the first
   * @return the tally after them
   * @throws org.psephos.json.PsephosJsonException if a line is invalid
   */
  public static Tally replay(Election election, int lines) {
    Tally tally = Tally.of(election);
    try (DeclarationStream stream =
        PsephosJson.standard().declarationStream(election, open("declarations.ndjson"))) {
      for (int i = 0; i < lines; i++) {
        var next = stream.next();
        if (next.isEmpty()) {
          break;
        }
        tally = tally.apply(next.get().declaration());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tally;
  }

  /**
   * Opens the election definition document ({@code psephos.election/1}).
   *
   * @return the document's UTF-8 bytes, to be closed by the caller
   */
  public static InputStream openElection() {
    return open("election.json");
  }

  /**
   * Opens the declaration stream: one {@code psephos.declaration/1} document per line, the 32
   * boroughs in alphabetical order (Brent and Southwark provisionally, with three seats each still
   * to fill), then the completions of Brent and Southwark.
   *
   * @return the stream's UTF-8 bytes, to be closed by the caller
   */
  public static InputStream openDeclarations() {
    return open("declarations.ndjson");
  }

  private static InputStream open(String name) {
    InputStream in = London2018.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + FOLDER + name);
    }
    return in;
  }

  /**
   * Prints the London scoreboard after every declaration.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ElectionDefinition definition = election();
    Tally tally = replay(definition, Integer.MAX_VALUE);
    System.out.print(
        Scoreboard.standard()
            .withHeading("State of parties after {declared} of {expected} London councils")
            .format(tally.standings(CouncilFilter.region("London"))));
  }
}
