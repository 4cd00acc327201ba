package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A composition read by position: the parties holding seats, in the order first given. */
class CompositionPositionsTest {
  /** Twelve parties, P0 to P11. */
  static final Party[] PARTIES = new Party[12];

  static {
    for (int p = 0; p < PARTIES.length; p++) {
      PARTIES[p] = Party.of("P" + p, "Party " + p, "P" + p);
    }
  }

  /** Seats per party in the order given: pairs (party index, seats), a party kept on its first. */
  static Map<Party, Integer> seats(List<Integer> draws) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < draws.size(); i += 2) {
      map.putIfAbsent(PARTIES[draws.get(i) % PARTIES.length], draws.get(i + 1) % 7);
    }
    return map;
  }

  @Test
  void positionsListThePartiesHoldingSeatsInTheOrderGiven() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 30))
        .checkAssert(
            draws -> {
              Map<Party, Integer> given = seats(draws);
              Composition composition = Composition.of(given, draws.size() % 3);
              List<Party> expectedParties = new ArrayList<>();
              List<Integer> expectedSeats = new ArrayList<>();
              given.forEach(
                  (party, n) -> {
                    if (n > 0) {
                      expectedParties.add(party);
                      expectedSeats.add(n);
                    }
                  });
              List<Party> parties = new ArrayList<>();
              List<Integer> seats = new ArrayList<>();
              for (int i = 0; i < composition.partyCount(); i++) {
                parties.add(composition.partyAt(i));
                seats.add(composition.seatsAt(i));
                assertThat(composition.seats(composition.partyAt(i)))
                    .isEqualTo(composition.seatsAt(i));
              }
              assertThat(parties).containsExactlyElementsOf(expectedParties);
              assertThat(seats).containsExactlyElementsOf(expectedSeats);
              assertThat(composition.parties()).containsExactlyElementsOf(expectedParties);
            });
  }

  @Test
  void aDeclarationsSeatsWonReadByPositionLeaveZerosOut() {
    Declaration declaration =
        Declaration.builder(Council.of("E1", "One", CouncilType.LONDON_BOROUGH, "London", 60))
            .won(PARTIES[3], 30)
            .won(PARTIES[1], 0)
            .won(PARTIES[0], 29)
            .stillToFill(1)
            .defendedStillToFill(PARTIES[3], 1)
            .build();
    Composition won = declaration.seatsWon();
    assertThat(won.partyCount()).isEqualTo(2);
    assertThat(won.partyAt(0)).isEqualTo(PARTIES[3]);
    assertThat(won.seatsAt(0)).isEqualTo(30);
    assertThat(won.partyAt(1)).isEqualTo(PARTIES[0]);
    assertThat(won.seatsAt(1)).isEqualTo(29);
    assertThatThrownBy(() -> won.partyAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theEmptyCompositionHasNoPositions() {
    assertThat(Composition.empty().partyCount()).isZero();
    assertThat(Composition.of(Map.of(), 4).partyCount()).isZero();
    assertThat(Composition.of(Map.of(PARTIES[0], 0), 4).partyCount()).isZero();
  }
}
