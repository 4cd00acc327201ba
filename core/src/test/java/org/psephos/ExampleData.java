package org.psephos;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parties, councils and small helpers shared by the example-based tests. The parties carry the
 * Electoral Commission and Democracy Club ids that real data uses.
 */
public final class ExampleData {
  public static final String ELECTION_ID = "local.2018-05-03";
  public static final LocalDate POLLING_DAY = LocalDate.of(2018, 5, 3);

  public static final Party CON = Party.of("PP52", "Conservative", "Con");
  public static final Party LAB = Party.of("PP53", "Labour", "Lab");
  public static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");
  public static final Party GRN = Party.of("PP63", "Green Party", "Grn");
  public static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");
  /** Not a party of {@link #election}. */
  public static final Party UKIP = Party.of("PP85", "UK Independence Party", "UKIP");

  public static final Council WANDSWORTH =
      Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60);
  public static final Council BRENT =
      Council.of("E09000005", "Brent", CouncilType.LONDON_BOROUGH, "London", 63);
  public static final Council RICHMOND =
      Council.of("E09000027", "Richmond upon Thames", CouncilType.LONDON_BOROUGH, "London", 54);
  /** A metropolitan borough electing by thirds: 51 seats, 17 up. */
  public static final Council THIRDSBY =
      Council.of("E08000901", "Thirdsby", CouncilType.METROPOLITAN_BOROUGH, "North West", 51);
  /** A shire district of 45 seats, all out. */
  public static final Council POSTPONSHIRE =
      Council.of("E07000901", "Postponshire", CouncilType.SHIRE_DISTRICT, "South East", 45);

  private ExampleData() {}

  public static Map<Party, Integer> seats(Party a, int seatsOfA) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    map.put(a, seatsOfA);
    return map;
  }

  public static Map<Party, Integer> seats(Party a, int seatsOfA, Party b, int seatsOfB) {
    Map<Party, Integer> map = seats(a, seatsOfA);
    map.put(b, seatsOfB);
    return map;
  }

  public static Map<Party, Integer> seats(
      Party a, int seatsOfA, Party b, int seatsOfB, Party c, int seatsOfC) {
    Map<Party, Integer> map = seats(a, seatsOfA, b, seatsOfB);
    map.put(c, seatsOfC);
    return map;
  }

  public static Composition comp(Party a, int seatsOfA) {
    return Composition.of(seats(a, seatsOfA));
  }

  public static Composition comp(Party a, int seatsOfA, Party b, int seatsOfB) {
    return Composition.of(seats(a, seatsOfA, b, seatsOfB));
  }

  public static Composition comp(
      Party a, int seatsOfA, Party b, int seatsOfB, Party c, int seatsOfC) {
    return Composition.of(seats(a, seatsOfA, b, seatsOfB, c, seatsOfC));
  }

  /** An all-out contest with no by-elections: previous and defended equal. */
  public static Contest allOut(Council council, Composition previousAndDefended) {
    return Contest.builder(council).previous(previousAndDefended).defended(previousAndDefended).build();
  }

  /** An election of the 2018 polling day with Con, Lab, LD, Green and Independent parties. */
  public static Election election(Contest... contests) {
    return electionWith(new Party[] {CON, LAB, LD, GRN, IND}, contests);
  }

  public static Election electionWith(Party[] parties, Contest... contests) {
    Election.Builder builder =
        Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018").parties(parties);
    for (Contest contest : contests) {
      builder.contest(contest);
    }
    return builder.build();
  }
}
