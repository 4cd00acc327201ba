package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.PublishedResult;
import org.psephos.json.PsephosJsonException.Kind;
import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Predicate;
import org.psephos.ElectionDataException;
import org.psephos.tally.Tally;

/**
 * What {@link DeclarationStream} and {@link ResultStream} share: the lines, the context and
 * validating tally they are read with, the rising sequence numbers, and the loop that applies a
 * feed to a tally. Not thread-safe.
 *
 * @param <T> the kind of result a line holds
 */
public final class FeedReader<T extends PublishedResult> implements Closeable {
  /** Reads one line of a feed. */
  interface LineBinder<T> {
    T read(ReadContext context, byte[] line, int length, Tally validator, long lastSequence);
  }

  /** What {@link #applyTo} did; each stream reports it as its own summary. */
  public record Outcome(Tally tally, long applied, long rejected, boolean stopped) {}

  private final LineReader lines;
  private final ReadContext context;
  private final Tally validator;
  private final LineBinder<T> binder;
  private long lastSequence;

  FeedReader(Reading json, Tally validator, InputStream in, LineBinder<T> binder) {
    this.validator = requireNonNull(validator, "validator");
    this.context = json.streamContext(validator.election());
    this.binder = requireNonNull(binder, "binder");
    this.lines = new LineReader(in);
  }

  public Optional<T> next() {
    int length = lines.next();
    if (length < 0) {
      return Optional.empty();
    }
    try {
      LineReader.checkLength(length);
      T result = binder.read(context, lines.buffer(), length, validator, lastSequence);
      lastSequence = result.sequence();
      return Optional.of(result);
    } catch (PsephosJsonException e) {
      throw e.atStreamLine(lines.lineNumber());
    }
  }

  public Outcome applyTo(Tally tally, Predicate<PsephosJsonException> goOn) {
    requireNonNull(tally, "tally");
    requireNonNull(goOn, "goOn");
    Tally current = tally;
    long applied = 0;
    long rejected = 0;
    while (true) {
      Optional<T> next;
      try {
        next = next();
      } catch (PsephosJsonException e) {
        rejected++;
        if (!goOn.test(e)) {
          return new Outcome(current, applied, rejected, true);
        }
        continue;
      }
      if (next.isEmpty()) {
        return new Outcome(current, applied, rejected, false);
      }
      try {
        current = next.get().applyTo(current);
      } catch (ElectionDataException e) {
        PsephosJsonException rejectedLine =
            new PsephosJsonException(Kind.INVALID_VALUE, String.valueOf(e.getMessage()), "", lines.lineNumber(), 1, e);
        rejected++;
        if (!goOn.test(rejectedLine)) {
          return new Outcome(current, applied, rejected, true);
        }
        continue;
      }
      applied++;
    }
  }

  public long lineNumber() {
    return lines.lineNumber();
  }

  public long lastSequence() {
    return lastSequence;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
