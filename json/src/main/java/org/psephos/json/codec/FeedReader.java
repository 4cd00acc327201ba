package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.json.PublishedResult;
import org.psephos.tally.Tally;

/**
 * What {@link org.psephos.json.DeclarationStream} and {@link org.psephos.json.ResultStream} share:
 * the lines, the context they are read in, the rising sequence numbers, and the loop that applies
 * a feed to a tally. Each line is checked once: by the stream's tally's choices when read with
 * {@link #next}, by the tally it is applied to in {@link #applyTo}. The lines are read one at a
 * time into a buffer of at most {@link JsonLimits#MAX_LINE_LENGTH} bytes: a longer line is
 * consumed but only its length is kept. A line ends with {@code "\n"}, {@code "\r\n"} or {@code
 * "\r"}; a byte order mark before the first is dropped; blank lines are skipped. Not thread-safe.
 *
 * @param <T> the kind of result a line holds
 */
public final class FeedReader<T extends PublishedResult> implements Closeable {
  /** Reads one line of a feed, checks it and returns it. */
  interface LineBinder<T> {
    T read(ReadContext context, byte[] line, int length, Check check, long lastSequence);
  }

  /**
   * What {@link #applyTo} did; each stream reports it as its own summary.
   *
   * @param tally the tally with every accepted line applied
   * @param applied how many lines were applied
   * @param rejected how many lines were rejected
   * @param stopped whether the handler stopped the reading
   */
  public record Outcome(Tally tally, long applied, long rejected, boolean stopped) {}

  /** The most bytes of a line kept: the limit, a byte order mark on the first line, and one. */
  private static final int KEPT = JsonLimits.MAX_LINE_LENGTH + 4;

  private final InputStream in;
  private final ReadContext context;
  private final Check validating;
  private final LineBinder<T> binder;
  private long lastSequence;
  /** What was read from the stream and not yet taken into a line: {@code chunk[next, end)}. */
  private final byte[] chunk = new byte[16384];
  private int next;
  private int end;
  private byte[] buffer = new byte[8192];
  private long lineNumber;
  private boolean ended;
  /** Whether the last line ended with {@code '\r'}, which a {@code '\n'} may follow. */
  private boolean afterCarriageReturn;

  FeedReader(Reading json, Tally tally, InputStream in, LineBinder<T> binder) {
    this.validating = Check.validating(tally);
    this.context = json.streamContext(tally.election());
    this.binder = requireNonNull(binder, "binder");
    this.in = requireNonNull(in, "in");
  }

  /**
   * Reads the next line, checked as the stream's tally would apply it.
   *
   * @return the result, or empty at the end of the stream
   */
  public Optional<T> next() {
    return read(validating);
  }

  private Optional<T> read(Check check) {
    int length = nextLine();
    if (length < 0) {
      return Optional.empty();
    }
    try {
      if (length > JsonLimits.MAX_LINE_LENGTH) {
        throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, "the line is longer than the limit of "
            + JsonLimits.MAX_LINE_LENGTH + " bytes", "", 1, 1, null);
      }
      T result = binder.read(context, buffer, length, check, lastSequence);
      lastSequence = result.sequence();
      return Optional.of(result);
    } catch (PsephosJsonException e) {
      throw e.atStreamLine(lineNumber);
    }
  }

  /**
   * Reads the rest of the feed, applying each line to a tally, which checks it.
   *
   * @param tally the tally to start from
   * @param goOn called with each bad line's exception; true to go on
   * @return what was done
   */
  public Outcome applyTo(Tally tally, Predicate<PsephosJsonException> goOn) {
    requireNonNull(goOn, "goOn");
    Check applying = Check.applyingTo(requireNonNull(tally, "tally"));
    long applied = 0;
    long rejected = 0;
    while (true) {
      try {
        if (read(applying).isEmpty()) {
          return new Outcome(applying.tally(), applied, rejected, false);
        }
        applied++;
      } catch (PsephosJsonException e) {
        rejected++;
        if (!goOn.test(e)) {
          return new Outcome(applying.tally(), applied, rejected, true);
        }
      }
    }
  }

  /**
   * The line of the stream last read.
   *
   * @return the line, from 1; 0 before the first
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * The sequence number of the last line accepted.
   *
   * @return the sequence number, 0 before the first
   */
  public long lastSequence() {
    return lastSequence;
  }

  /**
   * Reads the next line that is not blank into the buffer, without its end of line.
   *
   * @return the line's length (more than the limit for a line that was too long), or -1 at the
   *     end of the stream
   * @throws UncheckedIOException if the stream cannot be read
   */
  private int nextLine() {
    while (true) {
      int length = readLine();
      if (length < 0 || !isBlank(length)) {
        return length;
      }
    }
  }

  private int readLine() {
    if (ended) {
      return -1;
    }
    int length = 0;
    boolean any = false;
    while (true) {
      if (next == end && !fill()) {
        ended = true;
        if (!any) {
          return -1;
        }
        break;
      }
      if (afterCarriageReturn) {
        // the line feed of a "\r\n" ends the line before it, not a line of its own
        afterCarriageReturn = false;
        if (chunk[next] == '\n') {
          next++;
          continue;
        }
      }
      any = true;
      int from = next;
      int lineEnd = from;
      while (lineEnd < end && chunk[lineEnd] != '\n' && chunk[lineEnd] != '\r') {
        lineEnd++;
      }
      length = append(length, from, lineEnd - from);
      if (lineEnd < end) {
        afterCarriageReturn = chunk[lineEnd] == '\r';
        next = lineEnd + 1;
        break;
      }
      next = end;
    }
    lineNumber++;
    if (lineNumber == 1) {
      length = withoutByteOrderMark(length);
    }
    return length;
  }

  /** A leading UTF-8 byte order mark, which RFC 8259 lets a reader ignore, is dropped. */
  private int withoutByteOrderMark(int length) {
    if (length >= 3
        && length <= KEPT
        && buffer[0] == (byte) 0xEF
        && buffer[1] == (byte) 0xBB
        && buffer[2] == (byte) 0xBF) {
      System.arraycopy(buffer, 3, buffer, 0, length - 3);
      return length - 3;
    }
    return length;
  }

  /**
   * Adds {@code count} bytes of the chunk to the line of {@code length} bytes so far, keeping at
   * most {@link #KEPT} bytes: a longer line is consumed, and only known to be too long.
   */
  private int append(int length, int from, int count) {
    if (length >= KEPT) {
      return length;
    }
    int kept = Math.min(count, KEPT - length);
    if (length + kept > buffer.length) {
      int size = buffer.length;
      while (size < length + kept) {
        size *= 2;
      }
      buffer = Arrays.copyOf(buffer, Math.min(size, KEPT));
    }
    System.arraycopy(chunk, from, buffer, length, kept);
    return length + kept;
  }

  /** Reads more of the stream into the chunk; false at the end of the stream. */
  private boolean fill() {
    try {
      int read;
      do {
        read = in.read(chunk, 0, chunk.length);
      } while (read == 0);
      if (read < 0) {
        return false;
      }
      next = 0;
      end = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean isBlank(int length) {
    if (length > JsonLimits.MAX_LINE_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
