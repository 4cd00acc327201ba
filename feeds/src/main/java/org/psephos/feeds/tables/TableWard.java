package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One ballot of a candidate table: a ward's candidates as the file gives them, with the council
 * and ward codes (ONS GSS codes in LEAP and the Handbooks), the seats, the ballot figures the file
 * gives, and the winners drawn by lot that the file's elected flags imply.
 *
 * <p>The seats are the file's number to elect where it has one (the Handbooks' {@code Vacancies}),
 * otherwise the number of candidates flagged elected (LEAP). The flags were checked against "most
 * votes win" when the file was read ({@link LeapReader}, {@link HandbookReader}): where they differ
 * only by a tie for the last seat, the flagged tied candidates are the winners drawn by lot ({@link
 * #drawnWinners()}); any other difference rejected the file. Wards of councils counted by the
 * single transferable vote (GSS codes S12, N09) are not checked: their flags are the count's
 * result.
 *
 * <p>{@code wardId} is the ward's code, except for a second ballot of the same ward on the same
 * day in one file (a by-election alongside the scheduled election), whose id is the ward's code
 * followed by {@code ".by"} (Democracy Club's convention for by-election ballots), so that both
 * ballots are kept and told apart.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param councilId the council's code, such as {@code "E07000026"}
 * @param councilName the council's name
 * @param wardId the ward's code (with {@code ".by"} for a second ballot)
 * @param wardName the ward's name
 * @param seats the seats elected, at least 1
 * @param candidates the candidates in file order
 * @param electorate the electorate, when the file gives it
 * @param ballotsCast the ballots cast (turnout), when the file gives it
 * @param ballotsRejected the ballots rejected (spoilt), when the file gives it
 * @param drawnWinners the flagged candidates tied for the last seat, drawn by lot; usually empty
 * @param line the line of the ballot's first row
 */
public record TableWard(
    String councilId,
    String councilName,
    String wardId,
    String wardName,
    int seats,
    List<TableCandidate> candidates,
    OptionalInt electorate,
    OptionalInt ballotsCast,
    OptionalInt ballotsRejected,
    List<String> drawnWinners,
    long line) {

  /**
   * Copies the lists.
   *
   * @param councilId the council's code
   * @param councilName the council's name
   * @param wardId the ward's code
   * @param wardName the ward's name
   * @param seats the seats elected
   * @param candidates the candidates in file order
   * @param electorate the electorate, when given
   * @param ballotsCast the ballots cast, when given
   * @param ballotsRejected the ballots rejected, when given
   * @param drawnWinners the winners drawn by lot
   * @param line the line of the ballot's first row
   */
  public TableWard {
    requireNonNull(councilId, "councilId");
    requireNonNull(councilName, "councilName");
    requireNonNull(wardId, "wardId");
    requireNonNull(wardName, "wardName");
    candidates = List.copyOf(candidates);
    requireNonNull(electorate, "electorate");
    requireNonNull(ballotsCast, "ballotsCast");
    requireNonNull(ballotsRejected, "ballotsRejected");
    drawnWinners = List.copyOf(drawnWinners);
  }

  /**
   * Whether the ward went uncontested: no more candidates than seats, so no poll.
   *
   * @return true if uncontested
   */
  public boolean isUncontested() {
    return candidates.size() <= seats;
  }

  /**
   * Whether a seat was decided by lot (the flags broke a tie for the last seat).
   *
   * @return true if some winner was drawn by lot
   */
  public boolean isDecidedByLot() {
    return !drawnWinners.isEmpty();
  }

  /**
   * The candidates the file flags as elected, in file order.
   *
   * @return the flagged candidates
   */
  public List<TableCandidate> flaggedElected() {
    List<TableCandidate> flagged = new ArrayList<>();
    for (TableCandidate candidate : candidates) {
      if (candidate.elected()) {
        flagged.add(candidate);
      }
    }
    return List.copyOf(flagged);
  }

  /**
   * The ward as named in messages: {@code "Allerdale (E07000026), ward All Saints (E05011720)"}.
   *
   * @return the label
   */
  public String label() {
    return councilName + " (" + councilId + "), ward " + wardName + " (" + wardId + ")";
  }
}
