package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The lines of a newline-delimited stream, read one at a time into a buffer of at most {@link
 * JsonLimits#MAX_LINE_LENGTH} bytes: a longer line is consumed but only its length is kept. A line
 * may end with {@code "\r\n"}. Not thread-safe.
 */
final class LineReader implements Closeable {
  /** The most bytes of a line kept: the limit, a {@code '\r'} before the end of line, and one. */
  private static final int KEPT = JsonLimits.MAX_LINE_LENGTH + 2;

  private final InputStream in;
  /** What was read from the stream and not yet taken into a line: {@code chunk[next, end)}. */
  private final byte[] chunk = new byte[16384];
  private int next;
  private int end;
  private byte[] buffer = new byte[8192];
  private long lineNumber;
  private boolean ended;

  LineReader(InputStream in) {
    this.in = requireNonNull(in, "in");
  }

  /** The bytes of the line last read; valid up to the length {@link #next} returned. */
  byte[] buffer() {
    return buffer;
  }

  /** The line last read, from 1; 0 before the first. */
  long lineNumber() {
    return lineNumber;
  }

  /**
   * Reads the next line that is not blank into the buffer, without its end of line.
   *
   * @return the line's length (more than the limit for a line that was too long), or -1 at the
   *     end of the stream
   * @throws UncheckedIOException if the stream cannot be read
   */
  int next() {
    while (true) {
      int length = readLine();
      if (length < 0 || !isBlank(length)) {
        return length;
      }
    }
  }

  /** Fails with the line-too-long exception if a length read is beyond the limit. */
  static void checkLength(int length) {
    if (length > JsonLimits.MAX_LINE_LENGTH) {
      throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, "the line is longer than the limit of " + JsonLimits.MAX_LINE_LENGTH + " bytes", "",
          1, 1, null);
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
      any = true;
      int from = next;
      int newline = from;
      while (newline < end && chunk[newline] != '\n') {
        newline++;
      }
      length = append(length, from, newline - from);
      if (newline < end) {
        next = newline + 1;
        break;
      }
      next = end;
    }
    lineNumber++;
    // KEPT bytes are kept, one more than the limit, so that a line of the limit's length ending
    // in "\r\n" reads; a line longer than that is known only to be too long
    if (length > 0 && length < KEPT && buffer[length - 1] == '\r') {
      length--;
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
