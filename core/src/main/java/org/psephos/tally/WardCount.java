package org.psephos.tally;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * A council counted ward by ward: per listed ward, its result or its postponement (null where
 * neither is in), the {@link WardSums} of the results, and the seats they declared. {@link
 * InProgress} while some wards have neither; {@link Complete} when every ward has a result or is
 * postponed and at least one has a result (declared, provisionally while any ward is postponed);
 * {@link OnlyPostponed} when nothing but postponements is in. Immutable; each update costs time
 * proportional to the number of parties plus the council's wards.
 */
abstract sealed class WardCount implements CouncilState {
  private final @Nullable WardResult[] results;
  private final @Nullable WardPostponement[] postponed;
  final int wardsIn;
  final int wardsPostponed;
  final WardSums sums;
  final int seatsDeclared;

  private WardCount(
      @Nullable WardResult[] results,
      @Nullable WardPostponement[] postponed,
      int wardsIn,
      int wardsPostponed,
      WardSums sums,
      int seatsDeclared) {
    this.results = results;
    this.postponed = postponed;
    this.wardsIn = wardsIn;
    this.wardsPostponed = wardsPostponed;
    this.sums = sums;
    this.seatsDeclared = seatsDeclared;
  }

  /** A count of another kind with the same parts. */
  private WardCount(WardCount parts) {
    this(
        parts.results,
        parts.postponed,
        parts.wardsIn,
        parts.wardsPostponed,
        parts.sums,
        parts.seatsDeclared);
  }

  /** Some wards with neither a result nor a postponement, and whether control is decided. */
  static final class InProgress extends WardCount {
    final ControlDecision decided;

    private InProgress(WardCount parts, ControlDecision decided) {
      super(parts);
      this.decided = decided;
    }
  }

  /**
   * Every ward in or postponed, at least one in: the council is declared with the sum of its
   * wards, provisionally while a ward is postponed.
   */
  static final class Complete extends WardCount {
    final CheckedDeclaration declared;

    private Complete(WardCount parts, CheckedDeclaration declared) {
      super(parts);
      this.declared = declared;
    }
  }

  /** Postponements only: nothing declared, so neither declared nor in progress. */
  static final class OnlyPostponed extends WardCount {
    private OnlyPostponed(WardCount parts) {
      super(parts);
    }
  }

  /** The parts of a count being worked out, before its kind is known. */
  private static final class Parts extends WardCount {
    Parts(
        @Nullable WardResult[] results,
        @Nullable WardPostponement[] postponed,
        int wardsIn,
        int wardsPostponed,
        WardSums sums,
        int seatsDeclared) {
      super(results, postponed, wardsIn, wardsPostponed, sums, seatsDeclared);
    }
  }

  /**
   * The count with ward {@code w}'s result replaced by {@code result}, whose figures are {@code
   * added} ({@code result} and {@code added} null to withdraw it), and any postponement of the ward
   * removed; null when nothing is left. {@code old} is null when the council has no result yet.
   * The result has been checked against the ward and the election.
   */
  static @Nullable WardCount withWard(
      ElectionIndex index,
      CouncilFacts council,
      @Nullable WardCount old,
      int w,
      @Nullable WardResult result,
      @Nullable WardSums added) {
    int wards = council.wards.length;
    @Nullable WardResult[] results = old == null ? new WardResult[wards] : old.results.clone();
    @Nullable WardPostponement[] postponed =
        old == null ? new WardPostponement[wards] : old.postponed.clone();
    WardResult before = results[w];
    WardSums sums = old == null ? index.zeroSums : old.sums;
    int wardsIn = old == null ? 0 : old.wardsIn;
    int wardsPostponed = old == null ? 0 : old.wardsPostponed;
    int seatsDeclared = old == null ? 0 : old.seatsDeclared;
    WardSums taken = null;
    if (before != null) {
      taken = WardSums.ofWard(index, council.wards[w], before);
      wardsIn--;
      seatsDeclared -= before.seatsFilled();
    }
    if (postponed[w] != null) {
      postponed[w] = null;
      wardsPostponed--;
    }
    WardSums put = null;
    if (result != null && added != null) {
      put = added;
      wardsIn++;
      seatsDeclared += result.seatsFilled();
    }
    if (taken != null || put != null) {
      sums = sums.replacing(taken, put);
    }
    results[w] = result;
    return of(
        index,
        council,
        new Parts(results, postponed, wardsIn, wardsPostponed, sums, seatsDeclared));
  }

