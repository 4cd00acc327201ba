package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A composition keeps its seats by position and makes its map only when asked; whatever it holds,
 * it behaves as the map of its seats would: a party's seats, equality (in any order of the
 * parties) and the hash code agree with {@link Composition#asMap()}, on both sides of the size up
 * to which a party's seats are found without the map (8 parties).
 */
class CompositionMapLawsTest {
  private static final Party[] PARTIES = CompositionPositionsTest.PARTIES;

  private static Map<Party, Integer> seats(List<Integer> draws) {
    return CompositionPositionsTest.seats(draws);
  }

  private static Map<Party, Integer> shuffled(Map<Party, Integer> seats, long seed) {
    List<Map.Entry<Party, Integer>> entries = new ArrayList<>(seats.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Map<Party, Integer> copy = new LinkedHashMap<>();
    entries.forEach(entry -> copy.put(entry.getKey(), entry.getValue()));
    return copy;
  }

  @Test
  void eachFigureAgreesWithTheMapOfTheSeats() {
    qt().withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60),
            integers().between(0, 2),
            integers().between(0, 2))
        .checkAssert(
            (first, second, firstVacancies, secondVacancies) -> {
              Composition a = Composition.of(seats(first), firstVacancies);
              Composition b = Composition.of(seats(second), secondVacancies);
              for (Composition c : List.of(a, b)) {
                for (Party party : PARTIES) {
                  assertThat(c.seats(party))
                      .isEqualTo(c.asMap().getOrDefault(party, 0));
                }
                int mapHash = c.asMap().hashCode();
                assertThat(c.hashCode()).isEqualTo(mapHash * 31 + c.vacancies());
              }
              boolean sameFigures =
                  a.asMap().equals(b.asMap()) && a.vacancies() == b.vacancies();
              assertThat(a.equals(b)).isEqualTo(sameFigures);
              assertThat(b.equals(a)).isEqualTo(sameFigures);
              Composition reordered = Composition.of(shuffled(seats(first), first.size()),
                  firstVacancies);
              assertThat(reordered).isEqualTo(a).hasSameHashCodeAs(a);
            });
  }

  @Test
  void compositionsOfOneSizeAndTotalButOtherFiguresDiffer() {
    for (int size = 2; size < PARTIES.length; size++) {
      Map<Party, Integer> some = new LinkedHashMap<>();
      Map<Party, Integer> others = new LinkedHashMap<>();
      Map<Party, Integer> moved = new LinkedHashMap<>();
      for (int p = 0; p < size; p++) {
        some.put(PARTIES[p], p == 0 ? 2 : 1);
        others.put(PARTIES[p + 1], p == 0 ? 2 : 1);
        // a seat of the first party moved to the last
        moved.put(PARTIES[p], p == size - 1 ? 2 : 1);
      }
      assertThat(Composition.of(some)).as("%d parties", size)
          .isNotEqualTo(Composition.of(others))
          .isNotEqualTo(Composition.of(moved));
    }
  }

  @Test
  void aMapIteratingMoreEntriesThanItsSizeSaysIsReadWhole() {
    Map<Party, Integer> seats = new LinkedHashMap<>();
    for (int p = 0; p < 10; p++) {
      seats.put(PARTIES[p], p + 1);
    }
    // a map whose size is stale, as a map changed by another thread can be
    Map<Party, Integer> understated =
        new AbstractMap<>() {
          @Override
          public Set<Map.Entry<Party, Integer>> entrySet() {
            return new java.util.AbstractSet<>() {
              @Override
              public Iterator<Map.Entry<Party, Integer>> iterator() {
                return seats.entrySet().iterator();
              }

              @Override
              public int size() {
                return 1;
              }
            };
          }
        };
    Composition composition = Composition.of(understated);
    assertThat(composition.asMap()).isEqualTo(seats);
    assertThat(composition.total()).isEqualTo(55);
    assertThat(composition.partyCount()).isEqualTo(10);
  }
}
