package org.psephos.feeds.pa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Declaration;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.tally.Tally;

/**
 * Turns one council's PA result into a declaration: the seats won are its {@code
 * ElectedCouncillors}, or, for an all-out council without them, its {@code NewCouncil}.
 */
final class PaDeclarations {
  private PaDeclarations() {}

  /**
   * The declaration of one council's result, checked against the tally's election.
   *
   * @throws PaFeedException if the council or a party is unknown, the seats won do not add up to
   *     the seats offered, or a council electing part of its seats lists no {@code
   *     ElectedCouncillors}
   */
  static Declaration declaration(
      PaElection election, Tally tally, String file, PaCouncilResult result) {
    Council council =
        election
            .council(result.paId())
            .orElseThrow(
                () ->
                    new PaFeedException(
                        PaFeedException.Kind.UNKNOWN_COUNCIL,
                        file,
                        result.path(),
                        "council " + result.name() + " (pa:" + result.paId()
                            + ") is not one of the nominated councils",
                        DataSubject.none().withCouncil("pa:" + result.paId())));
    Contest contest = election.election().requireContest(council);
    List<PaPartyFigure> won = seatsWon(file, result, contest);
    Map<Party, Integer> seats = new LinkedHashMap<>();
    int total = 0;
    for (PaPartyFigure figure : won) {
      Party party = party(election, file, council, figure);
      if (seats.putIfAbsent(party, figure.value()) != null) {
        throw new PaFeedException(
            PaFeedException.Kind.INVALID_VALUE,
            file,
            figure.path(),
            council.label() + ": " + party.label() + " is listed twice",
            DataSubject.council(council).withParty(party.id()));
      }
      total += figure.value();
    }
    if (total != contest.contested()) {
      throw new PaFeedException(
          PaFeedException.Kind.SEATS_DO_NOT_ADD_UP,
          file,
          result.path(),
          council.label() + ": the seats won (" + total + ") do not add up to the seats offered ("
              + contest.contested() + ")",
          DataSubject.council(council));
    }
    // the figures are checked above; core's own checks stay as the last word
    try {
      Declaration declaration = Declaration.of(council, seats);
      tally.check(declaration);
      return declaration;
    } catch (ElectionDataException e) {
      throw new PaFeedException(
          PaFeedException.Kind.INVALID_VALUE,
          file,
          result.path(),
          String.valueOf(e.getMessage()),
          e.subject());
    }
  }

  private static List<PaPartyFigure> seatsWon(
      String file, PaCouncilResult result, Contest contest) {
    if (result.elected().isPresent()) {
      return result.elected().get();
    }
    if (!contest.isAllOut()) {
      throw new PaFeedException(
          PaFeedException.Kind.SEATS_DO_NOT_ADD_UP,
          file,
          result.path(),
          contest.council().label() + ": no ElectedCouncillors, and the council elects "
              + contest.contested() + " of its " + contest.council().size()
              + " seats, so NewCouncil is not the seats won",
          DataSubject.council(contest.council()));
    }
    return result.newCouncil();
  }

  /** The party of a figure, by its {@code paId}. */
  static Party party(PaElection election, String file, Council council, PaPartyFigure figure) {
    return election
        .party(figure.paId())
        .orElseThrow(
            () ->
                new PaFeedException(
                    PaFeedException.Kind.UNKNOWN_PARTY,
                    file,
                    figure.path(),
                    council.label() + ": party " + figure.name() + " (pa:" + figure.paId()
                        + ") is not one of the nominated parties",
                    DataSubject.council(council).withParty("pa:" + figure.paId())));
  }
}
