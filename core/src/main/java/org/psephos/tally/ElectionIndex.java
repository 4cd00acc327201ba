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
import org.psephos.tally.CouncilControl.ControlledBy;
import org.psephos.tally.CouncilControl.NoOverallControl;

/**
 * The election numbered once for a family of tallies: parties and councils by position (found by
 * identity first, then by id), each council's {@link CouncilFacts}, the groups (whole election,
 * each region, each council type) whose standings are kept up to date, and each listed ward's
 * seats, defended seats and previous votes. Built by {@link Tally#of}, shared by every tally
 * derived from it, and the token that says what a {@link CheckedDeclaration} or {@link
 * CheckedWardResult} was checked for. Immutable after construction.
 */
final class ElectionIndex {
  static final int ALL = 0;
  /** How many positions {@link #knownPartyPosition(Party, int)} looks at before hashing. */
  private static final int NEARBY = 4;

  final Election election;
  final SeatBaseline baseline;
  final ControlRule rule;
  final Party[] parties;
  private final Map<String, Integer> partyPositions;
  private final IdentityTable<Integer> partiesByIdentity;
  private final Map<String, Integer> councilPositions;
  private final IdentityTable<CouncilFacts> councilsByIdentity;
  final int groupCount;
  /** The first council type group: groups before it, but {@link #ALL}, are regions. */
  final int firstTypeGroup;
  /** The group of each named region; councils without a region share a group of their own. */
  final Map<String, Integer> regionGroups;
  /** The group of the councils without a region (unused when every council has one). */
  final int noRegionGroup;

  final Map<CouncilType, Integer> typeGroups;
  final int[] expected;
  /** For each group, the seats contested in its councils. */
  final int[] seatsExpected;
  /** For each group, the wards listed by its councils' contests. */
  final int[] wardsExpected;
  /** Ward id to {council position, ward position}. */
  private final Map<String, int[]> wardPositions;
  /** No seats for any party: shared, never written. */
  final int[] noSeats;
  /** Every ward figure zero: shared by councils with no ward results. */
  final WardSums zeroSums;
  /** For each council position, what the tally knows about it before any result. */
  final CouncilFacts[] councils;
  /** The shape of a tally's vector of council states, one slot per council position. */
  final PersistentVector<CouncilState> states;

  ElectionIndex(Election election, SeatBaseline baseline, ControlRule rule) {
    this.election = election;
    this.baseline = baseline;
    this.rule = rule;
    this.parties = election.parties().toArray(new Party[0]);
    Contest[] contests = election.contests().toArray(new Contest[0]);
    this.partyPositions = new HashMap<>();
    ControlledBy[] controllers = new ControlledBy[parties.length];
    for (int p = 0; p < parties.length; p++) {
      partyPositions.put(parties[p].id(), p);
      controllers[p] = new ControlledBy(p);
    }
    Integer[] partyNumbers = new Integer[parties.length];
    for (int p = 0; p < parties.length; p++) {
      partyNumbers[p] = p;
    }
    this.partiesByIdentity = new IdentityTable<>(parties, partyNumbers);
    this.councilPositions = new HashMap<>();
    this.regionGroups = new LinkedHashMap<>();
    this.typeGroups = new EnumMap<>(CouncilType.class);
    int n = contests.length;
    Council[] councilList = new Council[n];
    for (int c = 0; c < n; c++) {
      Council council = contests[c].council();
      councilList[c] = council;
      councilPositions.put(council.id(), c);
      council.region().ifPresent(region -> regionGroups.putIfAbsent(region, 1 + regionGroups.size()));
    }
    int next = 1 + regionGroups.size();
    // councils without a region are kept together in a group no region filter reads
    this.noRegionGroup = next;
    for (Council council : councilList) {
      if (council.region().isEmpty()) {
        next++;
        break;
      }
    }
    this.firstTypeGroup = next;
    for (Contest contest : contests) {
      if (!typeGroups.containsKey(contest.council().type())) {
        typeGroups.put(contest.council().type(), next++);
      }
    }
    this.groupCount = next;
    this.expected = new int[groupCount];
    this.seatsExpected = new int[groupCount];
    this.wardsExpected = new int[groupCount];
    this.wardPositions = new HashMap<>();
    this.zeroSums = WardSums.zero(parties.length);
    this.noSeats = new int[parties.length];
    this.councils = new CouncilFacts[n];
    this.states = PersistentVector.ofSize(n);
    for (int c = 0; c < n; c++) {
      Contest contest = contests[c];
      councils[c] = facts(contest, c, controllers);
      for (int g : new int[] {ALL, councils[c].regionGroup, councils[c].typeGroup}) {
        expected[g]++;
        seatsExpected[g] += contest.contested();
        wardsExpected[g] += contest.wards().size();
      }
      for (int w = 0; w < contest.wards().size(); w++) {
        wardPositions.put(contest.wards().get(w).id(), new int[] {c, w});
      }
    }
    this.councilsByIdentity = new IdentityTable<>(councilList, councils);
  }

