package org.psephos.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/**
 * The wards of a {@link SyntheticElection}, generated only where asked (the election itself, and
 * so every benchmark that does not ask for wards, is unchanged): a given number of wards in all,
 * shared among the councils by their size, and one counted result per ward. Deterministic for a
 * given election and seed. Everything is invented.
 *
 * <ul>
 *   <li>Each council's seats are split into wards of 1 to 3 seats; how many wards a council has
 *       varies (on average 1.6 to 2.9 seats a ward), then is adjusted council by council so that
 *       the wards number exactly the total asked for.
 *   <li>Each ward's defended seats are a share of the contest's, party by party: the council's
 *       seats, grouped by party, are dealt to the wards in a shuffled order (so most wards are held
 *       by one party), then a tenth of the seats are swapped at random (split wards). They add up
 *       to the contest's defended seats party by party.
 *   <li>About 94% of wards have previous votes under both conventions (the rest are new wards, or
 *       were last uncontested), from a made-up past count in which the defended seats were won.
 *   <li>Each ward's result elects the council's first declaration ({@code
 *       declarations[0]}) dealt out to the wards, a party keeping a ward's defended seat while it
 *       has won seats left (so the wards' results add up to the council's declaration). About 1%
 *       of wards are uncontested (as many candidates as seats, elected without votes); the others
 *       have 2 to 6 parties standing (one at least winning nothing), each with one candidate or a full slate, independents
 *       standing singly, names in ballot order (by surname), an electorate, ballots cast and
 *       rejected, and votes drawn so that the chosen winners come top with no tie for the last
 *       seat.
 * </ul>
 */
final class SyntheticWards {
  private static final String[] PLACES = {
    "Abbey", "Ash", "Bank", "Barton", "Beacon", "Birch", "Brook", "Castle", "Church", "Clay",
    "Cross", "Dale", "Elm", "Fair", "Fern", "Gorse", "Hall", "Heath", "High", "Holme", "Kings",
    "Lea", "Lime", "Mill", "Moor", "Nether", "North", "Oak", "Park", "Priory", "Queens", "Rose",
    "St Mary's", "South", "Stone", "Thorn", "Town", "Vale", "West", "Wood"
  };
  private static final String[] ENDINGS = {
    " Hill", "field", " Green", " Park", "ton", " Vale", " End", "wood", " Cross", "gate", " Bank",
    " Meadow"
  };
  private static final String[] FIRST_NAMES = {
    "Aisha", "Alan", "Amir", "Anne", "Ben", "Bridget", "Carl", "Chloe", "David", "Deborah",
    "Emma", "Farah", "Gareth", "Grace", "Harpreet", "Helen", "Ian", "Jack", "Jane", "Joseph",
    "Karen", "Kwame", "Laura", "Liam", "Margaret", "Mohammed", "Nadia", "Neil", "Olivia", "Patrick",
    "Priya", "Rachel", "Richard", "Sarah", "Simon", "Sophie", "Stephen", "Tom", "Wendy", "Yusuf"
  };
  private static final String[] SURNAMES = {
    "Adams", "Ahmed", "Baker", "Begum", "Bell", "Brown", "Campbell", "Carter", "Chapman", "Clarke",
    "Cooper", "Davies", "Edwards", "Evans", "Fisher", "Foster", "Green", "Griffiths", "Hall",
    "Harris", "Hill", "Hughes", "Hussain", "Jackson", "James", "Johnson", "Jones", "Kaur", "Khan",
    "King", "Lewis", "Lloyd", "Marshall", "Martin", "Mitchell", "Moore", "Morgan", "Murphy",
    "O'Brien", "Owen", "Parker", "Patel", "Phillips", "Price", "Roberts", "Robinson", "Scott",
    "Shaw", "Singh", "Smith", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson",
    "White", "Williams", "Wilson", "Wood", "Wright", "Young"
  };

  /** The election of {@link SyntheticElection}, each contest listing its wards. */
  final Election election;
  /** The wards per council, in the contest's order: wards[council][ward]. */
  final Ward[][] wards;
  /** One result per ward: results[council][ward]. */
  final WardResult[][] results;
  /** The wards in all. */
  final int wardCount;

  private SyntheticWards(Election election, Ward[][] wards, WardResult[][] results, int count) {
    this.election = election;
    this.wards = wards;
    this.results = results;
    this.wardCount = count;
  }

