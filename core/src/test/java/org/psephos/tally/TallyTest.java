package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.POLLING_DAY;
import static org.psephos.ExampleData.POSTPONSHIRE;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.SeatBaseline;

class TallyTest {
  /** Wandsworth and Brent (London boroughs), Thirdsby (North West, by thirds), Postponshire. */
  private static final Election ELECTION =
      election(
          allOut(WANDSWORTH, comp(CON, 41, LAB, 19)),
          Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build(),
          allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1)),
          allOut(POSTPONSHIRE, comp(LAB, 25, CON, 20)));

  private static final Declaration WANDSWORTH_HOLD =
      Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();
  private static final Declaration THIRDSBY_GAIN =
      Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 12).build();
  private static final Declaration BRENT_HOLD =
      Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build();
  private static final Declaration POSTPONSHIRE_PROVISIONAL =
      Declaration.builder(POSTPONSHIRE).won(LAB, 22).won(CON, 20).stillToFill(3).build();

  private static final Tally EMPTY = Tally.of(ELECTION);

  @Test
  void anEmptyTallyHasEveryCouncilToCome() {
    assertThat(EMPTY.councilsDeclared()).isZero();
    assertThat(EMPTY.declaredCouncils()).isEmpty();
    assertThat(EMPTY.councilsToCome()).containsExactly(WANDSWORTH, THIRDSBY, BRENT, POSTPONSHIRE);
    assertThat(EMPTY.results()).isEmpty();
    assertThat(EMPTY.isDeclared(WANDSWORTH)).isFalse();
    assertThat(EMPTY.declaration(WANDSWORTH)).isEmpty();
    assertThat(EMPTY.result(WANDSWORTH)).isEmpty();
    assertThat(EMPTY.outcome(WANDSWORTH)).isEmpty();
    Standings standings = EMPTY.standings();
    assertThat(standings.councilsDeclared()).isZero();
    assertThat(standings.councilsExpected()).isEqualTo(4);
    assertThat(standings.parties())
        .extracting(PartyStanding::party)
        .containsExactly(CON, LAB, LD, GRN, IND);
    assertThat(standings.parties()).allMatch(PartyStanding::isZero);
  }

  @Test
  void defaultChoicesAreLastFoughtAndCohesiveOnly() {
    assertThat(EMPTY.baseline()).isEqualTo(SeatBaseline.LAST_FOUGHT);
    assertThat(EMPTY.controlRule()).isEqualTo(ControlRule.cohesiveOnly());
    assertThat(EMPTY.election()).isSameAs(ELECTION);
    Tally chosen = Tally.of(ELECTION, SeatBaseline.PRE_ELECTION, ControlRule.anyParty());
    assertThat(chosen.baseline()).isEqualTo(SeatBaseline.PRE_ELECTION);
    assertThat(chosen.controlRule()).isEqualTo(ControlRule.anyParty());
  }

  @Test
  void declaredCouncilsAndCouncilsToComeAreInTheElectionsOrder() {
    Tally tally = EMPTY.apply(BRENT_HOLD).apply(WANDSWORTH_HOLD);
    assertThat(tally.councilsDeclared()).isEqualTo(2);
    assertThat(tally.declaredCouncils()).containsExactly(WANDSWORTH, BRENT);
    assertThat(tally.councilsToCome()).containsExactly(THIRDSBY, POSTPONSHIRE);
    assertThat(tally.isDeclared(BRENT)).isTrue();
    assertThat(tally.isDeclared(THIRDSBY)).isFalse();
    assertThat(tally.results())
        .extracting(CouncilResult::council)
        .containsExactly(WANDSWORTH, BRENT);
    assertThat(tally.results().get(1).declaration()).isEqualTo(BRENT_HOLD);
  }

  @Test
  void applyLeavesTheTallyItWasAppliedTo() {
    Tally one = EMPTY.apply(WANDSWORTH_HOLD);
    Tally two = one.apply(BRENT_HOLD);
    assertThat(one.councilsDeclared()).isEqualTo(1);
    assertThat(one.isDeclared(BRENT)).isFalse();
    assertThat(two.councilsDeclared()).isEqualTo(2);
    assertThat(EMPTY.councilsDeclared()).isZero();
  }

  @Test
  void aProvisionalDeclarationCountsAsDeclared() {
    Tally tally = EMPTY.apply(POSTPONSHIRE_PROVISIONAL);
    assertThat(tally.isDeclared(POSTPONSHIRE)).isTrue();
    assertThat(tally.councilsDeclared()).isEqualTo(1);
    assertThat(tally.standings().councilsDeclared()).isEqualTo(1);
  }

  @Test
  void redeclaringReplacesWithoutCountingTwice() {
    Declaration corrected = Declaration.builder(WANDSWORTH).won(CON, 32).won(LAB, 28).build();
    Tally tally = EMPTY.apply(WANDSWORTH_HOLD).apply(corrected);
    assertThat(tally.councilsDeclared()).isEqualTo(1);
    assertThat(tally.declaration(WANDSWORTH)).contains(corrected);
    assertThat(tally.standings().party(CON).orElseThrow().seatsWon()).isEqualTo(32);
    assertThat(tally).isEqualTo(EMPTY.apply(corrected));
  }

  @Test
  void withdrawRemovesADeclarationAsIfItHadNotCome() {
    Tally before = EMPTY.apply(WANDSWORTH_HOLD);
    Tally withdrawn = before.apply(THIRDSBY_GAIN).withdraw(THIRDSBY);
    assertThat(withdrawn).isEqualTo(before);
    assertThat(withdrawn.standings()).isEqualTo(before.standings());
    assertThat(withdrawn.isDeclared(THIRDSBY)).isFalse();
    assertThat(withdrawn.councilsToCome()).containsExactly(THIRDSBY, BRENT, POSTPONSHIRE);
    assertThat(withdrawn.standings(CouncilFilter.region("North West")))
        .isEqualTo(EMPTY.standings(CouncilFilter.region("North West")));
    assertThat(before.withdraw(WANDSWORTH)).isEqualTo(EMPTY);
  }

  @Test
  void withdrawingAnUndeclaredCouncilChangesNothing() {
    Tally tally = EMPTY.apply(WANDSWORTH_HOLD);
    assertThat(tally.withdraw(BRENT)).isSameAs(tally);
  }

  @Test
  void tallyStandingsFollowTheDeclarations() {
    Tally tally =
        EMPTY.applyAll(
            List.of(WANDSWORTH_HOLD, THIRDSBY_GAIN, BRENT_HOLD, POSTPONSHIRE_PROVISIONAL));
    Standings standings = tally.standings();
    // Wandsworth Con hold, Thirdsby Lab gain from Con, Brent Lab hold, Postponshire Lab to NOC
    assertThat(standings.councilsDeclared()).isEqualTo(4);
    assertThat(standings.councilsExpected()).isEqualTo(4);
    assertThat(standings.noOverallControl()).isEqualTo(1);
    assertThat(standings.noOverallControlBefore()).isZero();
    // Con: won 33 + 5 + 3 + 20 = 61 against 41 + 7 + 6 + 20 = 74; holds 33 + 25 + 3 + 20 = 81
    assertThat(standings.party(CON)).contains(new PartyStanding(CON, 1, 2, 61, 74, 81));
    // Lab: won 27 + 12 + 60 + 22 = 121 against 19 + 10 + 56 + 25 = 110; holds 27 + 26 + 60 + 22
    assertThat(standings.party(LAB)).contains(new PartyStanding(LAB, 2, 2, 121, 110, 135));
    assertThat(standings.party(LD)).contains(new PartyStanding(LD, 0, 0, 0, 1, 0));
    assertThat(standings.party(GRN)).contains(PartyStanding.zero(GRN));
  }

  @Test
  void standingsOfARegionOrTypeCoverItsCouncilsOnly() {
    Tally tally = EMPTY.applyAll(List.of(WANDSWORTH_HOLD, THIRDSBY_GAIN));
    Standings london = tally.standings(CouncilFilter.region("London"));
    assertThat(london.councilsDeclared()).isEqualTo(1);
    assertThat(london.councilsExpected()).isEqualTo(2);
    assertThat(london.party(CON)).contains(new PartyStanding(CON, 1, 1, 33, 41, 33));
    Standings metropolitan = tally.standings(CouncilFilter.type(CouncilType.METROPOLITAN_BOROUGH));
    assertThat(metropolitan.councilsDeclared()).isEqualTo(1);
    assertThat(metropolitan.councilsExpected()).isEqualTo(1);
    assertThat(metropolitan.party(LAB)).contains(new PartyStanding(LAB, 1, 0, 12, 10, 26));
    assertThat(tally.standings(CouncilFilter.all())).isEqualTo(tally.standings());
  }

  @Test
  void scannedFiltersAgreeWithKeptTotals() {
    Tally tally = EMPTY.applyAll(List.of(WANDSWORTH_HOLD, THIRDSBY_GAIN, BRENT_HOLD));
    Standings kept = tally.standings(CouncilFilter.region("London"));
    Predicate<Council> inLondon = c -> c.region().equals(Optional.of("London"));
    assertThat(tally.standings(CouncilFilter.matching("London", inLondon))).isEqualTo(kept);
    assertThat(tally.standings(inLondon)).isEqualTo(kept);
    assertThat(tally.standings((Predicate<Council>) CouncilFilter.region("London")))
        .isEqualTo(kept);
    assertThat(
            tally.standings(
                CouncilFilter.region("London")
                    .and(CouncilFilter.matching("over 60 seats", c -> c.size() > 60))))
        .satisfies(
            brent -> {
              assertThat(brent.councilsExpected()).isEqualTo(1);
              assertThat(brent.party(LAB)).contains(new PartyStanding(LAB, 1, 1, 60, 56, 60));
            });
  }

  @Test
  void aRegionOrTypeWithNoCouncilGivesZeroOfZero() {
    Tally tally = EMPTY.apply(WANDSWORTH_HOLD);
    for (CouncilFilter filter :
        List.of(
            CouncilFilter.region("Wales"),
            CouncilFilter.region("london"),
            CouncilFilter.type(CouncilType.COUNTY),
            CouncilFilter.matching("none", c -> false))) {
      Standings none = tally.standings(filter);
      assertThat(none.councilsDeclared()).isZero();
      assertThat(none.councilsExpected()).isZero();
      assertThat(none.parties()).hasSize(5).allMatch(PartyStanding::isZero);
      assertThat(none.noOverallControl()).isZero();
    }
  }

  @Test
  void talliesAreEqualByTheirCurrentDeclarationsWhateverTheOrder() {
    Tally one = EMPTY.apply(WANDSWORTH_HOLD).apply(BRENT_HOLD);
    Tally other = Tally.of(ELECTION).apply(BRENT_HOLD).apply(WANDSWORTH_HOLD);
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(EMPTY.apply(WANDSWORTH_HOLD));
    assertThat(one).isNotEqualTo(EMPTY.apply(WANDSWORTH_HOLD).apply(THIRDSBY_GAIN));
    assertThat(one)
        .isNotEqualTo(
            EMPTY
                .apply(WANDSWORTH_HOLD)
                .apply(Declaration.builder(BRENT).won(LAB, 59).won(CON, 4).build()));
  }

  @Test
  void talliesWithDifferentChoicesOrElectionsDiffer() {
    Tally lastFought = EMPTY.apply(WANDSWORTH_HOLD);
    assertThat(lastFought)
        .isNotEqualTo(
            Tally.of(ELECTION, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly())
                .apply(WANDSWORTH_HOLD))
        .isNotEqualTo(
            Tally.of(ELECTION, SeatBaseline.LAST_FOUGHT, ControlRule.anyParty())
                .apply(WANDSWORTH_HOLD))
        .isNotEqualTo(
            Tally.of(election(allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))).apply(WANDSWORTH_HOLD))
        .isEqualTo(
            Tally.of(ELECTION, SeatBaseline.LAST_FOUGHT, ControlRule.cohesiveOnly())
                .apply(WANDSWORTH_HOLD));
  }

  @Test
  void toStringGivesTheElectionTheBaselineAndTheCount() {
    assertThat(EMPTY.apply(WANDSWORTH_HOLD).apply(BRENT_HOLD).toString())
        .isEqualTo("Tally[local.2018-05-03, last-fought, 2 of 4 councils declared]");
  }

  @Test
  void aCouncilControlledByAnOverrideCountsForThatParty() {
    Party localGroup = IND;
    Council isles =
        Council.of("E06000053", "Isles of Scilly", CouncilType.UNITARY_AUTHORITY, "South West", 16);
    Election scilly = election(allOut(isles, comp(localGroup, 16)));
    Declaration allIndependent = Declaration.builder(isles).won(localGroup, 16).build();
    assertThat(Tally.of(scilly).apply(allIndependent).standings().noOverallControl())
        .isEqualTo(1);
    Tally overridden =
        Tally.of(
                scilly,
                SeatBaseline.LAST_FOUGHT,
                ControlRule.cohesiveOnly().withCohesiveIn(isles, localGroup))
            .apply(allIndependent);
    assertThat(overridden.standings().party(localGroup))
        .contains(new PartyStanding(localGroup, 1, 1, 16, 16, 16));
    assertThat(overridden.outcome(isles).orElseThrow().describe()).isEqualTo("Independent hold");
  }

  @Test
  void aTallyOfManyCouncilsKeepsEachCouncilsDeclaration() {
    // 150 councils of 10 seats, Con 6 Lab 4 before; every third declares Lab 6 Con 4
    List<Contest> contests = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Council council =
          Council.of(
              String.format(Locale.ROOT, "E07%06d", i),
              "District " + i,
              CouncilType.SHIRE_DISTRICT,
              i < 32 ? "London" : "Elsewhere",
              10);
      contests.add(allOut(council, comp(CON, 6, LAB, 4)));
    }
    Election many =
        Election.of(
            "local.2018-05-03",
            POLLING_DAY,
            "Local elections 2018",
            List.of(CON, LAB),
            PartyAliases.empty(),
            contests);
    Tally tally = Tally.of(many);
    List<Council> declared = new ArrayList<>();
    for (int i = 149; i >= 0; i--) {
      if (i % 3 == 0) {
        Council council = contests.get(i).council();
        tally = tally.apply(Declaration.builder(council).won(LAB, 6).won(CON, 4).build());
        declared.add(0, council);
      }
    }
    assertThat(tally.councilsDeclared()).isEqualTo(50);
    assertThat(tally.declaredCouncils()).isEqualTo(declared);
    assertThat(tally.councilsToCome()).hasSize(100);
    // 50 Labour gains from the Conservatives, 6 - 4 = +2 seats each
    assertThat(tally.standings().party(LAB)).contains(new PartyStanding(LAB, 50, 0, 300, 200, 300));
    assertThat(tally.standings().party(CON)).contains(new PartyStanding(CON, 0, 50, 200, 300, 200));
    // councils 0, 3, ..., 30 are in London: 11 of 32
    Standings london = tally.standings(CouncilFilter.region("London"));
    assertThat(london.councilsDeclared()).isEqualTo(11);
    assertThat(london.councilsExpected()).isEqualTo(32);
    Council last = contests.get(147).council();
    Tally withdrawn = tally.withdraw(last);
    assertThat(withdrawn.isDeclared(last)).isFalse();
    assertThat(withdrawn.councilsDeclared()).isEqualTo(49);
    assertThat(withdrawn.isDeclared(contests.get(144).council())).isTrue();
    assertThat(tally.isDeclared(last)).isTrue();
    assertThat(withdrawn).isNotEqualTo(tally);
    assertThat(withdrawn.apply(tally.declaration(last).orElseThrow())).isEqualTo(tally);
  }
}