  /**
   * The count with ward {@code w} postponed ({@code postponement} null to take a postponement
   * back); null when nothing is left. The ward has no result; the postponement has been checked
   * against the ward and the election.
   */
  static @Nullable WardCount withPostponement(
      ElectionIndex index,
      CouncilFacts council,
      @Nullable WardCount old,
      int w,
      @Nullable WardPostponement postponement) {
    int wards = council.wards.length;
    @Nullable WardResult[] results = old == null ? new WardResult[wards] : old.results;
    @Nullable WardPostponement[] postponed =
        old == null ? new WardPostponement[wards] : old.postponed.clone();
    int wardsPostponed = old == null ? 0 : old.wardsPostponed;
    wardsPostponed += (postponement != null ? 1 : 0) - (postponed[w] != null ? 1 : 0);
    postponed[w] = postponement;
    return of(
        index,
        council,
        new Parts(
            results,
            postponed,
            old == null ? 0 : old.wardsIn,
            wardsPostponed,
            old == null ? index.zeroSums : old.sums,
            old == null ? 0 : old.seatsDeclared));
  }

  private static @Nullable WardCount of(ElectionIndex index, CouncilFacts council, Parts parts) {
    int wards = council.wards.length;
    if (parts.wardsIn == 0) {
      return parts.wardsPostponed == 0 ? null : new OnlyPostponed(parts);
    }
    if (parts.wardsIn + parts.wardsPostponed < wards) {
      return new InProgress(parts, council.decide(parts.sums.won, parts.seatsDeclared));
    }
    if (parts.wardsPostponed == 0) {
      // the sums are never changed once built, so the declaration shares their seats won
      CheckedDeclaration declared =
          new CheckedDeclaration(
              council,
              parts.sums.won,
              null,
              council.controlAfter(parts.sums.won),
              parts.seatsDeclared,
              null);
      return new Complete(parts, declared);
    }
    return new Complete(
        parts, DeclarationCheck.check(index, council, parts.provisional(index, council)));
  }

  /**
   * The provisional declaration of a council whose every ward is in or postponed: seats won the
   * sum of its wards; still to fill, the postponed wards' seats and any seats left unfilled; among
   * them, the postponed wards' seats as last fought, and their seats held on the eve of the poll
   * where every postponement gives them.
   */
  Declaration provisional(ElectionIndex index, CouncilFacts council) {
    Map<Party, Integer> won = new LinkedHashMap<>();
    for (int p = 0; p < sums.won.length; p++) {
      if (sums.won[p] > 0) {
        won.put(index.parties[p], sums.won[p]);
      }
    }
    Composition defended = Composition.empty();
    Composition held = Composition.empty();
    boolean heldKnown = true;
    for (int w = 0; w < postponed.length; w++) {
      WardPostponement postponement = postponed[w];
      if (postponement != null) {
        defended = defended.plus(council.wards[w].ward.defended());
        heldKnown &= !postponement.heldBeforePoll().isEmpty();
        held = held.plus(postponement.heldBeforePoll());
      }
    }
    return new Declaration(
        council.contest.council(),
        Composition.of(won),
        council.contested - seatsDeclared,
        defended,
        heldKnown ? held : Composition.empty());
  }

  /** The ward result of a ward position, or null. */
  @Nullable WardResult result(int w) {
    return results[w];
  }

  /** The postponement of a ward position, or null. */
  @Nullable WardPostponement postponement(int w) {
    return postponed[w];
  }

  boolean sameResults(WardCount other) {
    return Arrays.equals(results, other.results) && Arrays.equals(postponed, other.postponed);
  }

  int resultsHash() {
    return Arrays.hashCode(results) * 31 + Arrays.hashCode(postponed);
  }
}
