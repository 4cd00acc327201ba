package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * A postponed ward completing a council declared provisionally (docs/rules.md, "Postponed wards"):
 * Brent, 2018. The poll in Willesden Green (3 seats, all Labour in 2014) was countermanded after
 * the death of a candidate, Labour councillor Lesley Jones, and held on 21 June. On 3-4 May the
 * other 20 wards gave Labour 57 and the Conservatives 3; results services reported "Labour 57
 * (+4)", leaving Willesden Green's three Labour seats out of the comparison with 2014 (Labour 56,
 * Conservative 6, Liberal Democrat 1). On 21 June Labour won all three: Labour 60 (+4).
 *
 * <p>Sources (the project's London 2018 table, which cites them): the BBC's Brent page; Brent
 * Council's 2014 results; Wembley Matters, 4 May and 22 June 2018; OnLondon, "Labour wins well in
 * deferred Brent council ward election". Seats per ward: 2014, Kenton and Brondesbury Park
 * Conservative 3 each, Mapesbury Labour 2 and Liberal Democrat 1, every other ward Labour 3; 2018,
 * Kenton Conservative 3, every other ward Labour 3. Willesden Green on 21 June: Fleur
 * Donnelly-Jackson 1,683 and Elliott Chappell 1,679 (as published), Tom Miller 1,618 (Labour's
 * published total of 4,980 less the two); the Greens 795, the Conservatives 735 and the Liberal
 * Democrats 627 in total, entered as one row each since the sources give only the totals. In the
 * other wards only seats are published here: each winner is entered with 2,000 votes and one
 * runner-up of another party with 1,000, figures that play no part in what is checked.
 */
class PostponedWardTest {
  private static final Council BRENT =
      Council.of("E09000005", "Brent", CouncilType.LONDON_BOROUGH, "London", 63);
  private static final String[] WARDS = {
    "Alperton", "Barnhill", "Brondesbury Park", "Dollis Hill", "Dudden Hill", "Fryent",
    "Harlesden", "Kensal Green", "Kenton", "Kilburn", "Mapesbury", "Northwick Park", "Preston",
    "Queens Park", "Queensbury", "Stonebridge", "Sudbury", "Tokyngton", "Welsh Harp",
    "Wembley Central", "Willesden Green"
  };
  private static final String WILLESDEN_GREEN = id("Willesden Green");

  /** Democracy Club's ballot id for a ward of the 3 May 2018 election. */
  private static String id(String ward) {
    return "local.brent." + ward.toLowerCase(Locale.ROOT).replace(' ', '-') + ".2018-05-03";
  }

  private static Composition defended2014(String ward) {
    return switch (ward) {
      case "Kenton", "Brondesbury Park" -> comp(CON, 3);
      case "Mapesbury" -> comp(LAB, 2, LD, 1);
      default -> comp(LAB, 3);
    };
  }

  private static final Election ELECTION = brent();

  private static Election brent() {
    List<Ward> wards = new ArrayList<>();
    for (String ward : WARDS) {
      wards.add(Ward.of(id(ward), ward, 3, defended2014(ward)));
    }
    Composition before = comp(LAB, 56, CON, 6, LD, 1);
    return election(
        Contest.builder(BRENT).previous(before).defended(before).wards(wards).build());
  }

  /** The result of a ward of 3 May: three winners of one party, one runner-up. */
  private static WardResult may(String ward) {
    Party winner = ward.equals("Kenton") ? CON : LAB;
    Party runnerUp = winner == CON ? LAB : CON;
    WardResult.Builder result = WardResult.builder(BRENT, id(ward), 3);
    for (int i = 1; i <= 3; i++) {
      result.candidate(ward + " " + winner.shortName() + " " + i, winner, 2000);
    }
    return result.candidate(ward + " " + runnerUp.shortName() + " 1", runnerUp, 1000).build();
  }

  private static WardResult willesdenGreen() {
    return WardResult.builder(BRENT, WILLESDEN_GREEN, 3)
        .candidate("Fleur Donnelly-Jackson", LAB, 1683)
        .candidate("Elliott Chappell", LAB, 1679)
        .candidate("Tom Miller", LAB, 1618)
        .candidate("Green Party candidates (total)", GRN, 795)
        .candidate("Conservative candidates (total)", CON, 735)
        .candidate("Liberal Democrat candidates (total)", LD, 627)
        .build();
  }

  private static Tally onTheNight(Tally empty) {
    Tally tally = empty.apply(WardPostponement.of(BRENT, WILLESDEN_GREEN));
    for (String ward : WARDS) {
      if (!ward.equals("Willesden Green")) {
        tally = tally.apply(may(ward));
      }
    }
    return tally;
  }

  private static PartyStanding standing(Tally tally, Party party) {
    return tally.standings().party(party).orElseThrow();
  }

  @Test
  void brentIsDeclaredOnTheNightAsLabour57Plus4ThenCompletedAs60Plus4() {
    Tally night = onTheNight(Tally.of(ELECTION));
    assertThat(night.isDeclared(BRENT)).isTrue();
    assertThat(night.councilsInProgress()).isEmpty();
    assertThat(night.declaration(BRENT))
        .contains(new Declaration(BRENT, comp(LAB, 57, CON, 3), 3, comp(LAB, 3)));
    // 57 against 56 less Willesden Green's 3: +4; Conservatives 3 against 6: -3; LD 0 against 1
    assertThat(standing(night, LAB).seatsWon()).isEqualTo(57);
    assertThat(standing(night, LAB).seatsChange()).isEqualTo(4);
    assertThat(standing(night, CON).seatsWon()).isEqualTo(3);
    assertThat(standing(night, CON).seatsChange()).isEqualTo(-3);
    assertThat(standing(night, LD).seatsChange()).isEqualTo(-1);
    assertThat(night.outcome(BRENT).map(ControlOutcome::describe)).contains("Labour hold");
    CouncilProgress progress = night.progress(BRENT);
    assertThat(progress.isProvisional()).isTrue();
    assertThat(progress.postponedWards())
        .extracting(Ward::name)
        .containsExactly("Willesden Green");
    assertThat(progress.wardsToCome()).isEmpty();
    assertThat(progress.describe()).isEqualTo("declared, 1 ward postponed");
    assertThat(progress.seatsToCome()).isEqualTo(3);
    assertThat(progress.wardResults()).hasSize(20);

    Tally june = night.apply(willesdenGreen());
    assertThat(june.declaration(BRENT))
        .contains(Declaration.of(BRENT, comp(LAB, 60, CON, 3).asMap()));
    assertThat(standing(june, LAB).seatsWon()).isEqualTo(60);
    assertThat(standing(june, LAB).seatsChange()).isEqualTo(4);
    assertThat(standing(june, CON).seatsChange()).isEqualTo(-3);
    assertThat(standing(june, LD).seatsChange()).isEqualTo(-1);
    assertThat(june.progress(BRENT).describe()).isEqualTo("declared");
    assertThat(june.progress(BRENT).postponedWards()).isEmpty();
    // the votes of every ward are kept throughout: 20 wards of 3 May, then Willesden Green's too
    // (Labour: 19 wards of three winners with 2,000 each, Kenton's runner-up 1,000, then
    // Willesden Green's 4,980; the Greens stood only there, 795)
    WardTotals wards = june.standings().wardTotals();
    assertThat(wards.votes(LAB, VoteConvention.ALL_VOTES)).isEqualTo(19 * 6000 + 1000 + 4980);
    assertThat(wards.votes(GRN, VoteConvention.ALL_VOTES)).isEqualTo(795);
    assertThat(night.standings().wardTotals().votes(LAB, VoteConvention.ALL_VOTES))
        .isEqualTo(19 * 6000 + 1000);
    assertThat(wards.wardsDeclared()).isEqualTo(21);

    // completed, it equals the council counted with every ward at once, in any order
    Tally atOnce = Tally.of(ELECTION).apply(willesdenGreen());
    for (int w = WARDS.length - 1; w >= 0; w--) {
      if (!WARDS[w].equals("Willesden Green")) {
        atOnce = atOnce.apply(may(WARDS[w]));
      }
    }
    assertThat(june).isEqualTo(atOnce);
    assertThat(june.standings()).isEqualTo(atOnce.standings());
  }

  @Test
  void againstTheEveOfPollBaselineTheSeatsHeldBeforeThePollAreLeftOut() {
    // an assumed eve of poll (not Brent's): Willesden Green held by Labour 2 and a vacancy after
    // the councillor's death
    Tally empty = Tally.of(ELECTION, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly());
    Tally night =
        onTheNight(empty)
            .apply(WardPostponement.of(BRENT, WILLESDEN_GREEN).withHeldBeforePoll(comp(LAB, 2)));
    assertThat(night.declaration(BRENT).orElseThrow().heldStillToFill()).isEqualTo(comp(LAB, 2));
    // the contest's eve-of-poll seats are its previous composition, Labour 56: 57 against 54
    assertThat(standing(night, LAB).seatsChange()).isEqualTo(3);
    // without the seats held, the eve-of-poll baseline leaves out the seats defended when the
    // eve-of-poll seats equal the seats as last fought, as they do here
    assertThat(standing(onTheNight(empty), LAB).seatsChange()).isEqualTo(4);
  }

  @Test
  void aPostponementIsWithdrawnOrReplacedAndAWardResultIsNotPostponed() {
    Tally night = onTheNight(Tally.of(ELECTION));
    Tally withdrawn = night.withdrawWard(BRENT, WILLESDEN_GREEN);
    assertThat(withdrawn.isDeclared(BRENT)).isFalse();
    assertThat(withdrawn.councilsInProgress()).containsExactly(BRENT);
    assertThat(withdrawn.progress(BRENT).describe()).isEqualTo("20 of 21 wards declared");
    assertThat(withdrawn.progress(BRENT).wardsToCome())
        .extracting(Ward::name)
        .containsExactly("Willesden Green");

    Tally onlyPostponed = Tally.of(ELECTION).apply(WardPostponement.of(BRENT, WILLESDEN_GREEN));
    assertThat(onlyPostponed.isDeclared(BRENT)).isFalse();
    assertThat(onlyPostponed.councilsInProgress()).isEmpty();
    assertThat(onlyPostponed.progress(BRENT).describe())
        .isEqualTo("0 of 21 wards declared, 1 postponed");
    assertThat(onlyPostponed.withdrawWard(BRENT, WILLESDEN_GREEN)).isEqualTo(Tally.of(ELECTION));

    Tally june = night.apply(willesdenGreen());
    assertThatThrownBy(() -> june.apply(WardPostponement.of(BRENT, WILLESDEN_GREEN)))
        .isInstanceOf(ConflictingResultException.class)
        .hasMessage(
            "Brent (E09000005), ward Willesden Green (" + WILLESDEN_GREEN + "): postponed, but"
                + " the ward has declared; withdraw its result first");

    Tally whole =
        Tally.of(ELECTION).apply(Declaration.of(BRENT, comp(LAB, 60, CON, 3).asMap()));
    assertThatThrownBy(() -> whole.apply(WardPostponement.of(BRENT, WILLESDEN_GREEN)))
        .isInstanceOf(ConflictingResultException.class)
        .hasMessageContaining("held as a whole declaration");
  }

  @Test
  void aPostponementThatDoesNotFitIsRejectedNamingTheWardAndFigures() {
    Tally empty = Tally.of(ELECTION);
    assertThatThrownBy(() -> empty.apply(WardPostponement.of(BRENT, "local.brent.nowhere")))
        .isInstanceOf(UnknownIdException.class);
    assertThatThrownBy(
            () ->
                empty.apply(
                    WardPostponement.of(BRENT, WILLESDEN_GREEN)
                        .withHeldBeforePoll(comp(LAB, 3, CON, 1))))
        .isInstanceOf(SeatCountException.class)
        .hasMessage(
            "Brent (E09000005), ward Willesden Green (" + WILLESDEN_GREEN + "): postponed, with"
                + " seats held before the poll (4) exceeding the seats it elects (3)");
    Tally twoHeld =
        empty
            .apply(WardPostponement.of(BRENT, id("Kenton")).withHeldBeforePoll(comp(CON, 3)))
            .apply(
                WardPostponement.of(BRENT, id("Brondesbury Park"))
                    .withHeldBeforePoll(comp(CON, 3)));
    // a third postponed ward said to be held by a Conservative: 3 + 3 + 1 = 7 of Brent's 6
    assertThatThrownBy(
            () ->
                twoHeld.apply(
                    WardPostponement.of(BRENT, id("Mapesbury"))
                        .withHeldBeforePoll(comp(CON, 1, LAB, 2))))
        .isInstanceOf(SeatCountException.class)
        .hasMessage(
            "Brent (E09000005), ward Mapesbury (" + id("Mapesbury") + "): postponed: seats held"
                + " by " + CON.label() + " before the poll in the council's postponed wards (7)"
                + " exceed its seats on the eve of the poll (6)");
  }

  @Test
  void aWardWhoseNotionalSeatsExceedItsSeatsCannotBePostponed() {
    // after a boundary change a ward's seats as last fought (notional) may exceed the seats it
    // now elects: here 4 notional Labour seats for a 3-seat ward of an invented 4-seat council
    Council redrawn = Council.of("E09000998", "Redrawn", CouncilType.LONDON_BOROUGH, "London", 4);
    Ward big = Ward.of("E05099801", "Big", 3, comp(LAB, 4));
    Ward small = Ward.of("E05099802", "Small", 1, Composition.empty());
    Election election =
        election(
            Contest.builder(redrawn)
                .previous(comp(LAB, 4))
                .defended(comp(LAB, 4))
                .contested(4)
                .wards(List.of(big, small))
                .build());
    assertThatThrownBy(() -> Tally.of(election).apply(WardPostponement.of(redrawn, "E05099801")))
        .isInstanceOf(SeatCountException.class)
        .hasMessage(
            "Redrawn (E09000998), ward Big (E05099801): postponed, but its seats as last fought (4)"
                + " exceed the seats it elects (3), so the seats it leaves to fill cannot be"
                + " matched to their holders; declare the council whole, with seats still to"
                + " fill");
  }
}
