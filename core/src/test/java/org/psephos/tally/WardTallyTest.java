package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.ELECTION_ID;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.ConflictingResultException;
import org.psephos.Contest;
import org.psephos.ControlOutcome;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.ward.WardResult;

/**
 * From wards to councils in the tally (docs/rules.md, "Ward level"): the worked example of a
 * council declared ward by ward with control decided before its last ward, control decided as no
 * overall control, or by continuing seats alone; shares, share change and swing worked by hand; the
 * mixing of whole declarations and ward results; withdrawals and corrections; and every rejection.
 */
class WardTallyTest {

  // ---------------------------------------------------------------------------------------------
  // Tooting Vale: 15 seats all out in five 3-member wards; previous and defended Con 9, Lab 6
  // (Conservative control, majority 15 / 2 + 1 = 8).

  static final Council TOOTING_VALE =
      Council.of("E09000950", "Tooting Vale", CouncilType.LONDON_BOROUGH, "London", 15);
  static final Ward W1 = Ward.of("E05000951", "Abbey", 3, comp(CON, 3));
  static final Ward W2 = Ward.of("E05000952", "Bridge", 3, comp(CON, 3));
  static final Ward W3 = Ward.of("E05000953", "Common", 3, comp(CON, 2, LAB, 1));
  static final Ward W4 = Ward.of("E05000954", "Downs", 3, comp(LAB, 3));
  static final Ward W5 = Ward.of("E05000955", "Elms", 3, comp(CON, 1, LAB, 2));
  static final Contest TOOTING_CONTEST =
      allOut(TOOTING_VALE, comp(CON, 9, LAB, 6)).withWards(W1, W2, W3, W4, W5);

  // Hungmore: 10 seats all out in five 2-member wards; previous and defended Con 6, Lab 4.
  static final Council HUNGMORE =
      Council.of("E07000950", "Hungmore", CouncilType.SHIRE_DISTRICT, "South East", 10);
  static final Ward H1 = Ward.of("E05000961", "H1", 2, comp(CON, 2));
  static final Ward H2 = Ward.of("E05000962", "H2", 2, comp(CON, 2));
  static final Ward H3 = Ward.of("E05000963", "H3", 2, comp(CON, 2));
  static final Ward H4 = Ward.of("E05000964", "H4", 2, comp(LAB, 2));
  static final Ward H5 = Ward.of("E05000965", "H5", 2, comp(LAB, 2));
  static final Contest HUNGMORE_CONTEST =
      allOut(HUNGMORE, comp(CON, 6, LAB, 4)).withWards(H1, H2, H3, H4, H5);

  static final Election ELECTION =
      election(
          TOOTING_CONTEST, HUNGMORE_CONTEST, allOut(WANDSWORTH, comp(CON, 41, LAB, 19)));
  static final Tally EMPTY = Tally.of(ELECTION);

  /** A ward result from alternating parties and votes; candidates are named after the ward. */
  static WardResult result(Council council, Ward ward, Object... partiesAndVotes) {
    WardResult.Builder builder = WardResult.builder(council, ward.id(), ward.seats());
    for (int i = 0; i < partiesAndVotes.length; i += 2) {
      builder.candidate(
          ward.name() + " " + (i / 2 + 1),
          (Party) partiesAndVotes[i],
          (Integer) partiesAndVotes[i + 1]);
    }
    return builder.build();
  }

  // top three: Lab 1200, Lab 1150, Con 1000: Lab 2, Con 1
  static final WardResult R1 =
      result(TOOTING_VALE, W1, LAB, 1200, LAB, 1150, LAB, 900, CON, 1000, CON, 950, CON, 940);
  // Lab 3
  static final WardResult R2 =
      result(TOOTING_VALE, W2, LAB, 1300, LAB, 1250, LAB, 1200, CON, 800, CON, 790, CON, 780);
  // Lab 3
  static final WardResult R3 =
      result(TOOTING_VALE, W3, LAB, 1100, LAB, 1050, LAB, 1000, CON, 900, CON, 850, CON, 800);
  // top three: Lab 1000, Con 995, Lab 990: Lab 2, Con 1
  static final WardResult R4 =
      result(TOOTING_VALE, W4, LAB, 1000, LAB, 990, LAB, 700, CON, 995, CON, 600, CON, 500);
  // top three: Con 1200, Lab 1150, Con 1100: Con 2, Lab 1
  static final WardResult R5 =
      result(TOOTING_VALE, W5, CON, 1200, CON, 1100, CON, 800, LAB, 1150, LAB, 700, LAB, 650);