  static SyntheticWards generate(SyntheticElection data, int wardCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Party[] parties = data.parties;
    int councilCount = data.councils.length;
    int[] wardsPerCouncil = wardsPerCouncil(data.councils, wardCount, random);
    Election source = data.election;
    Election.Builder builder =
        Election.builder(source.id(), source.date(), source.name()).parties(parties);
    Ward[][] wards = new Ward[councilCount][];
    WardResult[][] results = new WardResult[councilCount][];
    int nextWard = 0;
    for (int c = 0; c < councilCount; c++) {
      Council council = data.councils[c];
      int[] seats = wardSeats(council.size(), wardsPerCouncil[c], random);
      int[][] defended = dealDefended(data.defended[c], seats, random);
      int[][] won = dealWon(data.seats[0][c], defended, random);
      String[] names = wardNames(seats.length, random);
      wards[c] = new Ward[seats.length];
      results[c] = new WardResult[seats.length];
      for (int w = 0; w < seats.length; w++) {
        String id = String.format("E05%06d", nextWard++);
        Ward ward = Ward.of(id, names[w], seats[w], composition(parties, defended[w]));
        if (random.nextInt(100) >= 6) {
          List<Standing> past = stand(parties, defended[w], random);
          int cast = ballotsCast(electorate(seats[w], random), random);
          drawVotes(past, seats[w], cast - rejected(cast, random), random);
          ward = ward.withPreviousVotes(VoteConvention.ALL_VOTES, votes(past, false));
          ward = ward.withPreviousVotes(VoteConvention.TOP_CANDIDATE, votes(past, true));
        }
        wards[c][w] = ward;
        results[c][w] = result(council, ward, parties, won[w], random);
      }
      Contest contest = source.requireContest(council).withWards(Arrays.asList(wards[c]));
      builder.contest(contest);
    }
    return new SyntheticWards(builder.build(), wards, results, nextWard);
  }

  /** How many wards each council has: varied, within 1 to 3 seats a ward, adding up to total. */
  private static int[] wardsPerCouncil(Council[] councils, int total, SplittableRandom random) {
    int[] counts = new int[councils.length];
    int sum = 0;
    for (int c = 0; c < councils.length; c++) {
      int size = councils[c].size();
      double seatsPerWard = 1.6 + 1.3 * random.nextDouble();
      counts[c] = clamp((int) Math.round(size / seatsPerWard), minWards(size), size);
      sum += counts[c];
    }
    int guard = 0;
    while (sum != total) {
      if (++guard > 100_000_000) {
        throw new IllegalArgumentException(
            total + " wards cannot hold the councils' seats at 1 to 3 seats a ward");
      }
      int c = random.nextInt(councils.length);
      int size = councils[c].size();
      if (sum < total && counts[c] < size) {
        counts[c]++;
        sum++;
      } else if (sum > total && counts[c] > minWards(size)) {
        counts[c]--;
        sum--;
      }
    }
    return counts;
  }

