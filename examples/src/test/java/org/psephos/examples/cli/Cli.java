package org.psephos.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.psephos.examples.London2018;
import org.psephos.examples.WardsSynthetic;
import picocli.CommandLine;

/** Runs the psephos command in the test's process, as picocli's tests do, capturing its output. */
final class Cli {
  private Cli() {}

  /** What a run printed and returned; line ends normalised to "\n". */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1));
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : Arrays.stream(err.split("\n")).toList();
    }
  }

  /** A sleeper that records the waits instead of waiting. */
  static final class RecordingSleeper implements Environment.Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }

  static Result run(String... args) {
    return run(new RecordingSleeper(), args);
  }

  static Result run(RecordingSleeper sleeper, String... args) {
    return run(Environment.notTerminal(sleeper), args);
  }

  static Result run(Environment environment, String... args) {
    CommandLine commandLine = Psephos.commandLine(environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // Buffered and never flushed here, like a program's standard output: what a command does not
    // flush before it returns is lost, and the test sees that it was.
    commandLine.setOut(new PrintWriter(new BufferedWriter(out, 1 << 16), false));
    commandLine.setErr(new PrintWriter(new BufferedWriter(err, 1 << 16), false));
    int exitCode = commandLine.execute(args);
    return new Result(
        exitCode,
        out.toString().replace(System.lineSeparator(), "\n"),
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  /** Copies the bundled London 2018 files into a folder: election.json, declarations.ndjson. */
  static void copyLondon(Path folder) {
    try (InputStream election = London2018.openElection();
        InputStream declarations = London2018.openDeclarations()) {
      Files.copy(election, folder.resolve("election.json"));
      Files.copy(declarations, folder.resolve("declarations.ndjson"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the bundled synthetic ward-level files into a folder: election.json, results.ndjson. */
  static void copyWardsSynthetic(Path folder) {
    try (InputStream election = WardsSynthetic.openElection();
        InputStream results = WardsSynthetic.openResults()) {
      Files.copy(election, folder.resolve("election.json"));
      Files.copy(results, folder.resolve("results.ndjson"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled synthetic result stream's lines. */
  static List<String> wardLines() {
    try (InputStream in = WardsSynthetic.openResults()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled declaration stream's lines. */
  static List<String> londonLines() {
    try (InputStream in = London2018.openDeclarations()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, List<String> lines) {
    return write(file, String.join("\n", lines) + "\n");
  }

  /**
   * A stream line for the bundled election, built by hand.
   *
   * @param sequence the sequence number
   * @param council the council id
   * @param seatsWon the seat map's JSON
   */
  static String line(int sequence, String council, String seatsWon) {
    return "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":"
        + sequence + ",\"council\":\"" + council + "\",\"seatsWon\":" + seatsWon + "}";
  }

  /** The final London 2018 scoreboard lines the source publishes, worked out in the test class. */
  static final List<String> PUBLISHED_FINAL_LINES =
      List.of(
          "State of parties after 32 of 32 councils declare",
          // control before (the source's baseline): Con 9, Lab 20, LD 1 (Sutton), NOC 2
          // (Havering, Tower Hamlets); after: Con 7, Lab 21, LD 3, NOC 1 (Havering).
          "Conservative: 7 councils (-2); 511 seats (-92)",
          "Labour: 21 councils (+1); 1,123 seats (+67)",
          "Liberal Democrats: 3 councils (+2); 154 seats (+40)",
          "Green: 11 seats (+7)",
          "No overall control: 1 council (-1)");
}
