package org.psephos.testkit;

/**
 * The ward-level knobs of {@link WardNightGenerator}, on top of the council-level {@link
 * GeneratorSettings}. Immutable; {@link #defaults()} are the shapes Psephos's own ward property
 * tests use. A knob {@code xOneIn} of {@code n} makes x happen to one council (or ward) in {@code
 * n} on average, and {@code 0} switches it off.
 *
 * @param withoutWardsOneIn councils listing no wards, declared whole (default 4)
 * @param largeWardOneIn wards of 4 or 5 seats rather than 1 to 3 (default 8)
 * @param previousVotesOneIn wards with previous votes under a convention, drawn for each
 *     convention, on contests with a previous result (default 2)
 * @param uncontestedOneIn ward results with no more candidates than seats, sometimes fewer,
 *     leaving seats unfilled (default 6)
 * @param ballotsOneIn contested ward results giving ballots cast and rejected, and then, one in
 *     two, the electorate (default 3)
 * @param supersededOneIn declared wards with an earlier result that their current result
 *     supersedes (default 5)
 * @param mostVotes the most votes a candidate of a contested ward polls: at least 3, and small
 *     so that ties at the last seat, decided by lot, are common (default 60)
 */
public record WardSettings(
    int withoutWardsOneIn,
    int largeWardOneIn,
    int previousVotesOneIn,
    int uncontestedOneIn,
    int ballotsOneIn,
    int supersededOneIn,
    int mostVotes) {

  /**
   * Checks every knob.
   *
   * @param withoutWardsOneIn councils without wards, one in
   * @param largeWardOneIn large wards, one in
   * @param previousVotesOneIn wards with previous votes, one in
   * @param uncontestedOneIn uncontested wards, one in
   * @param ballotsOneIn ward results with ballot figures, one in
   * @param supersededOneIn superseded ward results, one in
   * @param mostVotes the most votes a candidate polls
   * @throws IllegalArgumentException naming the knob and its value if one is out of range
   */
  public WardSettings {
    atLeast("withoutWardsOneIn", withoutWardsOneIn, 0);
    atLeast("largeWardOneIn", largeWardOneIn, 0);
    atLeast("previousVotesOneIn", previousVotesOneIn, 0);
    atLeast("uncontestedOneIn", uncontestedOneIn, 0);
    atLeast("ballotsOneIn", ballotsOneIn, 0);
    atLeast("supersededOneIn", supersededOneIn, 0);
    atLeast("mostVotes", mostVotes, 3);
  }

  private static void atLeast(String knob, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(
          "WardSettings." + knob + " must be at least " + min + ", not " + value);
    }
  }

  /**
   * The default knobs.
   *
   * @return the defaults
   */
  public static WardSettings defaults() {
    return new WardSettings(4, 8, 2, 6, 3, 5, 60);
  }
}
