package org.psephos.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * The scoreboard text of docs/rules.md ("The scoreboard text"), reproduced character for character
 * from a constructed election, and each style rule on its own.
 *
 * <p>The constructed election has 150 councils: 32 London boroughs (20 declared) and 118 councils
 * elsewhere (78 declared). The declared councils come in groups of identical councils (same seats,
 * different ids); the group table below was designed by hand so that the totals are exactly those
 * of the two blocks. {@link #constructedCouncilsAddUpToTheFiguresOfTheBlocks} re-adds the table
 * without the engine, so a slip in the table shows there rather than as a text mismatch.
 */
class ScoreboardTest {
  static final Party CON = Party.of("PP52", "Conservative", "Con");
  static final Party LAB = Party.of("PP53", "Labour", "Lab");
  static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");
  static final Party GRN = Party.of("PP63", "Green", "Grn");
  static final Party UKIP = Party.of("PP85", "UKIP", "UKIP");
  static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");
  static final Party LIB = Party.of("PP54", "Liberal", "Lib");
  static final Party RR = Party.of("ratepayers-residents", "Ratepayers and Residents", "RR");

  /** The publisher's order, Conservatives first (section 2: publishers fix their own order). */
  static final List<Party> PARTIES = List.of(CON, LAB, LD, GRN, UKIP, IND, LIB, RR);

  /** The live blog's labels: "Conservatives", "LibDems", otherwise the party's name. */
  static final Function<Party, String> LIVE_BLOG_NAMES =
      party ->
          party.equals(CON) ? "Conservatives" : party.equals(LD) ? "LibDems" : party.name();

  /** Adjectival names for control outcomes: "Liberal Democrat gain from Labour". */
  static final Function<Party, String> ADJECTIVES =
      party -> party.equals(LD) ? "Liberal Democrat" : party.name();

  static final String NATIONAL_BLOCK =
      """
      State of parties after 98 of 150 councils declare
      Conservatives: 30 councils; 878 seats (-31)
      Labour: 50 councils (-1); 1,424 seats (+57)
      LibDems: 4 councils (+1); 324 seats (+41)
      Green: 21 seats (+6)
      UKIP: 2 seats (-44)
      Independent: 61 seats (-49)
      Liberal: 1 seat (-1)
      Ratepayers and Residents: 37 seats (-4)
      No overall control: 14 councils
      """;

  static final String LONDON_BLOCK =
      """
      State of parties after 20 of 32 London councils
      Conservatives: 6 councils; 400 seats (-68)
      Labour: 11 councils; 629 seats (+51)
      LibDems: 2 councils (+1); 94 seats (+14)
      Green: 4 seats (+4)
      UKIP: lost nine seats
      Independent: 5 seats (-10)
      Ratepayers and Residents: 26 seats
      No Overall Control: 1 council (-1)
      """;

  static final String LONDON_HEADING =
      "State of parties after {declared} of {expected} London councils";

  /**
   * A group of identical declared councils. An empty {@code continuing} means all-out (the
   * previous composition's total is then the old size, which differs from {@code size} after a
   * boundary change); otherwise the council elects by thirds and {@code defended} is the third up.
   */
  record Group(
      String code,
      int count,
      CouncilType type,
      int size,
      String continuing,
      String previous,
      String defended,
      String won,
      String outcome) {}

  static final CouncilType LB = CouncilType.LONDON_BOROUGH;
  static final CouncilType MB = CouncilType.METROPOLITAN_BOROUGH;
  static final CouncilType UA = CouncilType.UNITARY_AUTHORITY;
  static final CouncilType SD = CouncilType.SHIRE_DISTRICT;

  /*
   * The declared councils. Council control before / after:
   *   London (20): Con 6 / 6, Lab 11 / 11, LD 1 / 2, NOC 2 / 1.
   *   Elsewhere (78): Con 24 / 24, Lab 40 / 39, LD 2 / 2, NOC 12 / 13.
   *   All (98): Con 30 / 30, Lab 51 / 50, LD 3 / 4, NOC 14 / 14.
   * Seats won (defended), by hand, count x per-council figure summed:
   *   London Con 4x38+34+29+30+9x11+4+18+9+25 = 400 (4x41+45+35+24+9x15+12+9+22+22 = 468),
   *          Lab 4x22+11+31+24+9x47+49+3 = 629 (4x19+15+25+30+9x43+43+2 = 578),
   *          LD 9x2+4+33+39 = 94 (9x1+8+45+18 = 80), Grn 4 (0), UKIP 0 (3+6 = 9),
   *          Ind 2+3 = 5 (9x1+6 = 15), RR 26 (26); 1,158 won against 1,176 defended (-18: the
   *          borough cut from 63 to 45 seats is compared with its actual, not notional, result).
   *   Elsewhere Con 478 (441), Lab 795 (789), LD 230 (203), Grn 17 (15), UKIP 2 (37), Ind 56 (95),
   *          Lib 1 (2), RR 11 (15); 1,590 won against 1,597 (-7: the council cut from 35 to 28).
   */
  static final List<Group> DECLARED =
      List.of(
          group("L1", 4, LB, 60, "", "Con 41, Lab 19", "Con 41, Lab 19", "Con 38, Lab 22",
              "Conservative hold"),
          group("L2", 1, LB, 45, "", "Con 45, Lab 15, UKIP 3", "Con 45, Lab 15, UKIP 3",
              "Con 34, Lab 11", "Conservative hold"),
          group("L3", 1, LB, 60, "", "Con 35, Lab 25", "Con 35, Lab 25", "Con 29, Lab 31",
              "Labour gain from Conservative"),
          group("L4", 1, LB, 54, "", "Con 24, Lab 30", "Con 24, Lab 30", "Con 30, Lab 24",
              "Conservative gain from Labour"),
          group("L5", 9, LB, 60, "", "Con 15, Lab 43, LD 1, Ind 1", "Con 15, Lab 43, LD 1, Ind 1",
              "Con 11, Lab 47, LD 2", "Labour hold"),
          group("L6", 1, LB, 63, "", "Con 12, Lab 43, LD 8", "Con 12, Lab 43, LD 8",
              "Con 4, Lab 49, LD 4, Grn 4, Ind 2", "Labour hold"),
          group("L7", 1, LB, 54, "", "Con 9, LD 45", "Con 9, LD 45", "Con 18, LD 33, Ind 3",
              "Liberal Democrat hold"),
          group("L8", 1, LB, 48, "", "Con 22, Lab 2, LD 18, Ind 6", "Con 22, Lab 2, LD 18, Ind 6",
              "Con 9, LD 39", "Liberal Democrat gain from no overall control"),
          group("L9", 1, LB, 54, "", "Con 22, UKIP 6, RR 26", "Con 22, UKIP 6, RR 26",
              "Con 25, Lab 3, RR 26", "No overall control, no change"),
          group("E1", 21, SD, 45, "Con 21, Lab 6, LD 4", "Con 27, Lab 10, LD 6, Ind 2",
              "Con 6, Lab 4, LD 2, Ind 2", "Con 8, Lab 3, LD 3", "Conservative hold"),
          group("E2", 2, SD, 40, "", "Con 22, Lab 12, Ind 6", "Con 22, Lab 12, Ind 6",
              "Con 18, Lab 12, Ind 10", "Conservative lose to no overall control"),
          group("E3", 1, UA, 50, "", "Con 24, Lab 16, UKIP 10", "Con 24, Lab 16, UKIP 10",
              "Con 30, Lab 18, Grn 2", "Conservative gain from no overall control"),
          group("E4", 1, MB, 60, "Con 20, Lab 18, Ind 2", "Con 25, Lab 31, Ind 4",
              "Con 5, Lab 13, Ind 2", "Con 12, Lab 8", "Conservative gain from Labour"),
          group("E5", 20, MB, 63, "Con 8, Lab 31, LD 4", "Con 11, Lab 45, LD 6, UKIP 1",
              "Con 3, Lab 14, LD 2, UKIP 1", "Con 3, Lab 14, LD 3", "Labour hold"),
          group("E6", 17, MB, 63, "Con 8, Lab 31, LD 4", "Con 12, Lab 45, LD 6",
              "Con 4, Lab 14, LD 2", "Con 3, Lab 15, LD 2", "Labour hold"),
          group("E7", 1, UA, 51, "", "Con 4, Lab 27, LD 20", "Con 4, Lab 27, LD 20",
              "Con 3, Lab 18, LD 30", "Liberal Democrat gain from Labour"),
          group("E8", 1, UA, 60, "", "Con 22, Lab 28, Grn 3, UKIP 4, Ind 3",
              "Con 22, Lab 28, Grn 3, UKIP 4, Ind 3", "Con 22, Lab 34, Ind 4",
              "Labour gain from no overall control"),
          group("E9", 1, SD, 57, "Con 13, LD 25", "Con 19, LD 36, Lib 2", "Con 6, LD 11, Lib 2",
              "Con 6, LD 12, Lib 1", "Liberal Democrat hold"),
          group("E10", 1, SD, 40, "", "Con 15, LD 21, RR 4", "Con 15, LD 21, RR 4",
              "Con 16, LD 18, RR 6", "Liberal Democrat lose to no overall control"),
          group("E11", 9, MB, 48, "Con 12, Lab 12, Ind 8", "Con 18, Lab 18, Ind 12",
              "Con 6, Lab 6, Ind 4", "Con 6, Lab 6, Grn 1, Ind 3", "No overall control, no change"),
          group("E12", 1, SD, 42, "Con 20, LD 8", "Con 25, LD 17", "Con 5, LD 9", "Con 12, LD 2",
              "Conservative hold"),
          // previous differs from defended: a by-election gain gave Labour its majority
          group("E13", 1, UA, 50, "", "Lab 26, LD 15, Grn 9", "Lab 25, LD 16, Grn 9",
              "Con 4, Lab 38, LD 4, Grn 4", "Labour hold"),
          group("E14", 1, SD, 28, "", "Con 8, LD 10, Grn 3, UKIP 3, RR 11",
              "Con 8, LD 10, Grn 3, UKIP 3, RR 11",
              "Con 4, Lab 3, LD 7, Grn 2, UKIP 2, Ind 5, RR 5",
              "No overall control, no change"));

  /** Councils still to come: 12 London boroughs and 40 shire districts. */
  static final List<Group> TO_COME =
      List.of(
          group("L10", 12, LB, 60, "", "Con 25, Lab 35", "Con 25, Lab 35", "", ""),
          group("E15", 40, SD, 40, "", "Con 21, Lab 19", "Con 21, Lab 19", "", ""));

  static final Fixture FIXTURE = Fixture.build();

  record Fixture(Election election, Tally tally, Map<String, List<Council>> councilsByGroup) {
    static Fixture build() {
      Map<CouncilType, Integer> nextNumber = new EnumMap<>(CouncilType.class);
      nextNumber.put(LB, 2); // E09000001 is the City of London, which is not a borough
      Election.Builder builder =
          Election.builder("local.2018-05-03", LocalDate.of(2018, 5, 3), "Constructed 2018")
              .parties(PARTIES.toArray(new Party[0]));
      Map<String, List<Council>> byGroup = new LinkedHashMap<>();
      List<Declaration> declarations = new ArrayList<>();
      List<Group> all = new ArrayList<>(DECLARED);
      all.addAll(TO_COME);
      for (Group group : all) {
        List<Council> councils = new ArrayList<>();
        for (int i = 1; i <= group.count(); i++) {
          int number = nextNumber.getOrDefault(group.type(), 1);
          nextNumber.put(group.type(), number + 1);
          Council council =
              Council.of(
                  group.type().gssPrefix() + String.format("%06d", number),
                  group.code() + " council " + i,
                  group.type(),
                  regionOf(group.type()),
                  group.size());
          Composition continuing = Composition.of(seats(group.continuing()));
          Composition previous = Composition.of(seats(group.previous()));
          Composition defended = Composition.of(seats(group.defended()));
          builder.contest(
              continuing.isEmpty()
                  ? Contest.builder(council).previous(previous).defended(defended).build()
                  : Contest.builder(council)
            .contested(group.size() - continuing.total())
            .continuing(continuing)
            .previous(previous)
            .defended(defended)
            .build());
          if (!group.won().isEmpty()) {
            declarations.add(Declaration.of(council, seats(group.won())));
          }
          councils.add(council);
        }
        byGroup.put(group.code(), councils);
      }
      Election election = builder.build();
      return new Fixture(election, Tally.of(election).applyAll(declarations), byGroup);
    }
  }

  static String regionOf(CouncilType type) {
    return switch (type) {
      case LONDON_BOROUGH -> "London";
      case METROPOLITAN_BOROUGH -> "North West";
      case UNITARY_AUTHORITY -> "East Midlands";
      default -> "South East";
    };
  }

  static Group group(
      String code,
      int count,
      CouncilType type,
      int size,
      String continuing,
      String previous,
      String defended,
      String won,
      String outcome) {
    return new Group(code, count, type, size, continuing, previous, defended, won, outcome);
  }

  /** Reads "Con 41, Lab 19" into seats per party, in the order written. */
  static Map<Party, Integer> seats(String text) {
    Map<Party, Integer> seats = new LinkedHashMap<>();
    if (text.isBlank()) {
      return seats;
    }
    for (String item : text.split(",", -1)) {
      String[] parts = item.strip().split(" ", -1);
      seats.put(party(parts[0]), Integer.parseInt(parts[1]));
    }
    return seats;
  }

  static Party party(String shortName) {
    for (Party party : PARTIES) {
      if (party.shortName().equals(shortName)) {
        return party;
      }
    }
    throw new IllegalArgumentException("no party " + shortName);
  }

  static Scoreboard liveBlog() {
    return Scoreboard.standard().withPartyNames(LIVE_BLOG_NAMES);
  }

  static Scoreboard londonLiveBlog() {
    return liveBlog()
        .withHeading(LONDON_HEADING)
        .withNoOverallControlLabel("No Overall Control")
        .withNumberStyle(Scoreboard.NumberStyle.WORDS_IN_PROSE);
  }

  // ---------------------------------------------------------------------------------------------
  // The two blocks of section 6

  @Test
  void constructedCouncilsAddUpToTheFiguresOfTheBlocks() {
    // Re-adds the table by itself (no engine): seats won and defended per party, and councils.
    Map<Party, Integer> wonAll = new LinkedHashMap<>();
    Map<Party, Integer> defendedAll = new LinkedHashMap<>();
    Map<Party, Integer> wonLondon = new LinkedHashMap<>();
    Map<Party, Integer> defendedLondon = new LinkedHashMap<>();
    int declared = 0;
    int declaredLondon = 0;
    for (Group group : DECLARED) {
      boolean london = group.type() == LB;
      declared += group.count();
      declaredLondon += london ? group.count() : 0;
      seats(group.won()).forEach((p, n) -> wonAll.merge(p, group.count() * n, Integer::sum));
      seats(group.defended())
          .forEach((p, n) -> defendedAll.merge(p, group.count() * n, Integer::sum));
      if (london) {
        seats(group.won()).forEach((p, n) -> wonLondon.merge(p, group.count() * n, Integer::sum));
        seats(group.defended())
            .forEach((p, n) -> defendedLondon.merge(p, group.count() * n, Integer::sum));
      }
    }
    assertThat(declared).isEqualTo(98);
    assertThat(declaredLondon).isEqualTo(20);
    assertThat(TO_COME.stream().mapToInt(Group::count).sum()).isEqualTo(52);
    assertThat(wonAll)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(CON, 878, LAB, 1424, LD, 324, GRN, 21, UKIP, 2, IND, 61, LIB, 1, RR, 37));
    assertThat(defendedAll)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(CON, 909, LAB, 1367, LD, 283, GRN, 15, UKIP, 46, IND, 110, LIB, 2, RR, 41));
    assertThat(wonLondon)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(CON, 400, LAB, 629, LD, 94, GRN, 4, IND, 5, RR, 26));
    assertThat(defendedLondon)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(CON, 468, LAB, 578, LD, 80, UKIP, 9, IND, 15, RR, 26));
  }

  @Test
  void constructedCouncilsHaveTheirIntendedControlOutcomes() {
    for (Group group : DECLARED) {
      for (Council council : FIXTURE.councilsByGroup().getOrDefault(group.code(), List.of())) {
        assertThat(FIXTURE.tally().outcome(council))
            .as(council.label())
            .hasValueSatisfying(
                outcome -> assertThat(outcome.describe(ADJECTIVES)).isEqualTo(group.outcome()));
      }
    }
    assertThat(FIXTURE.tally().councilsDeclared()).isEqualTo(98);
    assertThat(FIXTURE.tally().councilsToCome()).hasSize(52);
  }

  @Test
  void reproducesTheNationalBlockOfSectionOne() {
    assertThat(liveBlog().format(FIXTURE.tally().standings())).isEqualTo(NATIONAL_BLOCK);
  }

  @Test
  void nationalBlockSeatChangesAddUpToMinus25() {
    Standings standings = FIXTURE.tally().standings();
    assertThat(standings.seatsChange()).isEqualTo(-25);
    assertThat(standings.seatsWon()).isEqualTo(2748);
    assertThat(standings.baselineSeats()).isEqualTo(2773);
  }

  @Test
  void reproducesTheLondonBlockFromRegionStandings() {
    Standings london = FIXTURE.tally().standings(CouncilFilter.region("London"));
    assertThat(londonLiveBlog().format(london)).isEqualTo(LONDON_BLOCK);
  }

  @Test
  void londonBlockIsTheSameFromAScannedPredicateFilter() {
    Standings london =
        FIXTURE
            .tally()
            .standings(CouncilFilter.matching("London", c -> c.region().equals(Optional.of("London"))));
    assertThat(londonLiveBlog().format(london)).isEqualTo(LONDON_BLOCK);
  }

  @Test
  void regionFilterLeavesOutTheCouncilsOutsideLondon() {
    // The London template over the whole election: 98 of 150, not the London block.
    String whole = londonLiveBlog().format(FIXTURE.tally().standings());
    assertThat(whole)
        .startsWith("State of parties after 98 of 150 London councils\n")
        .contains("Conservatives: 30 councils; 878 seats (-31)\n")
        .isNotEqualTo(LONDON_BLOCK);
  }

  @Test
  void byCouncilsThenSeatsOrdersTheNationalBlock() {
    String expected =
        """
        State of parties after 98 of 150 councils declare
        Labour: 50 councils (-1); 1,424 seats (+57)
        Conservatives: 30 councils; 878 seats (-31)
        LibDems: 4 councils (+1); 324 seats (+41)
        Independent: 61 seats (-49)
        Ratepayers and Residents: 37 seats (-4)
        Green: 21 seats (+6)
        UKIP: 2 seats (-44)
        Liberal: 1 seat (-1)
        No overall control: 14 councils
        """;
    assertThat(
            liveBlog()
                .withPartyOrder(Scoreboard.PartyOrder.BY_COUNCILS_THEN_SEATS)
                .format(FIXTURE.tally().standings()))
        .isEqualTo(expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Each style rule on its own, on standings built by hand

  /** Standings of one party, with no overall control making up the council counts. */
  static Standings oneParty(Party party, int councils, int councilsBefore, int won, int baseline) {
    int declared = Math.max(councils, councilsBefore);
    return Standings.of(
        declared,
        declared + 1,
        List.of(new PartyStanding(party, councils, councilsBefore, won, baseline, won)),
        declared - councils,
        declared - councilsBefore);
  }

  static String partyLine(Scoreboard scoreboard, Standings standings) {
    List<String> lines = scoreboard.format(standings).lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    return lines.get(1);
  }

  static Stream<Arguments> partyLinesInDigits() {
    return Stream.of(
        // councils, councils before, seats won, baseline seats, line
        Arguments.of(0, 0, 26, 26, "Labour: 26 seats"),
        Arguments.of(6, 6, 400, 468, "Labour: 6 councils; 400 seats (-68)"),
        Arguments.of(1, 0, 1, 0, "Labour: 1 council (+1); 1 seat (+1)"),
        Arguments.of(2, 1, 1, 2, "Labour: 2 councils (+1); 1 seat (-1)"),
        Arguments.of(0, 1, 5, 9, "Labour: 0 councils (-1); 5 seats (-4)"),
        Arguments.of(0, 0, 1424, 1367, "Labour: 1,424 seats (+57)"),
        Arguments.of(0, 0, 12345, 11234, "Labour: 12,345 seats (+1,111)"),
        Arguments.of(0, 0, 2000, 3500, "Labour: 2,000 seats (-1,500)"),
        Arguments.of(1234, 0, 5000, 5000, "Labour: 1,234 councils (+1,234); 5,000 seats"),
        Arguments.of(0, 0, 3, 0, "Labour: 3 seats (+3)"),
        // control kept or lost on continuing seats, with no seat won or defended: nothing was lost
        Arguments.of(1, 1, 0, 0, "Labour: 1 council; 0 seats"),
        Arguments.of(0, 1, 0, 0, "Labour: 0 councils (-1); 0 seats"),
        Arguments.of(0, 0, 0, 9, "Labour: lost 9 seats"),
        Arguments.of(0, 0, 0, 1, "Labour: lost 1 seat"),
        Arguments.of(0, 0, 0, 10, "Labour: lost 10 seats"),
        Arguments.of(0, 0, 0, 1234, "Labour: lost 1,234 seats"));
  }

  @ParameterizedTest
  @MethodSource("partyLinesInDigits")
  void partyLineFollowsTheStyleRulesWithDigitsByDefault(
      int councils, int councilsBefore, int won, int baseline, String line) {
    Standings standings = oneParty(LAB, councils, councilsBefore, won, baseline);
    assertThat(partyLine(Scoreboard.standard(), standings)).isEqualTo(line);
  }

  static Stream<Arguments> partyLinesWithWordsInProse() {
    return Stream.of(
        Arguments.of(1, "UKIP: lost one seat"),
        Arguments.of(2, "UKIP: lost two seats"),
        Arguments.of(3, "UKIP: lost three seats"),
        Arguments.of(4, "UKIP: lost four seats"),
        Arguments.of(5, "UKIP: lost five seats"),
        Arguments.of(6, "UKIP: lost six seats"),
        Arguments.of(7, "UKIP: lost seven seats"),
        Arguments.of(8, "UKIP: lost eight seats"),
        Arguments.of(9, "UKIP: lost nine seats"),
        Arguments.of(10, "UKIP: lost 10 seats"),
        Arguments.of(44, "UKIP: lost 44 seats"),
        Arguments.of(1234, "UKIP: lost 1,234 seats"));
  }

  @ParameterizedTest
  @MethodSource("partyLinesWithWordsInProse")
  void wordsInProseSpellsOneToNineAndKeepsDigitsFromTen(int lost, String line) {
    Scoreboard words = Scoreboard.standard().withNumberStyle(Scoreboard.NumberStyle.WORDS_IN_PROSE);
    assertThat(partyLine(words, oneParty(UKIP, 0, 0, 0, lost))).isEqualTo(line);
  }

  @Test
  void wordsInProseLeavesFiguresInDigits() {
    Scoreboard words = Scoreboard.standard().withNumberStyle(Scoreboard.NumberStyle.WORDS_IN_PROSE);
    assertThat(partyLine(words, oneParty(GRN, 0, 0, 4, 0))).isEqualTo("Green: 4 seats (+4)");
    assertThat(partyLine(words, oneParty(GRN, 1, 0, 1, 3)))
        .isEqualTo("Green: 1 council (+1); 1 seat (-2)");
    assertThat(words.format(oneParty(GRN, 0, 0, 0, 1)))
        .isEqualTo(
            """
            State of parties after 0 of 1 councils declare
            Green: lost one seat
            """);
  }

  @Test
  void headingHasThousandsSeparators() {
    Standings standings =
        Standings.of(1024, 1200, List.of(new PartyStanding(LAB, 0, 0, 0, 0, 0)), 1024, 1024);
    assertThat(Scoreboard.standard().format(standings))
        .isEqualTo(
            """
            State of parties after 1,024 of 1,200 councils declare
            No overall control: 1,024 councils
            """);
  }

  @Test
  void partyWithNothingToReportIsLeftOut() {
    Standings standings =
        Standings.of(
            1,
            3,
            List.of(
                PartyStanding.zero(CON),
                new PartyStanding(LAB, 1, 1, 30, 28, 30),
                PartyStanding.zero(LD)),
            0,
            0);
    assertThat(Scoreboard.standard().format(standings))
        .isEqualTo(
            """
            State of parties after 1 of 3 councils declare
            Labour: 1 council; 30 seats (+2)
            """);
  }

  @Test
  void noOverallControlLineIsLeftOutWhenNoneNowAndNoneBefore() {
    assertThat(Scoreboard.standard().format(oneParty(LAB, 2, 2, 60, 60)))
        .isEqualTo(
            """
            State of parties after 2 of 3 councils declare
            Labour: 2 councils; 60 seats
            """);
  }

  @Test
  void noOverallControlLineIsKeptWhenSomeWereBefore() {
    assertThat(Scoreboard.standard().format(oneParty(LAB, 2, 0, 60, 50)))
        .isEqualTo(
            """
            State of parties after 2 of 3 councils declare
            Labour: 2 councils (+2); 60 seats (+10)
            No overall control: 0 councils (-2)
            """);
  }

  @Test
  void noOverallControlLineIsSingularAndSignedWithTheCallersLabel() {
    Scoreboard scoreboard = Scoreboard.standard().withNoOverallControlLabel("NOC");
    assertThat(scoreboard.format(oneParty(LAB, 0, 1, 20, 31)))
        .isEqualTo(
            """
            State of parties after 1 of 2 councils declare
            Labour: 0 councils (-1); 20 seats (-11)
            NOC: 1 council (+1)
            """);
  }

  @Test
  void byCouncilsThenSeatsKeepsTheElectionOrderForTies() {
    Standings standings =
        Standings.of(
            1,
            1,
            List.of(
                new PartyStanding(CON, 0, 0, 10, 10, 10),
                new PartyStanding(LAB, 0, 0, 12, 12, 12),
                new PartyStanding(LD, 0, 0, 10, 10, 10),
                new PartyStanding(GRN, 1, 1, 2, 2, 30)),
            0,
            0);
    assertThat(
            Scoreboard.standard()
                .withPartyOrder(Scoreboard.PartyOrder.BY_COUNCILS_THEN_SEATS)
                .format(standings))
        .isEqualTo(
            """
            State of parties after 1 of 1 councils declare
            Green: 1 council; 2 seats
            Labour: 12 seats
            Conservative: 10 seats
            Liberal Democrats: 10 seats
            """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{declard}", "{councils}", "{}", "{Declared}", "{ expected }"})
  void headingRejectsUnknownPlaceholders(String placeholder) {
    String template = "State of parties after " + placeholder + " of {expected}";
    assertThatThrownBy(() -> Scoreboard.standard().withHeading(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(placeholder);
  }

  @Test
  void headingAcceptsTheKnownPlaceholdersOrNone() {
    Standings standings = oneParty(LAB, 1, 1, 5, 5);
    assertThat(
            Scoreboard.standard()
                .withHeading("{declared} in, {expected} expected, {declared} again")
                .format(standings))
        .startsWith("1 in, 2 expected, 1 again\n");
    assertThat(Scoreboard.standard().withHeading("Results so far").format(standings))
        .startsWith("Results so far\nLabour: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
  void blankNoOverallControlLabelIsRejected(String label) {
    assertThatThrownBy(() -> Scoreboard.standard().withNoOverallControlLabel(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void defaultsAreTheSeedsHeadingAndLabel() {
    assertThat(Scoreboard.DEFAULT_HEADING)
        .isEqualTo("State of parties after {declared} of {expected} councils declare");
    assertThat(Scoreboard.DEFAULT_NOC_LABEL).isEqualTo("No overall control");
  }
}
