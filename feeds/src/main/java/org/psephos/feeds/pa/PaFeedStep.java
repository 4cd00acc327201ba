package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.psephos.tally.CouncilResult;

/**
 * What applying one result file did: the feed after it, the councils whose results changed, PA's
 * figures that disagree with the tally's, notices (a lower revision ignored, a repeated file), and
 * the revisions held back because an earlier revision of their council is missing.
 *
 * @param feed the feed after the file
 * @param changed the results of the councils the file changed, in the order applied
 * @param differences PA's figures that disagree with the tally's, for the councils changed
 * @param notices what was ignored, and why, one line each
 * @param gaps for each revision of the file held back, a {@link PaFeedException.Kind#REVISION_GAP}
 *     naming the file, the council and the missing revision; it is applied when the gap is filled
 */
public record PaFeedStep(
    PaFeed feed, List<CouncilResult> changed, List<PaDifference> differences,
    List<String> notices,
    List<PaFeedException> gaps) {

  /**
   * Copies the lists.
   *
   * @param feed the feed after the file
   * @param changed the councils changed
   * @param differences the disagreements
   * @param notices the notices
   * @param gaps the revisions held back
   */
  public PaFeedStep {
    requireNonNull(feed, "feed");
    changed = List.copyOf(changed);
    differences = List.copyOf(differences);
    notices = List.copyOf(notices);
    gaps = List.copyOf(gaps);
  }
}