  private static int minWards(int size) {
    return (size + 2) / 3;
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  /** Splits a council's seats into wards of 1 to 3 seats. */
  private static int[] wardSeats(int size, int wardCount, SplittableRandom random) {
    int[] seats = new int[wardCount];
    Arrays.fill(seats, 1);
    for (int extra = size - wardCount; extra > 0; ) {
      int w = random.nextInt(wardCount);
      if (seats[w] < 3) {
        seats[w]++;
        extra--;
      }
    }
    return seats;
  }

  /**
   * Deals the council's defended seats to its wards: seats grouped by party, dealt to the wards in
   * a shuffled order, after a tenth of them are swapped at random. Returns defended[ward][party].
   */
  private static int[][] dealDefended(int[] byParty, int[] seats, SplittableRandom random) {
    Integer[] partiesBySeats = new Integer[byParty.length];
    for (int p = 0; p < byParty.length; p++) {
      partiesBySeats[p] = p;
    }
    Arrays.sort(partiesBySeats, Comparator.comparingInt((Integer p) -> -byParty[p]));
    int total = 0;
    for (int n : byParty) {
      total += n;
    }
    int[] tokens = new int[total];
    int t = 0;
    for (int p : partiesBySeats) {
      for (int i = 0; i < byParty[p]; i++) {
        tokens[t++] = p;
      }
    }
    for (int swaps = total / 10; swaps > 0; swaps--) {
      int i = random.nextInt(total);
      int j = random.nextInt(total);
      int swap = tokens[i];
      tokens[i] = tokens[j];
      tokens[j] = swap;
    }
    int[] wardOrder = shuffled(seats.length, random);
    int[][] defended = new int[seats.length][byParty.length];
    t = 0;
    for (int w : wardOrder) {
      for (int s = 0; s < seats[w]; s++) {
        defended[w][tokens[t++]]++;
      }
    }
    return defended;
  }

  /**
   * Deals the council's won seats to its wards: a ward's defended seat is held while its party has
   * won seats left, the other seats go to the rest in a shuffled order. Returns won[ward][party].
   */
  private static int[][] dealWon(int[] byParty, int[][] defended, SplittableRandom random) {
    int[] left = byParty.clone();
    int wardCount = defended.length;
    List<int[]> slots = new ArrayList<>(); // {ward, defending party}
    for (int w = 0; w < wardCount; w++) {
      for (int p = 0; p < defended[w].length; p++) {
        for (int s = 0; s < defended[w][p]; s++) {
          slots.add(new int[] {w, p});
        }
      }
    }
    int[] order = shuffled(slots.size(), random);
    int[][] won = new int[wardCount][byParty.length];
    List<int[]> open = new ArrayList<>();
    for (int i : order) {
      int[] slot = slots.get(i);
      if (left[slot[1]] > 0) {
        left[slot[1]]--;
        won[slot[0]][slot[1]]++;
      } else {
        open.add(slot);
      }
    }
    List<Integer> pool = new ArrayList<>();
    for (int p = 0; p < left.length; p++) {
      for (int i = 0; i < left[p]; i++) {
        pool.add(p);
      }
    }
    int[] poolOrder = shuffled(pool.size(), random);
    for (int i = 0; i < open.size(); i++) {
      won[open.get(i)[0]][pool.get(poolOrder[i])]++;
    }
    return won;
  }

  /** The positions 0 to n - 1 in an order shuffled by the random source (Fisher-Yates). */
  static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private static String[] wardNames(int count, SplittableRandom random) {
    Set<String> names = new HashSet<>();
    String[] list = new String[count];
    for (int w = 0; w < count; ) {
      String name =
          PLACES[random.nextInt(PLACES.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
      if (names.add(name)) {
        list[w++] = name;
      }
    }
    return list;
  }

  /** A candidate standing in a count: its party, whether it is to be elected, its votes. */
  private static final class Standing {
    final String name;
    final Party party;
    final boolean winner;
    int votes;

    Standing(String name, Party party, boolean winner) {
      this.name = name;
      this.party = party;
      this.winner = winner;
    }

    String surname() {
      return name.substring(name.indexOf(' ') + 1);
    }
  }

  /**
   * The candidates of a count electing winners[party] seats: the winners' parties and others, 2 to
   * 6 parties in all (more where the winners are of more), one at least winning nothing; the big parties (the first three) and winning parties usually stand a full
   * slate, the others one candidate; independents stand singly, one or two of them. Ballot order
   * (by surname).
   */
  private static List<Standing> stand(Party[] parties, int[] winners, SplittableRandom random) {
    int seats = 0;
    for (int n : winners) {
      seats += n;
    }
    int independent = parties.length - 1;
    boolean[] standing = new boolean[parties.length];
    int partiesStanding = 0;
    for (int p = 0; p < parties.length; p++) {
      if (winners[p] > 0) {
        standing[p] = true;
        partiesStanding++;
      }
    }
    // at least one party that wins nothing, so that the count is contested
    int wanted = Math.max(partiesStanding + 1, 2 + random.nextInt(5));
    for (int guard = 0; partiesStanding < wanted && guard < 1_000; guard++) {
      int p = Math.min(random.nextInt(parties.length), random.nextInt(parties.length));
      if (random.nextInt(12) == 0) {
        p = independent;
      }
      if (!standing[p]) {
        standing[p] = true;
        partiesStanding++;
      }
    }
    Set<String> names = new HashSet<>();
    List<Standing> candidates = new ArrayList<>();
    for (int p = 0; p < parties.length; p++) {
      if (!standing[p]) {
        continue;
      }
      int count;
      if (p == independent) {
        count = Math.max(winners[p], 1 + (random.nextInt(4) == 0 ? 1 : 0));
      } else if (p < 3 || winners[p] > 0) {
        count = random.nextInt(5) == 0 ? Math.max(winners[p], 1 + random.nextInt(seats)) : seats;
      } else {
        count = random.nextInt(4) == 0 ? 1 + random.nextInt(seats) : 1;
      }
      for (int i = 0; i < count; i++) {
        candidates.add(new Standing(name(names, random), parties[p], i < winners[p]));
      }
    }
    candidates.sort(
        Comparator.comparing(Standing::surname).thenComparing(candidate -> candidate.name));
    return candidates;
  }

  private static String name(Set<String> taken, SplittableRandom random) {
    while (true) {
      String name =
          FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
              + " "
              + SURNAMES[random.nextInt(SURNAMES.length)];
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
  }

  /** 1,800 to 4,200 electors a seat. */
  private static int electorate(int seats, SplittableRandom random) {
    return seats * (1_800 + random.nextInt(2_401));
  }

  /** Ballots cast at a turnout of 22 to 48%. */
  private static int ballotsCast(int electorate, SplittableRandom random) {
    return (int) (electorate * (0.22 + 0.26 * random.nextDouble()));
  }

  /** Ballots rejected: 0.2 to 1.2% of those cast. */
  private static int rejected(int cast, SplittableRandom random) {
    return (int) (cast * (0.002 + 0.01 * random.nextDouble()));
  }

  /**
   * Draws the candidates' votes from the valid ballots: each voter uses most of their votes (one a
   * seat), shared at random among the candidates, the largest shares going to the winners, a
   * winning party's other candidates next; no tie for the last seat.
   */
  private static void drawVotes(
      List<Standing> candidates, int seats, int valid, SplittableRandom random) {
    int m = candidates.size();
    double[] weights = new double[m];
    double sum = 0;
    for (int i = 0; i < m; i++) {
      weights[i] = -Math.log(1.0 - random.nextDouble());
      sum += weights[i];
    }
    double total = (double) valid * seats * (0.80 + 0.12 * random.nextDouble());
    int[] values = new int[m];
    for (int i = 0; i < m; i++) {
      values[i] = 1 + (int) Math.min(valid * 0.95, total * weights[i] / sum);
    }
    Arrays.sort(values);
    for (int i = 0, j = m - 1; i < j; i++, j--) { // descending
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    for (int i = seats; i < m; i++) { // no tie for the last seat
      values[i] = Math.max(0, Math.min(values[i], values[seats - 1] - 1));
    }
    Set<Party> winningParties = new HashSet<>();
    for (Standing candidate : candidates) {
      if (candidate.winner) {
        winningParties.add(candidate.party);
      }
    }
    List<Standing> byRank = new ArrayList<>();
    List<Standing> others = new ArrayList<>();
    for (Standing candidate : candidates) {
      if (candidate.winner) {
        byRank.add(candidate);
      }
    }
    for (Standing candidate : candidates) {
      if (!candidate.winner && winningParties.contains(candidate.party)) {
        byRank.add(candidate);
      } else if (!candidate.winner) {
        others.add(candidate);
      }
    }
    for (int i : shuffled(others.size(), random)) {
      byRank.add(others.get(i));
    }
    // the winners take the top values in a shuffled order among themselves
    int winners = 0;
    for (Standing candidate : candidates) {
      winners += candidate.winner ? 1 : 0;
    }
    int[] top = shuffled(winners, random);
    for (int r = 0; r < m; r++) {
      byRank.get(r < winners ? top[r] : r).votes = values[r];
    }
  }

  private static Map<Party, Integer> votes(List<Standing> candidates, boolean topCandidate) {
    Map<Party, Integer> votes = new LinkedHashMap<>();
    for (Standing candidate : candidates) {
      votes.merge(
          candidate.party, candidate.votes, topCandidate ? Math::max : Integer::sum);
    }
    return votes;
  }

  private static WardResult result(
      Council council, Ward ward, Party[] parties, int[] won, SplittableRandom random) {
    WardResult.Builder builder = WardResult.builder(council, ward.id(), ward.seats());
    if (random.nextInt(100) == 0) {
      Set<String> names = new HashSet<>();
      for (int p = 0; p < parties.length; p++) {
        for (int i = 0; i < won[p]; i++) {
          builder.unopposed(name(names, random), parties[p]);
        }
      }
    } else {
      List<Standing> candidates = stand(parties, won, random);
      int electorate = electorate(ward.seats(), random);
      int cast = ballotsCast(electorate, random);
      int rejected = rejected(cast, random);
      drawVotes(candidates, ward.seats(), cast - rejected, random);
      for (Standing candidate : candidates) {
        builder.candidate(Candidate.of(candidate.name, candidate.party, candidate.votes));
      }
      builder.electorate(electorate).ballotsCast(cast).ballotsRejected(rejected);
    }
    WardResult result = builder.build();
    if (!result.seatsWon().equals(composition(parties, won))) {
      throw new IllegalStateException("ward " + ward.id() + " elects the wrong winners: " + result);
    }
    return result;
  }

  private static Composition composition(Party[] parties, int[] seats) {
    return SyntheticElection.composition(parties, seats);
  }

  /**
   * When the results are declared, in the order given: from 23:30 on polling night, rising about
   * seven seconds a ward (so a night and most of the next day for 9,000 wards).
   */
  static OffsetDateTime[] declaredAt(Election election, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OffsetDateTime[] times = new OffsetDateTime[count];
    OffsetDateTime at = election.date().atTime(23, 30).atOffset(ZoneOffset.ofHours(1));
    for (int i = 0; i < count; i++) {
      at = at.plusSeconds(random.nextInt(15));
      times[i] = at;
    }
    return times;
  }

  /** The wards' results flattened, in the election's order. */
  List<WardResult> allResults() {
    List<WardResult> list = new ArrayList<>(wardCount);
    for (WardResult[] council : results) {
      list.addAll(Arrays.asList(council));
    }
    return list;
  }
}
