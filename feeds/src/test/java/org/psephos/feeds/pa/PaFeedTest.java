package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.feeds.pa.SmallFeed.alltonResult;
import static org.psephos.feeds.pa.SmallFeed.thirdsbyResult;

import org.junit.jupiter.api.Test;
import org.psephos.Council;
import org.psephos.Party;

class PaFeedTest {
  private final PaElection election = SmallFeed.election();
  private final Council thirdsby = election.council(SmallFeed.THIRDSBY).orElseThrow();
  private final Party lab = election.party("662").orElseThrow();
  private final Party con = election.party("659").orElseThrow();

  @Test
  void aResultBecomesADeclarationOfItsElectedCouncillors() {
    PaFeedStep step = PaFeed.start(election).apply(thirdsbyResult(1, "Lab:5", "C:2", "Ind:1"));
    assertThat(step.changed()).hasSize(1);
    assertThat(step.changed().get(0).declaration().seatsWon().seats(lab)).isEqualTo(5);
    assertThat(step.changed().get(0).seatChange(lab)).isEqualTo(1);
    assertThat(step.feed().revision(thirdsby)).hasValue(1);
    assertThat(step.notices()).isEmpty();
    assertThat(step.gaps()).isEmpty();
    assertThat(step.differences()).isEmpty();
  }

  @Test
  void anAllOutCouncilWithoutElectedCouncillorsTakesNewCouncilAsSeatsWon() {
    PaFeedStep step = PaFeed.start(election).apply(alltonResult(1, 3, 6));
    Party ld = election.party("667").orElseThrow();
    assertThat(step.changed().get(0).declaration().seatsWon().seats(ld)).isEqualTo(6);
    assertThat(step.changed().get(0).outcome().gainedBy()).contains(ld);
  }

  @Test
  void aHigherRevisionReplacesTheLowerAndALowerOneAfterItIsIgnored() {
    PaFeed feed = PaFeed.start(election).apply(thirdsbyResult(1, "Lab:5", "C:2", "Ind:1")).feed();
    PaFeedStep second = feed.apply(thirdsbyResult(2, "Lab:4", "C:3", "Ind:1"));
    assertThat(second.feed().tally().declaration(thirdsby).orElseThrow().seatsWon().seats(con))
        .isEqualTo(3);
    assertThat(second.feed().revision(thirdsby)).hasValue(2);
    PaFeedStep again = second.feed().apply(thirdsbyResult(1, "Lab:5", "C:2", "Ind:1"));
    assertThat(again.changed()).isEmpty();
    assertThat(again.feed().tally()).isEqualTo(second.feed().tally());
    assertThat(again.notices()).singleElement().asString()
        .isEqualTo("revision 1 of Thirdsby (pa:9001) was already received in r_Thirdsby_1.xml:"
            + " ignored (revision 2 is applied)");
  }

