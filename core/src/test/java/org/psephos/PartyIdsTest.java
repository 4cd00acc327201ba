package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two parties of one id in a seat or vote map are found at every size: up to {@link
 * PartyIds#SCANNED} parties are compared one by one, more through a map by id, and both report the
 * first earlier party of that id. The parties are invented, numbered; the messages are written out.
 */
class PartyIdsTest {
  private static Party party(int i) {
    return Party.of("P" + i, "Party " + i, "P" + i);
  }

  /** Parties 1 to {@code size}, one seat each, then party 1 again under another name. */
  private static Map<Party, Integer> withASecondPartyOne(int size) {
    Map<Party, Integer> seats = new LinkedHashMap<>();
    for (int i = 1; i <= size; i++) {
      seats.put(party(i), 1);
    }
    seats.put(Party.of("P1", "Another", "A"), 2);
    return seats;
  }

  @Test
  void aSecondPartyOfOneIdIsRejectedAtEverySize() {
    for (int size = 1; size <= PartyIds.SCANNED + 5; size++) {
      Map<Party, Integer> seats = withASecondPartyOne(size);
      assertThatThrownBy(() -> Composition.of(seats))
          .as("%d parties before", size)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("composition: party id P1 is listed twice (Party[id=P1, name=Party 1,"
              + " shortName=P1, cohesive=true] and Party[id=P1, name=Another, shortName=A,"
              + " cohesive=true])");
      assertThatThrownBy(
              () -> Ward.of("W1", "Ward", 1, Composition.empty())
                  .withPreviousVotes(VoteConvention.ALL_VOTES, seats))
          .as("%d parties before", size)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("ward Ward (W1): previous votes (ALL_VOTES) list party id P1 twice");
    }
  }

  @Test
  void distinctIdsPassAtEverySize() {
    for (int size = 1; size <= PartyIds.SCANNED + 5; size++) {
      Map<Party, Integer> seats = withASecondPartyOne(size);
      seats.remove(Party.of("P1", "Another", "A"));
      assertThat(Composition.of(seats).total()).isEqualTo(size);
      // the number expected only sizes the first array: fewer, as many, more
      for (int expected : new int[] {1, size, PartyIds.SCANNED + 5}) {
        PartyIds ids = new PartyIds(expected);
        for (Party party : seats.keySet()) {
          assertThat(ids.putIfAbsent(party)).isNull();
        }
        assertThat(ids.putIfAbsent(Party.of("P" + size, "Again", "A")))
            .as("%d parties, %d expected", size, expected)
            .isEqualTo(party(size));
      }
    }
  }

  @Test
  void idsOfOneHashCodeAreToldApart() {
    // "Aa" and "BB" share a hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB"
    String[] ids = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
    for (String id : ids) {
      assertThat(id.hashCode()).isEqualTo(ids[id.length() == 2 ? 0 : 2].hashCode());
    }
    PartyIds seen = new PartyIds(ids.length);
    for (String id : ids) {
      assertThat(seen.putIfAbsent(Party.of(id, "Party " + id, id))).as(id).isNull();
    }
    for (String id : ids) {
      assertThat(seen.putIfAbsent(Party.of(id, "Again", "A")))
          .as(id)
          .isEqualTo(Party.of(id, "Party " + id, id));
    }
  }
}
