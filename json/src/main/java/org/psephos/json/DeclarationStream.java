package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.psephos.json.codec.FeedReader;
import org.psephos.tally.Tally;

/**
 * An incremental reader of a newline-delimited declaration stream: each line is one {@code
 * "psephos.declaration/1"} document (see {@code docs/format.md}); blank lines are skipped, and a
 * line may end with {@code "\r\n"}.
 *
 * <p>Only one line is held at a time, so a feed of any length is read in memory bounded by one
 * declaration (at most {@link JsonLimits#MAX_LINE_LENGTH} bytes). Each declaration is checked
 * against its contest in the election and its sequence number must rise above the last one read.
 * A bad line fails with a {@link PsephosJsonException} whose {@link PsephosJsonException#line()} is
 * the line of the stream; the reader stays usable, so the caller decides whether to stop or to go
 * on with the next line, and declarations already read or applied are kept.
 *
 * <pre>{@code
 * LiveTally live = LiveTally.of(Tally.of(election));
 * try (DeclarationStream feed = PsephosJson.standard().declarationStream(election, in)) {
 *   while (true) {
 *     try {
 *       Optional<PublishedDeclaration> next = feed.next();
 *       if (next.isEmpty()) break;
 *       live.apply(next.get().declaration());
 *     } catch (PsephosJsonException e) {
 *       log.warn("skipped: {}", e.getMessage());   // or: throw, to stop
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class DeclarationStream extends LineStream<PublishedDeclaration> {
  DeclarationStream(FeedReader<PublishedDeclaration> feed) {
    super(feed);
  }

  /** What {@link #applyTo} did. */
  public record Summary(Tally tally, long applied, long rejected, boolean stopped) {
    /**
     * The summary of a stream applied to a tally.
     *
     * @param tally the tally with every accepted declaration applied
     * @param applied how many declarations were applied
     * @param rejected how many lines were rejected
     * @param stopped whether the handler stopped the reading before the end of the stream
     */
    public Summary {
      requireNonNull(tally, "tally");
    }
  }

  /**
   * Reads the rest of the stream, applying each declaration to a tally; a bad line is passed to
   * the handler, which says whether to go on. Each line is checked once, by this tally as it
   * applies it (its election, baseline and control rule, not the stream's); a declaration it
   * rejects is a bad line, an {@link PsephosJsonException} at its line.
   *
   * @param tally the tally to start from
   * @param goOn called with each bad line's exception; true to skip the line and go on, false to
   *     stop
   * @return the tally with every accepted declaration applied, and the counts
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Summary applyTo(Tally tally, Predicate<PsephosJsonException> goOn) {
    FeedReader.Outcome outcome = feed.applyTo(tally, goOn);
    return new Summary(
        outcome.tally(), outcome.applied(), outcome.rejected(), outcome.stopped());
  }
}
