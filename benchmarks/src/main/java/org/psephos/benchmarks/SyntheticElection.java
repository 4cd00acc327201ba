package org.psephos.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;

/**
 * A synthetic election for benchmarks: n all-out councils of 30 to 70 seats in nine regions and
 * five council types, among a given number of parties, with two alternative complete declarations
 * per council (so that applying one replaces the other). Deterministic for a given seed.
 */
final class SyntheticElection {
  private static final String[] REGIONS = {
    "London", "South East", "South West", "East of England", "East Midlands", "West Midlands",
    "Yorkshire and the Humber", "North West", "North East"
  };
  private static final CouncilType[] TYPES = {
    CouncilType.LONDON_BOROUGH, CouncilType.METROPOLITAN_BOROUGH, CouncilType.UNITARY_AUTHORITY,
    CouncilType.SHIRE_DISTRICT, CouncilType.COUNTY
  };

  final Election election;
  final Party[] parties;
  final Council[] councils;
  /** Two declarations per council: declarations[version][council]. */
  final Declaration[][] declarations;
  /** The same declarations as dense per-party seat arrays: seats[version][council][party]. */
  final int[][][] seats;
  /** The defended (baseline) seats per council and party. */
  final int[][] defended;

  private SyntheticElection(
      Election election,
      Party[] parties,
      Council[] councils,
      Declaration[][] declarations,
      int[][][] seats,
      int[][] defended) {
    this.election = election;
    this.parties = parties;
    this.councils = councils;
    this.declarations = declarations;
    this.seats = seats;
    this.defended = defended;
  }

  static SyntheticElection generate(int councilCount, int partyCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Party[] parties = new Party[partyCount];
    for (int p = 0; p < partyCount; p++) {
      parties[p] =
          p == partyCount - 1
              ? Party.independent("ynmp-party:2", "Independent", "Ind")
              : Party.of("PP" + (100 + p), "Party " + p, "P" + p);
    }
    Council[] councils = new Council[councilCount];
    Declaration[][] declarations = new Declaration[2][councilCount];
    int[][][] seats = new int[2][councilCount][];
    int[][] defended = new int[councilCount][];
    Election.Builder builder =
        Election.builder("local.2030-05-02", LocalDate.of(2030, 5, 2), "Synthetic").parties(parties);
    for (int c = 0; c < councilCount; c++) {
      int size = 30 + random.nextInt(41);
      councils[c] =
          Council.of(
              String.format("E%08d", c),
              "Council " + c,
              TYPES[c % TYPES.length],
              REGIONS[c % REGIONS.length],
              size);
      defended[c] = split(size, partyCount, random);
      Composition previous = composition(parties, defended[c]);
      builder.contest(Contest.builder(councils[c]).previous(previous).defended(previous).build());
      for (int v = 0; v < 2; v++) {
        seats[v][c] = split(size, partyCount, random);
        declarations[v][c] = Declaration.of(councils[c], map(parties, seats[v][c]));
      }
    }
    return new SyntheticElection(
        builder.build(), parties, councils, declarations, seats, defended);
  }

  /** Splits seats among parties, weighted towards the first few as real councils are. */
  private static int[] split(int size, int partyCount, SplittableRandom random) {
    int[] split = new int[partyCount];
    for (int s = 0; s < size; s++) {
      int p = Math.min(random.nextInt(partyCount), random.nextInt(partyCount));
      split[p]++;
    }
    return split;
  }

  private static Map<Party, Integer> map(Party[] parties, int[] seats) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int p = 0; p < parties.length; p++) {
      if (seats[p] > 0) {
        map.put(parties[p], seats[p]);
      }
    }
    return map;
  }

  /** The composition of dense per-party seats, leaving out parties with none. */
  static Composition composition(Party[] parties, int[] seats) {
    return Composition.of(map(parties, seats));
  }

  /**
   * The councils' positions in a shuffled order, fixed by the seed: the order declarations arrive
   * in, as on a real night (not the election's order, which would let the hardware prefetch each
   * council's data from the one before).
   */
  int[] shuffledOrder(long seed) {
    return SyntheticWards.shuffled(councils.length, new SplittableRandom(seed));
  }

  List<Declaration> firstVersions() {
    List<Declaration> list = new ArrayList<>(councils.length);
    for (Declaration declaration : declarations[0]) {
      list.add(declaration);
    }
    return list;
  }
}