  @Test
  void aRevisionAfterAGapIsHeldBackUntilTheGapIsFilled() {
    PaFeed feed = PaFeed.start(election).apply(thirdsbyResult(1, "Lab:5", "C:2", "Ind:1")).feed();
    PaFeedStep third = feed.apply(thirdsbyResult(3, "Lab:2", "C:5", "Ind:1"));
    assertThat(third.changed()).isEmpty();
    assertThat(third.feed().tally()).isEqualTo(feed.tally());
    assertThat(third.gaps()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(PaFeedException.Kind.REVISION_GAP);
      assertThat(e.file()).isEqualTo("r_Thirdsby_3.xml");
      assertThat(e.getMessage()).contains("revision 2 is missing (revision 1 is applied)");
    });
    assertThat(third.feed().gaps()).hasSize(1);
    assertThat(third.feed().toString()).contains("1 held back");
    PaFeedStep second = third.feed().apply(thirdsbyResult(2, "Lab:4", "C:3", "Ind:1"));
    assertThat(second.feed().revision(thirdsby)).hasValue(3);
    assertThat(second.changed()).hasSize(1);
    assertThat(second.feed().tally().declaration(thirdsby).orElseThrow().seatsWon().seats(con))
        .isEqualTo(5);
    assertThat(second.feed().gaps()).isEmpty();
    PaFeedStep late = second.feed().apply(thirdsbyResult(1, "Lab:5", "C:2", "Ind:1"));
    assertThat(late.notices()).singleElement().asString().endsWith("ignored (revision 3 is applied)");
    PaFeedStep repeat = late.feed().apply(thirdsbyResult(3, "Lab:2", "C:5", "Ind:1"));
    assertThat(repeat.notices()).singleElement().asString().endsWith("r_Thirdsby_3.xml: ignored");
  }

  @Test
  void aFirstRevisionAboveOneIsAGapUntilRevisionOneComes() {
    PaFeedStep step = PaFeed.start(election).apply(thirdsbyResult(2, "Lab:4", "C:3", "Ind:1"));
    assertThat(step.gaps()).singleElement().satisfies(
        e -> assertThat(e.getMessage()).endsWith("revision 1 is missing"));
    assertThat(step.feed().revision(thirdsby)).isEmpty();
    assertThat(step.feed().tally().councilsDeclared()).isZero();
  }

  @Test
  void theSameRevisionWithOtherFiguresIsRejectedAndNothingChanges() {
    PaFeed feed = PaFeed.start(election).apply(thirdsbyResult(1, "Lab:5", "C:2", "Ind:1")).feed();
    assertThatThrownBy(() -> feed.apply(thirdsbyResult(1, "Lab:4", "C:3", "Ind:1")))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.CONFLICTING_REVISION);
          assertThat(e.getMessage())
              .contains("r_Thirdsby_1.xml at /LocalElectionResult/Election/Council[1]")
              .contains("differs from the same revision in r_Thirdsby_1.xml");
          assertThat(e.councilId()).contains("pa:9001");
        });
    assertThat(feed.revision(thirdsby)).hasValue(1);
  }

  @Test
  void seatsThatDoNotAddUpToTheSeatsOfferedAreRejected() {
    PaFeed feed = PaFeed.start(election);
    assertThatThrownBy(() -> feed.apply(thirdsbyResult(1, "Lab:5", "C:2")))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.SEATS_DO_NOT_ADD_UP);
          assertThat(e.getMessage()).contains("the seats won (7) do not add up to the seats offered (8)");
        });
    String noElected = SmallFeed.thirdsby(1, "Lab:5", "C:2", "Ind:1")
        .replaceAll("<ElectedCouncillors>.*</ElectedCouncillors>", "");
    PaResult withoutElected = (PaResult) PaReader.read("t.xml", Fixtures.bytes(noElected));
    assertThatThrownBy(() -> feed.apply(withoutElected))
        .hasMessageContaining("no ElectedCouncillors, and the council elects 8 of its 20 seats");
  }

  @Test
  void unknownCouncilsAndPartiesAreRejectedNamingTheElement() {
    PaFeed feed = PaFeed.start(election);
    String otherCouncil = SmallFeed.thirdsby(1, "Lab:5", "C:2", "Ind:1").replace("paId='9001'", "paId='9999'");
    assertThatThrownBy(() -> feed.apply((PaResult) PaReader.read("u.xml", Fixtures.bytes(otherCouncil))))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.UNKNOWN_COUNCIL);
          assertThat(e.getMessage()).contains("Thirdsby (pa:9999) is not one of the nominated councils");
        });
    assertThatThrownBy(() -> feed.apply(thirdsbyResult(1, "Lab:5", "C:2", "Green:1")))
        .isInstanceOfSatisfying(PaFeedException.class, e -> {
          assertThat(e.kind()).isEqualTo(PaFeedException.Kind.UNKNOWN_PARTY);
          assertThat(e.elementPath())
              .isEqualTo("/LocalElectionResult/Election/Council[1]/ElectedCouncillors/Party[3]");
          assertThat(e.partyId()).contains("pa:999");
        });
    assertThatThrownBy(() -> feed.apply(thirdsbyResult(1, "Lab:5", "Lab:2", "Ind:1")))
        .hasMessageContaining("Thirdsby (pa:9001): Labour (pa:662) is listed twice");
  }

  @Test
  void aFileIsAppliedWholeOrNotAtAll() {
    String two = SmallFeed.thirdsby(1, "Lab:5", "C:2", "Ind:1")
        .replace("</Council></Election>",
            "</Council><Council name='Allton' paId='9002' type='London' proportion='all'>"
                + SmallFeed.block("NewCouncil", "seats", "Lab:3", "LD:5") + "</Council></Election>");
    PaFeed feed = PaFeed.start(election);
    assertThatThrownBy(() -> feed.apply((PaResult) PaReader.read("two.xml", Fixtures.bytes(two))))
        .hasMessageContaining("two.xml at /LocalElectionResult/Election/Council[2]")
        .hasMessageContaining("(8) do not add up to the seats offered (9)");
    assertThat(feed.tally().councilsDeclared()).isZero();
    PaFeedStep both = feed.apply((PaResult) PaReader.read("two.xml", Fixtures.bytes(two.replace("'LD' paId='667' seats='5'", "'LD' paId='667' seats='6'"))));
    assertThat(both.changed()).hasSize(2);
  }

  @Test
  void pasOwnFiguresThatDisagreeAreReportedCouncilFieldPaAndOurs() {
    String wrong = SmallFeed.thirdsby(1, "Lab:5", "C:2", "Ind:1")
        .replace("proportion='third'>",
            "proportion='third' winningParty='Lab' gainOrHold='gain' sittingParty='Lab'>")
        .replace("</ElectedCouncillors>",
            "</ElectedCouncillors>" + SmallFeed.block("Changes", "change", "Lab:+1", "C:-2"))
        .replace("'Lab' paId='662' seats='11'", "'Lab' paId='662' seats='12'");
    PaFeedStep step = PaFeed.start(election).apply((PaResult) PaReader.read("w.xml", Fixtures.bytes(wrong)));
    assertThat(step.differences()).containsExactly(
        new PaDifference("Thirdsby", "Changes C", "-2", "-1"),
        new PaDifference("Thirdsby", "NewCouncil Lab", "12", "11"),
        new PaDifference("Thirdsby", "sittingParty", "Lab", "NOC"));
    assertThat(step.differences().get(0)).hasToString("Thirdsby: Changes C: PA -2, ours -1");
    assertThat(step.feed().differences()).isEqualTo(step.differences());
  }

  @Test
  void pasHoldIsAcceptedForAHoldAndAnyOtherOutcomeIsChecked() {
    PaFeed feed = PaFeed.start(election);
    String allton = "<LocalElectionResult revision='1'><Election date='2026-05-07' paId='252'>"
        + "<Council name='Allton' paId='9002' type='London' proportion='all' gainOrHold='OUTCOME'>"
        + SmallFeed.block("NewCouncil", "seats", "Lab:5", "LD:4") + "</Council></Election>"
        + "</LocalElectionResult>";
    PaFeedStep hold = feed.apply((PaResult) PaReader.read("h.xml", Fixtures.bytes(allton.replace("OUTCOME", "hold"))));
    assertThat(hold.differences()).isEmpty();
    PaFeedStep noChange = feed.apply((PaResult) PaReader.read("h.xml", Fixtures.bytes(allton.replace("OUTCOME", "no change"))));
    assertThat(noChange.differences()).isEmpty();
    PaFeedStep gain = feed.apply((PaResult) PaReader.read("h.xml", Fixtures.bytes(allton.replace("OUTCOME", "gain"))));
    assertThat(gain.differences()).containsExactly(
        new PaDifference("Allton", "gainOrHold", "gain", "no change"));
    PaFeedStep lost = feed.apply(alltonResult(1, 4, 5));
    assertThat(PaResultCheck.outcome(lost.changed().get(0).outcome())).isEqualTo("gain");
    PaFeedStep noc = feed.apply(thirdsbyResult(1, "Lab:2", "C:4", "Ind:2"));
    assertThat(PaResultCheck.outcome(noc.changed().get(0).outcome())).isEqualTo("no change");
  }
}