  @Test
  void aCouncilDeclaredWardByWardWithControlDecidedBeforeItsLastWard() {
    // two wards in: Lab 2 + 3 = 5, Con 1; 9 seats to come: both could still reach 8
    Tally two = EMPTY.apply(R1).apply(R2);
    CouncilProgress afterTwo = two.progress(TOOTING_VALE);
    assertThat(afterTwo.describe()).isEqualTo("2 of 5 wards declared");
    assertThat(afterTwo.isInProgress()).isTrue();
    assertThat(afterTwo.isDeclared()).isFalse();
    assertThat(afterTwo.seatsWon()).isEqualTo(comp(LAB, 5, CON, 1));
    assertThat(afterTwo.seatsToCome()).isEqualTo(9);
    assertThat(afterTwo.isControlDecided()).isFalse();
    assertThat(afterTwo.decidedControl()).isEmpty();
    assertThat(two.standings().progress().councilsUndecided()).isEqualTo(1);

    // three wards in: Lab 8 = the majority with 6 seats still to come: Labour control is decided
    Tally three = two.apply(R3);
    CouncilProgress afterThree = three.progress(TOOTING_VALE);
    assertThat(afterThree.describe()).isEqualTo("3 of 5 wards declared");
    assertThat(afterThree.wardsDeclared()).isEqualTo(3);
    assertThat(afterThree.wardsExpected()).isEqualTo(5);
    assertThat(afterThree.seatsDeclared()).isEqualTo(9);
    assertThat(afterThree.seatsToCome()).isEqualTo(6);
    assertThat(afterThree.isControlDecided()).isTrue();
    assertThat(afterThree.decidedControl().orElseThrow().party()).contains(LAB);
    assertThat(afterThree.compositionSoFar()).isEqualTo(comp(LAB, 8, CON, 1).withVacancies(6));
    assertThat(afterThree.wardResults()).containsExactly(R1, R2, R3);
    assertThat(afterThree.wardsToCome()).containsExactly(W4, W5);
    assertThat(afterThree.isDeclared()).isFalse();
    // figures derived from the wards name only the parties that won seats, as a typed result would
    assertThat(afterThree.seatsWon().parties()).containsExactly(CON, LAB);
    // not declared yet: it counts in neither councils declared nor the council figures
    assertThat(three.isDeclared(TOOTING_VALE)).isFalse();
    assertThat(three.councilsDeclared()).isZero();
    assertThat(three.councilsInProgress()).containsExactly(TOOTING_VALE);
    assertThat(three.councilsToCome()).contains(TOOTING_VALE);
    assertThat(three.declaration(TOOTING_VALE)).isEmpty();
    assertThat(three.result(TOOTING_VALE)).isEmpty();
    Standings standings = three.standings();
    assertThat(standings.councilsDeclared()).isZero();
    assertThat(standings.parties()).allMatch(PartyStanding::isZero);
    assertThat(standings.councilsInProgress()).isEqualTo(1);
    assertThat(standings.progress().controlDecidedEarly()).containsExactly(entry(LAB, 1));
    assertThat(standings.progress().controlDecidedEarly(LAB)).isEqualTo(1);
    assertThat(standings.progress().councilsDecidedEarly()).isEqualTo(1);
    assertThat(standings.progress().councilsUndecided()).isZero();
    // seats declared 9 of 15 + 10 + 60 = 85 contested
    assertThat(standings.seatsDeclared()).isEqualTo(9);
    assertThat(standings.seatsExpected()).isEqualTo(85);
    assertThat(standings.wardTotals().wardsDeclared()).isEqualTo(3);
    assertThat(standings.wardTotals().wardsExpected()).isEqualTo(10);
    // ward by ward against defended: Abbey Lab +2 Con -2, Bridge Lab +3 Con -3, Common Lab +2 Con -2
    assertThat(standings.wardTotals().party(LAB).orElseThrow())
        .isEqualTo(
            new PartyWardTotals(
                LAB,
                8,
                1,
                7,
                0,
                new VoteFigures(3250 + 3750 + 3150, 0, 0),
                new VoteFigures(1200 + 1300 + 1100, 0, 0)));
    assertThat(standings.wardTotals().party(CON).orElseThrow())
        .isEqualTo(
            new PartyWardTotals(
                CON,
                1,
                8,
                0,
                7,
                new VoteFigures(2890 + 2370 + 2550, 0, 0),
                new VoteFigures(1000 + 800 + 900, 0, 0)));

    // the last two wards: Lab 2 + 1, Con 1 + 2: Lab 11, Con 4, declared with their sum
    Tally all = three.apply(R4).apply(R5);
    assertThat(all.isDeclared(TOOTING_VALE)).isTrue();
    assertThat(all.councilsInProgress()).isEmpty();
    assertThat(all.declaration(TOOTING_VALE)).contains(Declaration.of(TOOTING_VALE, seats(LAB, 11, CON, 4)));
    assertThat(all.declaration(TOOTING_VALE).orElseThrow().seatsWon().parties())
        .containsExactly(CON, LAB);
    CouncilResult result = all.result(TOOTING_VALE).orElseThrow();
    assertThat(result.outcome().describe()).isEqualTo("Labour gain from Conservative");
    // the sum of the wards lists parties in the election's order
    assertThat(result.seatChanges()).containsExactly(entry(CON, -5), entry(LAB, 5));
    CouncilProgress done = all.progress(TOOTING_VALE);
    assertThat(done.describe()).isEqualTo("declared");
    assertThat(done.isDeclared()).isTrue();
    assertThat(done.isInProgress()).isFalse();
    assertThat(done.isWholeDeclaration()).isFalse();
    assertThat(done.wardsToCome()).isEmpty();
    Standings declared = all.standings();
    assertThat(declared.councilsDeclared()).isEqualTo(1);
    assertThat(declared.councilsInProgress()).isZero();
    assertThat(declared.party(LAB)).contains(new PartyStanding(LAB, 1, 0, 11, 6, 11));
    assertThat(declared.party(CON)).contains(new PartyStanding(CON, 0, 1, 4, 9, 4));
    assertThat(declared.seatsDeclared()).isEqualTo(15);
    // gross: Lab +2 +3 +2 -1 -1: gains 7, losses 2, net +5; Con +1 +1 -2 -3 -2: gains 2, losses 7
    PartyWardTotals lab = declared.wardTotals().party(LAB).orElseThrow();
    assertThat(lab.gains()).isEqualTo(7);
    assertThat(lab.losses()).isEqualTo(2);
    assertThat(lab.netChange()).isEqualTo(5).isEqualTo(declared.party(LAB).orElseThrow().seatsChange());
    PartyWardTotals con = declared.wardTotals().party(CON).orElseThrow();
    assertThat(con.gains()).isEqualTo(2);
    assertThat(con.losses()).isEqualTo(7);
    assertThat(con.netChange()).isEqualTo(-5);
    // votes: all votes Lab 15,340, Con 13,005; top candidate Lab 5,750, Con 4,895
    assertThat(declared.wardTotals().votes(LAB, VoteConvention.ALL_VOTES)).isEqualTo(15340);
    assertThat(declared.wardTotals().votes(CON, VoteConvention.ALL_VOTES)).isEqualTo(13005);
    assertThat(declared.wardTotals().votes(LAB, VoteConvention.TOP_CANDIDATE)).isEqualTo(5750);
    assertThat(declared.wardTotals().totalVotes(VoteConvention.TOP_CANDIDATE)).isEqualTo(10645);
    assertThat(declared.wardTotals().share(LAB).orElseThrow())
        .isCloseTo(5750 * 100.0 / 10645, within(1e-9));
    // no previous votes: no share change and no swing
    assertThat(declared.wardTotals().shareChange(LAB)).isEmpty();
    assertThat(declared.wardTotals().swing(CON, LAB)).isEmpty();
  }

