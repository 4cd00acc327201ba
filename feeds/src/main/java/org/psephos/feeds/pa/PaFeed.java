package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Declaration;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Tally;

/**
 * PA's results applied to a tally, revision by revision. Each council's revisions are applied in
 * order from 1: a revision arriving before an earlier one is held back (a {@link
 * PaFeedException.Kind#REVISION_GAP}, reported in the step) and applied, with any held after it,
 * once the gap is filled; a revision arriving again, before or after a higher one was applied, is
 * ignored with a notice; a revision arriving again with different figures is rejected ({@link
 * PaFeedException.Kind#CONFLICTING_REVISION}). So the same files in any order give the same tally:
 * each council's highest revision reached without a gap.
 *
 * <p>A file is applied whole or not at all: every council in it is checked (its council and
 * parties known, its seats won adding up to the seats offered) before any is applied. After each
 * file, PA's own figures of the councils it changed are checked against the tally (see {@link
 * PaResultCheck}).
 *
 * <p>Immutable and thread-safe: {@link #apply} returns a new feed.
 */
public final class PaFeed {
  private final PaElection election;
  private final Tally tally;
  private final Map<String, Revisions> revisions;

  private PaFeed(PaElection election, Tally tally, Map<String, Revisions> revisions) {
    this.election = election;
    this.tally = tally;
    this.revisions = Collections.unmodifiableMap(revisions);
  }

  /**
   * A feed with no result applied, tallying with PA's baseline and control rule.
   *
   * @param election the election of PA's nominations
   * @return the feed
   */
  public static PaFeed start(PaElection election) {
    return new PaFeed(requireNonNull(election, "election"), election.emptyTally(), Map.of());
  }

  /**
   * Applies one result file.
   *
   * @param result the file's message
   * @return what the file did, and the feed after it
   * @throws PaFeedException if a council or party {@code paId} is unknown, a council's seats won
   *     do not add up to its seats offered, a council without {@code ElectedCouncillors} is not
   *     all-out, or a revision already received comes again with different figures, naming the
   *     file, the element and the figures; this feed is unchanged and nothing from the file is
   *     applied
   */
  public PaFeedStep apply(PaResult result) {
    requireNonNull(result, "result");
    List<Received> received = new ArrayList<>();
    for (PaCouncilResult council : result.councils()) {
      received.add(
          new Received(
              result.file(),
              result.revision(),
              council,
              PaDeclarations.declaration(election, tally, result.file(), council)));
    }
    Map<String, Revisions> next = new HashMap<>(revisions);
    Tally after = tally;
    Set<Council> changed = new LinkedHashSet<>();
    List<String> notices = new ArrayList<>();
    List<PaFeedException> gaps = new ArrayList<>();
    for (Received one : received) {
      Revisions known = next.getOrDefault(one.council.paId(), Revisions.NONE);
      Received same = known.seen.get(one.revision);
      if (same != null) {
        requireSameFigures(same, one);
        notices.add(
            describe(one) + " was already received in " + same.file + ": ignored"
                + (known.applied > one.revision ? " (revision " + known.applied + " is applied)" : ""));
        continue;
      }
      // every revision up to the one applied was received, so a new one is above it
      known = known.with(one);
      if (one.revision > known.applied + 1) {
        gaps.add(gap(one, known));
      } else {
        while (known.seen.containsKey(known.applied + 1)) {
          Received due = requireNonNull(known.seen.get(known.applied + 1));
          after = after.apply(due.declaration);
          changed.add(due.declaration.council());
          known = known.appliedUpTo(known.applied + 1);
        }
      }
      next.put(one.council.paId(), known);
    }
    PaFeed feed = new PaFeed(election, after, next);
    List<CouncilResult> results = new ArrayList<>();
    List<PaDifference> differences = new ArrayList<>();
    for (Council council : changed) {
      CouncilResult councilResult = after.result(council).orElseThrow();
      results.add(councilResult);
      Revisions known = requireNonNull(next.get(PaElection.paIdOf(council.id())));
      differences.addAll(PaResultCheck.differences(councilResult, known.current().council));
    }
    return new PaFeedStep(feed, results, differences, notices, gaps);
  }

