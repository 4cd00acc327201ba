package org.psephos.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.testkit.GeneratorSettings;
import org.psephos.testkit.NightGenerator;

/**
 * A benchmark's election, drawn from the testkit's {@link NightGenerator} (fixed seed): a given
 * number of all-out councils of 30 to 70 seats in nine regions (one council in ten with none) and
 * five council types, among ten parties (nine cohesive and a non-cohesive Independent group), each
 * council with two alternative complete declarations (so that applying one replaces the other).
 * What is the benchmarks' own: the same declarations as dense per-party seat arrays and each
 * council's region and type as group numbers, for the floors, and the arrival orders.
 */
final class SyntheticElection {
  /** The parties: nine cohesive and the Independents. */
  static final int PARTIES = 10;

  final Election election;
  final Party[] parties;
  /** The position of the non-cohesive party (the Independents) in {@link #parties}. */
  final int independent;
  final Council[] councils;
  /** Two declarations per council: declarations[version][council]. */
  final Declaration[][] declarations;
  /** The same declarations as dense per-party seat arrays: seats[version][council][party]. */
  final int[][][] seats;
  /** The defended (baseline) seats per council and party. */
  final int[][] defended;
  /** Each council's group: 1 + its region's number (regions, then no region, in order met). */
  final int[] regionGroup;
  /** Each council's group: 1 + the region groups + its type's number (in order met). */
  final int[] typeGroup;
  /** The groups: the whole election, the regions (and no region), the types. */
  final int groups;

  private SyntheticElection(Election election, long seed) {
    this.election = election;
    this.parties = election.parties().toArray(new Party[0]);
    int councilCount = election.contests().size();
    this.councils = new Council[councilCount];
    this.declarations = new Declaration[2][councilCount];
    this.seats = new int[2][councilCount][];
    this.defended = new int[councilCount][];
    this.regionGroup = new int[councilCount];
    this.typeGroup = new int[councilCount];
    NightGenerator generator = NightGenerator.of(settings(councilCount));
    SplittableRandom seeds = new SplittableRandom(seed);
    Map<Object, Integer> regions = new LinkedHashMap<>();
    Map<Object, Integer> types = new LinkedHashMap<>();
    for (int c = 0; c < councilCount; c++) {
      Contest contest = election.contests().get(c);
      councils[c] = contest.council();
      defended[c] = dense(parties, contest.defended().asMap());
      for (int v = 0; v < 2; v++) {
        declarations[v][c] = generator.declaration(seeds.nextLong(), election, contest);
        seats[v][c] = dense(parties, declarations[v][c].seatsWon().asMap());
      }
      regionGroup[c] = regions.computeIfAbsent(councils[c].region(), r -> regions.size());
      typeGroup[c] = types.computeIfAbsent(councils[c].type(), t -> types.size());
    }
    for (int c = 0; c < councilCount; c++) {
      regionGroup[c] += 1;
      typeGroup[c] += 1 + regions.size();
    }
    this.groups = 1 + regions.size() + types.size();
    int nonCohesive = -1;
    for (int p = 0; p < parties.length; p++) {
      nonCohesive = parties[p].cohesive() ? nonCohesive : p;
    }
    this.independent = nonCohesive;
  }

  /**
   * The testkit's knobs for a benchmark election: exactly this many all-out councils of 30 to 70
   * seats, ten parties (nine cohesive and the Independents), nine regions; no boundary changes or
   * vacancies; complete declarations only, none corrected or withdrawn.
   */
  static GeneratorSettings settings(int councilCount) {
    return GeneratorSettings.builder()
        .minCouncils(councilCount)
        .maxCouncils(councilCount)
        .minCouncilSize(30)
        .maxCouncilSize(70)
        .minCohesiveParties(PARTIES - 1)
        .maxCohesiveParties(PARTIES - 1)
        .independentsOneIn(1)
        .minRegions(9)
        .maxRegions(9)
        .partialContestOneIn(0)
        .boundaryChangeOneIn(0)
        .vacancies(false)
        .undeclared(false)
        .provisionalOneIn(0)
        .correctionOneIn(0)
        .withdrawalOneIn(0)
        .shuffledArrivals(false)
        .build();
  }

  /** The election of a seed with this many councils and two declarations per council. */
  static SyntheticElection generate(int councilCount, long seed) {
    Election election = NightGenerator.of(settings(councilCount)).election(seed);
    return new SyntheticElection(election, seed);
  }

  /** Seats per party as a dense array in the election's order of parties. */
  private static int[] dense(Party[] parties, Map<Party, Integer> seats) {
    int[] dense = new int[parties.length];
    for (int p = 0; p < parties.length; p++) {
      dense[p] = seats.getOrDefault(parties[p], 0);
    }
    return dense;
  }

  /**
   * The councils' positions in a shuffled order, fixed by the seed: the order declarations arrive
   * in, as on a real night (not the election's order, which would let the hardware prefetch each
   * council's data from the one before).
   */
  int[] shuffledOrder(long seed) {
    return shuffled(councils.length, new SplittableRandom(seed));
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

  List<Declaration> firstVersions() {
    List<Declaration> list = new ArrayList<>(councils.length);
    for (Declaration declaration : declarations[0]) {
      list.add(declaration);
    }
    return list;
  }
}