  @Test
  void aCouncilDeclaredWardByWardEqualsItsDeclarationAppliedWhole() {
    Tally byWards = EMPTY.applyWardResults(List.of(R5, R3, R1, R4, R2));
    Tally whole = EMPTY.apply(Declaration.of(TOOTING_VALE, seats(LAB, 11, CON, 4)));
    assertThat(byWards.standings().parties()).isEqualTo(whole.standings().parties());
    assertThat(byWards.results()).isEqualTo(whole.results());
    assertThat(byWards.standings().progress()).isEqualTo(whole.standings().progress());
    // they differ only in what the ward level knows
    assertThat(whole.standings().wardTotals().wardsDeclared()).isZero();
    assertThat(byWards).isNotEqualTo(whole);
  }

  @Test
  void noOverallControlIsDecidedWhenNoPartyCanStillReachAMajority() {
    // majority 6; after four wards Con 3, Lab 3, LD 2 with 2 seats to come: at most 5 each
    Tally tally =
        EMPTY
            .apply(result(HUNGMORE, H1, CON, 500, LD, 450, CON, 300, LD, 200))
            .apply(result(HUNGMORE, H2, LAB, 500, LD, 450, LAB, 300, LD, 200))
            .apply(result(HUNGMORE, H3, CON, 500, LAB, 450, CON, 300, LAB, 200));
    // after three: Con 2, Lab 2, LD 2, 4 to come: Con could still reach 6
    assertThat(tally.progress(HUNGMORE).isControlDecided()).isFalse();
    tally = tally.apply(result(HUNGMORE, H4, CON, 500, LAB, 450, CON, 300, LAB, 200));
    CouncilProgress progress = tally.progress(HUNGMORE);
    assertThat(progress.seatsWon()).isEqualTo(comp(CON, 3, LD, 2, LAB, 3));
    assertThat(progress.isControlDecided()).isTrue();
    assertThat(progress.decidedControl().orElseThrow().isNoOverallControl()).isTrue();
    assertThat(tally.standings().progress().noOverallControlDecidedEarly()).isEqualTo(1);
    assertThat(tally.standings().progress().controlDecidedEarly()).isEmpty();
  }

