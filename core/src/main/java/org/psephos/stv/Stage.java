package org.psephos.stv;

import java.util.List;

/**
 * One stage of an STV count, as a column of the published "votes per stage" sheet: what was
 * transferred, each candidate's change and total, the non-transferable votes, the votes lost to
 * truncation, who was elected or excluded, and any lot drawn.
 *
 * <p>Figures are whole numbers of the count's units ({@link CountSheet#decimals()} decimal
 * places): 1 vote is 100000 units under Scottish rules. Candidates are 0-based positions in {@link
 * CountSheet#candidates()}. The totals, the non-transferable votes and the loss add up to the
 * valid vote at every stage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the stage number, from 1
 * @param kind what the stage did
 * @param from the candidates whose surplus or papers were transferred, empty at stage 1
 * @param transferred the surplus, or the value of the papers excluded, in units; 0 at stage 1
 * @param transferValue the value each paper moved at, in units, where one value applies (a
 *     Northern Irish transfer or a Scottish surplus of papers all of one value); otherwise -1
 * @param changes each candidate's change at this stage, in units
 * @param totals each candidate's total at the end of the stage, in units
 * @param nonTransferable the non-transferable votes so far, in units
 * @param nonTransferableChange the non-transferable votes added at this stage, in units
 * @param loss the votes lost to truncation so far, in units
 * @param lossChange the votes lost at this stage, in units
 * @param elected the candidates elected at the end of this stage, in order of election
 * @param excluded the candidates excluded at this stage
 * @param lots the lots drawn to decide this stage, at most one
 */
public record Stage(
    int number,
    StageKind kind,
    List<Integer> from,
    long transferred,
    long transferValue,
    List<Long> changes,
    List<Long> totals,
    long nonTransferable,
    long nonTransferableChange,
    long loss,
    long lossChange,
    List<Integer> elected,
    List<Integer> excluded,
    List<LotDraw> lots) {

  /**
   * Copies the lists.
   *
   * @param number the stage number
   * @param kind what the stage did
   * @param from the candidates whose votes were transferred
   * @param transferred the surplus or votes excluded
   * @param transferValue the single transfer value, or -1
   * @param changes each candidate's change
   * @param totals each candidate's total
   * @param nonTransferable the non-transferable votes so far
   * @param nonTransferableChange the non-transferable votes of this stage
   * @param loss the loss so far
   * @param lossChange the loss of this stage
   * @param elected the candidates elected
   * @param excluded the candidates excluded
   * @param lots the lots drawn
   */
  public Stage {
    from = List.copyOf(from);
    changes = List.copyOf(changes);
    totals = List.copyOf(totals);
    elected = List.copyOf(elected);
    excluded = List.copyOf(excluded);
    lots = List.copyOf(lots);
  }
}
