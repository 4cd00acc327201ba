package org.psephos.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.ELECTION_ID;
import static org.psephos.ExampleData.GRN;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.InvalidValueException;
import org.psephos.Composition;
import org.psephos.UnresolvedTieException;
import org.psephos.Election;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.VoteConvention;
import org.psephos.Ward;

/**
 * Counting a ward (docs/rules.md, "Counting a ward"): the worked examples of issue 5 (a
 * three-member ward with a split result, a tie decided by lot, a tie without the lot, an
 * uncontested ward) and every validation rule of {@link WardResult}. Expected figures are worked
 * out by hand in the comments.
 */
class WardResultTest {
  private static final String BALHAM = "E05000611";
  private static final String WHERE = "Wandsworth (E09000032), ward " + BALHAM;

  private static WardResult.Builder balham(int seats) {
    return WardResult.builder(WANDSWORTH, BALHAM, seats);
  }

  private static Arguments reject(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    return Arguments.of(rule, action, type, message);
  }

  // ---------------------------------------------------------------------------------------------
  // Worked examples

  /**
   * Three seats, three Labour and three Conservative candidates, a Green and a Liberal Democrat. By
   * votes: Ann (Lab) 1,523, Bob (Lab) 1,480, Dan (Con) 1,450, Eve (Con) 1,402, Cat (Lab) 1,391, Fay
   * (Con) 1,366, Hal (Grn) 512, Gus (LD) 310. The top three are Ann, Bob and Dan: Labour 2,
   * Conservative 1, a split ward.
   */
  static WardResult threeMemberSplit() {
    return balham(3)
        .candidate("Ann Archer", LAB, 1523)
        .candidate("Bob Baker", LAB, 1480)
        .candidate("Cat Cole", LAB, 1391)
        .candidate("Dan Dale", CON, 1450)
        .candidate("Eve East", CON, 1402)
        .candidate("Fay Fox", CON, 1366)
        .candidate("Gus Gill", LD, 310)
        .candidate("Hal Hart", GRN, 512)
        .electorate(11000)
        .ballotsCast(3900)
        .ballotsRejected(12)
        .build();
  }

  @Test
  void aThreeMemberWardWithASplitResultElectsTheThreeWithMostVotes() {
    WardResult result = threeMemberSplit();
    assertThat(result.elected())
        .extracting(Candidate::name)
        .containsExactly("Ann Archer", "Bob Baker", "Dan Dale");
    assertThat(result.seatsWon()).isEqualTo(comp(LAB, 2, CON, 1));
    assertThat(result.defeated())
        .extracting(Candidate::name)
        .containsExactly("Eve East", "Cat Cole", "Fay Fox", "Hal Hart", "Gus Gill");
    assertThat(result.tied()).isEmpty();
    assertThat(result.electedByLot()).isEmpty();
    assertThat(result.isDecidedByLot()).isFalse();
    assertThat(result.isUncontested()).isFalse();
    assertThat(result.seatsFilled()).isEqualTo(3);
    assertThat(result.seatsUnfilled()).isZero();
    assertThat(result.status(Candidate.of("Cat Cole", LAB, 1391)))
        .isEqualTo(CandidateStatus.DEFEATED);
    // the first candidate listed and the last
    assertThat(result.status(Candidate.of("Ann Archer", LAB, 1523)))
        .isEqualTo(CandidateStatus.ELECTED);
    assertThat(result.status(Candidate.of("Hal Hart", GRN, 512)))
        .isEqualTo(CandidateStatus.DEFEATED);
    assertThat(result.statuses().values())
        .containsExactly(
            CandidateStatus.ELECTED,
            CandidateStatus.ELECTED,
            CandidateStatus.DEFEATED,
            CandidateStatus.ELECTED,
            CandidateStatus.DEFEATED,
            CandidateStatus.DEFEATED,
            CandidateStatus.DEFEATED,
            CandidateStatus.DEFEATED);
  }

