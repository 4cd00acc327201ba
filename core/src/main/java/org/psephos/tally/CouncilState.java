package org.psephos.tally;

import org.jspecify.annotations.Nullable;

/**
 * What a tally holds for one council that has any result, of one of three kinds:
 *
 * <ul>
 *   <li>declared whole: the {@link CheckedDeclaration} applied;
 *   <li>counted ward by ward, in progress: {@link WardCount.InProgress}, some but not all wards
 *       in, with whether control is already decided;
 *   <li>counted ward by ward, complete: {@link WardCount.Complete}, every ward in, with the
 *       council-level declaration its wards add up to.
 * </ul>
 *
 * Immutable.
 */
sealed interface CouncilState permits CheckedDeclaration, WardCount {

  /**
   * The council-level declaration of a state that counts as declared (declared whole, or every
   * ward in); null for a count in progress or no state.
   */
  static @Nullable CheckedDeclaration declared(@Nullable CouncilState state) {
    if (state instanceof CheckedDeclaration whole) {
      return whole;
    }
    return state instanceof WardCount.Complete complete ? complete.declared : null;
  }

  /** Whether a state counts as declared. */
  static boolean isDeclared(@Nullable CouncilState state) {
    return state instanceof CheckedDeclaration || state instanceof WardCount.Complete;
  }

  /** The seats a state has declared: seats won, in total. */
  static int seatsDeclared(CouncilState state) {
    return state instanceof CheckedDeclaration whole
        ? whole.seatsDeclared()
        : ((WardCount) state).seatsDeclared;
  }

  /** The same inputs: equal whole declarations, or equal ward results. */
  static boolean sameInputs(CouncilState mine, CouncilState theirs) {
    if (mine instanceof CheckedDeclaration whole) {
      return theirs instanceof CheckedDeclaration other
          && whole.declaration().equals(other.declaration());
    }
    return theirs instanceof WardCount other && ((WardCount) mine).sameResults(other);
  }

  /** A hash of the inputs, consistent with {@link #sameInputs}. */
  static int inputHash(CouncilState state) {
    return state instanceof CheckedDeclaration whole
        ? whole.declaration().hashCode()
        : ((WardCount) state).resultsHash();
  }
}
