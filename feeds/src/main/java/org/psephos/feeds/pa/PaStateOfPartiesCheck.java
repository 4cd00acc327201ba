package org.psephos.feeds.pa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.psephos.Council;
import org.psephos.DataSubject;
import org.psephos.Party;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * Reconciles a {@code LocalStateOfParties} message with a tally of the councils it lists: each
 * party's councils controlled ({@code totalCouncils}), change in control, seats won and net change
 * in seats, the "No Overall Control" line's councils and change, and the number of results. A
 * party with any non-zero figure in the tally that the message leaves out is a difference too.
 */
public final class PaStateOfPartiesCheck {
  private PaStateOfPartiesCheck() {}

  /**
   * The message's figures that disagree with the tally's standings over the councils it lists.
   *
   * @param message the state-of-parties message
   * @param election the election of PA's nominations
   * @param tally a tally of that election, with PA's baseline and control rule for PA's figures
   * @return the differences, in the message's order; empty when every figure agrees
   * @throws PaFeedException if the message names a council that is not nominated ({@link
   *     PaFeedException.Kind#UNKNOWN_COUNCIL}) or has not declared ({@link
   *     PaFeedException.Kind#UNDECLARED_COUNCIL}), or a party that is not nominated ({@link
   *     PaFeedException.Kind#UNKNOWN_PARTY})
   */
  public static List<PaDifference> reconcile(
      PaStateOfParties message, PaElection election, Tally tally) {
    Set<Council> councils = councils(message, election, tally);
    Standings standings = tally.standings(councils::contains);
    String subject = message.file();
    List<PaDifference> differences = new ArrayList<>();
    if (message.numberOfResults() != councils.size()) {
      differences.add(
          new PaDifference(
              subject,
              "numberOfResults",
              Integer.toString(message.numberOfResults()),
              Integer.toString(councils.size())));
    }
    Set<Party> listed = new HashSet<>();
    boolean nocListed = false;
    for (int i = 0; i < message.parties().size(); i++) {
      PaPartyState line = message.parties().get(i);
      if (line.isNoOverallControl()) {
        nocListed = true;
        compareNoc(subject, line, standings, differences);
        continue;
      }
      Party party = party(message, i, line, election);
      listed.add(party);
      PartyStanding ours = standings.party(party).orElse(PartyStanding.zero(party));
      compare(subject, line.name(), line, ours, differences);
    }
    for (PartyStanding ours : standings.parties()) {
      if (!listed.contains(ours.party()) && !isZero(ours)) {
        PaPartyState absent =
            new PaPartyState(
                Optional.of(PaElection.paIdOf(ours.party().id())),
                ours.party().name(),
                ours.party().shortName(),
                0,
                0,
                0,
                0);
        compare(subject, ours.party().name() + " (absent)", absent, ours, differences);
      }
    }
    if (!nocListed && (standings.noOverallControl() != 0 || standings.noOverallControlChange() != 0)) {
      compareNoc(
          subject,
          new PaPartyState(Optional.empty(), "No Overall Control (absent)", "NOC", 0, 0, 0, 0),
          standings,
          differences);
    }
    return differences;
  }

  /** Whether a standing has no figure a state-of-parties message would show. */
  static boolean isZero(PartyStanding standing) {
    return standing.councils() == 0
        && standing.councilsChange() == 0
        && standing.seatsWon() == 0
        && standing.seatsChange() == 0;
  }

  private static Set<Council> councils(PaStateOfParties message, PaElection election, Tally tally) {
    Set<Council> councils = new HashSet<>();
    for (PaCouncilRef ref : message.councils()) {
      Council council =
          election
              .council(ref.paId())
              .orElseThrow(
                  () ->
                      new PaFeedException(
                          PaFeedException.Kind.UNKNOWN_COUNCIL,
                          message.file(),
                          ref.path(),
                          "council " + ref.name() + " (pa:" + ref.paId()
                              + ") is not one of the nominated councils",
                          DataSubject.none().withCouncil("pa:" + ref.paId())));
      if (!tally.isDeclared(council)) {
        throw new PaFeedException(
            PaFeedException.Kind.UNDECLARED_COUNCIL,
            message.file(),
            ref.path(),
            "council " + ref.name() + " (pa:" + ref.paId() + ") has not declared in the tally ("
                + tally.councilsDeclared() + " of " + election.election().councils().size()
                + " declared)",
            DataSubject.council(council));
      }
      councils.add(council);
    }
    return councils;
  }

  private static Party party(
      PaStateOfParties message, int index, PaPartyState line, PaElection election) {
    String paId = line.paId().orElseThrow();
    return election
        .party(paId)
        .orElseThrow(
            () ->
                new PaFeedException(
                    PaFeedException.Kind.UNKNOWN_PARTY,
                    message.file(),
                    "/LocalStateOfParties/Parties/Party[" + (index + 1) + "]",
                    "party " + line.name() + " (pa:" + paId + ") is not one of the nominated"
                        + " parties",
                    DataSubject.none().withParty("pa:" + paId)));
  }

  private static void compare(
      String subject, String name, PaPartyState pa, PartyStanding ours, List<PaDifference> out) {
    figure(subject, name + " totalCouncils", pa.totalCouncils(), ours.councils(), false, out);
    figure(
        subject, name + " changeInControl", pa.changeInControl(), ours.councilsChange(), true, out);
    figure(subject, name + " seatsWon", pa.seatsWon(), ours.seatsWon(), false, out);
    figure(
        subject, name + " netChangeInSeats", pa.netChangeInSeats(), ours.seatsChange(), true, out);
  }

  private static void compareNoc(
      String subject, PaPartyState pa, Standings standings, List<PaDifference> out) {
    String name = pa.name();
    figure(subject, name + " totalCouncils", pa.totalCouncils(), standings.noOverallControl(),
        false, out);
    figure(subject, name + " changeInControl", pa.changeInControl(),
        standings.noOverallControlChange(), true, out);
  }

  private static void figure(
      String subject, String field, int pa, int ours, boolean signed, List<PaDifference> out) {
    if (pa != ours) {
      out.add(
          new PaDifference(
              subject,
              field,
              signed ? PaResultCheck.signed(pa) : Integer.toString(pa),
              signed ? PaResultCheck.signed(ours) : Integer.toString(ours)));
    }
  }
}