  @Test
  void aThreeMemberWardsVotesUnderEachConvention() {
    WardResult result = threeMemberSplit();
    // all votes: Lab 1523 + 1480 + 1391 = 4394, Con 1450 + 1402 + 1366 = 4218, Grn 512, LD 310
    assertThat(result.votes(VoteConvention.ALL_VOTES))
        .containsExactly(entry(LAB, 4394L), entry(CON, 4218L), entry(LD, 310L), entry(GRN, 512L));
    assertThat(result.totalVotes(VoteConvention.ALL_VOTES)).isEqualTo(9434);
    // top candidate: Lab 1523, Con 1450, LD 310, Grn 512
    assertThat(result.votes(VoteConvention.TOP_CANDIDATE))
        .containsExactly(entry(LAB, 1523L), entry(CON, 1450L), entry(LD, 310L), entry(GRN, 512L));
    assertThat(result.totalVotes(VoteConvention.TOP_CANDIDATE)).isEqualTo(3795);
    assertThat(result.votes(IND, VoteConvention.ALL_VOTES)).isZero();
  }

  @Test
  void turnoutIsTheBallotsCastOverTheElectorateNeverTheCandidatesVotes() {
    WardResult result = threeMemberSplit();
    assertThat(result.electorate()).hasValue(11000);
    assertThat(result.ballotsCast()).hasValue(3900);
    assertThat(result.ballotsRejected()).hasValue(12);
    assertThat(result.validBallots()).hasValue(3888);
    // 3,900 / 11,000 = 35.45...%; the 9,434 votes cast for candidates play no part
    assertThat(result.turnout().orElseThrow()).isCloseTo(35.4545, within(0.0001));
    WardResult unknown = balham(1).candidate("Ann", LAB, 10).candidate("Bob", CON, 5).build();
    assertThat(unknown.turnout()).isEmpty();
    assertThat(unknown.electorate()).isEmpty();
    assertThat(unknown.ballotsCast()).isEmpty();
    assertThat(unknown.validBallots()).isEmpty();
    WardResult noElectorate =
        balham(1).candidate("Ann", LAB, 10).candidate("Bob", CON, 5).ballotsCast(20).build();
    assertThat(noElectorate.turnout()).isEmpty();
    assertThat(noElectorate.validBallots()).isEmpty();
    WardResult emptyRegister =
        balham(1).unopposed("Ann", LAB).electorate(0).build();
    assertThat(emptyRegister.turnout()).isEmpty();
  }

  /** One seat; Alice (Con) and Bob (Lab) both have 800 votes, Cy (LD) 200; Bob won the lot. */
  @Test
  void aTieForTheLastSeatIsDecidedByTheLotSupplied() {
    WardResult result =
        balham(1)
            .candidate("Alice Archer", CON, 800)
            .candidate("Bob Baker", LAB, 800)
            .candidate("Cy Cole", LD, 200)
            .drawnWinner("Bob Baker")
            .build();
    assertThat(result.isDecidedByLot()).isTrue();
    assertThat(result.drawnWinners()).containsExactly("Bob Baker");
    assertThat(result.elected()).extracting(Candidate::name).containsExactly("Bob Baker");
    assertThat(result.electedByLot()).extracting(Candidate::name).containsExactly("Bob Baker");
    // the tied candidate who lost the lot is reported as tied, not as defeated
    assertThat(result.tied()).extracting(Candidate::name).containsExactly("Alice Archer");
    assertThat(result.defeated()).extracting(Candidate::name).containsExactly("Cy Cole");
    assertThat(result.statuses())
        .containsExactly(
            entry(Candidate.of("Alice Archer", CON, 800), CandidateStatus.TIED),
            entry(Candidate.of("Bob Baker", LAB, 800), CandidateStatus.ELECTED_BY_LOT),
            entry(Candidate.of("Cy Cole", LD, 200), CandidateStatus.DEFEATED));
    assertThat(result.seatsWon()).isEqualTo(comp(LAB, 1));
  }

  /**
   * Three seats; Ann 900 is clear; Bob, Cat and Dan tie with 700 for the last two seats: two are
   * drawn (Dan and Bob), Cat is tied.
   */
  @Test
  void aTieForTheLastTwoSeatsTakesTwoDrawnWinners() {
    WardResult result =
        balham(3)
            .candidate("Ann", CON, 900)
            .candidate("Bob", LAB, 700)
            .candidate("Cat", LD, 700)
            .candidate("Dan", LAB, 700)
            .candidate("Eve", GRN, 100)
            .drawnWinner("Dan")
            .drawnWinner("bob")
            .build();
    assertThat(result.elected()).extracting(Candidate::name).containsExactly("Ann", "Bob", "Dan");
    assertThat(result.electedByLot()).extracting(Candidate::name).containsExactly("Bob", "Dan");
    assertThat(result.tied()).extracting(Candidate::name).containsExactly("Cat");
    assertThat(result.seatsWon()).isEqualTo(comp(CON, 1, LAB, 2));
  }

