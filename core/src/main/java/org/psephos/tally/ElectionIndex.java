package org.psephos.tally;

import static java.util.Objects.requireNonNull;

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
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.UnknownIdException;
import org.psephos.VoteConvention;
import org.psephos.Ward;

/**
 * The election numbered once for a family of tallies: parties and councils by position (found by
 * identity first, then by id), each council's baseline and continuing seats, who may control it,
 * its majority, seats contested, control before and groups as one dense array ({@link
 * #councilData}), the groups (whole election, each region, each council type) whose standings are
 * kept up to date, and each listed ward's seats, defended seats and previous votes. Built once by
 * {@link Tally#of}, shared by every tally derived from it. Immutable after construction.
 */
final class ElectionIndex {
  static final int ALL = 0;

  /** The section of a council's data holding its baseline seats per party. */
  static final int BASELINE_SEATS = 0;
  /** The section holding its continuing seats per party. */
  static final int CONTINUING_SEATS = 1;
  /** The section holding, per party, 1 if the party may control it under the rule, else 0. */
  static final int MAY_CONTROL = 2;
  private static final int COUNCIL_SECTIONS = 3;
  private static final int MAJORITY = 0;
  private static final int CONTESTED = 1;
  private static final int CONTROL_BEFORE = 2;
  private static final int REGION_GROUP = 3;
  private static final int TYPE_GROUP = 4;
  private static final int COUNCIL_SCALARS = 5;

  final Election election;
  final SeatBaseline baseline;
  final ControlRule rule;
  final Party[] parties;
  final Contest[] contests;
  private final Map<String, Integer> partyPositions;
  private final IdentityPositions partiesByIdentity;
  private final Map<String, Integer> councilPositions;
  private final IdentityPositions councilsByIdentity;
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
   * For each council, all an update reads about it, in one array (one cache miss rather than one
   * per figure in a large election): three sections of one slot per party, {@link
   * #BASELINE_SEATS}, {@link #CONTINUING_SEATS} and {@link #MAY_CONTROL}, then the figures read by
   * {@link #majority}, {@link #contested}, {@link #controlBefore}, {@link #regionGroup} and {@link
   * #typeGroup}.
   */
  final int[][] councilData;

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
    this.partiesByIdentity = new IdentityPositions(parties);
    this.councilPositions = new HashMap<>();
    this.regionGroups = new LinkedHashMap<>();
    this.typeGroups = new EnumMap<>(CouncilType.class);
    int n = contests.length;
    Council[] councils = new Council[n];
    for (int c = 0; c < n; c++) {
      Council council = contests[c].council();
      councils[c] = council;
      councilPositions.put(council.id(), c);
      regionGroups.putIfAbsent(council.region(), 1 + regionGroups.size());
    }
    this.councilsByIdentity = new IdentityPositions(councils);
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
    this.councilData = new int[n][];
    int scalars = COUNCIL_SECTIONS * parties.length;
    for (int c = 0; c < n; c++) {
      Contest contest = contests[c];
      Council council = contest.council();
      int[] data = new int[scalars + COUNCIL_SCALARS];
      addDense(data, BASELINE_SEATS * parties.length, baseline.of(contest));
      addDense(data, CONTINUING_SEATS * parties.length, contest.continuing());
      for (int p = 0; p < parties.length; p++) {
        data[MAY_CONTROL * parties.length + p] = rule.canControl(council, parties[p]) ? 1 : 0;
      }
      data[scalars + MAJORITY] = council.majority();
      data[scalars + CONTESTED] = contest.contested();
      data[scalars + CONTROL_BEFORE] = position(Control.of(council, contest.previous(), rule));
      data[scalars + REGION_GROUP] = requireNonNull(regionGroups.get(council.region()));
      data[scalars + TYPE_GROUP] = requireNonNull(typeGroups.get(council.type()));
      councilData[c] = data;
      for (int g : new int[] {ALL, regionGroup(data), typeGroup(data)}) {
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
    }
  }

  /** A council's seats needed for a majority, from its {@link #councilData}. */
  int majority(int[] data) {
    return data[COUNCIL_SECTIONS * parties.length + MAJORITY];
  }

  /** A council's seats contested, from its {@link #councilData}. */
  int contested(int[] data) {
    return data[COUNCIL_SECTIONS * parties.length + CONTESTED];
  }

  /** The position of the party controlling a council before, or -1 for NOC. */
  int controlBefore(int[] data) {
    return data[COUNCIL_SECTIONS * parties.length + CONTROL_BEFORE];
  }

  /** The group of a council's region. */
  int regionGroup(int[] data) {
    return data[COUNCIL_SECTIONS * parties.length + REGION_GROUP];
  }

  /** The group of a council's type. */
  int typeGroup(int[] data) {
    return data[COUNCIL_SECTIONS * parties.length + TYPE_GROUP];
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
      throw new UnknownIdException(
          UnknownIdException.Kind.PARTY,
          party.id(),
          party.label() + " is not a party of election " + election.id(),
          DataSubject.party(party));
    }
    return p;
  }

  /**
   * The position of a party if it is one of the election's, equal to the election's party of the
   * same id; otherwise -1 (the caller then lets {@link Election#requireParty} name the problem).
   */
  int knownPartyPosition(Party party) {
    int found = partiesByIdentity.find(party);
    if (found >= 0) {
      return found;
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
    int found = councilsByIdentity.find(council);
    if (found >= 0) {
      return found;
    }
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

  /**
   * The last index made, held weakly: tallies of one election are often started afresh (a
   * validating tally per stream or request), and numbering a large election again each time would
   * cost more than the work it checks.
   */
  private static volatile java.lang.ref.WeakReference<ElectionIndex> last =
      new java.lang.ref.WeakReference<>(null);

  /**
   * The index of an election under a baseline and rule: the last one made if it is for the same
   * election (the same instance), baseline and rule, otherwise a new one. Indexes are immutable,
   * so sharing one between tallies and threads is safe.
   */
  static ElectionIndex of(Election election, SeatBaseline baseline, ControlRule rule) {
    ElectionIndex known = last.get();
    if (known != null
        && known.election == election
        && known.baseline == baseline
        && known.rule.equals(rule)) {
      return known;
    }
    ElectionIndex made = new ElectionIndex(election, baseline, rule);
    last = new java.lang.ref.WeakReference<>(made);
    return made;
  }
}
