package org.psephos.tally;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Control;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.UnknownPartyException;
import org.psephos.VoteConvention;
import org.psephos.Ward;

/**
 * The election numbered once for a family of tallies: parties and councils by position, the
 * baseline and continuing seats of each contest as sparse arrays, control before, and the groups
 * (whole election, each region, each council type) whose standings are kept up to date, and each
 * listed ward's seats, defended seats and previous votes as dense per-party arrays. Built once by
 * {@link Tally#of}, shared by every tally derived from it. Immutable after construction.
 */
final class ElectionIndex {
  static final int ALL = 0;

  final Election election;
  final SeatBaseline baseline;
  final ControlRule rule;
  final Party[] parties;
  final Contest[] contests;
  private final Map<String, Integer> partyPositions;
  /** The parties by identity, open addressing (a power of two, at most half full). */
  private final @Nullable Party[] partyTable;
  /** The position of the party in each slot of {@link #partyTable}. */
  private final int[] partyTablePositions;
  private final Map<String, Integer> councilPositions;
  /** For each council, the groups it counts in: the whole election, its region, its type. */
  final int[][] groupsOf;
  final int groupCount;
  final Map<String, Integer> regionGroups;
  final Map<CouncilType, Integer> typeGroups;
  final int[] expected;
  /** For each group, the seats contested in its councils. */
  final int[] seatsExpected;
  /** For each group, the wards listed by its councils' contests. */
  final int[] wardsExpected;
  /** For each council, its listed wards (empty if none), as the ward-level index. */
  final WardIndex[][] wards;
  /** Ward id to {council position, ward position}. */
  private final Map<String, int[]> wardPositions;
  /** Every ward figure zero: shared by councils with no ward results. */
  final WardSums zeroSums;
  /**
   * For each council, dense per party: its baseline seats (positions 0 to parties - 1), then its
   * continuing seats (parties to 2 * parties - 1).
   */
  final int[][] fixedSeats;
  /**
   * For each council, per party position, whether the party may control it under the rule;
   * councils the rule does not name share one array.
   */
  final boolean[][] mayControl;
  /** For each council, the seats needed for a majority. */
  final int[] majority;
  /** For each council, the position of the party controlling it before, or -1 for NOC. */
  final int[] controlBefore;

  ElectionIndex(Election election, SeatBaseline baseline, ControlRule rule) {
    this.election = election;
    this.baseline = baseline;
    this.rule = rule;
    this.parties = election.parties().toArray(new Party[0]);
    this.contests = election.contests().toArray(new Contest[0]);
    this.partyPositions = new HashMap<>();
    int tableSize = Integer.highestOneBit(Math.max(1, parties.length)) * 4;
    this.partyTable = new Party[tableSize];
    this.partyTablePositions = new int[tableSize];
    for (int p = 0; p < parties.length; p++) {
      partyPositions.put(parties[p].id(), p);
      int slot = System.identityHashCode(parties[p]) & (tableSize - 1);
      while (partyTable[slot] != null) {
        slot = (slot + 1) & (tableSize - 1);
      }
      partyTable[slot] = parties[p];
      partyTablePositions[slot] = p;
    }
    this.councilPositions = new HashMap<>();
    this.regionGroups = new LinkedHashMap<>();
    this.typeGroups = new EnumMap<>(CouncilType.class);
    int n = contests.length;
    for (int c = 0; c < n; c++) {
      Council council = contests[c].council();
      councilPositions.put(council.id(), c);
      regionGroups.putIfAbsent(council.region(), 1 + regionGroups.size());
    }
    int next = 1 + regionGroups.size();
    for (Contest contest : contests) {
      if (!typeGroups.containsKey(contest.council().type())) {
        typeGroups.put(contest.council().type(), next++);
      }
    }
    this.groupCount = next;
    this.expected = new int[groupCount];
    this.seatsExpected = new int[groupCount];
    this.wardsExpected = new int[groupCount];
    this.wards = new WardIndex[n][];
    this.wardPositions = new HashMap<>();
    this.zeroSums = WardSums.zero(parties.length);
    this.groupsOf = new int[n][];
    this.fixedSeats = new int[n][];
    this.mayControl = new boolean[n][];
    this.majority = new int[n];
    this.controlBefore = new int[n];
    boolean[] mayControlByDefault = null;
    for (int c = 0; c < n; c++) {
      Contest contest = contests[c];
      Council council = contest.council();
      int[] groups = {
        ALL, regionGroups.get(council.region()), typeGroups.get(council.type())
      };
      groupsOf[c] = groups;
      for (int g : groups) {
        expected[g]++;
        seatsExpected[g] += contest.contested();
        wardsExpected[g] += contest.wards().size();
      }
      wards[c] = new WardIndex[contest.wards().size()];
      for (int w = 0; w < wards[c].length; w++) {
        Ward ward = contest.wards().get(w);
        wards[c][w] = new WardIndex(ward, positions(ward.defended()), seats(ward.defended()),
            previous(ward, VoteConvention.ALL_VOTES), previous(ward, VoteConvention.TOP_CANDIDATE));
        wardPositions.put(ward.id(), new int[] {c, w});
      }
      int[] fixed = new int[2 * parties.length];
      addDense(fixed, 0, baseline.of(contest));
      addDense(fixed, parties.length, contest.continuing());
      fixedSeats[c] = fixed;
      boolean[] may = new boolean[parties.length];
      for (int p = 0; p < parties.length; p++) {
        may[p] = rule.canControl(council, parties[p]);
      }
      if (rule.councilsOverridden().contains(council.id())) {
        mayControl[c] = may;
      } else {
        if (mayControlByDefault == null) {
          mayControlByDefault = may;
        }
        mayControl[c] = mayControlByDefault;
      }
      majority[c] = council.majority();
      controlBefore[c] = position(Control.of(council, contest.previous(), rule));
    }
  }

