package org.psephos.stv;

import java.util.List;

/**
 * A lot drawn at a count: the stage it decided, what for, the candidates it was drawn among and
 * the one drawn.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage the lot decided (the stage whose surplus or exclusion it chose)
 * @param purpose what the lot decided
 * @param tied the names of the candidates tied after every earlier stage was looked at
 * @param drawn the name drawn, one of {@code tied}
 */
public record LotDraw(int stage, LotPurpose purpose, List<String> tied, String drawn) {

  /**
   * Validates the components.
   *
   * @param stage the stage, at least 2
   * @param purpose what the lot decided
   * @param tied the tied candidates, at least two
   * @param drawn the candidate drawn, one of {@code tied}
   * @throws StvException if the candidate drawn is not among the tied
   */
  public LotDraw {
    tied = List.copyOf(tied);
    if (!tied.contains(drawn)) {
      throw new StvException(
          "stage " + stage + ": the lot drew " + drawn + ", who is not among the tied " + tied);
    }
  }
}
