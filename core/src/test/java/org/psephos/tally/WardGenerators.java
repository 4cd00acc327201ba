package org.psephos.tally;

import static org.psephos.tally.ElectionGenerators.between;
import static org.psephos.tally.ElectionGenerators.oneIn;
import static org.psephos.tally.ElectionGenerators.pick;
import static org.psephos.tally.ElectionGenerators.shuffle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.ConflictingResultException;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of elections whose contests list their wards, and of nights of ward
 * results: some councils complete, some in progress, some not started, corrections of earlier
 * results, whole declarations for the councils without wards; plus invalid ward results of known
 * kinds. Every generated value is valid by construction.
 *
 * <p>The shape: the parties and contests of {@link ElectionGenerators} (councils of up to 30
 * seats); three councils in four list wards of 1 to 3 seats (now and then 4 or 5), the contest's
 * defended seats dealt out among them, some wards with previous votes under one or both
 * conventions; ward results with up to four more candidates than seats, several per party, votes
 * drawn from a narrow range so that ties are common (broken by drawn winners), uncontested wards
 * (sometimes with fewer candidates than seats), and ballot figures now and then.
 */
final class WardGenerators {
  static final int MAX_SIZE = 30;
  static final int MAX_COUNCILS = 6;

  private WardGenerators() {}

  /**
   * An election and a night of ward-level input: {@code current} holds the current result of each
   * declared ward, {@code superseded} earlier results for some of those wards (each to be applied
   * before that ward's current one), {@code wholes} whole declarations of councils listing no
   * wards.
   */
  record WardNight(
      Election election,
      List<WardResult> current,
      List<WardResult> superseded,
      List<Declaration> wholes) {
    WardNight {
      current = List.copyOf(current);
      superseded = List.copyOf(superseded);
      wholes = List.copyOf(wholes);
    }

    /** The tally of the current inputs. */
    Tally tally(Tally empty) {
      return empty.applyAll(wholes).applyWardResults(current);
    }

    /** The ward results in the order of the night: the superseded first, then the current. */
    List<WardResult> arrivals() {
      List<WardResult> all = new ArrayList<>(superseded);
      all.addAll(current);
      return all;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(describe(election));
      text.append("\n  wholes:").append(ElectionGenerators.describeAll(wholes));
      text.append("\n  current:");
      for (WardResult result : current) {
        text.append("\n    ").append(result);
      }
      text.append("\n  superseded:");
      for (WardResult result : superseded) {
        text.append("\n    ").append(result);
      }
      return text.toString();
    }
  }

  /** The kinds of invalid ward result {@link #invalidResults} makes. */
  enum Invalid {
    UNKNOWN_COUNCIL(UnknownIdException.class),
    COUNCIL_DIFFERING_FROM_ELECTIONS(UnknownIdException.class),
    UNKNOWN_WARD(UnknownIdException.class),
    ANOTHER_COUNCILS_WARD(UnknownIdException.class),
    WARD_OF_A_COUNCIL_WITHOUT_WARDS(UnknownIdException.class),
    SEATS_MISMATCH(SeatCountException.class),
    UNKNOWN_PARTY(UnknownIdException.class),
    COUNCIL_HELD_WHOLE(ConflictingResultException.class);

    final Class<? extends ElectionDataException> rejectedWith;

    Invalid(Class<? extends ElectionDataException> rejectedWith) {
      this.rejectedWith = rejectedWith;
    }
  }