  private CouncilFacts facts(Contest contest, int c, ControlledBy[] controllers) {
    Council council = contest.council();
    int[] lastFought = dense(SeatBaseline.LAST_FOUGHT.of(contest));
    int[] preElection = dense(SeatBaseline.PRE_ELECTION.of(contest));
    boolean[] mayControl = new boolean[parties.length];
    for (int p = 0; p < parties.length; p++) {
      mayControl[p] = rule.canControl(council, parties[p]);
    }
    CouncilControl controlBefore = null;
    if (contest.hasPreviousResult()) {
      Control before = Control.of(council, contest.previous(), rule);
      controlBefore =
          before.party().isPresent()
              ? controllers[partyPosition(before.party().get())]
              : NoOverallControl.NO_OVERALL_CONTROL;
    }
    WardIndex[] wards = new WardIndex[contest.wards().size()];
    for (int w = 0; w < wards.length; w++) {
      Ward ward = contest.wards().get(w);
      wards[w] =
          new WardIndex(
              ward,
              contest.hasPreviousResult(),
              positions(ward.defended()),
              seats(ward.defended()),
              previous(ward, VoteConvention.ALL_VOTES),
              previous(ward, VoteConvention.TOP_CANDIDATE));
    }
    return new CouncilFacts(
        this,
        contest,
        c,
        lastFought,
        preElection,
        baseline == SeatBaseline.LAST_FOUGHT ? lastFought : preElection,
        dense(contest.continuing()),
        mayControl,
        controlBefore,
        council.region().map(region -> requireNonNull(regionGroups.get(region))).orElse(noRegionGroup),
        requireNonNull(typeGroups.get(council.type())),
        wards,
        controllers);
  }

  private long @Nullable [] previous(Ward ward, VoteConvention convention) {
    Map<Party, Integer> votes = ward.previousVotes().get(convention);
    if (votes == null) {
      return null;
    }
    long[] dense = new long[parties.length];
    votes.forEach((party, n) -> dense[partyPosition(party)] = n);
    return dense;
  }

  /** The {council, ward} positions of a listed ward, or null if no contest lists it. */
  int @Nullable [] wardPosition(String wardId) {
    return wardPositions.get(wardId);
  }

  /** One listed ward: its value, defended seats as sparse arrays, previous votes as dense ones. */
  static final class WardIndex {
    final Ward ward;
    /** Whether its council has a previous result, so that its gains and losses are counted. */
    final boolean compared;
    final int[] defendedParties;
    final int[] defendedSeats;
    private final long @Nullable [] previousAll;
    private final long @Nullable [] previousTop;

    WardIndex(
        Ward ward,
        boolean compared,
        int[] defendedParties,
        int[] defendedSeats,
        long @Nullable [] previousAll,
        long @Nullable [] previousTop) {
      this.ward = ward;
      this.compared = compared;
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

  /**
   * The position of a party by its id, the election's own instances found by identity first (as
   * {@link #knownPartyPosition}); an unknown id throws.
   */
  int partyPosition(Party party) {
    Integer own = partiesByIdentity.find(party);
    if (own != null) {
      return own;
    }
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
   * {@link #knownPartyPosition(Party)}, looking first at the election's own parties at positions
   * {@code from} to {@code from + NEARBY - 1}: the parties of a composition listed in the
   * election's order (as the JSON writer and most feeds list them) are each found in a probe or
   * two of one array, without hashing.
   */
  int knownPartyPosition(Party party, int from) {
    int end = Math.min(parties.length, from + NEARBY);
    for (int p = from; p < end; p++) {
      if (parties[p] == party) {
        return p;
      }
    }
    return knownPartyPosition(party);
  }

  /**
   * The position of a party if it is one of the election's, equal to the election's party of the
   * same id; otherwise -1 (the caller then lets {@link Election#requireParty} name the problem).
   */
  int knownPartyPosition(Party party) {
    Integer found = partiesByIdentity.find(party);
    if (found != null) {
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
   * What the index knows of a council if the election contests it, equal to the election's council
   * of the same id; otherwise null (the caller then lets {@link Election#requireContest} name the
   * problem).
   */
  @Nullable CouncilFacts knownCouncil(Council council) {
    CouncilFacts found = councilsByIdentity.find(council);
    if (found != null) {
      return found;
    }
    Integer c = councilPositions.get(council.id());
    if (c == null) {
      return null;
    }
    return council(c).equals(council) ? councils[c] : null;
  }

  /** A composition's seats per party position, dense. */
  private int[] dense(Composition composition) {
    int[] dense = new int[parties.length];
    for (Map.Entry<Party, Integer> entry : composition.asMap().entrySet()) {
      dense[partyPosition(entry.getKey())] += entry.getValue();
    }
    return dense;
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

  /** The same election, baseline and rule (the election compared by equality). */
  boolean sameAs(ElectionIndex other) {
    return this == other
        || (baseline == other.baseline
            && rule.equals(other.rule)
            && election.equals(other.election));
  }

  /**
   * Whether a value checked against {@code other} may be applied to a tally of this index: the same
   * index, or one made for the same election instance with the same baseline and an equal rule (the
   * positions and every checked figure are then the same). Constant time.
   */
  boolean accepts(ElectionIndex other) {
    return this == other
        || (election == other.election && baseline == other.baseline && rule.equals(other.rule));
  }

  /** The council at a position. */
  Council council(int c) {
    return councils[c].contest.council();
  }
}
