package org.psephos.examples.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.psephos.ElectionDataException;
import org.psephos.json.PsephosJson;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.ResultStream;
import org.psephos.tally.Tally;

/**
 * The results the command reads, one at a time: a newline-delimited result stream of declarations
 * and ward results in any mix (read one line at a time, whatever its length), or a {@code
 * psephos.declarations/1} or {@code psephos.wardresults/1} document (read whole), or ballot
 * profiles (a BLT file, or a folder of them), counted by the single transferable vote into their
 * wards' results ({@link BallotProfiles}). Each result is checked as the given tally would apply
 * it; the first bad one ends the feed with a {@link BadDataException} naming the file, the line
 * and the reason, unless the feed skips the bad lines of a stream: then each goes to the handler,
 * and the reading goes on. Not thread-safe.
 */
final class ResultFeed implements Closeable {
  private static final String WARD_RESULTS_FORMAT = "\"psephos.wardresults/";

  private final String name;
  private final InputStream in;
  private final @Nullable ResultStream stream;
  private final @Nullable Iterator<? extends PublishedResult> document;
  private final @Nullable Consumer<BadDataException> badLines;
  private long read;
  private long skipped;

  private ResultFeed(
      String name,
      InputStream in,
      @Nullable ResultStream stream,
      @Nullable Iterator<? extends PublishedResult> document,
      @Nullable Consumer<BadDataException> badLines) {
    this.name = name;
    this.in = in;
    this.stream = stream;
    this.document = document;
    this.badLines = badLines;
  }

  /**
   * Opens results for a tally, stopping at the first bad result.
   *
   * @param file the file ({@code -} for standard input), or null for the example's stream
   * @param example the bundled example used when no file is named
   * @param tally the tally the results are for (its election, baseline and control rule)
   * @return the feed
   * @throws BadDataException if the file cannot be read, or is a document that is not valid
   */
  static ResultFeed open(@Nullable Path file, Example example, Tally tally) {
    return open(file, example, tally, null);
  }

  /**
   * Opens results for a tally: a file, or a bundled example's stream.
   *
   * @param file the file ({@code -} for standard input), or null for the example's stream
   * @param example the bundled example used when no file is named
   * @param tally the tally the results are for (its election, baseline and control rule)
   * @param badLines where each bad line of a stream goes when it is skipped; null to stop at it
   * @return the feed
   * @throws BadDataException if the file cannot be read, or is a document that is not valid
   */
  static ResultFeed open(
      @Nullable Path file, Example example, Tally tally,
      @Nullable Consumer<BadDataException> badLines) {
    String name = file == null ? example.resultsName() : Inputs.name(file);
    if (file != null && !Inputs.isStandardInput(file) && java.nio.file.Files.isDirectory(file)) {
      return of(name, BallotProfiles.readFolder(file, tally));
    }
    BufferedInputStream in =
        new BufferedInputStream(file == null ? example.openResults() : Inputs.open(file));
    if (file != null) {
      try {
        if (BallotProfiles.are(file, in)) {
          List<PublishedWardResult> counted = BallotProfiles.readFile(name, file, in, tally);
          in.close();
          return of(name, counted);
        }
      } catch (IOException | UncheckedIOException e) {
        closeQuietly(in);
        throw Inputs.unreadable(name, e);
      } catch (BadDataException e) {
        closeQuietly(in);
        throw e;
      }
    }
    return open(name, in, tally, badLines);
  }

