package org.psephos.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Party;

class CompositionArraysTest {
  private static final CompositionArrays ARRAYS = CompositionArrays.get();
  private static final Party[] PARTIES = new Party[12];

  static {
    for (int p = 0; p < PARTIES.length; p++) {
      PARTIES[p] = Party.of("P" + p, "Party " + p, "P" + p);
    }
  }

  /** Seats per party in the order given: pairs (party index, seats), a party kept on its first. */
  private static Map<Party, Integer> seats(List<Integer> draws) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < draws.size(); i += 2) {
      map.putIfAbsent(PARTIES[draws.get(i) % PARTIES.length], draws.get(i + 1) % 7);
    }
    return map;
  }

  private static Party[] listedPartiesOf(Composition composition) {
    Party[] parties = new Party[ARRAYS.listedCount(composition)];
    for (int i = 0; i < parties.length; i++) {
      parties[i] = ARRAYS.listedParty(composition, i);
    }
    return parties;
  }

  private static int[] listedSeatsOf(Composition composition) {
    int[] seats = new int[ARRAYS.listedCount(composition)];
    for (int i = 0; i < seats.length; i++) {
      seats[i] = ARRAYS.listedSeats(composition, i);
    }
    return seats;
  }

  @Test
  void arraysListThePartiesHoldingSeatsInTheOrderGiven() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 300)).ofSizeBetween(0, 30))
        .checkAssert(
            draws -> {
              Map<Party, Integer> given = seats(draws);
              Composition composition = Composition.of(given, draws.size() % 3);
              List<Party> parties = new ArrayList<>();
              List<Integer> seats = new ArrayList<>();
              for (int i = 0; i < listedPartiesOf(composition).length; i++) {
                parties.add(listedPartiesOf(composition)[i]);
                seats.add(listedSeatsOf(composition)[i]);
              }
              assertThat(listedSeatsOf(composition)).hasSameSizeAs(
                  listedPartiesOf(composition));
              // zeros are not part of the value: the arrays hold the map form, in order
              Map<Party, Integer> nonZero = new LinkedHashMap<>();
              given.forEach(
                  (party, n) -> {
                    if (n > 0) {
                      nonZero.put(party, n);
                    }
                  });
              assertThat(parties).containsExactlyElementsOf(nonZero.keySet());
              assertThat(seats).containsExactlyElementsOf(nonZero.values());
              assertThat(composition.asMap()).containsExactlyEntriesOf(nonZero);
            });
  }

  @Test
  void declarationsKeepTheArraysOfTheirSeatsWonInTheOrderGiven() {
    Declaration declaration =
        Declaration.builder(Council.of("E1", "One", CouncilType.LONDON_BOROUGH, "London", 60))
            .won(PARTIES[3], 30)
            .won(PARTIES[1], 0)
            .won(PARTIES[0], 29)
            .stillToFill(1)
            .defendedStillToFill(PARTIES[3], 1)
            .build();
    assertThat(listedPartiesOf(declaration.seatsWon()))
        .containsExactly(PARTIES[3], PARTIES[0]);
    assertThat(listedSeatsOf(declaration.seatsWon())).containsExactly(30, 29);
    assertThat(listedPartiesOf(declaration.defendedStillToFill())).containsExactly(PARTIES[3]);
    assertThat(listedSeatsOf(declaration.defendedStillToFill())).containsExactly(1);
  }

  /** A map whose size() misreports its entries, as a map changed while read might. */
  private static Map<Party, Integer> misreporting(Map<Party, Integer> entries, int size) {
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<Party, Integer>> entrySet() {
        return entries.entrySet();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Test
  void arraysHoldEveryEntryReadEvenIfTheMapMisreportsItsSize() {
    Map<Party, Integer> given = new LinkedHashMap<>();
    given.put(PARTIES[2], 4);
    given.put(PARTIES[5], 0);
    given.put(PARTIES[7], 1);
    for (int size : new int[] {0, 1, 2, 3, 5}) {
      Composition composition = Composition.of(misreporting(given, size));
      assertThat(listedPartiesOf(composition))
          .as("size reported %d", size)
          .containsExactly(PARTIES[2], PARTIES[7]);
      assertThat(listedSeatsOf(composition)).as("size reported %d", size).containsExactly(4, 1);
    }
  }

  @Test
  void theEmptyCompositionHasEmptyArrays() {
    assertThat(listedPartiesOf(Composition.empty())).isEmpty();
    assertThat(listedSeatsOf(Composition.empty())).isEmpty();
    assertThat(listedPartiesOf(Composition.of(Map.of(), 4))).isEmpty();
  }

  @Test
  void theAccessIsInstalledOnceOnly() {
    assertThat(CompositionArrays.get()).isSameAs(ARRAYS);
    assertThatThrownBy(() -> CompositionArrays.install(ARRAYS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already installed");
  }
}
