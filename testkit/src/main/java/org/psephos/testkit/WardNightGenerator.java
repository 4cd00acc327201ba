package org.psephos.testkit;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * Seeded, reproducible generator of valid elections whose contests list their wards, and of
 * nights of ward results: the same seed, size and settings always give the same {@link WardNight},
 * and every generated value is one Psephos core accepts.
 *
 * <p>The shape: the parties and contests of {@link NightGenerator} (by default up to 6 councils of
 * up to 30 seats, so that nights stay quick to tally); three councils in four list wards of 1 to 3
 * seats (now and then 4 or 5), the contest's defended seats dealt out among them, on contests with
 * and without a previous result (a ward of a council with no previous result defends nothing and
 * has no previous votes), some wards with previous votes under one or both conventions. A night
 * declares, for each council listing wards, none, all or some of its wards; a ward result has up to
 * four more candidates than seats, several per party, votes drawn from a narrow range so that ties
 * for the last seat are common (decided by lot: drawn winners), or is uncontested (sometimes with
 * fewer candidates than seats, the other seats unfilled), and gives ballot figures now and then.
 * Some wards have an earlier result that the current one supersedes; councils listing no wards are
 * declared whole, or not. {@link #postponed} postpones some wards of a night, and {@link
 * #rearrived} gives other arrival orders. The {@link WardSettings} hold the ward-level knobs.
 *
 * <p>A failing case shrinks with {@link #night(long, int)} at smaller sizes (fewer and smaller
 * councils) and with {@link WardNight#restrictedTo}, as {@link TallyLaws} does at council level.
 */
public final class WardNightGenerator {
  /** The default most seats of a council: small, so that nights of wards stay quick to tally. */
  public static final int MAX_COUNCIL_SIZE = 30;

  /** The default most councils of an election. */
  public static final int MAX_COUNCILS = 6;

  private final GeneratorSettings councils;
  private final WardSettings wards;
  private final Naming naming;

  private WardNightGenerator(GeneratorSettings councils, WardSettings wards, Naming naming) {
    this.councils = Objects.requireNonNull(councils, "councils");
    this.wards = Objects.requireNonNull(wards, "wards");
    this.naming = Objects.requireNonNull(naming, "naming");
  }

  /**
   * A generator with the default knobs: the council-level defaults with at most {@value
   * #MAX_COUNCILS} councils of at most {@value #MAX_COUNCIL_SIZE} seats, and {@link
   * WardSettings#defaults()}.
   *
   * @return the generator
   */
  public static WardNightGenerator withDefaults() {
    return new WardNightGenerator(
        GeneratorSettings.builder()
            .maxCouncils(MAX_COUNCILS)
            .maxCouncilSize(MAX_COUNCIL_SIZE)
            .build(),
        WardSettings.defaults(),
        Naming.standard());
  }

  /**
   * A generator with the given knobs. Of the council-level knobs, those shaping the election
   * (councils, sizes, parties, regions, contests) apply; declarations are whole or by ward as
   * this generator draws them.
   *
   * @param councils the council-level knobs
   * @param wards the ward-level knobs
   * @return the generator
   */
  public static WardNightGenerator of(GeneratorSettings councils, WardSettings wards) {
    return new WardNightGenerator(councils, wards, Naming.standard());
  }

  /**
   * The same generator naming what it makes another way: the nights have the same shape for the
   * same seed, size and settings, with other names.
   *
   * @param otherNaming the naming
   * @return the generator
   */
  public WardNightGenerator withNaming(Naming otherNaming) {
    return new WardNightGenerator(councils, wards, otherNaming);
  }

  /**
   * How this generator names what it makes.
   *
   * @return the naming
   */
  public Naming naming() {
    return naming;
  }

  /**
   * The council-level knobs of this generator.
   *
   * @return the settings
   */
  public GeneratorSettings councilSettings() {
    return councils;
  }

  /**
   * The ward-level knobs of this generator.
   *
   * @return the settings
   */
  public WardSettings wardSettings() {
    return wards;
  }

  /**
   * The night of a seed at full size.
   *
   * @param seed the seed
   * @return the night
   */
  public WardNight night(long seed) {
    return night(seed, 100);
  }

  /**
   * The night of a seed at a size: the most councils and the largest council scaled by {@link
   * GeneratorSettings#scaledTo(int)}.
   *
   * @param seed the seed
   * @param size the size, 1 to 100
   * @return the night
   * @throws IllegalArgumentException if the size is out of range
   */
  public WardNight night(long seed, int size) {
    GeneratorSettings scaled = councils.scaledTo(size);
    Draw draw = new Draw(seed);
    Election election = election(draw, scaled);
    return night(draw, scaled, seed, size, election);
  }

  /**
   * A night of ward results for a given election (one of yours, say, or one this generator made
   * from another seed), drawn from a seed as the settings say: for each council listing wards,
   * none, all or some of its wards declared; the councils listing none declared whole, or not.
   *
   * @param seed the seed
   * @param election the election
   * @return the night, of size 100
   */
  public WardNight night(long seed, Election election) {
    return night(new Draw(seed), councils, seed, 100, election);
  }

  /**
   * The election of a seed at full size (the election of {@link #night(long)}).
   *
   * @param seed the seed
   * @return the election
   */
  public Election election(long seed) {
    return night(seed).election();
  }

  /**
   * A random valid result for one ward of a council, contested or not, as the settings say.
   *
   * @param seed the seed
   * @param council the council
   * @param ward one of its wards
   * @param parties the parties standing (at least one)
   * @return the ward result
   * @throws IllegalArgumentException if no party is given
   */
  public WardResult wardResult(long seed, Council council, Ward ward, List<Party> parties) {
    if (parties.isEmpty()) {
      throw new IllegalArgumentException(
          "no party to stand in ward " + ward.id() + " of " + council.label());
    }
    return wardResult(new Draw(seed), council, ward, List.copyOf(parties));
  }

  /**
   * Another arrival order of ward results: wards interleave at random while each ward's own results
   * keep their order (so the night's outcome is the same for a correct tally).
   *
   * @param seed the seed
   * @param results ward results in arrival order
   * @return the same results in another arrival order
   */
  public static List<WardResult> rearrived(long seed, List<WardResult> results) {
    Draw draw = new Draw(seed);
    Map<String, List<WardResult>> byWard = new HashMap<>();
    for (WardResult result : results) {
      byWard.computeIfAbsent(key(result), id -> new ArrayList<>()).add(result);
    }
    Map<String, Integer> dealt = new HashMap<>();
    List<WardResult> order = new ArrayList<>();
    for (WardResult slot : draw.shuffle(results)) {
      String key = key(slot);
      int next = dealt.getOrDefault(key, 0);
      dealt.put(key, next + 1);
      order.add(byWard.getOrDefault(key, List.of()).get(next));
    }
    return List.copyOf(order);
  }

  /**
   * Postpones some wards of a night: of the councils whose every ward has a current result, a ward
   * in three that defends no more seats than it has is postponed, and its result comes last; the
   * postponements, the other wards' results and the postponed wards' results each come in a random
   * order. The postponements say nothing of who held the wards' seats on the eve of the poll.
   *
   * @param seed the seed
   * @param night a night of this generator (or any whose current results hold at most one per
   *     ward, each of a ward its election lists)
   * @return the night with postponed wards
   * @throws IllegalArgumentException if a current result is of a ward the election does not list
   */
  public static PostponedWards postponed(long seed, WardNight night) {
    Draw draw = new Draw(seed);
    Map<String, Integer> declaredWards = new HashMap<>();
    for (WardResult result : night.current()) {
      declaredWards.merge(result.council().id(), 1, Integer::sum);
    }
    List<WardPostponement> postponements = new ArrayList<>();
    List<WardResult> last = new ArrayList<>();
    List<Object> early = new ArrayList<>();
    for (WardResult result : night.current()) {
      Contest contest =
          night
              .election()
              .contest(result.council().id())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          result.council().label() + " is not a council of "
                              + night.election().name()));
      Ward ward =
          contest.wards().stream()
              .filter(w -> w.id().equals(result.wardId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          result.council().label() + " lists no ward " + result.wardId()));
      boolean complete =
          declaredWards.getOrDefault(result.council().id(), 0) == contest.wards().size();
      if (complete && ward.defended().total() <= ward.seats() && draw.oneIn(3)) {
        postponements.add(WardPostponement.of(result.council(), result.wardId()));
        last.add(result);
      } else {
        early.add(result);
      }
    }
    early.addAll(postponements);
    List<WardResult> first = new ArrayList<>();
    List<WardPostponement> postponedInOrder = new ArrayList<>();
    for (Object input : draw.shuffle(early)) {
      if (input instanceof WardResult result) {
        first.add(result);
      } else {
        postponedInOrder.add((WardPostponement) input);
      }
    }
    return new PostponedWards(night, postponedInOrder, first, draw.shuffle(last));
  }

  private static String key(WardResult result) {
    return result.council().id() + "/" + result.wardId();
  }

  // ---------------------------------------------------------------------------------------------

  private Election election(Draw draw, GeneratorSettings scaled) {
    Election base = NightGenerator.election(draw, scaled, naming);
    List<Party> parties = base.parties();
    Election.Builder builder =
        Election.builder(base.id(), base.date(), base.name())
            .parties(parties.toArray(new Party[0]));
    int nextWard = 1;
    for (Contest contest : base.contests()) {
      if (wards.withoutWardsOneIn() > 0 && draw.oneIn(wards.withoutWardsOneIn())) {
        builder.contest(contest);
      } else {
        Contest warded = withWards(draw, contest, parties, nextWard, base.date());
        nextWard += warded.wards().size();
        builder.contest(warded);
      }
    }
    return builder.build();
  }

  /** The contest with wards: seats split into wards, defended seats dealt out among them. */
  private Contest withWards(
      Draw draw, Contest contest, List<Party> parties, int firstWard, LocalDate pollingDay) {
    List<Integer> seats = new ArrayList<>();
    int left = contest.contested();
    while (left > 0) {
      int size = draw.oneIn(wards.largeWardOneIn()) ? draw.between(4, 5) : draw.between(1, 3);
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
        defended.get(draw.between(0, seats.size() - 1)).merge(entry.getKey(), 1, Integer::sum);
      }
    }
    List<Ward> listed = new ArrayList<>();
    for (int w = 0; w < seats.size(); w++) {
      int number = firstWard + w;
      String id = naming.wardId(contest.council(), number, pollingDay, !draw.oneIn(4));
      Ward ward =
          Ward.of(
              id, naming.wardName(number), seats.get(w), Composition.of(defended.get(w)));
      for (VoteConvention convention : VoteConvention.values()) {
        if (contest.hasPreviousResult() && draw.oneIn(wards.previousVotesOneIn())) {
          ward = ward.withPreviousVotes(convention, previousVotes(draw, parties));
        }
      }
      listed.add(ward);
    }
    return contest.withWards(listed);
  }

  private static Map<Party, Integer> previousVotes(Draw draw, List<Party> parties) {
    Map<Party, Integer> votes = new LinkedHashMap<>();
    for (Party party : parties) {
      if (!draw.oneIn(3)) {
        votes.put(party, draw.between(0, 2000));
      }
    }
    if (votes.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      votes.put(draw.pick(parties), draw.between(1, 2000));
    }
    return votes;
  }

  private WardResult wardResult(Draw draw, Council council, Ward ward, List<Party> parties) {
    int seats = ward.seats();
    WardResult.Builder builder = WardResult.builder(council, ward.id(), seats);
    boolean uncontested = draw.oneIn(wards.uncontestedOneIn());
    if (uncontested) {
      int count = draw.between(0, seats);
      for (int c = 0; c < count; c++) {
        builder.unopposed(naming.candidateName(ward, c + 1), draw.pick(parties));
      }
      if (draw.oneIn(3)) {
        builder.electorate(draw.between(0, 9000));
      }
      return builder.build();
    }
    int count = draw.between(seats + 1, seats + 4);
    int top = draw.between(3, wards.mostVotes());
    List<Candidate> candidates = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      Candidate candidate =
          Candidate.of(naming.candidateName(ward, c + 1), draw.pick(parties), draw.between(0, top));
      candidates.add(candidate);
      builder.candidate(candidate);
    }
    // a tie at the last seat decided by lot: drawn winners among the tied
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
      for (Candidate drawn : draw.shuffle(tied).subList(0, seats - above)) {
        builder.drawnWinner(drawn.name());
      }
    }
    if (draw.oneIn(wards.ballotsOneIn())) {
      int most = byVotes.get(0).votes();
      long total = candidates.stream().mapToLong(Candidate::votes).sum();
      int valid = Math.max(most, (int) ((total + seats - 1) / seats)) + draw.between(0, 20);
      int rejected = draw.between(0, 5);
      builder.ballotsCast(valid + rejected).ballotsRejected(rejected);
      if (draw.coin()) {
        builder.electorate(valid + rejected + draw.between(0, 200));
      }
    }
    return builder.build();
  }

  private WardNight night(
      Draw draw, GeneratorSettings scaled, long seed, int size, Election election) {
    List<WardResult> current = new ArrayList<>();
    List<WardResult> superseded = new ArrayList<>();
    List<Declaration> wholes = new ArrayList<>();
    List<Party> parties = election.parties();
    for (Contest contest : election.contests()) {
      if (!contest.hasWards()) {
        if (draw.coin()) {
          wholes.add(NightGenerator.declaration(draw, scaled, parties, contest));
        }
        continue;
      }
      int mode = draw.between(0, 3); // 0 none, 1 all, 2-3 some
      for (Ward ward : contest.wards()) {
        boolean declared = mode == 1 || (mode >= 2 && draw.coin());
        if (!declared) {
          continue;
        }
        if (draw.oneIn(wards.supersededOneIn())) {
          superseded.add(wardResult(draw, contest.council(), ward, parties));
        }
        current.add(wardResult(draw, contest.council(), ward, parties));
      }
    }
    return new WardNight(seed, size, election, current, superseded, wholes);
  }
}
