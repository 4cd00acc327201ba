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
  final int[][] baselineParties;
  final int[][] baselineSeats;
  final int[][] continuingParties;
  final int[][] continuingSeats;
  /** For each council, the position of the party controlling it before, or -1 for NOC. */
  final int[] controlBefore;

  ElectionIndex(Election election, SeatBaseline baseline, ControlRule rule) {
    this.election = election;
    this.baseline = baseline;
    this.rule = rule;
    this.parties = election.parties().toArray(new Party[0]);
    this.contests = election.contests().toArray(new Contest[0]);
    this.partyPositions = new HashMap<>();
    for (int p = 0; p < parties.length; p++) {
      partyPositions.put(parties[p].id(), p);
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
    this.baselineParties = new int[n][];
    this.baselineSeats = new int[n][];
    this.continuingParties = new int[n][];
    this.continuingSeats = new int[n][];
    this.controlBefore = new int[n];
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
      Composition base = baseline.of(contest);
      baselineParties[c] = positions(base);
      baselineSeats[c] = seats(base);
      continuingParties[c] = positions(contest.continuing());
      continuingSeats[c] = seats(contest.continuing());
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
