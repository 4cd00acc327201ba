package org.psephos.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.SeatCountException;
import org.psephos.VoteCountException;

/**
 * Decides candidates' statuses for a ward counted by the single transferable vote: the winners are
 * those the STV count elected (the candidates' votes are their first preferences, which do not
 * decide who wins), and a Scottish or Northern Irish ward cannot be decided by most votes.
 */
final class TransferableVoteCount {
  private TransferableVoteCount() {}

  /** Whether the council's wards are counted by STV: Scottish councils and NI districts. */
  static boolean applies(Council council) {
    return council.type() == CouncilType.SCOTTISH_COUNCIL
        || council.type() == CouncilType.NORTHERN_IRISH_DISTRICT;
  }

  static Map<Candidate, CandidateStatus> statuses(
      String where,
      WardResult result,
      Map<String, Candidate> byKey,
      List<String> elected,
      List<String> drawnWinners) {
    if (elected.isEmpty()) {
      throw new VoteCountException(
          where + ": " + result.council().type() + " wards are counted by the single"
              + " transferable vote, not by most votes; give the candidates the STV count elected"
              + " (or count the ballot profile with org.psephos.stv)");
    }
    if (result.isUncontested() || !drawnWinners.isEmpty()) {
      throw new VoteCountException(
          where + ": elected by the single transferable vote (" + String.join(", ", elected)
              + "), yet " + (result.isUncontested() ? "uncontested" : "winners drawn by lot"
              + " are given; an STV count records its lots in the count sheet"));
    }
    if (elected.size() != result.seats()) {
      throw new SeatCountException(
          where + ": the STV count elected " + elected.size() + " ("
              + String.join(", ", elected) + ") for " + result.seats() + " seats");
    }
    Map<Candidate, CandidateStatus> decided = new HashMap<>();
    List<Candidate> seen = new ArrayList<>();
    for (String name : elected) {
      Candidate candidate = byKey.get(WardResult.key(name));
      if (candidate == null || seen.contains(candidate)) {
        throw new VoteCountException(
            where + ": " + name + ", elected by the STV count, is "
                + (candidate == null ? "not a candidate in this ward" : "given twice"));
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
