package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.psephos.json.codec.FeedReader;
import org.psephos.tally.Tally;

/**
 * An incremental reader of a newline-delimited result stream: each line is one {@code
 * "psephos.declaration/1"} document (a council's whole declaration) or one {@code
 * "psephos.wardresult/1"} document (one ward's result), in any mix (see {@code docs/format.md});
 * blank lines are skipped, and a line may end with {@code "\r\n"}. A feed of whole declarations
 * only is also a {@link DeclarationStream}.
 *
 * <p>It behaves as {@link DeclarationStream} does: only one line is held at a time, so memory is
 * bounded by one result (at most {@link JsonLimits#MAX_LINE_LENGTH} bytes) whatever the length of
 * the feed; each result is checked as an empty tally of the election with the tally's choices
 * would apply it; sequence numbers must rise across the whole stream, whatever the kind of line; a
 * bad line fails with a {@link PsephosJsonException} whose {@link PsephosJsonException#line()} is
 * the line of the stream, and the reader stays usable, so the caller decides whether to stop or to
 * go on with the next line.
 *
 * <pre>{@code
 * try (ResultStream feed = PsephosJson.standard().resultStream(election, in)) {
 *   ResultStream.Summary summary = feed.applyTo(Tally.of(election), e -> {
 *     log.warn("skipped: {}", e.getMessage());
 *     return true;                                  // false: stop at the first bad line
 *   });
 *   Tally tally = summary.tally();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class ResultStream extends LineStream<PublishedResult> {
  ResultStream(FeedReader<PublishedResult> feed) {
    super(feed);
  }

  /**
   * What {@link #applyTo} did.
   *
   * @param tally the tally with every accepted result applied
   * @param applied how many results were applied
   * @param rejected how many lines were rejected
   * @param stopped whether the handler stopped the reading before the end of the stream
   */
  public record Summary(Tally tally, long applied, long rejected, boolean stopped) {
    /**
     * The summary of a stream applied to a tally.
     *
     * @param tally the tally with every accepted result applied
     * @param applied how many results were applied
     * @param rejected how many lines were rejected
     * @param stopped whether the handler stopped the reading before the end of the stream
     */
    public Summary {
      requireNonNull(tally, "tally");
    }
  }

  /**
   * Reads the rest of the stream, applying each result to a tally; a bad line is passed to the
   * handler, which says whether to go on. Each line is checked once, by this tally as it applies
   * it (its election, baseline and control rule, not the stream's); a result it rejects (such as a
   * ward result for a council it holds as a whole declaration) is a bad line, an {@link
   * PsephosJsonException} at its line.
   *
   * @param tally the tally to start from
   * @param goOn called with each bad line's exception; true to skip the line and go on, false to
   *     stop
   * @return the tally with every accepted result applied, and the counts
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Summary applyTo(Tally tally, Predicate<PsephosJsonException> goOn) {
    FeedReader.Outcome outcome = feed.applyTo(tally, goOn);
    return new Summary(
        outcome.tally(), outcome.applied(), outcome.rejected(), outcome.stopped());
  }
}
