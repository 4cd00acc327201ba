package org.psephos.stv;

import java.util.List;

/**
 * One distinct preference sequence of a ballot profile and how many voters marked it: the usable
 * preferences only, in order, as 0-based positions in the profile's candidate list.
 *
 * <p>Usable preferences stop at the first gap or repeated candidate; withdrawn candidates are
 * left out. A ballot always has a first preference: papers with none are rejected and counted in
 * {@link BallotProfile#rejectedPapers()}, not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the number of papers marked this way, at least 1
 * @param preferences the candidates in order of preference, not empty, without repeats
 */
public record Ballot(long count, List<Integer> preferences) {

  /**
   * Validates the components.
   *
   * @param count the number of papers, at least 1
   * @param preferences the candidates in order of preference, not empty, without repeats
   * @throws StvException if the count is below 1, the preferences are empty, or a candidate is
   *     repeated or negative
   */
  public Ballot {
    preferences = List.copyOf(preferences);
    if (count < 1) {
      throw new StvException("a ballot's count (" + count + ") must be at least 1");
    }
    if (preferences.isEmpty()) {
      throw new StvException("a ballot of " + count + " papers has no first preference");
    }
    for (int i = 0; i < preferences.size(); i++) {
      int candidate = preferences.get(i);
      if (candidate < 0 || preferences.subList(0, i).contains(candidate)) {
        throw new StvException(
            "ballot " + preferences + ": candidate " + candidate + " is negative or repeated");
      }
    }
  }

  /**
   * The first preference.
   *
   * @return the 0-based position of the first-preference candidate
   */
  public int first() {
    return preferences.get(0);
  }
}
