package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.seats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.tally.Tally;

/**
 * Values keep their promises: equal values are accepted or rejected alike and print alike, builders
 * detect duplicates, and a contest's compositions are given by name.
 */
class CanonicalValuesTest {
  private static final Election ELECTION =
      ExampleData.electionWith(
          new Party[] {CON, LAB, LD}, allOut(WANDSWORTH, comp(CON, 41, LAB, 19)));

  @Test
  void equalCompositionsAreAcceptedOrRejectedAlikeByTheTally() {
    // Green is not a party of ELECTION: with zero seats it is not part of the value
    Declaration plain = Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 27));
    Declaration withZero = Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 27, GRN, 0));
    assertThat(withZero).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(withZero.seatsWon().parties()).containsExactly(CON, LAB);
    Tally tally = Tally.of(ELECTION);
    assertThat(tally.apply(withZero)).isEqualTo(tally.apply(plain));
    assertThat(tally.apply(withZero).standings()).isEqualTo(tally.apply(plain).standings());
    // with a seat, the same party is rejected
    Declaration withSeat = Declaration.of(WANDSWORTH, seats(CON, 33, LAB, 26, GRN, 1));
    assertThatThrownBy(() -> tally.apply(withSeat))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessageStartingWith("Wandsworth (E09000032): seats won names Green Party (PP63)");
  }

  @Test
  void equalElectionsAreAcceptedAlikeWhateverTheirZeroEntries() {
    Contest plain = allOut(WANDSWORTH, comp(CON, 41, LAB, 19));
    Contest withZero =
        Contest.builder(WANDSWORTH)
            .previous(Composition.of(seats(CON, 41, LAB, 19, UKIP, 0)))
            .defended(Composition.builder().seats(LAB, 19).seats(UKIP, 0).seats(CON, 41).build())
            .build();
    assertThat(withZero).isEqualTo(plain);
    assertThat(election(withZero)).isEqualTo(election(plain));
  }

  @Test
  void equalCompositionsPrintTheSameOrderedByPartyId() {
    Composition one = Composition.builder().seats(LD, 1).seats(CON, 3).seats(LAB, 2).build();
    Composition other = Composition.of(seats(LAB, 2, CON, 3, LD, 1));
    assertThat(one).isEqualTo(other);
    assertThat(one).hasToString(other.toString()).hasToString("Composition[PP52=3, PP53=2, PP90=1; vacancies=0]");
  }

  @Test
  void equalDeclarationsAndContestsPrintTheSame() {
    Declaration one =
        Declaration.builder(WANDSWORTH).won(LAB, 27).won(CON, 32).stillToFill(1)
            .defendedStillToFill(CON, 1).build();
    Declaration other =
        Declaration.builder(WANDSWORTH).won(CON, 32).won(LAB, 27).stillToFill(1)
            .defendedStillToFill(CON, 1).build();
    assertThat(one).isEqualTo(other).hasToString(other.toString());
    Contest contest = allOut(WANDSWORTH, comp(LAB, 19, CON, 41));
    Contest same = allOut(WANDSWORTH, comp(CON, 41, LAB, 19));
    assertThat(contest).isEqualTo(same).hasToString(same.toString());
  }

  @Test
  void equalWardsPrintTheSameWhateverTheOrderOfTheirPreviousVotes() {
    Map<Party, Integer> labFirst = new LinkedHashMap<>();
    labFirst.put(LAB, 2900);
    labFirst.put(CON, 3100);
    Ward one =
        Ward.of("E05000611", "Balham", 3, comp(CON, 2, LAB, 1))
            .withPreviousVotes(VoteConvention.ALL_VOTES, labFirst);
    Ward other =
        Ward.of("E05000611", "Balham", 3, comp(LAB, 1, CON, 2))
            .withPreviousVotes(VoteConvention.ALL_VOTES, seats(CON, 3100, LAB, 2900));
    assertThat(one).isEqualTo(other);
    assertThat(one)
        .hasToString(other.toString())
        .hasToString(
            "Ward[E05000611, Balham, 3 seats, Composition[PP52=2, PP53=1; vacancies=0], ALL_VOTES"
                + " [PP52=3100, PP53=2900]]");
  }

  @Test
  void equalAliasesPrintTheSame() {
    PartyAliases one = PartyAliases.builder().alias("Lab Co-op", LAB).alias("Tories", CON).build();
    PartyAliases other = PartyAliases.builder().alias("Tories", CON).alias("Lab Co-op", LAB).build();
    assertThat(one).isEqualTo(other).hasToString(other.toString());
  }

  @Test
  void buildersRejectAPartyIdGivenTwiceEvenAsAnotherParty() {
    Party otherLabour = Party.of("PP53", "Labour Party", "Lab");
    assertThatThrownBy(() -> Composition.builder().seats(LAB, 1).seats(CON, 2).seats(otherLabour, 0))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("composition: party Labour Party (PP53) is listed twice");
    assertThatThrownBy(() -> Declaration.builder(WANDSWORTH).won(LAB, 1).won(otherLabour, 2))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Wandsworth (E09000032): seats won list Labour Party (PP53) twice");
    assertThatThrownBy(
            () -> Declaration.builder(WANDSWORTH).defendedStillToFill(LAB, 1).defendedStillToFill(LAB, 1))
        .isExactlyInstanceOf(InvalidValueException.class);
    // the two lists of a declaration are separate
    assertThat(
            Declaration.builder(WANDSWORTH).won(LAB, 1).stillToFill(59).defendedStillToFill(LAB, 1)
                .build().seatsWon())
        .isEqualTo(comp(LAB, 1));
  }

  @Test
  void aContestIsGivenItsCompositionsByName() {
    Composition previous = comp(CON, 27, LAB, 24);
    Composition defended = comp(CON, 7, LAB, 10);
    Contest byName =
        Contest.builder(THIRDSBY)
            .continuing(comp(CON, 20, LAB, 14))
            .defended(defended)
            .previous(previous)
            .build();
    assertThat(byName.previous()).isEqualTo(previous);
    assertThat(byName.defended()).isEqualTo(defended);
    assertThat(byName.contested()).isEqualTo(17);
    // the positional constructors take the components in one order: defended, then previous
    assertThat(new Contest(THIRDSBY, 17, comp(CON, 20, LAB, 14), defended, previous))
        .isEqualTo(byName)
        .isEqualTo(new Contest(THIRDSBY, 17, comp(CON, 20, LAB, 14), defended, previous, List.of()));
    assertThatThrownBy(() -> Contest.builder(THIRDSBY).previous(previous).build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Thirdsby (E08000901): a contest needs both its previous composition and its defended"
                + " seats");
    assertThatThrownBy(() -> Contest.builder(THIRDSBY).defended(defended).build())
        .isExactlyInstanceOf(IllegalStateException.class);
  }
}