  @Test
  void aTieWithoutTheLotIsAnErrorNamingTheTiedCandidates() {
    WardResult.Builder tied =
        balham(1)
            .candidate("Alice Archer", CON, 800)
            .candidate("Bob Baker", LAB, 800)
            .candidate("Cy Cole", LD, 200);
    assertThatThrownBy(tied::build)
        .isExactlyInstanceOf(UnresolvedTieException.class)
        .hasMessage(
            WHERE
                + ": 2 candidates tie with 800 votes for the last seat: Alice Archer"
                + " (Conservative), Bob Baker (Labour); supply the winner drawn by lot")
        .satisfies(
            e ->
                assertThat(((UnresolvedTieException) e).tiedCandidates())
                    .containsExactly("Alice Archer", "Bob Baker"));
    WardResult.Builder twoSeatsTied =
        balham(3)
            .candidate("Ann", CON, 900)
            .candidate("Bob", LAB, 700)
            .candidate("Cat", LD, 700)
            .candidate("Dan", LAB, 700);
    assertThatThrownBy(twoSeatsTied::build)
        .isExactlyInstanceOf(UnresolvedTieException.class)
        .hasMessage(
            WHERE
                + ": 3 candidates tie with 700 votes for the last 2 seats: Bob (Labour), Cat"
                + " (Liberal Democrats), Dan (Labour); supply the winners drawn by lot");
  }

  @Test
  void candidatesTiedForAsManySeatsAsAreLeftAreAllElectedWithoutALot() {
    // three seats: Ann 900, then Bob and Cat 700 each for the two seats left; Dan 100
    WardResult result =
        balham(3)
            .candidate("Ann", CON, 900)
            .candidate("Bob", LAB, 700)
            .candidate("Cat", LD, 700)
            .candidate("Dan", GRN, 100)
            .build();
    assertThat(result.elected()).extracting(Candidate::name).containsExactly("Ann", "Bob", "Cat");
    assertThat(result.isDecidedByLot()).isFalse();
    assertThat(result.tied()).isEmpty();
    // a tie below the last seat needs no lot either
    WardResult lowTie =
        balham(1).candidate("Ann", CON, 900).candidate("Bob", LAB, 7).candidate("Cat", LD, 7)
            .build();
    assertThat(lowTie.elected()).extracting(Candidate::name).containsExactly("Ann");
    assertThat(lowTie.defeated()).extracting(Candidate::name).containsExactly("Bob", "Cat");
  }

  /** Two seats, two candidates: no poll, both elected unopposed, no votes. */
  @Test
  void anUncontestedWardElectsEveryoneWithoutVotes() {
    WardResult result =
        balham(2).unopposed("Ann Archer", CON).unopposed("Bob Baker", IND).electorate(5000).build();
    assertThat(result.isUncontested()).isTrue();
    assertThat(result.elected()).extracting(Candidate::name).containsExactly("Ann Archer", "Bob Baker");
    assertThat(result.statuses().values()).containsOnly(CandidateStatus.ELECTED_UNOPPOSED);
    assertThat(result.seatsWon()).isEqualTo(comp(CON, 1, IND, 1));
    assertThat(result.totalVotes(VoteConvention.ALL_VOTES)).isZero();
    assertThat(result.totalVotes(VoteConvention.TOP_CANDIDATE)).isZero();
    assertThat(result.ballotsCast()).isEmpty();
    assertThat(result.turnout()).isEmpty();
    assertThat(result.seatsUnfilled()).isZero();
  }

  @Test
  void seatsWithNoCandidateAreLeftUnfilled() {
    WardResult result = balham(3).unopposed("Ann Archer", CON).build();
    assertThat(result.elected()).hasSize(1);
    assertThat(result.seatsFilled()).isEqualTo(1);
    assertThat(result.seatsUnfilled()).isEqualTo(2);
    WardResult none = WardResult.of(WANDSWORTH, BALHAM, 1, List.of());
    assertThat(none.isUncontested()).isTrue();
    assertThat(none.seatsUnfilled()).isEqualTo(1);
    assertThat(none.seatsWon()).isEqualTo(Composition.empty());
  }

