package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The map a composition and a ward's previous votes hand out keeps two arrays, yet behaves in every
 * respect as the insertion-ordered map of the same parties and numbers would, on both sides of the
 * size up to which a party is looked up without a table (8 parties), and cannot be changed.
 */
class PartyNumbersTest {
  private static final Party[] PARTIES = CompositionPositionsTest.PARTIES;
  private static final Party STRANGER = Party.of("X", "Stranger", "X");

  /** Pairs (party index, number) drawn, a party kept on its first, as a map and as arrays. */
  private static Map<Party, Integer> expected(List<Integer> draws) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < draws.size(); i += 2) {
      // numbers above 127, which Integer does not cache, as votes are
      map.putIfAbsent(PARTIES[draws.get(i) % PARTIES.length], draws.get(i + 1) * 37);
    }
    return map;
  }

  private static PartyNumbers numbers(Map<Party, Integer> expected) {
    return new PartyNumbers(
        expected.keySet().toArray(new Party[0]), expected.values().toArray(new Integer[0]));
  }

  @Test
  void behavesAsTheOrderedMapOfItsPartiesAndNumbers() {
    qt().withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40))
        .checkAssert(
            (first, second) -> {
              Map<Party, Integer> expected = expected(first);
              Map<Party, Integer> other = expected(second);
              PartyNumbers map = numbers(expected);
              assertThat(map.size()).isEqualTo(expected.size());
              assertThat(map.isEmpty()).isEqualTo(expected.isEmpty());
              for (Party party : PARTIES) {
                assertThat(map.get(party)).isEqualTo(expected.get(party));
                assertThat(map.containsKey(party)).isEqualTo(expected.containsKey(party));
                assertThat(map.keySet().contains(party)).isEqualTo(expected.containsKey(party));
              }
              assertThat(map.get(STRANGER)).isNull();
              Object notAParty = "P0";
              assertThat(map.get(notAParty)).isNull();
              assertThat(map.containsKey(null)).isFalse();
              assertThat(new ArrayList<>(map.keySet()))
                  .containsExactlyElementsOf(expected.keySet());
              assertThat(new ArrayList<>(map.values()))
                  .containsExactlyElementsOf(expected.values());
              assertThat(new ArrayList<>(map.entrySet()))
                  .containsExactlyElementsOf(expected.entrySet());
              List<Object> visited = new ArrayList<>();
              map.forEach((party, n) -> visited.add(Map.entry(party, n)));
              assertThat(visited).containsExactlyElementsOf(expected.entrySet());
              assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
              assertThat(expected).isEqualTo(map);
              assertThat(map.toString()).isEqualTo(expected.toString());
              boolean same = expected.equals(other);
              assertThat(map.equals(numbers(other))).isEqualTo(same);
              assertThat(map.equals(other)).isEqualTo(same);
            });
  }

  @Test
  void cannotBeChanged() {
    for (int size : new int[] {0, 3, PartyNumbers.SCANNED + 2}) {
      Map<Party, Integer> expected = new LinkedHashMap<>();
      for (int p = 0; p < size; p++) {
        expected.put(PARTIES[p], 1000 + p);
      }
      PartyNumbers map = numbers(expected);
      assertThatThrownBy(() -> map.put(STRANGER, 1))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> map.putAll(Map.of(STRANGER, 1)))
          .isInstanceOf(UnsupportedOperationException.class);
      if (size > 0) {
        assertThatThrownBy(() -> map.remove(PARTIES[0]))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().remove(PARTIES[0]))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.values().remove(1000))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(1))
            .isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<Party, Integer>> entries = map.entrySet().iterator();
        entries.next();
        assertThatThrownBy(entries::remove).isInstanceOf(UnsupportedOperationException.class);
      }
      assertThat(map).as("%d parties", size).isEqualTo(expected);
      Iterator<Party> parties = map.keySet().iterator();
      Iterator<Map.Entry<Party, Integer>> entries = map.entrySet().iterator();
      for (int p = 0; p < size; p++) {
        parties.next();
        entries.next();
      }
      assertThatThrownBy(parties::next).isInstanceOf(NoSuchElementException.class);
      assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void arraysOfDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> new PartyNumbers(new Party[] {PARTIES[0]}, new Integer[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 parties but 0 numbers");
  }

  @Test
  void aWardsPreviousVotesAreItsOwnCopyInTheOrderGiven() {
    Map<Party, Integer> votes = new LinkedHashMap<>();
    for (int p = PartyNumbers.SCANNED + 1; p >= 0; p--) {
      votes.put(PARTIES[p], 500 + p);
    }
    Ward ward =
        Ward.of("W1", "Ward one", 1, Composition.of(Map.of(PARTIES[0], 1)))
            .withPreviousVotes(VoteConvention.ALL_VOTES, votes);
    Map<Party, Integer> before = new LinkedHashMap<>(votes);
    votes.put(PARTIES[0], 1);
    votes.remove(PARTIES[1]);
    Map<Party, Integer> kept = ward.previousVotes(VoteConvention.ALL_VOTES).orElseThrow();
    assertThat(kept).isEqualTo(before);
    assertThat(new ArrayList<>(kept.keySet())).containsExactlyElementsOf(before.keySet());
    assertThatThrownBy(() -> kept.put(PARTIES[0], 2))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
