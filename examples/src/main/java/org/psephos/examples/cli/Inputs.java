package org.psephos.examples.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.psephos.examples.London2018;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;

/**
 * Opens the command's inputs: files named on the command line ({@code -} is standard input), or
 * the bundled London 2018 election when none is named. Every failure becomes a {@link
 * BadDataException} naming the file.
 */
final class Inputs {
  /** How the bundled election file is named in messages. */
  static final String BUNDLED_ELECTION = "bundled london-2018/election.json";

  /** How the bundled declaration stream is named in messages. */
  static final String BUNDLED_DECLARATIONS = "bundled london-2018/declarations.ndjson";

  private static final String STREAM_FORMAT = "\"psephos.declaration/";

  private Inputs() {}

  /**
   * The name of a file as messages show it: as the user gave it, or "standard input".
   *
   * @param file the file, {@code -} for standard input
   * @return the name
   */
  static String name(Path file) {
    return isStandardInput(file) ? "standard input" : file.toString();
  }

  private static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  /**
   * Opens a file for reading; {@code -} is standard input, which closing leaves open.
   *
   * @param file the file
   * @return the open stream
   * @throws BadDataException if the file is missing, a directory or unreadable
   */
  static InputStream open(Path file) {
    String name = name(file);
    if (isStandardInput(file)) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input belongs to the process
        }
      };
    }
    if (Files.isDirectory(file)) {
      throw new BadDataException(Problem.ofFile(name, "is a directory, not a file").toString());
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new BadDataException(Problem.ofFile(name, "no such file").toString(), e);
    } catch (AccessDeniedException e) {
      throw new BadDataException(Problem.ofFile(name, "permission denied").toString(), e);
    } catch (IOException e) {
      throw new BadDataException(
          Problem.ofFile(name, "cannot be read: " + e.getMessage()).toString(), e);
    }
  }

  /**
   * Reads an election definition, or the bundled London 2018 election.
   *
   * @param file the file, or null for the bundled election
   * @return the definition
   * @throws BadDataException if the file cannot be read or is not a valid election definition
   */
  static ElectionDefinition election(@Nullable Path file) {
    String name = file == null ? BUNDLED_ELECTION : name(file);
    try (InputStream in = file == null ? London2018.openElection() : open(file)) {
      return PsephosJson.standard().readElection(in);
    } catch (PsephosJsonException e) {
      throw BadDataException.of(name, e);
    } catch (IOException e) {
      throw unreadable(name, e);
    } catch (UncheckedIOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * The exception for an input that cannot be read.
   *
   * @param name the input's name
   * @param e the failure, an {@link IOException} or an {@link UncheckedIOException} wrapping one
   * @return the exception naming the input and the reason
   */
  static BadDataException unreadable(String name, Exception e) {
    Throwable reason = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return new BadDataException(
        Problem.ofFile(name, "cannot be read: " + reason.getMessage()).toString(), e);
  }

  /**
   * Whether a declarations input is a newline-delimited stream rather than one JSON document: its
   * name ends with {@code .ndjson} or {@code .jsonl}, or its first line that is not blank holds
   * {@code "psephos.declaration/} (the format of a stream's lines). The stream is left where it
   * was.
   *
   * @param name the input's name
   * @param in the input, which must support mark and reset
   * @return true for a stream
   * @throws UncheckedIOException if the input cannot be read
   */
  static boolean isStream(String name, BufferedInputStream in) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return true;
    }
    int limit = JsonLimits.MAX_LINE_LENGTH + 2;
    in.mark(limit);
    try {
      byte[] line = new byte[Math.min(limit, 64 * 1024)];
      int length = 0;
      int read = 0;
      boolean blank = true;
      while (read < limit) {
        int b = in.read();
        read++;
        if (b < 0) {
          break;
        }
        if (b == '\n') {
          if (!blank) {
            break;
          }
          length = 0;
          continue;
        }
        if (b != ' ' && b != '\t' && b != '\r') {
          blank = false;
        }
        if (length == line.length) {
          line = java.util.Arrays.copyOf(line, Math.min(limit, line.length * 2));
        }
        line[length++] = (byte) b;
      }
      in.reset();
      return new String(line, 0, length, StandardCharsets.UTF_8).contains(STREAM_FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
