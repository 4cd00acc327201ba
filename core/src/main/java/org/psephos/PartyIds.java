package org.psephos;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parties of a map being checked, by id, to find two parties of one id: the few parties of a
 * seat or vote map are compared one by one, without a map; beyond {@link #SCANNED} they are kept in
 * a map by id. Not thread-safe.
 */
final class PartyIds {
  /** The most parties compared one by one. */
  static final int SCANNED = 16;

  private Party[] scanned;
  private int count;
  private @Nullable Map<String, Party> byId;

  /**
   * Parties to be noted, about as many as expected (the number only sizes the first array).
   *
   * @param expected how many parties are likely to be noted
   */
  PartyIds(int expected) {
    scanned = new Party[Math.max(1, Math.min(expected, SCANNED))];
  }

  /**
   * Notes a party.
   *
   * @return the party of the same id noted before, or null if there is none (the party is noted)
   */
  @Nullable Party putIfAbsent(Party party) {
    Map<String, Party> map = byId;
    if (map != null) {
      return map.putIfAbsent(party.id(), party);
    }
    String id = party.id();
    int hash = id.hashCode();
    for (int i = 0; i < count; i++) {
      // a string keeps its hash code: ids that differ mostly differ in it, without a comparison
      String earlier = scanned[i].id();
      if (earlier.hashCode() == hash && earlier.equals(id)) {
        return scanned[i];
      }
    }
    if (count == scanned.length && count < SCANNED) {
      scanned = Arrays.copyOf(scanned, SCANNED);
    }
    if (count == SCANNED) {
      map = new HashMap<>();
      for (Party earlier : scanned) {
        map.put(earlier.id(), earlier);
      }
      map.put(id, party);
      byId = map;
      return null;
    }
    scanned[count++] = party;
    return null;
  }
}
