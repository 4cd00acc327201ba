package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.seats;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositionTest {

  @Test
  void zeroSeatPartiesAreNotPartOfTheValue() {
    Composition withZero = Composition.builder().seats(CON, 3).seats(LAB, 0).build();
    assertThat(withZero.parties()).containsExactly(CON);
    assertThat(withZero).isEqualTo(comp(CON, 3)).hasToString(comp(CON, 3).toString());
    assertThat(withZero.plus(comp(LD, 2)).parties()).containsExactly(CON, LD);
    assertThat(withZero.minus(comp(CON, 3))).isEqualTo(Composition.empty());
    assertThat(Composition.of(Map.of(GRN, 0))).isEqualTo(Composition.empty());
  }

  @Test
  void emptyHasNoSeats() {
    Composition empty = Composition.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.total()).isZero();
    assertThat(empty.filled()).isZero();
    assertThat(empty.vacancies()).isZero();
    assertThat(empty.parties()).isEmpty();
    assertThat(empty.seats(CON)).isZero();
    assertThat(Composition.of(Map.of())).isEqualTo(empty);
    assertThat(Composition.builder().build()).isEqualTo(empty);
    assertThat(empty.toString()).isEqualTo("Composition[; vacancies=0]");
  }

  @Test
  void totalIsSeatsHeldPlusVacancies() {
    Composition composition = Composition.of(seats(CON, 40, LAB, 19), 1);
    assertThat(composition.filled()).isEqualTo(59);
    assertThat(composition.vacancies()).isEqualTo(1);
    assertThat(composition.total()).isEqualTo(60);
    assertThat(composition.isEmpty()).isFalse();
    assertThat(composition.seats(CON)).isEqualTo(40);
    assertThat(composition.seats(LD)).isZero();
  }

  @Test
  void onlyVacanciesIsNotEmpty() {
    Composition vacant = Composition.empty().withVacancies(2);
    assertThat(vacant.isEmpty()).isFalse();
    assertThat(vacant.total()).isEqualTo(2);
    assertThat(vacant.parties()).isEmpty();
  }

  @Test
  void partiesWithZeroSeatsAreNotStored() {
    Composition composition = comp(CON, 3, LAB, 0, LD, 2);
    assertThat(composition.parties()).containsExactly(CON, LD);
    assertThat(composition.asMap()).containsExactly(entry(CON, 3), entry(LD, 2));
    assertThat(composition).isEqualTo(comp(CON, 3, LD, 2));
    assertThat(comp(LAB, 0)).isEqualTo(Composition.empty());
  }

  @Test
  void partiesIterateInTheOrderFirstGiven() {
    Composition composition = comp(LD, 1, CON, 3, LAB, 2);
    assertThat(composition.parties()).containsExactly(LD, CON, LAB);
    assertThat(composition.asMap().keySet()).containsExactly(LD, CON, LAB);
    // toString is canonical, by party id, whatever the order given
    assertThat(composition.toString())
        .isEqualTo("Composition[PP52=3, PP53=2, PP90=1; vacancies=0]");
  }

  @Test
  void equalityIgnoresOrder() {
    Composition one = comp(CON, 33, LAB, 27);
    Composition other = comp(LAB, 27, CON, 33);
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.toString()).isEqualTo(other.toString());
    assertThat(one).isNotEqualTo(one.withVacancies(1));
    assertThat(one).isNotEqualTo(comp(CON, 33, LAB, 26));
  }

  @Test
  void toStringIsCanonicalWithIdsAndVacancies() {
    assertThat(Composition.of(seats(CON, 33, LAB, 26), 1).toString())
        .isEqualTo("Composition[PP52=33, PP53=26; vacancies=1]");
    assertThat(comp(IND, 4).toString()).isEqualTo("Composition[ynmp-party:2=4; vacancies=0]");
  }

  @Test
  void builderKeepsOrderAndVacancies() {
    Composition built =
        Composition.builder().seats(LAB, 22).seats(CON, 20).seats(GRN, 0).vacancies(3).build();
    assertThat(built.parties()).containsExactly(LAB, CON);
    assertThat(built).isEqualTo(comp(LAB, 22, CON, 20).withVacancies(3));
    assertThat(built.total()).isEqualTo(45);
  }

  @Test
  void withVacanciesReplacesTheVacancies() {
    Composition composition = comp(CON, 40, LAB, 19).withVacancies(1);
    assertThat(composition.withVacancies(3).vacancies()).isEqualTo(3);
    assertThat(composition.withVacancies(0)).isEqualTo(comp(CON, 40, LAB, 19));
    assertThat(composition.withVacancies(3).asMap()).isEqualTo(composition.asMap());
  }

  @Test
  void plusAddsSeatsPerPartyAndVacancies() {
    Composition continuing = comp(CON, 20, LAB, 14).withVacancies(1);
    Composition won = comp(LAB, 12, CON, 4, GRN, 1);
    Composition sum = continuing.plus(won);
    assertThat(sum.asMap()).containsExactly(entry(CON, 24), entry(LAB, 26), entry(GRN, 1));
    assertThat(sum.vacancies()).isEqualTo(1);
    assertThat(sum.total()).isEqualTo(continuing.total() + won.total());
    assertThat(Composition.empty().plus(won)).isEqualTo(won);
    assertThat(won.plus(Composition.empty())).isEqualTo(won);
  }

  @Test
  void minusTakesSeatsPerPartyAndVacancies() {
    Composition previous = comp(CON, 27, LAB, 23).withVacancies(1);
    Composition continuing = comp(CON, 20, LAB, 14);
    Composition difference = previous.minus(continuing);
    assertThat(difference).isEqualTo(comp(CON, 7, LAB, 9).withVacancies(1));
    assertThat(difference.plus(continuing)).isEqualTo(previous);
    assertThat(previous.minus(previous)).isEqualTo(Composition.empty());
    assertThat(previous.minus(comp(CON, 27)).parties()).containsExactly(LAB);
  }

  @Test
  void minusOfAPartyNotHeldIsRejected() {
    assertThatThrownBy(() -> comp(CON, 3).minus(comp(GRN, 1)))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage("cannot take 1 seats of Green Party (PP63) from a composition holding 0");
  }

  @Test
  void theGivenMapIsCopied() {
    Map<Party, Integer> given = seats(CON, 3, LAB, 2);
    Composition composition = Composition.of(given);
    given.put(LD, 5);
    given.put(CON, 9);
    assertThat(composition).isEqualTo(comp(CON, 3, LAB, 2));
    assertThatThrownBy(() -> composition.asMap().put(LD, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
