package org.psephos.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.SeatCountException;
import org.psephos.ElectionDataException;
import org.psephos.UnresolvedTieException;

/**
 * Decides candidates' statuses for a ward counted by the single transferable vote: the winners are
 * those the STV count elected (the candidates' votes are their first preferences, which do not
 * decide who wins), and a Scottish or Northern Irish ward cannot be decided by most votes.
 */
final class TransferableVoteCount {
  private TransferableVoteCount() {}

  /** Whether the council's wards are counted by STV: Scottish councils and NI districts. */
  static boolean applies(Council council) {
    return council.type().electsByTransferableVote();
  }

  static Map<Candidate, CandidateStatus> statuses(
      String where,
      WardResult result,
      Roster roster,
      List<String> elected,
      List<String> drawnWinners) {
    if (elected.isEmpty()) {
      throw new SeatCountException(
          where + ": " + (result.council().type() == CouncilType.SCOTTISH_COUNCIL
                  ? "Scottish council" : "Northern Irish district")
              + " wards are counted by the single"
              + " transferable vote, not by most votes; give the candidates the STV count elected"
              + " (or count the ballot profile with org.psephos.stv)",
          result.subject(), 0, result.seats());
    }
    if (!drawnWinners.isEmpty()) {
      throw new UnresolvedTieException(
          where + ": elected by the single transferable vote (" + String.join(", ", elected)
              + "), yet winners drawn by lot are given; an STV count records its lots in the"
              + " count sheet",
          result.subject(), List.of(), drawnWinners);
    }
    if (result.isUncontested()) {
      throw new ElectionDataException(
          where + ": elected by the single transferable vote (" + String.join(", ", elected)
              + "), yet uncontested",
          result.subject());
    }
    if (elected.size() != result.seats()) {
      throw new SeatCountException(
          where + ": the STV count elected " + elected.size() + " ("
              + String.join(", ", elected) + ") for " + result.seats() + " seats",
          result.subject(), elected.size(), result.seats());
    }
    Map<Candidate, CandidateStatus> decided = new HashMap<>();
    List<Candidate> seen = new ArrayList<>();
    for (String name : elected) {
      List<Candidate> matches = roster.matches(name);
      if (matches.size() > 1) {
        throw new ElectionDataException(
            where + ": elected by the STV count: " + Roster.ambiguous(name, matches),
            result.subject().withCandidate(name));
      }
      Candidate candidate = matches.isEmpty() ? null : matches.get(0);
      if (candidate == null || seen.contains(candidate)) {
        throw new ElectionDataException(
            where + ": " + name + ", elected by the STV count, is "
                + (candidate == null ? "not a candidate in this ward" : "given twice"),
            result.subject().withCandidate(name));
      }
      seen.add(candidate);
      decided.put(candidate, CandidateStatus.ELECTED);
    }
    for (Candidate candidate : result.candidates()) {
      decided.putIfAbsent(candidate, CandidateStatus.DEFEATED);
    }
    return decided;
  }
}
