package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.POSTPONSHIRE;
import static org.psephos.ExampleData.RICHMOND;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.electionWith;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * The worked examples of docs/rules.md, from "Control and majority" to "Corrections and
 * withdrawal", through the public API. Every expected figure is worked out by hand from the domain
 * rules in the comments.
 */
class WorkedExamplesTest {

  private static PartyStanding standing(Standings standings, Party party) {
    return standings.party(party).orElseThrow();
  }

  // Wandsworth-like, all-out, 60 seats: previous and defended Con 41, Lab 19; won Con 33, Lab 27.
  @Test
  void wandsworthLikeConservativeHoldWithSeatChanges() {
    Contest contest = allOut(WANDSWORTH, comp(CON, 41, LAB, 19));
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build());

    CouncilResult result = tally.result(WANDSWORTH).orElseThrow();
    // majority 60 / 2 + 1 = 31; 33 >= 31
    assertThat(result.controlAfter().majority()).isEqualTo(31);
    assertThat(result.controlAfter().party()).contains(CON);
    assertThat(result.controlBefore().orElseThrow().party()).contains(CON);
    assertThat(tally.outcome(WANDSWORTH).orElseThrow().describe()).isEqualTo("Conservative hold");
    assertThat(result.outcome().kind()).isEqualTo(ControlOutcome.Kind.HOLD);
    assertThat(result.seatChanges()).containsExactly(entry(CON, -8), entry(LAB, 8));