  @Test
  void equalResultsAreEqualAndTheCanonicalFormListsEverything() {
    assertThat(threeMemberSplit()).isEqualTo(threeMemberSplit()).hasSameHashCodeAs(threeMemberSplit());
    assertThat(threeMemberSplit())
        .isNotEqualTo(balham(3).unopposed("Ann Archer", LAB).build());
    WardResult lot =
        balham(1)
            .candidate("Alice", CON, 8)
            .candidate("Bob", LAB, 8)
            .drawnWinner("Bob")
            .build();
    assertThat(lot.toString())
        .isEqualTo(
            "WardResult[E09000032/E05000611, 1 seat; Alice PP52 8 TIED, Bob PP53 8 ELECTED_BY_LOT;"
                + " drawn by lot Bob]");
    assertThat(threeMemberSplit().toString())
        .startsWith("WardResult[E09000032/E05000611, 3 seats; Ann Archer PP53 1523 ELECTED,")
        .endsWith("Hal Hart PP63 512 DEFEATED; electorate 11000; ballots cast 3900; rejected 12]");
    assertThat(lot.council()).isEqualTo(WANDSWORTH);
    assertThat(lot.wardId()).isEqualTo(BALHAM);
    assertThat(lot.seats()).isEqualTo(1);
    assertThat(lot.candidatesByVotes()).extracting(Candidate::name).containsExactly("Alice", "Bob");
  }