  /**
   * Opens results read from any input, such as the body of a request, checked and named in
   * messages as a file's are.
   *
   * @param name the input's name in messages, such as "request body"
   * @param input the input; the feed closes it
   * @param tally the tally the results are for (its election, baseline and control rule)
   * @param badLines where each bad line of a stream goes when it is skipped; null to stop at it
   * @return the feed
   * @throws BadDataException if the input cannot be read, or is a document that is not valid
   */
  static ResultFeed open(
      String name, InputStream input, Tally tally,
      @Nullable Consumer<BadDataException> badLines) {
    BufferedInputStream in =
        input instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(input);
    try {
      Inputs.requireResults(name, in);
      if (Inputs.isStream(name, in)) {
        return new ResultFeed(
            name, in, PsephosJson.standard().resultStream(tally, in), null, badLines);
      }
      byte[] bytes = in.readAllBytes();
      if (!TableImports.looksLikeJson(bytes)) {
        List<PublishedWardResult> table = TableImports.wardResults(name, bytes, tally.election());
        return new ResultFeed(name, in, null, new ArrayList<>(table).iterator(), null);
      }
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      List<? extends PublishedResult> all =
          isWardResults(text)
              ? PsephosJson.standard().readWardResults(tally, new java.io.ByteArrayInputStream(bytes))
              : PsephosJson.standard().readDeclarations(tally, new java.io.ByteArrayInputStream(bytes));
      return new ResultFeed(name, in, null, new ArrayList<>(all).iterator(), null);
    } catch (PsephosJsonException e) {
      closeQuietly(in);
      throw BadDataException.of(name, e);
    } catch (IOException e) {
      closeQuietly(in);
      throw Inputs.unreadable(name, e);
    } catch (UncheckedIOException e) {
      closeQuietly(in);
      throw Inputs.unreadable(name, e);
    } catch (BadDataException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /**
   * A feed of results already read, such as the declarations of a PA folder.
   *
   * @param name the input's name as messages show it
   * @param results the results, in order
   * @return the feed
   */
  static ResultFeed of(String name, List<? extends PublishedResult> results) {
    return new ResultFeed(
        name, InputStream.nullInputStream(), null, new ArrayList<>(results).iterator(), null);
  }

  /**
   * Opens a result stream read as its lines arrive, such as standard input fed by another program
   * or a file that grows: unlike {@link #open}, nothing is read ahead to tell a stream from a
   * document, so the first result is available as soon as its line is complete.
   *
   * @param name the input's name in messages
   * @param input the input, a newline-delimited stream; the feed closes it
   * @param tally the tally the results are for
   * @return the feed, stopping at the first bad line
   */
  static ResultFeed stream(String name, InputStream input, Tally tally) {
    return new ResultFeed(
        name, input, PsephosJson.standard().resultStream(tally, input), null, null);
  }

  /** Whether a document's format, near its start, names a ward results document. */
  private static boolean isWardResults(String text) {
    int format = text.indexOf("\"format\"");
    return format >= 0 && text.startsWith(WARD_RESULTS_FORMAT, skipToValue(text, format + 8));
  }

  private static int skipToValue(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ':' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the read already failed; that failure is the one to report
    }
  }

  /**
   * The input's name as messages show it.
   *
   * @return the name
   */
  String name() {
    return name;
  }

  /**
   * The line of the stream last read (for a document, the number of results read).
   *
   * @return the line, from 1; 0 before the first
   */
  long position() {
    return stream != null ? stream.lineNumber() : read;
  }

  /**
   * How many results were read.
   *
   * @return the count
   */
  long resultsRead() {
    return read;
  }

  /**
   * How many bad lines were skipped.
   *
   * @return the count; 0 unless the feed skips bad lines
   */
  long skipped() {
    return skipped;
  }

  /**
   * Reads the next result: a declaration or a ward result; a bad line of a stream is skipped when
   * the feed skips them.
   *
   * @return the result, or empty at the end
   * @throws BadDataException if it is not valid (and not skipped), or the input cannot be read
   */
  Optional<PublishedResult> next() {
    while (true) {
      long before = position();
      try {
        Optional<PublishedResult> next = readNext();
        if (next.isPresent()) {
          read++;
        }
        return next;
      } catch (PsephosJsonException e) {
        BadDataException bad = BadDataException.of(name, e);
        if (position() == before) {
          throw bad; // the reader did not move on: skipping could not end
        }
        skip(bad);
      } catch (UncheckedIOException e) {
        throw Inputs.unreadable(name, e);
      }
    }
  }

  private Optional<PublishedResult> readNext() {
    if (stream != null) {
      return stream.next();
    }
    Iterator<? extends PublishedResult> it =
        java.util.Objects.requireNonNull(document, "document");
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /** Hands a bad line to the handler, or throws it when the feed stops at bad lines. */
  private void skip(BadDataException bad) {
    Consumer<BadDataException> handler = badLines;
    if (handler == null || stream == null) {
      throw bad;
    }
    skipped++;
    handler.accept(bad);
  }

  /**
   * Applies a result read from this feed to a tally.
   *
   * @param tally the tally
   * @param result the result, as {@link #next} returned it
   * @return the new tally; the tally given when the result is rejected and skipped
   * @throws BadDataException if the tally rejects it (and it is not skipped), naming this feed's
   *     position
   */
  Tally apply(Tally tally, PublishedResult result) {
    try {
      return result.applyTo(tally);
    } catch (ElectionDataException e) {
      String where = stream != null ? name + ":" + position() : name;
      skip(new BadDataException(where + ": " + e.getMessage(), e));
      return tally;
    }
  }

  /**
   * Reads every remaining result into a tally, showing progress on a terminal.
   *
   * @param tally the tally to start from
   * @param progress where progress is shown
   * @return the tally with every result applied
   * @throws BadDataException at the first bad result
   */
  Tally readAll(Tally tally, Progress progress) {
    Tally current = tally;
    try {
      for (Optional<PublishedResult> next = next(); next.isPresent(); next = next()) {
        current = apply(current, next.get());
        progress.update(name, position(), read);
      }
    } finally {
      progress.done();
    }
    return current;
  }

  @Override
  public void close() {
    try {
      if (stream != null) {
        stream.close();
      }
      in.close();
    } catch (IOException e) {
      throw Inputs.unreadable(name, e);
    }
  }
}