    Standings standings = tally.standings();
    assertThat(standings.councilsDeclared()).isEqualTo(1);
    assertThat(standings.councilsExpected()).isEqualTo(1);
    assertThat(standings.noOverallControl()).isZero();
    assertThat(standing(standings, CON))
        .isEqualTo(new PartyStanding(CON, 1, 1, 33, 41, 33));
    assertThat(standing(standings, LAB)).isEqualTo(new PartyStanding(LAB, 0, 0, 27, 19, 27));
    assertThat(standing(standings, CON).seatsChange()).isEqualTo(-8);
    assertThat(standing(standings, LAB).seatsChange()).isEqualTo(8);
    assertThat(standing(standings, CON).councilsChange()).isZero();
  }

  // Exactly half: 60 seats, won Con 30, Lab 28, LD 2 -> no overall control.
  @Test
  void exactlyHalfIsNoOverallControl() {
    Contest contest = allOut(WANDSWORTH, comp(CON, 41, LAB, 19));
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(WANDSWORTH).won(CON, 30).won(LAB, 28).won(LD, 2).build());

    CouncilResult result = tally.result(WANDSWORTH).orElseThrow();
    Control after = result.controlAfter();
    assertThat(after.isNoOverallControl()).isTrue();
    assertThat(after.party()).isEmpty();
    assertThat(after.largestParty()).contains(CON);
    // majority 31: Con is 1 short, Lab 3, LD 29
    assertThat(after.seatsShortOfMajority())
        .containsExactly(entry(CON, 1), entry(LAB, 3), entry(LD, 29));
    assertThat(result.outcome().describe()).isEqualTo("Conservative lose to no overall control");
    assertThat(result.outcome().lostBy()).contains(CON);

    Standings standings = tally.standings();
    assertThat(standings.noOverallControl()).isEqualTo(1);
    assertThat(standings.noOverallControlChange()).isEqualTo(1);
    assertThat(standing(standings, CON).councilsChange()).isEqualTo(-1);
  }

  @Test
  void exactlyHalfBeforeAndAfterIsNoOverallControlNoChange() {
    Contest contest = allOut(WANDSWORTH, comp(CON, 30, LAB, 30));
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(WANDSWORTH).won(CON, 30).won(LAB, 28).won(LD, 2).build());

    ControlOutcome outcome = tally.outcome(WANDSWORTH).orElseThrow();
    assertThat(outcome.before().orElseThrow().isNoOverallControl()).isTrue();
    assertThat(outcome.before().orElseThrow().largestParty()).isEmpty(); // 30 and 30 tie
    assertThat(outcome.describe()).isEqualTo("No overall control, no change");
    assertThat(outcome.isChange()).isFalse();
    assertThat(tally.standings().noOverallControlChange()).isZero();
  }

  // By thirds, 51 seats, 17 contested: continuing Con 20, Lab 14; previous Con 27, Lab 24;
  // defended Con 7, Lab 10; won Con 5, Lab 12. After Con 25, Lab 26: Labour gain from Conservative.
  @Test
  void byThirdsGainCountsContinuingSeats() {
    Contest contest =
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build();
    assertThat(contest.isAllOut()).isFalse();
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 12).build());

    CouncilResult result = tally.result(THIRDSBY).orElseThrow();
    // majority 51 / 2 + 1 = 26: Con 27 controls before, Lab 26 after
    assertThat(result.controlBefore().orElseThrow().party()).contains(CON);
    assertThat(result.compositionAfter()).isEqualTo(comp(CON, 25, LAB, 26));
    assertThat(result.controlAfter().party()).contains(LAB);
    assertThat(result.outcome().describe()).isEqualTo("Labour gain from Conservative");
    assertThat(result.outcome().gainedBy()).contains(LAB);
    assertThat(result.outcome().lostBy()).contains(CON);
    assertThat(result.seatChanges()).containsExactly(entry(CON, -2), entry(LAB, 2));

    Standings standings = tally.standings();
    // seats figure is councillors elected on the day; holdings add the continuing seats
    assertThat(standing(standings, CON)).isEqualTo(new PartyStanding(CON, 0, 1, 5, 7, 25));
    assertThat(standing(standings, LAB)).isEqualTo(new PartyStanding(LAB, 1, 0, 12, 10, 26));
  }

  @Test
  void gainByAPartyFromAnotherUsesTheCallersPartyNames() {
    // Richmond upon Thames 2018: Con 39, LD 15 before; LD 39, Con 11, Green 4 after. Majority 28.
    Contest contest = allOut(RICHMOND, comp(CON, 39, LD, 15));
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(RICHMOND).won(LD, 39).won(CON, 11).won(GRN, 4).build());

    ControlOutcome outcome = tally.outcome(RICHMOND).orElseThrow();
    Function<Party, String> adjectival = p -> p.equals(LD) ? "Liberal Democrat" : p.name();
    assertThat(outcome.describe(adjectival)).isEqualTo("Liberal Democrat gain from Conservative");
    // describe() names parties by their adjective: "Liberal Democrats" reads "Liberal Democrat"
    assertThat(outcome.describe()).isEqualTo("Liberal Democrat gain from Conservative");
    assertThat(tally.result(RICHMOND).orElseThrow().seatChanges())
        .containsExactly(entry(LD, 24), entry(CON, -28), entry(GRN, 4));
  }

  @Test
  void gainFromNoOverallControlNamesNoOverallControl() {
    Council council = Council.of("E07000902", "Evenham", CouncilType.SHIRE_DISTRICT, "East", 40);
    Contest contest = allOut(council, comp(CON, 20, LAB, 20));
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(council).won(CON, 21).won(LAB, 19).build());

    ControlOutcome outcome = tally.outcome(council).orElseThrow();
    assertThat(outcome.describe()).isEqualTo("Conservative gain from no overall control");
    assertThat(outcome.gainedBy()).contains(CON);
    assertThat(outcome.lostBy()).isEmpty();
    assertThat(tally.standings().noOverallControlChange()).isEqualTo(-1);
    assertThat(standing(tally.standings(), CON).councilsChange()).isEqualTo(1);
  }

  // Boundary change, size 60 -> 50, all-out: defended (notional) Con 20, Lab 25, Ind 5;
  // previous Con 24, Lab 30, Ind 6; won Lab 27, Con 19, Ind 4.
  private static final Council NEWTOWN =
      Council.of("E06000901", "Newtown", CouncilType.UNITARY_AUTHORITY, "South West", 50);

  @Test
  void boundaryChangeJudgesControlBeforeOnOldSizeAndAfterOnNewSize() {
    Contest contest =
        Contest.builder(NEWTOWN).previous(comp(CON, 24, LAB, 30, IND, 6)).defended(comp(CON, 20, LAB, 25, IND, 5)).build();
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(NEWTOWN).won(LAB, 27).won(CON, 19).won(IND, 4).build());

    CouncilResult result = tally.result(NEWTOWN).orElseThrow();
    // before: 30 of 60 is exactly half (majority 31); after: 27 of 50 (majority 26)
    assertThat(result.controlBefore().orElseThrow().size()).isEqualTo(60);
    assertThat(result.controlBefore().orElseThrow().isNoOverallControl()).isTrue();
    assertThat(result.controlAfter().size()).isEqualTo(50);
    assertThat(result.controlAfter().majority()).isEqualTo(26);
    assertThat(result.outcome().describe()).isEqualTo("Labour gain from no overall control");
  }

  @Test
  void boundaryChangeSeatChangesAddUpToZeroAgainstTheNotionalBaseline() {
    Contest contest =
        Contest.builder(NEWTOWN).previous(comp(CON, 24, LAB, 30, IND, 6)).defended(comp(CON, 20, LAB, 25, IND, 5)).build();
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(NEWTOWN).won(LAB, 27).won(CON, 19).won(IND, 4).build());

    assertThat(tally.result(NEWTOWN).orElseThrow().seatChanges())
        .containsExactly(entry(LAB, 2), entry(CON, -1), entry(IND, -1));
    Standings standings = tally.standings();
    assertThat(standings.seatsWon()).isEqualTo(50);
    assertThat(standings.baselineSeats()).isEqualTo(50);
    assertThat(standings.seatsChange()).isZero();
  }

  @Test
  void boundaryChangeSeatChangesAddUpToMinusTenAgainstAnActualSixtySeatBaseline() {
    Composition previous = comp(CON, 24, LAB, 30, IND, 6);
    Declaration declaration =
        Declaration.builder(NEWTOWN).won(LAB, 27).won(CON, 19).won(IND, 4).build();

    // last fought, but with the actual 60-seat result rather than a notional one
    Tally actual =
        Tally.of(election(Contest.builder(NEWTOWN).previous(previous).defended(previous).build())).apply(declaration);
    // pre-election: previous less continuing (none), also 60 seats
    Tally preElection =
        Tally.of(
                election(Contest.builder(NEWTOWN).previous(previous).defended(comp(CON, 20, LAB, 25, IND, 5)).build()),
                SeatBaseline.PRE_ELECTION,
                ControlRule.cohesiveOnly())
            .apply(declaration);

    for (Tally tally : new Tally[] {actual, preElection}) {
      // Lab 27 - 30, Con 19 - 24, Ind 4 - 6
      assertThat(tally.result(NEWTOWN).orElseThrow().seatChanges())
          .containsExactly(entry(LAB, -3), entry(CON, -5), entry(IND, -2));
      assertThat(tally.standings().seatsChange()).isEqualTo(-10);
    }
  }

  // Independents: 30 seats, won Ind 20, Con 10.
  private static final Council INDEPENDENTSHIRE =
      Council.of("E07000903", "Independentshire", CouncilType.SHIRE_DISTRICT, "South West", 30);
  private static final Council OTHERSHIRE =
      Council.of("E07000904", "Othershire", CouncilType.SHIRE_DISTRICT, "South West", 30);

  @Test
  void independentsAreNotCohesiveSoTheirMajorityIsNoOverallControlByDefault() {
    Contest contest = allOut(INDEPENDENTSHIRE, comp(IND, 15, CON, 15));
    Tally tally =
        Tally.of(election(contest))
            .apply(Declaration.builder(INDEPENDENTSHIRE).won(IND, 20).won(CON, 10).build());

    CouncilResult result = tally.result(INDEPENDENTSHIRE).orElseThrow();
    assertThat(IND.cohesive()).isFalse();
    assertThat(result.controlAfter().isNoOverallControl()).isTrue();
    assertThat(result.controlAfter().largestParty()).contains(IND);
    assertThat(result.controlAfter().seatsShortOfMajority(IND)).isZero(); // 20 >= 16
    assertThat(result.outcome().describe()).isEqualTo("No overall control, no change");
    assertThat(tally.standings().noOverallControl()).isEqualTo(1);
    assertThat(standing(tally.standings(), IND).councils()).isZero();
  }

  @Test
  void independentsMarkedCohesiveControlWithAMajority() {
    Party cohesiveIndependents = IND.withCohesive(true);
    Contest contest =
        allOut(INDEPENDENTSHIRE, comp(cohesiveIndependents, 15, CON, 15));
    Election election =
        electionWith(new Party[] {CON, LAB, LD, GRN, cohesiveIndependents}, contest);
    Tally tally =
        Tally.of(election)
            .apply(
                Declaration.builder(INDEPENDENTSHIRE)
                    .won(cohesiveIndependents, 20)
                    .won(CON, 10)
                    .build());

    ControlOutcome outcome = tally.outcome(INDEPENDENTSHIRE).orElseThrow();
    assertThat(outcome.after().party()).contains(cohesiveIndependents);
    assertThat(outcome.describe()).isEqualTo("Independent gain from no overall control");
    assertThat(tally.standings().noOverallControl()).isZero();
    assertThat(standing(tally.standings(), cohesiveIndependents).councils()).isEqualTo(1);
  }

  @Test
  void controlRuleOverrideLetsIndependentsControlOnlyTheCouncilNamed() {
    Contest named = allOut(INDEPENDENTSHIRE, comp(IND, 15, CON, 15));
    Contest other = allOut(OTHERSHIRE, comp(IND, 15, CON, 15));
    ControlRule rule = ControlRule.cohesiveOnly().withCohesiveIn(INDEPENDENTSHIRE, IND);
    Tally tally =
        Tally.of(election(named, other), SeatBaseline.LAST_FOUGHT, rule)
            .apply(Declaration.builder(INDEPENDENTSHIRE).won(IND, 20).won(CON, 10).build())
            .apply(Declaration.builder(OTHERSHIRE).won(IND, 20).won(CON, 10).build());

    assertThat(tally.outcome(INDEPENDENTSHIRE).orElseThrow().describe())
        .isEqualTo("Independent gain from no overall control");
    assertThat(tally.outcome(OTHERSHIRE).orElseThrow().describe())
        .isEqualTo("No overall control, no change");
    assertThat(standing(tally.standings(), IND).councils()).isEqualTo(1);
    assertThat(tally.standings().noOverallControl()).isEqualTo(1);
  }

  // Postponed ward: 45 seats all-out, previous Lab 25, Con 20; declared Lab 22, Con 20, still to
  // fill 3; later Lab 24, Con 21.
  @Test
  void postponedWardIsProvisionalThenReplacedByTheFullDeclaration() {
    Contest contest = allOut(POSTPONSHIRE, comp(LAB, 25, CON, 20));
    Election election = election(contest);
    Declaration provisional =
        Declaration.builder(POSTPONSHIRE).won(LAB, 22).won(CON, 20).stillToFill(3).build();
    Declaration full = Declaration.builder(POSTPONSHIRE).won(LAB, 24).won(CON, 21).build();
    assertThat(provisional.isProvisional()).isTrue();
    assertThat(full.isProvisional()).isFalse();

    Tally night = Tally.of(election).apply(provisional);
    CouncilResult onTheNight = night.result(POSTPONSHIRE).orElseThrow();
    // 22 < majority 23 of 45, the 3 undecided seats counted as vacant
    assertThat(onTheNight.compositionAfter()).isEqualTo(comp(LAB, 22, CON, 20).withVacancies(3));
    assertThat(onTheNight.controlAfter().isNoOverallControl()).isTrue();
    assertThat(onTheNight.outcome().describe()).isEqualTo("Labour lose to no overall control");
    Standings nightStandings = night.standings();
    assertThat(nightStandings.councilsDeclared()).isEqualTo(1);
    assertThat(nightStandings.noOverallControl()).isEqualTo(1);
    assertThat(nightStandings.noOverallControlBefore()).isZero();
    assertThat(standing(nightStandings, LAB)).isEqualTo(new PartyStanding(LAB, 0, 1, 22, 25, 22));
    assertThat(standing(nightStandings, CON)).isEqualTo(new PartyStanding(CON, 0, 0, 20, 20, 20));

    Tally completed = night.apply(full);
    assertThat(completed.outcome(POSTPONSHIRE).orElseThrow().describe()).isEqualTo("Labour hold");
    assertThat(completed.declaration(POSTPONSHIRE)).contains(full);
    Standings completedStandings = completed.standings();
    assertThat(completedStandings.councilsDeclared()).isEqualTo(1);
    assertThat(completedStandings.noOverallControl()).isZero();
    assertThat(standing(completedStandings, LAB))
        .isEqualTo(new PartyStanding(LAB, 1, 1, 24, 25, 24));
    assertThat(standing(completedStandings, CON))
        .isEqualTo(new PartyStanding(CON, 0, 0, 21, 20, 21));
    assertThat(completed).isEqualTo(Tally.of(election).apply(full));
    assertThat(completedStandings).isEqualTo(Tally.of(election).apply(full).standings());
  }

  // Brent 2018: before Lab 56, Con 6, LD 1 (63 seats); on the night Lab 57, Con 3 with the three
  // Willesden Green seats, all defended by Labour, still to fill; then Lab 60, Con 3.
  @Test
  void brentProvisionalDeclarationLeavesTheSeatsStillToFillOutOfTheBaseline() {
    Contest contest = allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1));
    Election election = election(contest);
    Declaration onTheNight =
        Declaration.builder(BRENT)
            .won(LAB, 57)
            .won(CON, 3)
            .stillToFill(3)
            .defendedStillToFill(LAB, 3)
            .build();

    Tally night = Tally.of(election).apply(onTheNight);
    CouncilResult result = night.result(BRENT).orElseThrow();
    assertThat(result.baseline()).isEqualTo(comp(LAB, 53, CON, 6, LD, 1));
    // Lab 57 - (56 - 3) = +4; Con 3 - 6 = -3; LD 0 - 1 = -1
    assertThat(result.seatChanges())
        .containsExactly(entry(LAB, 4), entry(CON, -3), entry(LD, -1));
    assertThat(result.outcome().describe()).isEqualTo("Labour hold"); // 57 >= 32
    assertThat(standing(night.standings(), LAB).seatsChange()).isEqualTo(4);
    assertThat(night.standings().seatsChange()).isZero(); // 60 won, 60 in the baseline

    Tally completed =
        night.apply(Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build());
    // Lab 60 - 56 = +4
    assertThat(completed.result(BRENT).orElseThrow().seatChanges())
        .containsExactly(entry(LAB, 4), entry(CON, -3), entry(LD, -1));
    assertThat(standing(completed.standings(), LAB))
        .isEqualTo(new PartyStanding(LAB, 1, 1, 60, 56, 60));
  }

  @Test
  void provisionalDeclarationWithoutDefendedSeatsKeepsThemInTheBaseline() {
    Contest contest = allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1));
    Tally night =
        Tally.of(election(contest))
            .apply(Declaration.builder(BRENT).won(LAB, 57).won(CON, 3).stillToFill(3).build());
    // Lab 57 - 56 = +1: the three undecided seats still count against Labour
    assertThat(night.result(BRENT).orElseThrow().seatChange(LAB)).isEqualTo(1);
    assertThat(night.standings().seatsChange()).isEqualTo(-3);
  }

  // A by-election gain: defended (last fought) Con 41, Lab 19; previous Con 40, Lab 20.
  @Test
  void lastFoughtAndPreElectionBaselinesDifferAfterAByElection() {
    Contest contest = Contest.builder(WANDSWORTH).previous(comp(CON, 40, LAB, 20)).defended(comp(CON, 41, LAB, 19)).build();
    Declaration declaration = Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();

    Tally lastFought = Tally.of(election(contest)).apply(declaration);
    Tally preElection =
        Tally.of(election(contest), SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly())
            .apply(declaration);

    assertThat(lastFought.baseline()).isEqualTo(SeatBaseline.LAST_FOUGHT);
    assertThat(preElection.baseline()).isEqualTo(SeatBaseline.PRE_ELECTION);
    assertThat(lastFought.result(WANDSWORTH).orElseThrow().seatChanges())
        .containsExactly(entry(CON, -8), entry(LAB, 8));
    assertThat(preElection.result(WANDSWORTH).orElseThrow().seatChanges())
        .containsExactly(entry(CON, -7), entry(LAB, 7));
    assertThat(standing(preElection.standings(), CON).baselineSeats()).isEqualTo(40);
    assertThat(lastFought.outcome(WANDSWORTH)).isEqualTo(preElection.outcome(WANDSWORTH));
    assertThat(lastFought.standings()).isNotEqualTo(preElection.standings());
  }

  @Test
  void preElectionBaselineOfAByThirdsCouncilIsPreviousLessContinuing() {
    // a by-election moved a contested seat from Con to Lab: previous Con 26, Lab 25
    Contest contest =
        Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 26, LAB, 25))
            .defended(comp(CON, 7, LAB, 10))
            .build();
    Declaration declaration = Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 12).build();

    assertThat(SeatBaseline.PRE_ELECTION.of(contest)).isEqualTo(comp(CON, 6, LAB, 11));
    assertThat(SeatBaseline.LAST_FOUGHT.of(contest)).isEqualTo(comp(CON, 7, LAB, 10));
    Tally preElection =
        Tally.of(election(contest), SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly())
            .apply(declaration);
    assertThat(preElection.result(THIRDSBY).orElseThrow().seatChanges())
        .containsExactly(entry(CON, -1), entry(LAB, 1));
    // Con 26 is still a majority of 51 before
    assertThat(preElection.outcome(THIRDSBY).orElseThrow().describe())
        .isEqualTo("Labour gain from Conservative");
  }

  @Test
  void preElectionBaselineLeavesVacantSeatsOut() {
    // a Conservative seat fell vacant before the poll: previous Con 40, Lab 19, 1 vacancy
    Contest contest =
        Contest.builder(WANDSWORTH).previous(comp(CON, 40, LAB, 19).withVacancies(1)).defended(comp(CON, 41, LAB, 19)).build();
    Tally tally =
        Tally.of(election(contest), SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly())
            .apply(Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build());

    assertThat(tally.result(WANDSWORTH).orElseThrow().seatChanges())
        .containsExactly(entry(CON, -7), entry(LAB, 8));
    // 60 won less 59 in the baseline
    assertThat(tally.standings().seatsChange()).isEqualTo(1);
  }
}