  private long @Nullable [] previous(Ward ward, VoteConvention convention) {
    Map<Party, Integer> votes = ward.previousVotes().get(convention);
    if (votes == null) {
      return null;
    }
    long[] dense = new long[parties.length];
    for (Map.Entry<Party, Integer> entry : votes.entrySet()) {
      dense[partyPosition(entry.getKey())] = entry.getValue();
    }
    return dense;
  }

  /** The {council, ward} positions of a listed ward, or null if no contest lists it. */
  int @Nullable [] wardPosition(String wardId) {
    return wardPositions.get(wardId);
  }

  /** One listed ward: its value, defended seats as sparse arrays, previous votes as dense ones. */
  static final class WardIndex {
    final Ward ward;
    final int[] defendedParties;
    final int[] defendedSeats;
    private final long @Nullable [] previousAll;
    private final long @Nullable [] previousTop;

    WardIndex(
        Ward ward,
        int[] defendedParties,
        int[] defendedSeats,
        long @Nullable [] previousAll,
        long @Nullable [] previousTop) {
      this.ward = ward;
      this.defendedParties = defendedParties;
      this.defendedSeats = defendedSeats;
      this.previousAll = previousAll;
      this.previousTop = previousTop;
    }

    /** Previous votes per party under a convention slot of {@link WardSums}, or null if not given. */
    long @Nullable [] previous(int slot) {
      return slot == WardSums.ALL ? previousAll : previousTop;
    }
  }

  int position(Control control) {
    return control.party().map(this::partyPosition).orElse(-1);
  }

  int partyPosition(Party party) {
    Integer p = partyPositions.get(party.id());
    if (p == null) {
      throw new UnknownPartyException(
          party.label() + " is not a party of election " + election.id());
    }
    return p;
  }

  /** The position of a council known to be in the election (checked by the caller). */
  int councilPosition(Council council) {
    Integer c = councilPositions.get(council.id());
    if (c == null) {
      // requireContest throws the specific exception; reaching here means it did not.
      throw new IllegalStateException(council.label() + " has no position");
    }
    return c;
  }

  /**
   * The position of a party if it is one of the election's, equal to the election's party of the
   * same id; otherwise -1 (the caller then lets {@link Election#requireParty} name the problem).
   */
  @SuppressWarnings("ReferenceEquality") // the fast path: the election's own party instance
  int knownPartyPosition(Party party) {
    int mask = partyTable.length - 1;
    for (int slot = System.identityHashCode(party) & mask; ; slot = (slot + 1) & mask) {
      Party candidate = partyTable[slot];
      if (candidate == party) {
        return partyTablePositions[slot];
      }
      if (candidate == null) {
        break;
      }
    }
    Integer p = partyPositions.get(party.id());
    if (p == null) {
      return -1;
    }
    Party known = parties[p];
    return known.equals(party) ? p : -1;
  }

  /**
   * The position of a council if the election contests it, equal to the election's council of the
   * same id; otherwise -1 (the caller then lets {@link Election#requireContest} name the problem).
   */
  int knownCouncilPosition(Council council) {
    Integer c = councilPositions.get(council.id());
    if (c == null) {
      return -1;
    }
    Council known = contests[c].council();
    return known.equals(council) ? c : -1;
  }

  /** Adds a composition's seats into a dense per-party array from an offset. */
  private void addDense(int[] dense, int offset, Composition composition) {
    for (Map.Entry<Party, Integer> entry : composition.asMap().entrySet()) {
      dense[offset + partyPosition(entry.getKey())] += entry.getValue();
    }
  }

  private int[] positions(Composition composition) {
    int[] positions = new int[composition.parties().size()];
    int i = 0;
    for (Party party : composition.parties()) {
      positions[i++] = partyPosition(party);
    }
    return positions;
  }

  private static int[] seats(Composition composition) {
    int[] seats = new int[composition.parties().size()];
    int i = 0;
    for (int n : composition.asMap().values()) {
      seats[i++] = n;
    }
    return seats;
  }

  boolean sameAs(ElectionIndex other) {
    return this == other
        || (baseline == other.baseline
            && rule.equals(other.rule)
            && election.equals(other.election));
  }
}