  /**
   * A ward result a tally rejects; for {@link Invalid#COUNCIL_HELD_WHOLE}, {@code wholeFirst} is the
   * whole declaration to apply before it.
   */
  record InvalidResult(Invalid kind, WardResult result, @Nullable Declaration wholeFirst) {
    @Override
    public String toString() {
      return kind + ": " + result + (wholeFirst == null ? "" : " after " + wholeFirst);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  /** Random nights of ward results. */
  static Gen<WardNight> nights() {
    Gen<WardNight> nights = in -> night(in, election(in));
    return nights.describedAs(WardNight::toString);
  }

  /** A ward result of the night's election that a tally holding the night rejects. */
  static Gen<InvalidResult> invalidResults(WardNight night) {
    return in -> invalidResult(in, night.election());
  }

  /** A permutation of a list. */
  static <T> Gen<List<T>> permutations(List<T> list) {
    return in -> shuffle(in, list);
  }

  /** A random order of a night's ward results in which each ward's results keep their order. */
  static Gen<List<WardResult>> interleavedArrivals(WardNight night) {
    return in -> {
      List<WardResult> arrivals = night.arrivals();
      List<WardResult> shuffled = shuffle(in, arrivals);
      Map<String, List<WardResult>> byWard = new HashMap<>();
      for (WardResult result : arrivals) {
        byWard.computeIfAbsent(result.wardId(), id -> new ArrayList<>()).add(result);
      }
      Map<String, Integer> dealt = new HashMap<>();
      List<WardResult> order = new ArrayList<>();
      for (WardResult slot : shuffled) {
        int next = dealt.getOrDefault(slot.wardId(), 0);
        dealt.put(slot.wardId(), next + 1);
        order.add(byWard.getOrDefault(slot.wardId(), List.of()).get(next));
      }
      return order;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Building blocks

  static Election election(RandomnessSource in) {
    Election base = ElectionGenerators.election(in, 1, MAX_COUNCILS);
    List<Party> parties = base.parties();
    Election.Builder builder =
        Election.builder(base.id(), base.date(), base.name())
            .parties(parties.toArray(new Party[0]));
    int[] nextWard = {1};
    for (Contest contest : base.contests()) {
      Council council = contest.council();
      if (council.size() > MAX_SIZE) {
        // a smaller council of the same id and kind, so that nights stay quick to tally
        council =
            new Council(
                council.id(),
                council.name(),
                council.type(),
                council.region(),
                between(in, 1, MAX_SIZE));
        contest = ElectionGenerators.contest(in, council, parties);
      }
      // wards on contests with and without a previous result (a ward of a council with no
      // previous result defends nothing and has no previous votes)
      builder.contest(oneIn(in, 4) ? contest : withWards(in, contest, parties, nextWard));
    }
    return builder.build();
  }

  /** The contest with wards: seats split into wards, defended seats dealt out among them. */
  static Contest withWards(
      RandomnessSource in, Contest contest, List<Party> parties, int[] nextWard) {
    List<Integer> seats = new ArrayList<>();
    int left = contest.contested();
    while (left > 0) {
      int size = oneIn(in, 8) ? between(in, 4, 5) : between(in, 1, 3);
      size = Math.min(size, left);
      seats.add(size);
      left -= size;
    }
    List<Map<Party, Integer>> defended = new ArrayList<>();
    for (int w = 0; w < seats.size(); w++) {
      defended.add(new LinkedHashMap<>());
    }
    for (Map.Entry<Party, Integer> entry : contest.defended().asMap().entrySet()) {
      for (int s = 0; s < entry.getValue(); s++) {
        defended.get(between(in, 0, seats.size() - 1)).merge(entry.getKey(), 1, Integer::sum);
      }
    }
    List<Ward> wards = new ArrayList<>();
    for (int w = 0; w < seats.size(); w++) {
      int number = nextWard[0]++;
      String id =
          oneIn(in, 4)
              ? "local." + contest.council().id().toLowerCase(Locale.ROOT) + ".ward-" + number
                  + ".2018-05-03"
              : String.format(Locale.ROOT, "E05%06d", number);
      Ward ward = Ward.of(id, "Ward " + number, seats.get(w), Composition.of(defended.get(w)));
      for (VoteConvention convention : VoteConvention.values()) {
        if (contest.hasPreviousResult() && oneIn(in, 2)) {
          ward = ward.withPreviousVotes(convention, previousVotes(in, parties));
        }
      }
      wards.add(ward);
    }
    return contest.withWards(wards);
  }

  static Map<Party, Integer> previousVotes(RandomnessSource in, List<Party> parties) {
    Map<Party, Integer> votes = new LinkedHashMap<>();
    for (Party party : parties) {
      if (oneIn(in, 3)) {
        continue;
      }
      votes.put(party, between(in, 0, 2000));
    }
    if (votes.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      votes.put(pick(in, parties), between(in, 1, 2000));
    }
    return votes;
  }

  /** A valid result for a ward of a council. */
  static WardResult wardResult(
      RandomnessSource in, Council council, Ward ward, List<Party> parties) {
    int seats = ward.seats();
    WardResult.Builder builder = WardResult.builder(council, ward.id(), seats);
    boolean uncontested = oneIn(in, 6);
    int count = uncontested ? between(in, 0, seats) : between(in, seats + 1, seats + 4);
    if (uncontested) {
      for (int c = 0; c < count; c++) {
        builder.unopposed("Candidate " + (c + 1), pick(in, parties));
      }
      if (oneIn(in, 3)) {
        builder.electorate(between(in, 0, 9000));
      }
      return builder.build();
    }
    int top = between(in, 3, 60);
    List<Candidate> candidates = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      Candidate candidate = Candidate.of("Candidate " + (c + 1), pick(in, parties), between(in, 0, top));
      candidates.add(candidate);
      builder.candidate(candidate);
    }
    // drawn winners for a tie at the last seat
    List<Candidate> byVotes = new ArrayList<>(candidates);
    byVotes.sort((a, b) -> Integer.compare(b.votes(), a.votes()));
    int last = byVotes.get(seats - 1).votes();
    int above = 0;
    List<Candidate> tied = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.votes() > last) {
        above++;
      } else if (candidate.votes() == last) {
        tied.add(candidate);
      }
    }
    if (tied.size() > seats - above) {
      for (Candidate drawn : shuffle(in, tied).subList(0, seats - above)) {
        builder.drawnWinner(drawn.name());
      }
    }
    if (oneIn(in, 3)) {
      int most = byVotes.get(0).votes();
      long total = candidates.stream().mapToLong(Candidate::votes).sum();
      int valid = Math.max(most, (int) ((total + seats - 1) / seats)) + between(in, 0, 20);
      int rejected = between(in, 0, 5);
      builder.ballotsCast(valid + rejected).ballotsRejected(rejected);
      if (oneIn(in, 2)) {
        builder.electorate(valid + rejected + between(in, 0, 200));
      }
    }
    return builder.build();
  }

