package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.electionWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.UnknownIdException;

/**
 * The tally reads a declaration's parties alike whatever order they are listed in: in the
 * election's order (where it looks first at the next few of the election's parties), in reverse,
 * with gaps wider than it looks ahead, shuffled, or as equal copies of the election's parties.
 * Each order gives the seats as stated and the same tally; a party the election does not know is
 * refused wherever it is listed.
 */
class PartyOrderTest {
  private static final int PARTIES = 14;
  private static final Party[] ALL = new Party[PARTIES];

  static {
    for (int p = 0; p < PARTIES; p++) {
      ALL[p] = Party.of("PP" + (200 + p), "Party " + p, "P" + p);
    }
  }

  private static final Council COUNCIL =
      Council.of("E07000001", "Testing", CouncilType.SHIRE_DISTRICT, 105);
  private static final Election ELECTION =
      electionWith(ALL, allOut(COUNCIL, Composition.of(Map.of(ALL[0], 105))));

  /** Seats for the parties at the given positions, listed in the given order: party p wins p + 1. */
  private static Map<Party, Integer> listed(List<Integer> positions, boolean copies) {
    Map<Party, Integer> seats = new LinkedHashMap<>();
    for (int p : positions) {
      Party party = copies ? Party.of(ALL[p].id(), ALL[p].name(), ALL[p].shortName()) : ALL[p];
      seats.put(party, p + 1);
    }
    return seats;
  }

  private static void assertSeatsAsListed(Tally tally, List<Integer> positions) {
    Composition after = tally.result(COUNCIL).orElseThrow().compositionAfter();
    for (int p = 0; p < PARTIES; p++) {
      int expected = positions.contains(p) ? p + 1 : 0;
      assertThat(after.seats(ALL[p])).as("%s listed %s", ALL[p].label(), positions)
          .isEqualTo(expected);
    }
  }

  @Test
  void everyOrderOfTheSameSeatsGivesTheSameTally() {
    // party p wins p + 1 seats: 1 + 2 + ... + 14 = 105, every seat
    List<List<Integer>> orders = new ArrayList<>();
    List<Integer> inOrder = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    orders.add(inOrder);
    List<Integer> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);
    orders.add(reversed);
    Random random = new Random(20181);
    for (int i = 0; i < 20; i++) {
      List<Integer> shuffled = new ArrayList<>(inOrder);
      Collections.shuffle(shuffled, random);
      orders.add(shuffled);
    }
    Tally first = null;
    for (List<Integer> order : orders) {
      for (boolean copies : new boolean[] {false, true}) {
        Tally tally = Tally.of(ELECTION).apply(Declaration.of(COUNCIL, listed(order, copies)));
        assertSeatsAsListed(tally, order);
        if (first == null) {
          first = tally;
        }
        assertThat(tally).as("%s, copies %s", order, copies).isEqualTo(first);
        assertThat(tally.standings()).isEqualTo(first.standings());
      }
    }
  }

  @Test
  void gapsWiderThanTheLookAheadAreFoundToo() {
    // positions 0, 6, 13 and 5 (after 13, looking ahead from 14 finds nothing); the rest still to
    // fill, defended by party 0
    List<Integer> gaps = List.of(0, 6, 13, 5);
    int won = 1 + 7 + 14 + 6;
    Map<Party, Integer> seats = listed(gaps, false);
    Declaration provisional =
        Declaration.provisional(COUNCIL, seats, 105 - won, Map.of(ALL[0], 105 - won));
    Tally tally = Tally.of(ELECTION).apply(provisional);
    Composition after = tally.result(COUNCIL).orElseThrow().declaration().seatsWon();
    for (int p = 0; p < PARTIES; p++) {
      assertThat(after.seats(ALL[p])).as(ALL[p].label()).isEqualTo(gaps.contains(p) ? p + 1 : 0);
    }
  }

  @Test
  void aPartyTheElectionDoesNotKnowIsRefusedWhereverItIsListed() {
    Party stranger = Party.of("PP999", "Stranger", "Str");
    for (int at = 0; at <= 3; at++) {
      Map<Party, Integer> seats = new LinkedHashMap<>();
      List<Integer> known = List.of(0, 1, 2);
      for (int i = 0; i < known.size(); i++) {
        if (i == at) {
          seats.put(stranger, 1);
        }
        seats.put(ALL[known.get(i)], 1);
      }
      if (at == known.size()) {
        seats.put(stranger, 1);
      }
      seats.put(ALL[13], 105 - 4);
      Tally empty = Tally.of(ELECTION);
      assertThatThrownBy(() -> empty.apply(Declaration.of(COUNCIL, seats)))
          .as("stranger listed at %d", at)
          .isInstanceOf(UnknownIdException.class)
          .hasMessageContaining("PP999");
      assertThat(empty.councilsDeclared()).isZero();
    }
  }
}
