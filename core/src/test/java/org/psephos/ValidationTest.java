package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.ELECTION_ID;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.POLLING_DAY;
import static org.psephos.ExampleData.POSTPONSHIRE;
import static org.psephos.ExampleData.RICHMOND;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;
import static org.psephos.ExampleData.electionWith;
import static org.psephos.ExampleData.seats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.tally.LiveTally;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * docs/rules.md, "Bad input and its errors": every bad input is rejected with its specific
 * exception type and a message naming the council, the party and the numbers; nothing is clamped or
 * dropped, and a rejected declaration leaves a tally as it was.
 */
class ValidationTest {
  private static final String IN_ELECTION = "which is not a party of election " + ELECTION_ID;

  /** Wandsworth all-out 60, Thirdsby by thirds 17 of 51, Brent all-out 63. */
  private static final Election ELECTION =
      election(
          allOut(WANDSWORTH, comp(CON, 41, LAB, 19)),
          Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 14))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build(),
          allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1)));

  private static final Tally TALLY = Tally.of(ELECTION);

  /** Labour as the election knows it but for its name. */
  private static final Party LABOUR_RENAMED = Party.of("PP53", "Labour Party", "Lab");

  private static Arguments reject(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    return Arguments.of(rule, action, type, message);
  }

  private static void assertRejected(
      ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }

  static Stream<Arguments> negativeSeats() {
    return Stream.of(
        reject(
            "a party's seats won",
            () -> Declaration.builder(WANDSWORTH).won(CON, -1).won(LAB, 61).build(),
            SeatCountException.class,
            "Wandsworth (E09000032): seats won: Conservative (PP52) has negative seats (-1)"),
        reject(
            "seats still to fill",
            () -> Declaration.builder(WANDSWORTH).won(CON, 33).stillToFill(-1).build(),
            SeatCountException.class,
            "Wandsworth (E09000032): seats still to fill (-1) are negative"),
        reject(
            "seats defended among those still to fill",
            () ->
                Declaration.builder(BRENT)
                    .won(LAB, 57)
                    .stillToFill(3)
                    .defendedStillToFill(LAB, -1)
                    .build(),
            SeatCountException.class,
            "Brent (E09000005): seats defended among those still to fill: Labour (PP53) has"
                + " negative seats (-1)"),
        reject(
            "a party's seats in a composition",
            () -> Composition.of(seats(CON, 3, LAB, -3)),
            SeatCountException.class,
            "composition: Labour (PP53) has negative seats (-3)"),
        reject(
            "a party's seats in a composition builder",
            () -> Composition.builder().seats(LAB, -2).build(),
            SeatCountException.class,
            "composition: Labour (PP53) has negative seats (-2)"),
        reject(
            "vacancies",
            () -> Composition.of(seats(CON, 3), -1),
            SeatCountException.class,
            "composition: vacancies (-1) are negative"),
        reject(
            "vacancies of a copy",
            () -> comp(CON, 3).withVacancies(-4),
            SeatCountException.class,
            "composition: vacancies (-4) are negative"),
        reject(
            "seats taken away beyond those held",
            () -> comp(LAB, 3).minus(comp(LAB, 5)),
            SeatCountException.class,
            "cannot take 5 seats of Labour (PP53) from a composition holding 3"),
        reject(
            "vacancies taken away beyond those vacant",
            () -> comp(LAB, 3).withVacancies(1).minus(Composition.empty().withVacancies(2)),
            SeatCountException.class,
            "cannot take 2 vacancies from a composition with 1"),
        reject(
            "a council size",
            () -> Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", -60),
            SeatCountException.class,
            "Wandsworth (E09000032): size (-60) is negative"),
        reject(
            "seats contested",
            () ->
                Contest.builder(THIRDSBY)
            .contested(-17)
            .continuing(comp(CON, 27, LAB, 24))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7))
            .build(),
            SeatCountException.class,
            "Thirdsby (E08000901): seats contested (-17) are negative"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeSeats")
  void negativeSeatsAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertRejected(action, type, message);
  }

  static Stream<Arguments> seatCounts() {
    return Stream.of(
        reject(
            "seats won above seats contested",
            () -> TALLY.apply(Declaration.builder(THIRDSBY).won(CON, 6).won(LAB, 12).build()),
            SeatCountException.class,
            "Thirdsby (E08000901): seats won (18) exceed seats contested (17)"),
        reject(
            "seats won above the seats contested of an all-out council (docs/rules.md, Bad input)",
            () -> TALLY.apply(Declaration.builder(WANDSWORTH).won(CON, 34).won(LAB, 27).build()),
            SeatCountException.class,
            "Wandsworth (E09000032): seats won (61) exceed seats contested (60)"),
        reject(
            "seats won plus still to fill above the council size",
            () ->
                TALLY.apply(
                    Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 20).stillToFill(10).build()),
            SeatCountException.class,
            "Wandsworth (E09000032): seats won (53) plus seats still to fill (10) do not equal"
                + " seats contested (60)"),
        reject(
            "seats won below seats contested",
            () -> TALLY.apply(Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 10).build()),
            SeatCountException.class,
            "Thirdsby (E08000901): seats won (15) plus seats still to fill (0) do not equal seats"
                + " contested (17)"),
        reject(
            "seats won plus still to fill above seats contested",
            () ->
                TALLY.apply(
                    Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 10).stillToFill(3).build()),
            SeatCountException.class,
            "Thirdsby (E08000901): seats won (15) plus seats still to fill (3) do not equal seats"
                + " contested (17)"),
        reject(
            "continuing plus contested seats not the council size",
            () ->
                Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 13))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build(),
            SeatCountException.class,
            "Thirdsby (E08000901): continuing seats (33) plus seats contested (17) do not equal the"
                + " council size (51)"),
        reject(
            "all-out contest of a council whose size is not the seats contested",
            () ->
                Contest.builder(WANDSWORTH)
            .contested(61)
            .continuing(Composition.empty())
            .previous(comp(CON, 41))
            .defended(comp(CON, 41))
            .build(),
            SeatCountException.class,
            "Wandsworth (E09000032): continuing seats (0) plus seats contested (61) do not equal"
                + " the council size (60)"),
        reject(
            "no seat contested",
            () ->
                Contest.builder(THIRDSBY)
            .contested(0)
            .continuing(comp(CON, 27, LAB, 24))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7))
            .build(),
            SeatCountException.class,
            "Thirdsby (E08000901): seats contested (0) must be at least 1"),
        reject(
            "a council of no seats",
            () -> Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 0),
            SeatCountException.class,
            "Wandsworth (E09000032): size (0) is not positive"),
        reject(
            "a party continuing with more seats than it held",
            () ->
                Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 21, LAB, 13))
            .previous(comp(CON, 20, LAB, 31))
            .defended(comp(CON, 7, LAB, 10))
            .build(),
            SeatCountException.class,
            "Thirdsby (E08000901): Conservative (PP52) continues with 21 seats but held only 20"
                + " before the election"),
        reject(
            "more continuing vacancies than vacancies before",
            () ->
                Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(comp(CON, 20, LAB, 13).withVacancies(1))
            .previous(comp(CON, 27, LAB, 24))
            .defended(comp(CON, 7, LAB, 10))
            .build(),
            SeatCountException.class,
            "Thirdsby (E08000901): continuing vacancies (1) exceed the vacancies before the"
                + " election (0)"),
        reject(
            "vacancies among defended seats",
            () ->
                Contest.builder(WANDSWORTH).previous(comp(CON, 41, LAB, 19)).defended(comp(CON, 41, LAB, 18).withVacancies(1)).build(),
            SeatCountException.class,
            "Wandsworth (E09000032): defended seats include vacancies (1)"),
        reject(
            "an empty previous composition",
            () -> Contest.builder(WANDSWORTH).previous(Composition.empty()).defended(comp(CON, 41, LAB, 19)).build(),
            SeatCountException.class,
            "Wandsworth (E09000032): the previous composition is empty but 60 defended seats are"
                + " given (a contest with no previous result has neither)"),
        reject(
            "vacancies among seats won",
            () ->
                new Declaration(
                    WANDSWORTH, comp(CON, 33, LAB, 26).withVacancies(1), 0, Composition.empty()),
            SeatCountException.class,
            "Wandsworth (E09000032): seats won include vacancies (1)"),
        reject(
            "vacancies among seats defended still to fill",
            () ->
                new Declaration(
                    BRENT, comp(LAB, 57, CON, 3), 3, Composition.empty().withVacancies(1)),
            SeatCountException.class,
            "Brent (E09000005): seats defended among those still to fill include vacancies (1)"),
        reject(
            "more seats defended than still to fill",
            () ->
                Declaration.builder(BRENT)
                    .won(LAB, 57)
                    .won(CON, 3)
                    .stillToFill(3)
                    .defendedStillToFill(LAB, 4)
                    .build(),
            SeatCountException.class,
            "Brent (E09000005): seats defended among those still to fill (4) exceed the seats still"
                + " to fill (3)"),
        reject(
            "a party defending more seats still to fill than its baseline",
            () ->
                TALLY.apply(
                    Declaration.builder(BRENT)
                        .won(LAB, 57)
                        .won(CON, 3)
                        .stillToFill(3)
                        .defendedStillToFill(LD, 2)
                        .build()),
            SeatCountException.class,
            "Brent (E09000005): seats still to fill defended by Liberal Democrats (PP90) (2)"
                + " exceed its baseline seats (1, last-fought)"),
        reject(
            "control of no seats",
            () -> Control.of(WANDSWORTH, Composition.empty()),
            SeatCountException.class,
            "Wandsworth (E09000032): cannot decide control of no seats"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seatCounts")
  void seatsThatDoNotAddUpAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertRejected(action, type, message);
  }

  static Stream<Arguments> unknownPartiesAndCouncils() {
    String wandsworthAt61 =
        "Council[id=E09000032, name=Wandsworth, type=LONDON_BOROUGH, region=London, size=61]";
    Council wandsworth61 =
        Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 61);
    String notInElection = "Postponshire (E07000901) is not part of election " + ELECTION_ID;
    return Stream.of(
        reject(
            "a party winning seats that is not in the election",
            () -> TALLY.apply(Declaration.builder(WANDSWORTH).won(CON, 33).won(UKIP, 27).build()),
            UnknownIdException.class,
            "Wandsworth (E09000032): seats won names UK Independence Party (PP85), " + IN_ELECTION),
        reject(
            "a party winning seats that differs from the election's party of its id",
            () ->
                TALLY.apply(
                    Declaration.builder(WANDSWORTH).won(CON, 33).won(LABOUR_RENAMED, 27).build()),
            UnknownIdException.class,
            "Wandsworth (E09000032): seats won names Party[id=PP53, name=Labour Party,"
                + " shortName=Lab, cohesive=true], which differs from the election's party"
                + " Party[id=PP53, name=Labour, shortName=Lab, cohesive=true]"),
        reject(
            "a previous composition naming a party that differs from the election's party of its id",
            () -> election(allOut(WANDSWORTH, comp(CON, 41, LABOUR_RENAMED, 19))),
            UnknownIdException.class,
            "Wandsworth (E09000032): previous composition names Party[id=PP53, name=Labour Party,"
                + " shortName=Lab, cohesive=true], which differs from the election's party"
                + " Party[id=PP53, name=Labour, shortName=Lab, cohesive=true]"),
        reject(
            "a party defending seats still to fill that is not in the election",
            () ->
                TALLY.apply(
                    Declaration.builder(BRENT)
                        .won(LAB, 57)
                        .won(CON, 3)
                        .stillToFill(3)
                        .defendedStillToFill(UKIP, 3)
                        .build()),
            UnknownIdException.class,
            "Brent (E09000005): seats defended among those still to fill names UK Independence"
                + " Party (PP85), "
                + IN_ELECTION),
        reject(
            "a previous composition naming a party not in the election",
            () -> electionWith(new Party[] {CON, LAB}, allOut(RICHMOND, comp(CON, 39, LD, 15))),
            UnknownIdException.class,
            "Richmond upon Thames (E09000027): previous composition names Liberal Democrats"
                + " (PP90), "
                + IN_ELECTION),
        reject(
            "defended seats naming a party not in the election",
            () ->
                election(
                    Contest.builder(WANDSWORTH).previous(comp(CON, 41, LAB, 19)).defended(comp(CON, 41, UKIP, 19)).build()),
            UnknownIdException.class,
            "Wandsworth (E09000032): defended seats names UK Independence Party (PP85), "
                + IN_ELECTION),
        reject(
            "an alias to a party not in the election",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
                    .parties(CON, LAB)
                    .alias("UK Independence Party (UKIP)", UKIP)
                    .contest(allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))
                    .build(),
            UnknownIdException.class,
            "election local.2018-05-03: alias \"UK Independence Party (UKIP)\" maps to UK"
                + " Independence Party (PP85), which is not one of the election's parties"),
        reject(
            "an alias to a party differing from the election's party of its id",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
                    .parties(CON, LAB)
                    .alias("Labour and Co-operative Party", LABOUR_RENAMED)
                    .contest(allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))
                    .build(),
            UnknownIdException.class,
            "election local.2018-05-03: alias \"Labour and Co-operative Party\" maps to Labour"
                + " Party (PP53), which is not one of the election's parties"),
        reject(
            "a declaration for a council not in the election",
            () -> TALLY.apply(Declaration.builder(POSTPONSHIRE).won(LAB, 24).won(CON, 21).build()),
            UnknownIdException.class,
            notInElection),
        reject(
            "a declaration for a council differing from the election's council of its id",
            () -> TALLY.apply(Declaration.builder(wandsworth61).won(CON, 33).won(LAB, 28).build()),
            UnknownIdException.class,
            wandsworthAt61
                + " differs from election local.2018-05-03's council Council[id=E09000032,"
                + " name=Wandsworth, type=LONDON_BOROUGH, region=London, size=60]"),
        reject(
            "withdrawing a council not in the election",
            () -> TALLY.withdraw(POSTPONSHIRE),
            UnknownIdException.class,
            notInElection),
        reject(
            "the result of a council not in the election",
            () -> TALLY.result(POSTPONSHIRE),
            UnknownIdException.class,
            notInElection),
        reject(
            "the outcome of a council not in the election",
            () -> TALLY.outcome(POSTPONSHIRE),
            UnknownIdException.class,
            notInElection),
        reject(
            "the declaration of a council not in the election",
            () -> TALLY.declaration(POSTPONSHIRE),
            UnknownIdException.class,
            notInElection),
        reject(
            "whether a council not in the election declared",
            () -> TALLY.isDeclared(POSTPONSHIRE),
            UnknownIdException.class,
            notInElection),
        reject(
            "the contest of a council not in the election",
            () -> ELECTION.requireContest(POSTPONSHIRE),
            UnknownIdException.class,
            notInElection));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownPartiesAndCouncils")
  void unknownPartiesAndCouncilsAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertRejected(action, type, message);
  }

  static Stream<Arguments> listedTwice() {
    Party nonCohesiveCon = CON.withCohesive(false);
    String bothCons =
        "(Party[id=PP52, name=Conservative, shortName=Con, cohesive=true] and Party[id=PP52,"
            + " name=Conservative, shortName=Con, cohesive=false])";
    return Stream.of(
        reject(
            "a party in a composition builder",
            () -> Composition.builder().seats(CON, 1).seats(CON, 2),
            InvalidValueException.class,
            "composition: party Conservative (PP52) is listed twice"),
        reject(
            "a party id in a composition builder",
            () -> Composition.builder().seats(IND, 1).seats(IND.withCohesive(true), 2),
            InvalidValueException.class,
            "composition: party Independent (ynmp-party:2) is listed twice"),
        reject(
            "a party id in a composition",
            () -> Composition.of(seats(CON, 1, nonCohesiveCon, 2)),
            InvalidValueException.class,
            "composition: party id PP52 is listed twice " + bothCons),
        reject(
            "a party id in the sum of two compositions",
            () -> comp(CON, 1).plus(comp(nonCohesiveCon, 2)),
            InvalidValueException.class,
            "composition: party id PP52 is listed twice " + bothCons),
        reject(
            "a party in a declaration builder's seats won",
            () -> Declaration.builder(WANDSWORTH).won(CON, 30).won(LAB, 27).won(CON, 3),
            InvalidValueException.class,
            "Wandsworth (E09000032): seats won list Conservative (PP52) twice"),
        reject(
            "a party in a declaration builder's seats defended still to fill",
            () ->
                Declaration.builder(BRENT).defendedStillToFill(LAB, 1).defendedStillToFill(LAB, 2),
            InvalidValueException.class,
            "Brent (E09000005): seats defended among those still to fill list Labour (PP53)"
                + " twice"),
        reject(
            "a party id in a declaration",
            () -> Declaration.of(WANDSWORTH, seats(CON, 30, nonCohesiveCon, 30)),
            InvalidValueException.class,
            "Wandsworth (E09000032): seats won: party id PP52 is listed twice " + bothCons),
        reject(
            "a party in an election",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
                    .parties(CON, LAB, CON)
                    .contest(allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))
                    .build(),
            InvalidValueException.class,
            "election local.2018-05-03: party PP52 is listed twice"),
        reject(
            "a council in an election",
            () ->
                election(
                    allOut(WANDSWORTH, comp(CON, 41, LAB, 19)),
                    allOut(WANDSWORTH, comp(CON, 40, LAB, 20))),
            InvalidValueException.class,
            "election local.2018-05-03: council Wandsworth (E09000032) is contested twice"),
        reject(
            "an alias, ignoring case and spacing",
            () ->
                PartyAliases.builder()
                    .alias("Labour and Co-operative Party", LAB)
                    .alias(" labour  and CO-OPERATIVE party", LAB),
            InvalidValueException.class,
            "alias \" labour  and CO-OPERATIVE party\" is listed twice (for Labour (PP53) and for"
                + " Labour (PP53))"),
        reject(
            "an alias to two parties",
            () -> PartyAliases.of(aliasesOfOneDescriptionToTwoParties()),
            InvalidValueException.class,
            "alias \"JOINT-PARTY:53-119\" is listed twice (for Labour (PP53) and for Conservative"
                + " (PP52))"),
        reject(
            "an alias in an election builder",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
                    .alias("Lab Co-op", LAB)
                    .alias("lab co-op", LAB),
            InvalidValueException.class,
            "alias \"lab co-op\" is listed twice (for Labour (PP53) and for Labour (PP53))"));
  }

  private static Map<String, Party> aliasesOfOneDescriptionToTwoParties() {
    Map<String, Party> aliases = new LinkedHashMap<>();
    aliases.put("joint-party:53-119", LAB);
    aliases.put("JOINT-PARTY:53-119", CON);
    return aliases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listedTwice")
  void partiesCouncilsAndAliasesListedTwiceAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertRejected(action, type, message);
  }

  static Stream<Arguments> blankValues() {
    return Stream.of(
        reject(
            "a party id",
            () -> Party.of(" ", "Labour", "Lab"),
            InvalidValueException.class,
            "party id is blank"),
        reject(
            "a party name",
            () -> Party.of("PP53", "", "Lab"),
            InvalidValueException.class,
            "name of party PP53 is blank"),
        reject(
            "a party short name",
            () -> Party.independent("ynmp-party:2", "Independent", "\t"),
            InvalidValueException.class,
            "short name of party ynmp-party:2 is blank"),
        reject(
            "a council id",
            () -> Council.of("  ", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60),
            InvalidValueException.class,
            "council id is blank"),
        reject(
            "a council name",
            () -> Council.of("E09000032", " ", CouncilType.LONDON_BOROUGH, "London", 60),
            InvalidValueException.class,
            "name of council E09000032 is blank"),
        reject(
            "a council region",
            () -> Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "", 60),
            InvalidValueException.class,
            "region of Wandsworth (E09000032) is blank"),
        reject(
            "an election id",
            () -> Election.builder(" ", POLLING_DAY, "Local elections 2018").build(),
            InvalidValueException.class,
            "election id is blank"),
        reject(
            "an election name",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, " ")
                    .parties(CON)
                    .contest(allOut(WANDSWORTH, comp(CON, 60)))
                    .build(),
            InvalidValueException.class,
            "name of election local.2018-05-03 is blank"),
        reject(
            "an alias",
            () -> PartyAliases.builder().alias(" \n", LAB),
            InvalidValueException.class,
            "alias of party Labour (PP53) is blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankValues")
  void blankIdsAndNamesAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertRejected(action, type, message);
  }

  static Stream<Arguments> malformedElections() {
    return Stream.of(
        malformed("local.2018-5-3"),
        malformed("Local.2018-05-03"),
        malformed("local"),
        malformed("2018-05-03"),
        malformed("local..2018-05-03"),
        malformed("local.wandsworth.2018-05-03.by"),
        malformed("local_wandsworth.2018-05-03"),
        reject(
            "id date 2018-05-04 for a poll on 2018-05-03",
            () -> electionOn("local.2018-05-04", POLLING_DAY),
            InvalidValueException.class,
            "election id \"local.2018-05-04\" ends with a date other than the election date"
                + " 2018-05-03"),
        reject(
            "id date 2018-05-03 for a poll on 2019-05-02",
            () -> electionOn("local.wandsworth.by.2018-05-03", LocalDate.of(2019, 5, 2)),
            InvalidValueException.class,
            "election id \"local.wandsworth.by.2018-05-03\" ends with a date other than the"
                + " election date 2019-05-02"),
        reject(
            "no parties",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
                    .contest(allOut(WANDSWORTH, comp(CON, 60)))
                    .build(),
            ElectionDataException.class,
            "election local.2018-05-03 has no parties"),
        reject(
            "no contests",
            () ->
                Election.builder(ELECTION_ID, POLLING_DAY, "Local elections 2018")
                    .parties(CON)
                    .build(),
            ElectionDataException.class,
            "election local.2018-05-03 has no contests"));
  }

  private static Arguments malformed(String id) {
    return reject(
        "id " + id,
        () -> electionOn(id, POLLING_DAY),
        InvalidValueException.class,
        "election id \""
            + id
            + "\" does not have Democracy Club's form type[.org][.ward][.by].YYYY-MM-DD, such as"
            + " local.2018-05-03");
  }

  private static Election electionOn(String id, LocalDate date) {
    return Election.builder(id, date, "Local elections")
        .parties(CON, LAB)
        .contest(allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedElections")
  void malformedElectionsAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertRejected(action, type, message);
  }

  @Test
  void everyValidationExceptionIsAnElectionDataExceptionAndAnIllegalArgumentException() {
    DataSubject subject = DataSubject.council(WANDSWORTH);
    assertThat(new SeatCountException("m", subject, 61, 60))
        .isInstanceOf(SeatCountException.class)
        .isInstanceOf(ElectionDataException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("m");
    for (ElectionDataException e :
        List.of(
            new UnknownIdException(UnknownIdException.Kind.PARTY, "PP1", "m", subject),
            new InvalidValueException(InvalidValueException.Problem.BLANK, "party id", "m", subject),
            new UnresolvedTieException("m", subject, List.of("A", "B"), List.of()),
            new ConflictingResultException("m", subject))) {
      assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("m");
      assertThat(e.councilId()).contains("E09000032");
    }
  }

  @Test
  void aRejectedDeclarationLeavesTheTallyAsItWas() {
    Declaration wandsworth = Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();
    Tally before = TALLY.apply(wandsworth);
    Standings standingsBefore = before.standings();
    List<Declaration> rejected =
        List.of(
            Declaration.builder(THIRDSBY).won(CON, 6).won(LAB, 12).build(),
            Declaration.builder(THIRDSBY).won(CON, 5).won(LAB, 10).build(),
            Declaration.builder(WANDSWORTH).won(CON, 33).won(UKIP, 27).build(),
            Declaration.builder(WANDSWORTH).won(CON, 33).won(LABOUR_RENAMED, 27).build(),
            Declaration.builder(POSTPONSHIRE).won(LAB, 24).won(CON, 21).build(),
            Declaration.builder(BRENT)
                .won(LAB, 57)
                .won(CON, 3)
                .stillToFill(3)
                .defendedStillToFill(LD, 2)
                .build());

    for (Declaration declaration : rejected) {
      assertThatThrownBy(() -> before.apply(declaration))
          .isInstanceOf(ElectionDataException.class);
      assertThat(before).isEqualTo(TALLY.apply(wandsworth));
      assertThat(before.standings()).isEqualTo(standingsBefore);
      assertThat(before.declaration(WANDSWORTH)).contains(wandsworth);
      assertThat(before.councilsDeclared()).isEqualTo(1);
    }
  }

  @Test
  void applyAllIsAllOrNothing() {
    Declaration wandsworth = Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();
    Declaration brent = Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build();
    Declaration bad = Declaration.builder(THIRDSBY).won(CON, 6).won(LAB, 12).build();

    assertThatThrownBy(() -> TALLY.applyAll(List.of(wandsworth, brent, bad)))
        .isExactlyInstanceOf(SeatCountException.class);
    assertThat(TALLY.councilsDeclared()).isZero();
    assertThat(TALLY).isEqualTo(Tally.of(ELECTION));
    assertThat(TALLY.applyAll(List.of(wandsworth, brent)).councilsDeclared()).isEqualTo(2);
  }

  @Test
  void aRejectedDeclarationPublishesNothingInALiveTally() {
    LiveTally live = LiveTally.of(TALLY);
    Tally published =
        live.apply(Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build());

    assertThatThrownBy(
            () -> live.apply(Declaration.builder(THIRDSBY).won(CON, 6).won(LAB, 12).build()))
        .isExactlyInstanceOf(SeatCountException.class)
        .hasMessage("Thirdsby (E08000901): seats won (18) exceed seats contested (17)");
    assertThat(live.snapshot()).isSameAs(published);
  }
}
