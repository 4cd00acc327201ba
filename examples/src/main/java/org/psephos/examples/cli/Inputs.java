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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;

/**
 * Opens the command's inputs: files named on the command line ({@code -} is standard input), or
 * a bundled {@link Example} when none is named. Every failure becomes a {@link BadDataException}
 * naming the file.
 */
final class Inputs {
  /** The formats of a stream's lines: a declaration or a ward result. */
  private static final List<String> STREAM_FORMATS =
      List.of(
          "\"psephos.declaration/",
          "\"psephos.wardresult/",
          "\"psephos.withdrawal/",
          "\"psephos.postponement/");

  /** How far into a file its {@code "format"} member is looked for. */
  private static final int FORMAT_SEARCH = 64 * 1024;

  /** A {@code "format"} member and its value, which names no quote or escape. */
  private static final Pattern FORMAT =
      Pattern.compile("\"format\"\\s*:\\s*\"([^\"\\\\]{1,100})\"");

  /** The reason given for a file that starts with a byte order mark the reader refused. */
  static final String BYTE_ORDER_MARK =
      "the file starts with a UTF-8 byte order mark (bytes EF BB BF), which the reader does not"
          + " accept; save the file as UTF-8 without a byte order mark";

  /** The formats of the documents that are not results, by their names without a version. */
  private static final List<String> NOT_RESULTS = List.of("psephos.election", "psephos.results", "psephos.countsheet");

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

  static boolean isStandardInput(Path file) {
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
   * Reads an election definition, or a bundled example's: a JSON file, or a folder of an election
   * in the spreadsheet layout (docs/csv.md), known by its councils.csv.
   *
   * @param file the file, or null for the example's election
   * @param example the bundled example used when no file is named
   * @return the definition
   * @throws BadDataException if the file cannot be read or is not a valid election definition
   */
  static ElectionDefinition election(@Nullable Path file, Example example) {
    if (file != null && Files.isDirectory(file) && Files.exists(file.resolve("councils.csv"))) {
      return ElectionDefinition.of(TableImports.spreadsheet(file, null));
    }
    String name = file == null ? example.electionName() : name(file);
    try (BufferedInputStream in =
        new BufferedInputStream(file == null ? example.openElection() : open(file))) {
      Optional<String> format = format(in);
      if (format.isPresent()
          && format.get().startsWith("psephos.")
          && !format.get().startsWith("psephos.election/")) {
        throw new BadDataException(
            Problem.ofFile(
                    name,
                    "expected an election file (psephos.election/1) but this is a "
                        + format.get() + " document")
                .toString());
      }
      boolean byteOrderMark = startsWithByteOrderMark(in);
      try {
        return PsephosJson.standard().readElection(in);
      } catch (PsephosJsonException e) {
        if (byteOrderMark && e.line() <= 1 && e.column() <= 1) {
          throw new BadDataException(name + ":1:1: " + BYTE_ORDER_MARK, e);
        }
        throw e;
      }
    } catch (PsephosJsonException e) {
      throw BadDataException.of(name, e);
    } catch (IOException e) {
      throw unreadable(name, e);
    } catch (UncheckedIOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Whether an input starts with the UTF-8 byte order mark; the input is left where it was.
   *
   * @param in the input, which must support mark and reset
   * @return true if its first bytes are EF BB BF
   * @throws IOException if it cannot be read
   */
  static boolean startsWithByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] start = in.readNBytes(3);
    in.reset();
    return start.length == 3
        && (start[0] & 0xFF) == 0xEF
        && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF;
  }

  /**
   * Checks that results are not another kind of document, such as an election file given in the
   * place of the results: files given in the wrong order.
   *
   * @param name the input's name
   * @param in the input, which must support mark and reset; left where it was
   * @throws BadDataException if the input's format names an election or results document
   * @throws UncheckedIOException if the input cannot be read
   */
  static void requireResults(String name, BufferedInputStream in) {
    Optional<String> format = format(in);
    if (format.isPresent()) {
      String kind = format.get().substring(0, Math.max(0, format.get().indexOf('/')));
      if (NOT_RESULTS.contains(kind)) {
        throw new BadDataException(
            Problem.ofFile(
                    name,
                    "expected results (a stream of psephos.declaration/1 or psephos.wardresult/1"
                        + " lines, or a psephos.declarations/1 or psephos.wardresults/1 document)"
                        + " but this is a " + format.get() + " document")
                .toString());
      }
    }
  }

  /**
   * The value of the first {@code "format"} member in the start of an input, such as {@code
   * psephos.declarations/1}; the input is left where it was.
   *
   * @param in the input, which must support mark and reset
   * @return the format, or empty if none is found near the start
   * @throws UncheckedIOException if the input cannot be read
   */
  static Optional<String> format(BufferedInputStream in) {
    in.mark(FORMAT_SEARCH);
    try {
      byte[] start = in.readNBytes(FORMAT_SEARCH);
      in.reset();
      Matcher matcher = FORMAT.matcher(new String(start, StandardCharsets.UTF_8));
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * Whether a results input is a newline-delimited stream rather than one JSON document: its name
   * ends with {@code .ndjson} or {@code .jsonl}, or its first line that is not blank holds {@code
   * "psephos.declaration/} or {@code "psephos.wardresult/} (the formats of a stream's lines). The
   * stream is left where it was.
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
      String first = new String(line, 0, length, StandardCharsets.UTF_8);
      return STREAM_FORMATS.stream().anyMatch(first::contains);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
