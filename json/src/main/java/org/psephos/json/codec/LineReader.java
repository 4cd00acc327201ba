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
 * ends with {@code "\n"}, {@code "\r\n"} or {@code "\r"}; a byte order mark before the first is
 * dropped. Not thread-safe.
 */
final class LineReader implements Closeable {
  /** The most bytes of a line kept: the limit, a byte order mark on the first line, and one. */
  private static final int KEPT = JsonLimits.MAX_LINE_LENGTH + 4;

  private final InputStream in;
  /** What was read from the stream and not yet taken into a line: {@code chunk[next, end)}. */
  private final byte[] chunk = new byte[16384];
  private int next;
  private int end;
  private byte[] buffer = new byte[8192];
  private long lineNumber;
  private boolean ended;
  /** Whether the last line ended with {@code '\r'}, which a {@code '\n'} may follow. */
  private boolean afterCarriageReturn;

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