  private static void requireSameFigures(Received earlier, Received again) {
    if (!earlier.council.figures().equals(again.council.figures())) {
      throw new PaFeedException(
          PaFeedException.Kind.CONFLICTING_REVISION,
          again.file,
          again.council.path(),
          describe(again) + " differs from the same revision in " + earlier.file + ": "
              + earlier.declaration.seatsWon() + " there, " + again.declaration.seatsWon()
              + " here",
          DataSubject.council(again.declaration.council()));
    }
  }

  private static PaFeedException gap(Received one, Revisions known) {
    return new PaFeedException(
        PaFeedException.Kind.REVISION_GAP,
        one.file,
        one.council.path(),
        describe(one) + " is held back: revision " + (known.applied + 1) + " is missing"
            + (known.applied == 0 ? "" : " (revision " + known.applied + " is applied)"),
        DataSubject.council(one.declaration.council()));
  }

  private static String describe(Received one) {
    return "revision " + one.revision + " of " + one.council.name() + " (pa:" + one.council.paId()
        + ")";
  }

  /**
   * The election.
   *
   * @return the election of PA's nominations
   */
  public PaElection election() {
    return election;
  }

  /**
   * The tally of the revisions applied.
   *
   * @return the tally
   */
  public Tally tally() {
    return tally;
  }

  /**
   * The revision of a council applied, if any.
   *
   * @param council a council of the election
   * @return the highest revision applied
   */
  public OptionalInt revision(Council council) {
    Revisions known = revisions.get(PaElection.paIdOf(council.id()));
    return known == null || known.applied == 0 ? OptionalInt.empty() : OptionalInt.of(known.applied);
  }

  /**
   * The revisions held back for a gap, one exception per council, in council order.
   *
   * @return the gaps; empty when every revision received is applied
   */
  public List<PaFeedException> gaps() {
    List<PaFeedException> gaps = new ArrayList<>();
    for (Map.Entry<String, Revisions> entry : new TreeMap<>(revisions).entrySet()) {
      Revisions known = entry.getValue();
      if (known.seen.size() > known.applied) {
        Received first = requireNonNull(known.seen.higherEntry(known.applied)).getValue();
        gaps.add(gap(first, known));
      }
    }
    return gaps;
  }

  /**
   * PA's figures of every council applied that disagree with the tally's.
   *
   * @return the differences, council by council in the election's order
   */
  public List<PaDifference> differences() {
    List<PaDifference> differences = new ArrayList<>();
    for (CouncilResult result : tally.results()) {
      Revisions known = requireNonNull(revisions.get(PaElection.paIdOf(result.council().id())));
      differences.addAll(PaResultCheck.differences(result, known.current().council));
    }
    return differences;
  }

  @Override
  public String toString() {
    return "PaFeed[" + election + ", " + tally.councilsDeclared() + " declared, "
        + gaps().size() + " held back]";
  }

  /** A council's result as received, checked against the election. */
  private static final class Received {
    final String file;
    final int revision;
    final PaCouncilResult council;
    final Declaration declaration;

    Received(String file, int revision, PaCouncilResult council, Declaration declaration) {
      this.file = file;
      this.revision = revision;
      this.council = council;
      this.declaration = declaration;
    }
  }

  /** A council's revisions received, and the highest applied. */
  private static final class Revisions {
    static final Revisions NONE = new Revisions(0, new TreeMap<>());

    final int applied;
    final NavigableMap<Integer, Received> seen;

    Revisions(int applied, NavigableMap<Integer, Received> seen) {
      this.applied = applied;
      this.seen = seen;
    }

    Revisions with(Received one) {
      TreeMap<Integer, Received> more = new TreeMap<>(seen);
      more.put(one.revision, one);
      return new Revisions(applied, more);
    }

    Received current() {
      return requireNonNull(seen.get(applied));
    }

    Revisions appliedUpTo(int revision) {
      return new Revisions(revision, seen);
    }
  }
}
