package org.psephos.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.psephos.json.codec.FeedReader;

/**
 * What {@link DeclarationStream} and {@link ResultStream} share: reading the next line, the line
 * number, the last sequence number accepted, and closing. Not thread-safe.
 *
 * @param <T> what a line holds
 */
abstract sealed class LineStream<T extends PublishedResult> implements Closeable
    permits DeclarationStream, ResultStream {
  final FeedReader<T> feed;

  LineStream(FeedReader<T> feed) {
    this.feed = feed;
  }

  /**
   * Reads the next line's declaration or result.
   *
   * @return what the line holds, or empty at the end of the stream
   * @throws PsephosJsonException if the next line is not a valid line of the stream for the
   *     election; the line is consumed, and the next call reads the line after it
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Optional<T> next() {
    return feed.next();
  }

  /**
   * The line of the stream last read, from 1; 0 before the first.
   *
   * @return the line number
   */
  public long lineNumber() {
    return feed.lineNumber();
  }

  /**
   * The sequence number of the last line accepted.
   *
   * @return the sequence number, 0 before the first
   */
  public long lastSequence() {
    return feed.lastSequence();
  }

  /**
   * Closes the underlying stream.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    feed.close();
  }
}
