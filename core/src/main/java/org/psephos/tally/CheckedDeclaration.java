package org.psephos.tally;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.Declaration;

/**
 * A {@link Declaration} checked by {@link Tally#check(Declaration)} against the tally's election,
 * seat baseline and control rule, holding what applying it needs: the council's position, seats
 * won per party, the baseline seats among those still to fill and control after, all numbered as
 * the election numbers its parties.
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
  final ElectionIndex index;
  final int position;
  /** Seats won per party position; never changed once built. */
  final int[] won;
  /**
   * The tally's baseline seats among those still to fill per party position, left out of the
   * baseline; null if none (as in every complete declaration).
   */
  final int @Nullable [] leftOut;
  final CouncilControl controlAfter;
  final int seatsDeclared;
  /**
   * The declaration; built on first use for the sum of a council's wards (a benign race: every
   * thread builds an equal value, and a {@code Declaration}'s fields are final).
   */
  private @Nullable Declaration declaration;

  CheckedDeclaration(
      ElectionIndex index,
      int position,
      int[] won,
      int @Nullable [] leftOut,
      CouncilControl controlAfter,
      int seatsDeclared,
      @Nullable Declaration declaration) {
    this.index = index;
    this.position = position;
    this.won = won;
    this.leftOut = leftOut;
    this.controlAfter = controlAfter;
    this.seatsDeclared = seatsDeclared;
    this.declaration = declaration;
  }

  /**
   * The council declaring.
   *
   * @return the council, as the election lists it
   */
  public Council council() {
    return index.council(position);
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
    Council council = council();
    return Declaration.provisional(
        council,
        CouncilProgress.seatsWon(index.parties, won).asMap(),
        index.councils[position].contested - seatsDeclared,
        Map.of());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CheckedDeclaration other
        && index.sameAs(other.index)
        && declaration().equals(other.declaration());
  }

  @Override
  public int hashCode() {
    return declaration().hashCode() * 31 + index.baseline.hashCode();
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
        + index.election.id()
        + ", "
        + index.baseline.label()
        + ", "
        + index.rule
        + "]";
  }

}
