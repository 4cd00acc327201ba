package org.psephos.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.psephos.json.ResultStream;
import org.psephos.Council;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;

/**
 * A synthetic ward-level election night shipped with Psephos in its JSON format: three invented
 * councils (Ashbury by thirds in 15 wards, Brookfield all out in 12 wards, Carrow declaring as a
 * whole) and a result stream of ward results and one whole declaration. Everything in it is
 * invented; see {@code wards-synthetic/README.md} beside the files for the design.
 */
public final class WardsSynthetic {
  /** The resource folder of the data, relative to this class. */
  public static final String FOLDER = "wards-synthetic/";

  private WardsSynthetic() {}

  /**
   * Reads the election definition.
   *
   * @return the definition of the three councils and their wards
   */
  public static ElectionDefinition election() {
    try (InputStream in = openElection()) {
      return PsephosJson.standard().readElection(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replays the whole result stream into a tally with the default choices.
   *
   * @param definition the election, as {@link #election()} reads it
   * @return the tally after every line
   * @throws org.psephos.json.PsephosJsonException if a line is invalid
   */
  public static Tally replay(ElectionDefinition definition) {
    try (ResultStream stream =
        PsephosJson.standard().resultStream(definition.election(), openResults())) {
      return stream.applyTo(Tally.of(definition.election()), e -> {
        throw e;
      }).tally();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
   * Opens the result stream: one {@code psephos.wardresult/1} or {@code psephos.declaration/1}
   * document per line, in the order of the night.
   *
   * @return the stream's UTF-8 bytes, to be closed by the caller
   */
  public static InputStream openResults() {
    return open("results.ndjson");
  }

  private static InputStream open(String name) {
    InputStream in = WardsSynthetic.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + FOLDER + name);
    }
    return in;
  }

  /**
   * Replays the synthetic night and prints the state of parties with the seats declared line,
   * then each council still in progress.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(summary(replay(election())));
  }

  /**
   * What {@link #main} prints: the state of parties with the seats declared line, then one line
   * per council in progress ("Ashbury: 14 of 15 wards declared").
   *
   * @param tally the tally
   * @return the text, each line ending with a line feed
   */
  static String summary(Tally tally) {
    StringBuilder text =
        new StringBuilder(Scoreboard.standard().withSeatsDeclaredLine().format(tally.standings()));
    for (Council council : tally.councilsInProgress()) {
      text.append(council.name()).append(": ").append(tally.progress(council).describe())
          .append('\n');
    }
    return text.toString();
  }
}