  @Test
  void controlCanBeDecidedByContinuingSeatsBeforeAnyWardIsIn() {
    // by thirds: 12 seats, 4 up in two 2-member wards; Con continues with 7 = the majority
    Council thirds = Council.of("E08000950", "Thirdsfield", CouncilType.METROPOLITAN_BOROUGH, "NW", 12);
    Contest contest =
        Contest.builder(thirds)
            .contested(4)
            .continuing(comp(CON, 7, LAB, 1))
            .previous(comp(CON, 9, LAB, 3))
            .defended(comp(CON, 2, LAB, 2))
            .build()
            .withWards(
                Ward.of("E05000971", "T1", 2, comp(CON, 2)),
                Ward.of("E05000972", "T2", 2, comp(LAB, 2)));
    Tally tally = Tally.of(election(contest));
    CouncilProgress progress = tally.progress(thirds);
    assertThat(progress.wardsDeclared()).isZero();
    assertThat(progress.isInProgress()).isFalse();
    assertThat(progress.describe()).isEqualTo("0 of 2 wards declared");
    assertThat(progress.decidedControl().orElseThrow().party()).contains(CON);
    // only councils in progress count in the standings' early decisions
    assertThat(tally.standings().progress().councilsDecidedEarly()).isZero();
  }

  @Test
  void independentsWithAMajoritySoFarDecideNoOverallControlUnlessCohesive() {
    // 3 seats in three single-member wards; Ind wins two: a majority, but not cohesive
    Council small = Council.of("E07000951", "Smallton", CouncilType.SHIRE_DISTRICT, "SE", 3);
    Ward a = Ward.of("E05000981", "A", 1, comp(IND, 1));
    Ward b = Ward.of("E05000982", "B", 1, comp(IND, 1));
    Ward c = Ward.of("E05000983", "C", 1, comp(CON, 1));
    Contest contest = allOut(small, comp(IND, 2, CON, 1)).withWards(a, b, c);
    Election election = election(contest);
    List<WardResult> two =
        List.of(result(small, a, IND, 300, CON, 200), result(small, b, IND, 300, CON, 200));
    Tally cohesiveOnly = Tally.of(election).applyWardResults(two);
    assertThat(cohesiveOnly.progress(small).decidedControl().orElseThrow().isNoOverallControl())
        .isTrue();
    Tally anyParty =
        Tally.of(election, SeatBaseline.LAST_FOUGHT, ControlRule.anyParty()).applyWardResults(two);
    assertThat(anyParty.progress(small).decidedControl().orElseThrow().party()).contains(IND);
  }

  // ---------------------------------------------------------------------------------------------
  // Shares, share change and swing: Swingford, 3 single-member wards.
  //   S1 last fought Con 1,000, Lab 800, LD 200 (both conventions); now Con 850, Lab 950, LD 200
  //   S2 last fought Con 500, Lab 1,500 (top candidate only); now Con 600, Lab 1,400
  //   S3 no previous votes; now Con 100, Lab 500