  static WardNight night(RandomnessSource in, Election election) {
    List<WardResult> current = new ArrayList<>();
    List<WardResult> superseded = new ArrayList<>();
    List<Declaration> wholes = new ArrayList<>();
    List<Party> parties = election.parties();
    for (Contest contest : election.contests()) {
      if (!contest.hasWards()) {
        if (oneIn(in, 2)) {
          wholes.add(ElectionGenerators.declarations(election, contest).generate(in));
        }
        continue;
      }
      int mode = between(in, 0, 3); // 0 none, 1 all, 2-3 some
      for (Ward ward : contest.wards()) {
        boolean declared = mode == 1 || (mode >= 2 && oneIn(in, 2));
        if (!declared) {
          continue;
        }
        if (oneIn(in, 5)) {
          superseded.add(wardResult(in, contest.council(), ward, parties));
        }
        current.add(wardResult(in, contest.council(), ward, parties));
      }
    }
    return new WardNight(election, current, superseded, wholes);
  }

  static InvalidResult invalidResult(RandomnessSource in, Election election) {
    List<Contest> warded = new ArrayList<>();
    List<Contest> plain = new ArrayList<>();
    for (Contest contest : election.contests()) {
      (contest.hasWards() ? warded : plain).add(contest);
    }
    List<Invalid> kinds = new ArrayList<>(List.of(Invalid.UNKNOWN_COUNCIL));
    if (!warded.isEmpty()) {
      kinds.addAll(
          List.of(
              Invalid.COUNCIL_DIFFERING_FROM_ELECTIONS,
              Invalid.UNKNOWN_WARD,
              Invalid.SEATS_MISMATCH,
              Invalid.UNKNOWN_PARTY,
              Invalid.COUNCIL_HELD_WHOLE));
    }
    if (warded.size() >= 2) {
      kinds.add(Invalid.ANOTHER_COUNCILS_WARD);
    }
    if (!warded.isEmpty() && !plain.isEmpty()) {
      kinds.add(Invalid.WARD_OF_A_COUNCIL_WITHOUT_WARDS);
    }
    Invalid kind = pick(in, kinds);
    if (kind == Invalid.UNKNOWN_COUNCIL) {
      Council nowhere =
          Council.of("W06999999", "Nowhere", CouncilType.WELSH_PRINCIPAL_AREA, "Wales", 3);
      return new InvalidResult(
          kind, WardResult.builder(nowhere, "W05999999", 1).unopposed("A", election.parties().get(0)).build(), null);
    }
    Contest contest = pick(in, warded);
    Council council = contest.council();
    Ward ward = pick(in, contest.wards());
    List<Party> parties = election.parties();
    WardResult valid = wardResult(in, council, ward, parties);
    switch (kind) {
      case COUNCIL_DIFFERING_FROM_ELECTIONS -> {
        Council other =
            new Council(
                council.id(),
                council.name(),
                council.type(),
                council.region(),
                council.size() + between(in, 1, 5));
        return new InvalidResult(kind, rebuild(valid, other, ward.id(), ward.seats()), null);
      }
      case UNKNOWN_WARD -> {
        return new InvalidResult(kind, rebuild(valid, council, "E05999999", ward.seats()), null);
      }
      case ANOTHER_COUNCILS_WARD -> {
        Contest other = pick(in, warded);
        while (other.equals(contest)) {
          other = pick(in, warded);
        }
        Ward theirs = pick(in, other.wards());
        return new InvalidResult(
            kind, wardResult(in, council, theirs, parties), null);
      }
      case WARD_OF_A_COUNCIL_WITHOUT_WARDS -> {
        Council without = pick(in, plain).council();
        return new InvalidResult(kind, wardResult(in, without, ward, parties), null);
      }
      case SEATS_MISMATCH -> {
        int seats = ward.seats() + (ward.seats() > 1 && oneIn(in, 2) ? -1 : between(in, 1, 2));
        return new InvalidResult(kind, rebuild(valid, council, ward.id(), seats), null);
      }
      case UNKNOWN_PARTY -> {
        WardResult.Builder builder = WardResult.builder(council, ward.id(), ward.seats());
        builder.unopposed("Stranger", ElectionGenerators.NOT_STANDING);
        return new InvalidResult(kind, builder.build(), null);
      }
      case COUNCIL_HELD_WHOLE -> {
        Declaration whole =
            ElectionGenerators.declarations(election, contest).generate(in);
        return new InvalidResult(kind, valid, whole);
      }
      default -> throw new AssertionError(kind);
    }
  }

  /**
   * The same candidates as an uncontested result for another council, ward or number of seats:
   * enough seats for them all, so that the count itself stays valid.
   */
  private static WardResult rebuild(WardResult result, Council council, String wardId, int seats) {
    WardResult.Builder builder = WardResult.builder(council, wardId, Math.max(1, seats));
    int n = 0;
    for (Candidate candidate : result.candidates()) {
      if (n++ < Math.max(1, seats)) {
        builder.unopposed(candidate.name(), candidate.party());
      }
    }
    return builder.build();
  }

  static String describe(Election election) {
    StringBuilder text = new StringBuilder(ElectionGenerators.describe(election));
    for (Contest contest : election.contests()) {
      for (Ward ward : contest.wards()) {
        text.append("\n    ward ")
            .append(contest.council().id())
            .append('/')
            .append(ward.id())
            .append(' ')
            .append(ward.seats())
            .append(" seats, defended ")
            .append(ward.defended())
            .append(", previous ")
            .append(ward.previousVotes());
      }
    }
    return text.toString();
  }
}
