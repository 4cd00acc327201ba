package org.psephos.tally;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.Declaration;

/**
 * A {@link Declaration} checked by {@link Tally#check(Declaration)} against the tally's election,
 * seat baseline and control rule, holding what applying it needs: the council (its facts and
 * position), seats won per party, the seats still to fill and the baseline seats among them, and
 * control after, all numbered as the election numbers its parties.
 *
 * <p>{@link Tally#apply(CheckedDeclaration)} trusts it after a constant-time check that it was
 * checked for the tally's election (the same {@code Election} instance), baseline and rule, so a
 * reader can check each declaration once, where it is read, and apply it to any later tally of
 * the same election. The tally also builds one itself for a council whose last ward is in: the
 * sum of its wards.
 *
 * <p>Equal when the declarations are equal and were checked for equal elections, the same
 * baseline and equal rules. Immutable and thread-safe.
 */
public final class CheckedDeclaration implements CouncilState {
  /** The council's facts, and through them the index it was checked for. */
  final CouncilFacts council;
  /** Seats won per party position; never changed once built. */
  final int[] won;
  final CouncilControl controlAfter;
  /** The seats still to fill, if any: null when every seat contested was filled. */
  private final @Nullable StillToFill stillToFill;
  /**
   * The declaration; built on first use for the sum of a council's wards (a benign race: every
   * thread builds an equal value, and a {@code Declaration}'s fields are final).
   */
  private @Nullable Declaration declaration;

  /**
   * The seats a declaration leaves to fill, and the tally's baseline seats among them per party
   * position (left out of the baseline; null if none). Kept apart so that a complete declaration,
   * the common case, holds one field less.
   */
  private static final class StillToFill {
    final int seats;
    final int @Nullable [] leftOut;

    StillToFill(int seats, int @Nullable [] leftOut) {
      this.seats = seats;
      this.leftOut = leftOut;
    }
  }

  CheckedDeclaration(
      CouncilFacts council,
      int[] won,
      int @Nullable [] leftOut,
      CouncilControl controlAfter,
      int seatsDeclared,
      @Nullable Declaration declaration) {
    this.council = council;
    this.won = won;
    this.controlAfter = controlAfter;
    int toFill = council.contested - seatsDeclared;
    this.stillToFill = toFill == 0 && leftOut == null ? null : new StillToFill(toFill, leftOut);
    this.declaration = declaration;
  }

  /** The index this declaration was checked for. */
  ElectionIndex index() {
    return council.index;
  }

  /** Seats won, in total. */
  int seatsDeclared() {
    return stillToFill == null ? council.contested : council.contested - stillToFill.seats;
  }

  /**
   * The tally's baseline seats among those still to fill per party position, left out of the
   * baseline; null if none (as in every complete declaration).
   */
  int @Nullable [] leftOut() {
    return stillToFill == null ? null : stillToFill.leftOut;
  }

  /**
   * The council declaring.
   *
   * @return the council, as the election lists it
   */
  public Council council() {
    return council.contest.council();
  }

  /**
   * The declaration checked: as given to {@link Tally#check(Declaration)}, or, for a council whose
   * last ward is in, the sum of its wards (seats won per party in the election's order of parties,
   * seats left unfilled still to fill).
   *
   * @return the declaration
   */
  public Declaration declaration() {
    Declaration known = declaration;
    if (known == null) {
      known = sumOfWards();
      declaration = known;
    }
    return known;
  }

  private Declaration sumOfWards() {
    return Declaration.provisional(
        council(),
        CouncilProgress.seatsWon(index().parties, won).asMap(),
        council.contested - seatsDeclared(),
        Map.of());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CheckedDeclaration other
        && index().sameAs(other.index())
        && declaration().equals(other.declaration());
  }

  @Override
  public int hashCode() {
    return declaration().hashCode() * 31 + index().baseline.hashCode();
  }

  /**
   * A short description: the declaration and what it was checked for.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CheckedDeclaration["
        + declaration()
        + "; election "
        + index().election.id()
        + ", "
        + index().baseline.label()
        + ", "
        + index().rule
        + "]";
  }

}
