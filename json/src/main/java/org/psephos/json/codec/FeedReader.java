package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedResult;
import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Predicate;
import org.psephos.tally.Tally;

/**
 * What {@link org.psephos.json.DeclarationStream} and {@link org.psephos.json.ResultStream} share:
 * the lines, the context they are read in, the rising sequence numbers, and the loop that applies
 * a feed to a tally. Each line is checked once: by the stream's tally's choices when read with
 * {@link #next}, by the tally it is applied to in {@link #applyTo}. Not thread-safe.
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

  private final LineReader lines;
  private final ReadContext context;
  private final Check validating;
  private final LineBinder<T> binder;
  private long lastSequence;

  FeedReader(Reading json, Tally tally, InputStream in, LineBinder<T> binder) {
    this.validating = Check.validating(tally);
    this.context = json.streamContext(tally.election());
    this.binder = requireNonNull(binder, "binder");
    this.lines = new LineReader(in);
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
    int length = lines.next();
    if (length < 0) {
      return Optional.empty();
    }
    try {
      LineReader.checkLength(length);
      T result = binder.read(context, lines.buffer(), length, check, lastSequence);
      lastSequence = result.sequence();
      return Optional.of(result);
    } catch (PsephosJsonException e) {
      throw e.atStreamLine(lines.lineNumber());
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
    return lines.lineNumber();
  }

  /**
   * The sequence number of the last line accepted.
   *
   * @return the sequence number, 0 before the first
   */
  public long lastSequence() {
    return lastSequence;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