  @Test
  void theCandidatesCannotBeChangedThroughTheResult() {
    WardResult result = threeMemberSplit();
    assertThatThrownBy(() -> result.candidates().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.elected().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theStatusOfSomeoneWhoDidNotStandIsAnError() {
    assertThatThrownBy(() -> threeMemberSplit().status(Candidate.of("Zed", LAB, 1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(WHERE + ": Zed is not a candidate here");
  }

  @Test
  void candidateStatusesSayWhoTookASeat() {
    assertThat(CandidateStatus.ELECTED.isElected()).isTrue();
    assertThat(CandidateStatus.ELECTED_BY_LOT.isElected()).isTrue();
    assertThat(CandidateStatus.ELECTED_UNOPPOSED.isElected()).isTrue();
    assertThat(CandidateStatus.TIED.isElected()).isFalse();
    assertThat(CandidateStatus.DEFEATED.isElected()).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // Party descriptions resolved through the election

  private static final Election ELECTION =
      Election.builder(ELECTION_ID, org.psephos.ExampleData.POLLING_DAY, "Local elections 2018")
          .parties(CON, LAB, LD, GRN, IND)
          .alias("Labour and Co-operative Party", LAB)
          .contest(
              allOut(WANDSWORTH, comp(CON, 41, LAB, 19))
                  .withWards(
                      Ward.of(BALHAM, "Balham", 3, comp(CON, 3)),
                      Ward.of("E05000612", "Bedford", 57, comp(CON, 38, LAB, 19))))
          .build();

  @Test
  void aBuilderFromTheElectionTakesTheWardsSeatsAndResolvesDescriptions() {
    WardResult result =
        WardResult.builder(ELECTION, BALHAM)
            .candidate("Ann", "Labour and Co-operative Party", 1500)
            .candidate("Bob", "PP52", 1400)
            .candidate("Cat", "green party", 1300)
            .candidate("Dan", "Independent", 100)
            .build();
    assertThat(result.council()).isEqualTo(WANDSWORTH);
    assertThat(result.seats()).isEqualTo(3);
    assertThat(result.candidates())
        .extracting(Candidate::party)
        .containsExactly(LAB, CON, GRN, IND);
  }

  @Test
  void anUnresolvableDescriptionOrWardIsRejected() {
    assertThatThrownBy(
            () -> WardResult.builder(ELECTION, BALHAM).candidate("Zed", "Monster Raving", 10))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessage(
            WHERE
                + ": candidate Zed stands as \"Monster Raving\", which is neither a party nor an"
                + " alias of election "
                + ELECTION_ID);
    assertThatThrownBy(() -> WardResult.builder(ELECTION, "E05999999"))
        .isExactlyInstanceOf(UnknownIdException.class)
        .hasMessage("ward E05999999 is not a ward of any council of election " + ELECTION_ID);
    assertThatThrownBy(() -> balham(1).candidate("Ann", "Labour", 10))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "party descriptions are resolved through an election: use builder(election, wardId)");
  }

  // ---------------------------------------------------------------------------------------------
  // Validation

  static Stream<Arguments> invalidResults() {
    return Stream.of(
        reject(
            "negative votes, named with the ward",
            () -> balham(1).candidate("Ann", LAB, -5),
            SeatCountException.class,
            WHERE + ": candidate Ann (Labour) has negative votes (-5)"),
        reject(
            "a candidate with negative votes",
            () -> Candidate.of("Ann", LAB, -1),
            SeatCountException.class,
            "candidate Ann (Labour): votes (-1) are negative"),
        reject(
            "a candidate with a blank name",
            () -> Candidate.of(" ", LAB, 1),
            InvalidValueException.class,
            "name of a candidate of Labour (PP53) is blank"),
        reject(
            "a negative electorate",
            () -> balham(1).electorate(-1),
            SeatCountException.class,
            WHERE + ": electorate (-1) are negative"),
        reject(
            "negative ballots cast",
            () -> balham(1).ballotsCast(-2),
            SeatCountException.class,
            WHERE + ": ballots cast (-2) are negative"),
        reject(
            "negative ballots rejected",
            () -> balham(1).ballotsRejected(-3),
            SeatCountException.class,
            WHERE + ": ballots rejected (-3) are negative"),
        reject(
            "a candidate listed twice, ignoring case and spacing",
            () ->
                balham(1).candidate("Ann  Archer", LAB, 5).candidate("ann archer", LAB, 3).build(),
            InvalidValueException.class,
            WHERE + ": candidate ann archer is listed twice (Labour); namesakes of one party need"
                + " ids to tell them apart"),
        reject(
            "a blank ward id",
            () -> WardResult.of(WANDSWORTH, " ", 1, List.of()),
            InvalidValueException.class,
            "Wandsworth (E09000032): ward id is blank"),
        reject(
            "negative seats",
            () -> WardResult.of(WANDSWORTH, BALHAM, -1, List.of()),
            SeatCountException.class,
            WHERE + ": seats (-1) are negative"),
        reject(
            "no seats",
            () -> WardResult.of(WANDSWORTH, BALHAM, 0, List.of()),
            SeatCountException.class,
            WHERE + ": seats (0) must be at least 1"),
        reject(
            "ballots rejected above ballots cast",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 5)
                    .candidate("Bob", CON, 3)
                    .ballotsCast(10)
                    .ballotsRejected(11)
                    .build(),
            SeatCountException.class,
            WHERE + ": ballots rejected (11) exceed ballots cast (10)"),
        reject(
            "ballots cast above the electorate",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 5)
                    .candidate("Bob", CON, 3)
                    .ballotsCast(10)
                    .electorate(9)
                    .build(),
            SeatCountException.class,
            WHERE + ": ballots cast (10) exceed the electorate (9)"),
        reject(
            "a candidate with more votes than valid ballots",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 9)
                    .candidate("Bob", CON, 3)
                    .ballotsCast(10)
                    .ballotsRejected(2)
                    .build(),
            SeatCountException.class,
            WHERE + ": candidate Ann (Labour, 9) has more votes than valid ballots (8)"),
        reject(
            "more votes than seats times valid ballots",
            () ->
                balham(2)
                    .candidate("Ann", LAB, 8)
                    .candidate("Bob", LAB, 8)
                    .candidate("Cat", CON, 5)
                    .ballotsCast(10)
                    .build(),
            SeatCountException.class,
            WHERE + ": candidates' votes add up to 21, more than 2 per valid ballot (10 valid"
                + " ballots)"),
        reject(
            "votes in an uncontested ward",
            () -> balham(2).unopposed("Ann", LAB).candidate("Bob", CON, 4).build(),
            SeatCountException.class,
            WHERE + ": uncontested (2 candidates for 2 seats), yet candidate Bob (Conservative, 4)"
                + " has votes"),
        reject(
            "ballots in an uncontested ward",
            () -> balham(2).unopposed("Ann", LAB).ballotsCast(100).build(),
            SeatCountException.class,
            WHERE + ": uncontested (1 candidate for 2 seats), yet ballots are given (cast 100,"
                + " rejected unknown)"),
        reject(
            "a drawn winner who did not stand",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 8)
                    .candidate("Bob", CON, 8)
                    .drawnWinner("Zed")
                    .build(),
            UnresolvedTieException.class,
            WHERE + ": drawn winner Zed is not a candidate in this ward"),
        reject(
            "a drawn winner not among the tied",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 8)
                    .candidate("Bob", CON, 8)
                    .candidate("Cat", LD, 2)
                    .drawnWinner("Cat")
                    .build(),
            UnresolvedTieException.class,
            WHERE + ": drawn winner Cat (Liberal Democrats, 2) is not among the tied; 2"
                + " candidates tie with 8 votes for the last seat: Ann (Labour), Bob"
                + " (Conservative)"),
        reject(
            "a winner drawn twice",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 8)
                    .candidate("Bob", CON, 8)
                    .drawnWinner("Ann")
                    .drawnWinner("ANN")
                    .build(),
            UnresolvedTieException.class,
            WHERE + ": drawn winner Ann is given twice"),
        reject(
            "too few drawn winners for the seats tied",
            () ->
                balham(3)
                    .candidate("Ann", CON, 900)
                    .candidate("Bob", LAB, 700)
                    .candidate("Cat", LD, 700)
                    .candidate("Dan", LAB, 700)
                    .drawnWinner("Cat")
                    .build(),
            UnresolvedTieException.class,
            WHERE + ": 1 drawn winner (Cat) for 2 seats tied; 3 candidates tie with 700 votes"
                + " for the last 2 seats: Bob (Labour), Cat (Liberal Democrats), Dan (Labour)"),
        reject(
            "too many drawn winners for the seat tied",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 8)
                    .candidate("Bob", CON, 8)
                    .candidate("Cat", LD, 8)
                    .drawnWinner("Ann")
                    .drawnWinner("Bob")
                    .build(),
            UnresolvedTieException.class,
            WHERE + ": 2 drawn winners (Ann, Bob) for 1 seat tied; 3 candidates tie with 8 votes"
                + " for the last seat: Ann (Labour), Bob (Conservative), Cat (Liberal Democrats)"),
        reject(
            "a drawn winner where there was no tie",
            () ->
                balham(1)
                    .candidate("Ann", LAB, 9)
                    .candidate("Bob", CON, 8)
                    .drawnWinner("Ann")
                    .build(),
            UnresolvedTieException.class,
            WHERE + ": no tie for the last seat, yet Ann drawn by lot"),
        reject(
            "a drawn winner in an uncontested ward",
            () -> balham(2).unopposed("Ann", LAB).drawnWinner("Ann").build(),
            UnresolvedTieException.class,
            WHERE + ": uncontested, so there is no tie to break, yet Ann drawn by lot"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidResults")
  void anInvalidResultIsRejectedNamingTheWardAndTheCandidates(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }

  @Test
  void votesUpToTheValidBallotsAreAccepted() {
    // each of 10 valid ballots gives both votes: 10 + 10 = 2 x 10
    WardResult full =
        balham(2)
            .candidate("Ann", LAB, 10)
            .candidate("Bob", LAB, 10)
            .candidate("Cat", CON, 0)
            .ballotsCast(10)
            .ballotsRejected(0)
            .electorate(10)
            .build();
    assertThat(full.validBallots()).hasValue(10);
    assertThat(full.turnout().orElseThrow()).isEqualTo(100.0);
    // ballots rejected alone are kept; ballots cast unknown, so no vote check applies
    WardResult rejectedOnly =
        balham(1).candidate("Ann", LAB, 10).candidate("Bob", CON, 2).ballotsRejected(3).build();
    assertThat(rejectedOnly.ballotsRejected()).hasValue(3);
    assertThat(rejectedOnly.validBallots()).isEqualTo(OptionalInt.empty());
    // every ballot rejected: as many rejected as cast is allowed, leaving no valid vote
    WardResult allRejected =
        balham(1)
            .candidate("Ann", LAB, 0)
            .candidate("Bob", CON, 0)
            .drawnWinner("Ann")
            .ballotsCast(7)
            .ballotsRejected(7)
            .build();
    assertThat(allRejected.validBallots()).hasValue(0);
  }
}
