package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
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
  private final InputStream in;
  private byte[] buffer = new byte[8192];
  private long lineNumber;
  private boolean ended;

  LineReader(InputStream in) {
    this.in = new BufferedInputStream(requireNonNull(in, "in"));
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
      throw new LimitExceededException(
          "the line is longer than the limit of " + JsonLimits.MAX_LINE_LENGTH + " bytes", "",
          1, 1, null);
    }
  }

  private int readLine() {
    if (ended) {
      return -1;
    }
    int length = 0;
    boolean any = false;
    try {
      while (true) {
        int b = in.read();
        if (b < 0) {
          ended = true;
          if (!any) {
            return -1;
          }
          break;
        }
        any = true;
        if (b == '\n') {
          break;
        }
        if (length <= JsonLimits.MAX_LINE_LENGTH) {
          if (length == buffer.length) {
            buffer =
                Arrays.copyOf(buffer, Math.min(buffer.length * 2, JsonLimits.MAX_LINE_LENGTH + 1));
          }
          buffer[length] = (byte) b;
        }
        length = length <= JsonLimits.MAX_LINE_LENGTH ? length + 1 : length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lineNumber++;
    if (length > 0 && length <= JsonLimits.MAX_LINE_LENGTH && buffer[length - 1] == '\r') {
      length--;
    }
    return length;
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