  static final Council SWINGFORD =
      Council.of("E06000950", "Swingford", CouncilType.UNITARY_AUTHORITY, "South West", 3);
  static final Ward S1 =
      Ward.of("E05000991", "S1", 1, comp(CON, 1))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 1000, LAB, 800, LD, 200))
          .withPreviousVotes(VoteConvention.ALL_VOTES, seats(CON, 1000, LAB, 800, LD, 200));
  static final Ward S2 =
      Ward.of("E05000992", "S2", 1, comp(LAB, 1))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, seats(CON, 500, LAB, 1500));
  static final Ward S3 = Ward.of("E05000993", "S3", 1, comp(CON, 1));

  static Tally swingford() {
    Contest contest = allOut(SWINGFORD, comp(CON, 2, LAB, 1)).withWards(S1, S2, S3);
    return Tally.of(election(contest))
        .apply(result(SWINGFORD, S1, CON, 850, LAB, 950, LD, 200))
        .apply(result(SWINGFORD, S2, CON, 600, LAB, 1400))
        .apply(result(SWINGFORD, S3, CON, 100, LAB, 500));
  }

  @Test
  void sharesCountEveryContestedWardDeclared() {
    WardTotals totals = swingford().standings().wardTotals();
    // Con 850 + 600 + 100 = 1,550; Lab 950 + 1,400 + 500 = 2,850; LD 200; total 4,600
    assertThat(totals.totalVotes(VoteConvention.TOP_CANDIDATE)).isEqualTo(4600);
    assertThat(totals.share(CON).orElseThrow()).isCloseTo(1550 * 100.0 / 4600, within(1e-9));
    assertThat(totals.share(LAB, VoteConvention.ALL_VOTES).orElseThrow())
        .isCloseTo(2850 * 100.0 / 4600, within(1e-9));
    assertThat(totals.shares(VoteConvention.TOP_CANDIDATE))
        .containsEntry(LD, 200 * 100.0 / 4600)
        .containsEntry(IND, 0.0);
  }

  @Test
  void shareChangeAndSwingCompareLikeWithLikeInTheComparableWards() {
    WardTotals totals = swingford().standings().wardTotals();
    // top candidate: comparable wards S1 and S2. Now Con 1,450, Lab 2,350, LD 200 of 4,000:
    // 36.25, 58.75, 5; before Con 1,500, Lab 2,300, LD 200 of 4,000: 37.5, 57.5, 5.
    assertThat(totals.shareChange(CON).orElseThrow()).isCloseTo(-1.25, within(1e-9));
    assertThat(totals.shareChange(LAB).orElseThrow()).isCloseTo(1.25, within(1e-9));
    assertThat(totals.shareChange(LD).orElseThrow()).isCloseTo(0.0, within(1e-9));
    // Butler swing Con to Lab: (1.25 - -1.25) / 2 = 1.25; the other way -1.25
    assertThat(totals.swing(CON, LAB).orElseThrow()).isCloseTo(1.25, within(1e-9));
    assertThat(totals.swing(LAB, CON).orElseThrow()).isCloseTo(-1.25, within(1e-9));
    // all votes: only S1 has previous votes under it. Now Con 42.5, Lab 47.5, LD 10;
    // before 50, 40, 10: Con -7.5, Lab +7.5, swing 7.5
    assertThat(totals.shareChange(LAB, VoteConvention.ALL_VOTES).orElseThrow())
        .isCloseTo(7.5, within(1e-9));
    assertThat(totals.swing(CON, LAB, VoteConvention.ALL_VOTES).orElseThrow())
        .isCloseTo(7.5, within(1e-9));
    PartyWardTotals lab = totals.party(LAB).orElseThrow();
    assertThat(lab.topCandidateVotes()).isEqualTo(new VoteFigures(2850, 2350, 2300));
    assertThat(lab.allVotes()).isEqualTo(new VoteFigures(2850, 950, 800));
    assertThat(lab.votes(VoteConvention.ALL_VOTES)).isSameAs(lab.allVotes());
  }

  @Test
  void sharesAndChangesPerCouncilComeFromItsProgress() {
    Tally tally = swingford();
    WardTotals council = tally.progress(SWINGFORD).wardTotals();
    assertThat(council).isEqualTo(tally.standings().wardTotals());
    // Lab gains S1 and S3 from Con: gains 2, no loss; Con losses 2
    assertThat(council.party(LAB).orElseThrow().gains()).isEqualTo(2);
    assertThat(council.party(CON).orElseThrow().losses()).isEqualTo(2);
  }

  @Test
  void anUncontestedWardCountsForSeatsButAddsNoVotes() {
    Tally tally =
        Tally.of(election(allOut(SWINGFORD, comp(CON, 2, LAB, 1)).withWards(S1, S2, S3)))
            .apply(WardResult.builder(SWINGFORD, S1.id(), 1).unopposed("Ann", CON).build());
    WardTotals totals = tally.standings().wardTotals();
    assertThat(totals.party(CON).orElseThrow().seatsWon()).isEqualTo(1);
    assertThat(totals.totalVotes(VoteConvention.ALL_VOTES)).isZero();
    assertThat(totals.share(CON)).isEmpty();
    // previous votes exist for S1, but an uncontested ward is not comparable
    assertThat(totals.shareChange(CON)).isEmpty();
    assertThat(tally.standings().seatsDeclared()).isEqualTo(1);
  }

  @Test
  void seatsLeftUnfilledMakeTheSumOfTheWardsAProvisionalDeclaration() {
    Council small = Council.of("E07000952", "Fewton", CouncilType.SHIRE_DISTRICT, "SE", 3);
    Ward only = Ward.of("E05000984", "Only", 3, comp(CON, 3));
    Tally warded =
        Tally.of(election(allOut(small, comp(CON, 3)).withWards(only)))
            .apply(WardResult.builder(small, only.id(), 3).unopposed("Ann", CON).build());
    assertThat(warded.isDeclared(small)).isTrue();
    Declaration declaration = warded.declaration(small).orElseThrow();
    assertThat(declaration.isProvisional()).isTrue();
    assertThat(declaration.stillToFill()).isEqualTo(2);
    assertThat(declaration.seatsWon()).isEqualTo(comp(CON, 1));
    assertThat(warded.progress(small).seatsToCome()).isEqualTo(2);
    // Con 1 of 3 with 2 seats vacant: no overall control for now
    assertThat(warded.result(small).orElseThrow().controlAfter().isNoOverallControl()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // Replacement, withdrawal and mixing with whole declarations

  @Test
  void aLaterResultForTheSameWardReplacesTheEarlier() {
    WardResult corrected =
        result(TOOTING_VALE, W1, LAB, 1200, LAB, 1150, LAB, 1100, CON, 1000, CON, 950, CON, 940);
    Tally replaced = EMPTY.apply(R1).apply(R2).apply(corrected);
    Tally alone = EMPTY.apply(R2).apply(corrected);
    assertThat(replaced).isEqualTo(alone).hasSameHashCodeAs(alone);
    assertThat(replaced.standings()).isEqualTo(alone.standings());
    assertThat(replaced.wardResult(TOOTING_VALE, W1.id())).contains(corrected);
    assertThat(replaced.progress(TOOTING_VALE).seatsWon()).isEqualTo(comp(LAB, 6));
  }

  @Test
  void withdrawingAWardTakesItsResultOut() {
    Tally two = EMPTY.apply(R1).apply(R2);
    Tally one = two.withdrawWard(TOOTING_VALE, W2.id());
    assertThat(one).isEqualTo(EMPTY.apply(R1));
    assertThat(one.progress(TOOTING_VALE).wardsDeclared()).isEqualTo(1);
    assertThat(one.withdrawWard(TOOTING_VALE, W2.id())).isSameAs(one);
    Tally none = one.withdrawWard(TOOTING_VALE, W1.id());
    assertThat(none).isEqualTo(EMPTY);
    assertThat(none.standings()).isEqualTo(EMPTY.standings());
    assertThat(none.councilsInProgress()).isEmpty();
    assertThat(EMPTY.withdrawWard(TOOTING_VALE, W1.id())).isSameAs(EMPTY);
    // completing then withdrawing a ward undeclares the council
    Tally all = EMPTY.applyWardResults(List.of(R1, R2, R3, R4, R5));
    Tally four = all.withdrawWard(TOOTING_VALE, W5.id());
    assertThat(four.isDeclared(TOOTING_VALE)).isFalse();
    assertThat(four.councilsInProgress()).containsExactly(TOOTING_VALE);
    assertThat(four).isEqualTo(EMPTY.applyWardResults(List.of(R1, R2, R3, R4)));
  }

  @Test
  void aWholeDeclarationReplacesTheWardResultsHeld() {
    Declaration whole = Declaration.of(TOOTING_VALE, seats(LAB, 10, CON, 5));
    Tally tally = EMPTY.apply(R1).apply(R2).apply(whole);
    assertThat(tally).isEqualTo(EMPTY.apply(whole));
    assertThat(tally.declaration(TOOTING_VALE)).contains(whole);
    CouncilProgress progress = tally.progress(TOOTING_VALE);
    assertThat(progress.isWholeDeclaration()).isTrue();
    assertThat(progress.isDeclared()).isTrue();
    assertThat(progress.wardResults()).isEmpty();
    assertThat(progress.wardsDeclared()).isZero();
    assertThat(progress.seatsWon()).isEqualTo(comp(LAB, 10, CON, 5));
    assertThat(progress.wardTotals().wardsDeclared()).isZero();
    assertThat(tally.wardResult(TOOTING_VALE, W1.id())).isEmpty();
    assertThat(tally.standings().wardTotals().wardsDeclared()).isZero();
    assertThat(tally.withdrawWard(TOOTING_VALE, W1.id())).isSameAs(tally);
  }

  @Test
  void aWardResultForACouncilHeldAsAWholeDeclarationIsRejectedUntilItIsWithdrawn() {
    Tally whole = EMPTY.apply(Declaration.of(TOOTING_VALE, seats(LAB, 10, CON, 5)));
    assertThatThrownBy(() -> whole.apply(R1))
        .isExactlyInstanceOf(ConflictingResultException.class)
        .hasMessage(
            "Tooting Vale (E09000950), ward Abbey (E05000951): the council is held as a whole"
                + " declaration, so its ward results cannot be applied; withdraw the declaration"
                + " first to count it ward by ward");
    LiveTally live = LiveTally.of(whole);
    assertThatThrownBy(() -> live.apply(R1)).isInstanceOf(ConflictingResultException.class);
    assertThat(live.snapshot()).isSameAs(whole);
    Tally wardByWard = whole.withdraw(TOOTING_VALE).apply(R1);
    assertThat(wardByWard).isEqualTo(EMPTY.apply(R1));
    // so, whatever the order, the whole declaration is what the tally holds
    assertThat(EMPTY.apply(R1).apply(Declaration.of(TOOTING_VALE, seats(LAB, 10, CON, 5))))
        .isEqualTo(whole);
  }

  @Test
  void withdrawingACouncilClearsItsWardResults() {
    Tally tally = EMPTY.apply(R1).apply(R2).withdraw(TOOTING_VALE);
    assertThat(tally).isEqualTo(EMPTY);
    assertThat(EMPTY.withdraw(TOOTING_VALE)).isSameAs(EMPTY);
  }

  @Test
  void theLiveTallyAppliesAndWithdrawsWardResults() {
    LiveTally live = LiveTally.of(EMPTY);
    Tally published = live.apply(R1);
    assertThat(published.wardResult(TOOTING_VALE, W1.id())).contains(R1);
    assertThat(live.snapshot()).isSameAs(published);
    assertThat(live.withdrawWard(TOOTING_VALE, W1.id())).isEqualTo(EMPTY);
  }

  @Test
  void theTallyDescribesCouncilsInProgress() {
    assertThat(EMPTY.apply(R1).toString())
        .isEqualTo("Tally[" + ELECTION_ID + ", last-fought, 0 of 3 councils declared, 1 in progress]");
    assertThat(EMPTY.progress(TOOTING_VALE).toString())
        .isEqualTo(
            "CouncilProgress[Tooting Vale (E09000950): 0 of 5 wards declared, seats 0 of 15,"
                + " control undecided]");
    assertThat(EMPTY.applyWardResults(List.of(R1, R2, R3)).progress(TOOTING_VALE).toString())
        .isEqualTo(
            "CouncilProgress[Tooting Vale (E09000950): 3 of 5 wards declared, seats 9 of 15,"
                + " decided: Labour]");
    CouncilProgress wandsworth = EMPTY.progress(WANDSWORTH);
    assertThat(wandsworth.describe()).isEqualTo("not declared");
    assertThat(wandsworth.wardsExpected()).isZero();
    assertThat(wandsworth.wardTotals()).isEqualTo(WardTotals.empty());
    assertThat(wandsworth.council()).isEqualTo(WANDSWORTH);
    assertThat(wandsworth.contest()).isEqualTo(ELECTION.contest(WANDSWORTH.id()).orElseThrow());
    assertThat(EMPTY.progress(TOOTING_VALE)).isEqualTo(EMPTY.progress(TOOTING_VALE));
    assertThat(EMPTY.progress(TOOTING_VALE)).isNotEqualTo(EMPTY.apply(R1).progress(TOOTING_VALE));
    assertThat(EMPTY.progress(TOOTING_VALE).hashCode())
        .isEqualTo(Tally.of(ELECTION).progress(TOOTING_VALE).hashCode());
  }

  @Test
  void aCouncilsProgressHoldsOneResultSlotPerListedWard() {
    CouncilProgress notStarted = EMPTY.progress(TOOTING_VALE);
    assertThat(notStarted)
        .isEqualTo(
            new CouncilProgress(
                TOOTING_CONTEST,
                Arrays.asList(null, null, null, null, null),
                List.of(),
                0,
                false,
                false,
                Composition.empty(),
                null,
                notStarted.wardTotals()));
    assertThat(notStarted.wardsToCome()).containsExactly(W1, W2, W3, W4, W5);
    assertThatThrownBy(
            () ->
                new CouncilProgress(
                    TOOTING_CONTEST,
                    Arrays.asList(R1, null, null, null),
                    List.of(),
                    1,
                    false,
                    false,
                    comp(LAB, 2, CON, 1),
                    null,
                    WardTotals.empty()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tooting Vale (E09000950): 4 ward result slots for 5 wards");
  }

  @Test
  void councilsWithoutWardsAreUnaffectedByWardLevelCounting() {
    Declaration wandsworth = Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 27));
    Tally tally = EMPTY.apply(R1).apply(wandsworth);
    assertThat(tally.result(WANDSWORTH).orElseThrow().outcome().kind())
        .isEqualTo(ControlOutcome.Kind.HOLD);
    assertThat(tally.standings().seatsDeclared()).isEqualTo(60 + 3);
    assertThat(tally.councilsDeclared()).isEqualTo(1);
    assertThat(tally.councilsInProgress()).containsExactly(TOOTING_VALE);
    // a region's standings keep only their own councils' figures
    Standings london = tally.standings(org.psephos.tally.CouncilFilter.region("London"));
    assertThat(london.seatsExpected()).isEqualTo(75);
    assertThat(london.councilsInProgress()).isEqualTo(1);
    Standings southEast = tally.standings(org.psephos.tally.CouncilFilter.region("South East"));
    assertThat(southEast.councilsInProgress()).isZero();
    assertThat(southEast.wardTotals().wardsDeclared()).isZero();
    assertThat(southEast.wardTotals().wardsExpected()).isEqualTo(5);
    assertThat(london.merge(southEast)).isEqualTo(tally.standings());
  }

  // ---------------------------------------------------------------------------------------------
  // Rejections: specific exceptions, the tally unchanged

  private static void assertRejected(
      WardResult result, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(() -> EMPTY.apply(result)).isExactlyInstanceOf(type).hasMessage(message);
    LiveTally live = LiveTally.of(EMPTY);
    assertThatThrownBy(() -> live.apply(result)).isExactlyInstanceOf(type);
    assertThat(live.snapshot()).isSameAs(EMPTY);
  }

  @Test
  void aWardResultForACouncilOutsideTheElectionIsRejected() {
    Council elsewhere = Council.of("E09000999", "Elsewhere", CouncilType.LONDON_BOROUGH, "London", 3);
    assertRejected(
        WardResult.builder(elsewhere, W1.id(), 3).unopposed("Ann", CON).build(),
        UnknownIdException.class,
        "Elsewhere (E09000999) is not part of election " + ELECTION_ID);
  }

  @Test
  void aWardThatIsNotOneOfTheCouncilsWardsIsRejected() {
    assertRejected(
        WardResult.builder(TOOTING_VALE, "E05999999", 3).unopposed("Ann", CON).build(),
        UnknownIdException.class,
        "Tooting Vale (E09000950): ward E05999999 is not one of its wards in election "
            + ELECTION_ID);
    assertRejected(
        WardResult.builder(TOOTING_VALE, H1.id(), 2).unopposed("Ann", CON).build(),
        UnknownIdException.class,
        "Tooting Vale (E09000950): ward H1 (E05000961) belongs to Hungmore (E07000950), not to"
            + " this council");
    assertRejected(
        WardResult.builder(WANDSWORTH, "E05000611", 3).unopposed("Ann", CON).build(),
        UnknownIdException.class,
        "Wandsworth (E09000032): ward E05000611 is unknown: its contest lists no wards, so it is"
            + " tallied from whole declarations");
    assertThatThrownBy(() -> EMPTY.withdrawWard(TOOTING_VALE, "E05999999"))
        .isExactlyInstanceOf(UnknownIdException.class);
    assertThatThrownBy(() -> EMPTY.wardResult(TOOTING_VALE, H1.id()))
        .isExactlyInstanceOf(UnknownIdException.class);
  }

  @Test
  void aResultElectingAnotherNumberOfSeatsThanTheWardIsRejected() {
    assertRejected(
        WardResult.builder(TOOTING_VALE, W1.id(), 2).unopposed("Ann", CON).build(),
        SeatCountException.class,
        "Tooting Vale (E09000950), ward Abbey (E05000951): the result elects 2 seats but the"
            + " ward elects 3");
    assertRejected(
        WardResult.builder(TOOTING_VALE, W1.id(), 1).unopposed("Ann", CON).build(),
        SeatCountException.class,
        "Tooting Vale (E09000950), ward Abbey (E05000951): the result elects 1 seat but the ward"
            + " elects 3");
  }

  @Test
  void aCandidateOfAPartyOutsideTheElectionIsRejected() {
    assertRejected(
        result(TOOTING_VALE, W1, LAB, 10, UKIP, 9, CON, 8, CON, 7),
        UnknownIdException.class,
        "Tooting Vale (E09000950), ward Abbey (E05000951): candidate Abbey 2 names UK"
            + " Independence Party (PP85), which is not a party of election "
            + ELECTION_ID);
  }

  @Test
  void theCompositionSoFarCountsSeatsToComeAsVacancies() {
    Composition soFar = EMPTY.apply(R1).progress(TOOTING_VALE).compositionSoFar();
    assertThat(soFar.total()).isEqualTo(15);
    assertThat(soFar.vacancies()).isEqualTo(12);
    assertThat(soFar.asMap()).isEqualTo(Map.of(LAB, 2, CON, 1));
  }
}
