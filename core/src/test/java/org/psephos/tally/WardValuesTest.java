package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.InvalidValueException;
import org.psephos.ElectionDataException;
import org.psephos.SeatCountException;
import org.psephos.Party;
import org.psephos.VoteConvention;

/**
 * The values of the ward level in the standings: {@link VoteFigures}, {@link PartyWardTotals},
 * {@link WardTotals} and {@link CountProgress}, with their rules, sums and merges, and {@link
 * Standings} carrying them.
 */
class WardValuesTest {
  static final VoteFigures LAB_VOTES = new VoteFigures(1000, 600, 500);
  static final PartyWardTotals LAB_WARDS =
      new PartyWardTotals(LAB, 5, 3, 3, 1, LAB_VOTES, new VoteFigures(400, 200, 150));
  static final PartyWardTotals CON_WARDS =
      new PartyWardTotals(CON, 2, 4, 1, 3, new VoteFigures(800, 400, 500), new VoteFigures(300, 200, 250));

  private static Arguments reject(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    return Arguments.of(rule, action, type, message);
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        reject(
            "negative votes",
            () -> new VoteFigures(-1, 0, 0),
            SeatCountException.class,
            "vote figures: votes (-1), comparable votes (0) and previous votes (0) must not be"
                + " negative"),
        reject(
            "comparable votes above votes",
            () -> new VoteFigures(10, 11, 0),
            SeatCountException.class,
            "vote figures: comparable votes (11) exceed votes (10)"),
        reject(
            "negative ward seats",
            () -> new PartyWardTotals(LAB, -1, 0, 0, 1, VoteFigures.zero(), VoteFigures.zero()),
            SeatCountException.class,
            "Labour (PP53): ward seats won (-1), defended (0), gains (0) and losses (1) must not"
                + " be negative"),
        reject(
            "gains less losses not the net change",
            () -> new PartyWardTotals(LAB, 3, 1, 1, 0, VoteFigures.zero(), VoteFigures.zero()),
            SeatCountException.class,
            "Labour (PP53): gains (1) less losses (0) must equal seats won (3) less seats defended"
                + " (1), with gains at most seats won and losses at most seats defended"),
        reject(
            "gains above seats won",
            () -> new PartyWardTotals(LAB, 1, 2, 3, 4, VoteFigures.zero(), VoteFigures.zero()),
            SeatCountException.class,
            "Labour (PP53): gains (3) less losses (4) must equal seats won (1) less seats defended"
                + " (2), with gains at most seats won and losses at most seats defended"),
        reject(
            "negative ward counts",
            () -> WardTotals.of(-1, 2, List.of()),
            SeatCountException.class,
            "ward totals: wards declared (-1) and expected (2) must not be negative"),
        reject(
            "more wards declared than expected",
            () -> WardTotals.of(3, 2, List.of()),
            ElectionDataException.class,
            "ward totals: wards declared (3) exceed wards expected (2)"),
        reject(
            "a party listed twice in ward totals",
            () -> WardTotals.of(1, 2, List.of(LAB_WARDS, LAB_WARDS)),
            InvalidValueException.class,
            "ward totals: party Labour (PP53) is listed twice"),
        reject(
            "negative progress",
            () -> new CountProgress(-1, 0, 0, Map.of(), 0),
            SeatCountException.class,
            "count progress: a figure is negative (councils in progress -1, seats declared 0 of"
                + " 0, no overall control decided early 0)"),
        reject(
            "seats declared above seats expected",
            () -> new CountProgress(0, 11, 10, Map.of(), 0),
            SeatCountException.class,
            "count progress: seats declared (11) exceed seats expected (10)"),
        reject(
            "negative councils decided early",
            () -> new CountProgress(1, 0, 0, Map.of(LAB, -1), 0),
            SeatCountException.class,
            "count progress: councils decided early for Labour (PP53) (-1) are negative"),
        reject(
            "more councils decided early than in progress",
            () -> new CountProgress(1, 0, 0, Map.of(LAB, 1), 1),
            SeatCountException.class,
            "count progress: councils decided early (2) exceed councils in progress (1)"),
        reject(
            "a party id twice among councils decided early",
            () -> new CountProgress(2, 0, 0, twoLabours(), 0),
            InvalidValueException.class,
            "count progress: party Labour (PP53) is listed twice"),
        reject(
            "councils declared and in progress above councils expected",
            () ->
                Standings.of(
                    1,
                    2,
                    List.of(PartyStanding.zero(LAB)),
                    1,
                    1,
                    new CountProgress(2, 0, 0, Map.of(), 0),
                    WardTotals.empty()),
            ElectionDataException.class,
            "standings: councils declared (1) and in progress (2) exceed councils expected (2)"),
        reject(
            "ward totals of other parties",
            () ->
                Standings.of(
                    0,
                    1,
                    List.of(PartyStanding.zero(LAB)),
                    0,
                    0,
                    CountProgress.empty(),
                    WardTotals.of(0, 1, List.of(CON_WARDS))),
            ElectionDataException.class,
            "standings: ward totals list parties [PP52], not the standings' [PP53]"));
  }

  private static Map<Party, Integer> twoLabours() {
    Map<Party, Integer> map = new LinkedHashMap<>();
    map.put(LAB, 1);
    map.put(LAB.withCohesive(false), 1);
    return map;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void invalidFiguresAreRejected(
      String rule, ThrowingCallable action, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(action).isExactlyInstanceOf(type).hasMessage(message);
  }

  @Test
  void voteFiguresAndPartyWardTotalsAdd() {
    assertThat(LAB_VOTES.plus(new VoteFigures(1, 1, 1))).isEqualTo(new VoteFigures(1001, 601, 501));
    assertThat(VoteFigures.zero()).isEqualTo(new VoteFigures(0, 0, 0));
    PartyWardTotals doubled = LAB_WARDS.plus(LAB_WARDS);
    assertThat(doubled)
        .isEqualTo(
            new PartyWardTotals(
                LAB, 10, 6, 6, 2, new VoteFigures(2000, 1200, 1000), new VoteFigures(800, 400, 300)));
    assertThat(doubled.netChange()).isEqualTo(4);
    assertThat(LAB_WARDS.votes(VoteConvention.ALL_VOTES)).isEqualTo(LAB_VOTES);
    assertThat(LAB_WARDS.votes(VoteConvention.TOP_CANDIDATE)).isEqualTo(new VoteFigures(400, 200, 150));
    assertThat(PartyWardTotals.zero(LAB).isZero()).isTrue();
    assertThat(LAB_WARDS.isZero()).isFalse();
    assertThatThrownBy(() -> LAB_WARDS.plus(CON_WARDS))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add ward totals of Labour (PP53) and Conservative (PP52)");
  }

  @Test
  void wardTotalsMergeWithEmptyAsIdentity() {
    WardTotals a = WardTotals.of(2, 5, List.of(LAB_WARDS, CON_WARDS));
    WardTotals b = WardTotals.of(1, 3, List.of(LAB_WARDS, CON_WARDS));
    assertThat(a.merge(WardTotals.empty())).isSameAs(a);
    assertThat(WardTotals.empty().merge(a)).isSameAs(a);
    assertThat(WardTotals.of(0, 0, List.of())).isSameAs(WardTotals.empty());
    WardTotals sum = a.merge(b);
    assertThat(sum).isEqualTo(b.merge(a)).hasSameHashCodeAs(b.merge(a));
    assertThat(sum.wardsDeclared()).isEqualTo(3);
    assertThat(sum.wardsExpected()).isEqualTo(8);
    assertThat(sum.party(LAB)).contains(LAB_WARDS.plus(LAB_WARDS));
    assertThat(sum.party(LD)).isEmpty();
    assertThatThrownBy(() -> a.merge(WardTotals.of(0, 1, List.of(CON_WARDS, LAB_WARDS))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge ward totals listing different parties: [PP53, PP52] and [PP52, PP53]");
    assertThatThrownBy(() -> a.merge(WardTotals.of(0, 1, List.of(LAB_WARDS))))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wardTotalsSharesAndSwingFromTheirFigures() {
    WardTotals totals = WardTotals.of(2, 5, List.of(LAB_WARDS, CON_WARDS));
    // all votes: Lab 1,000 of 1,800; comparable Lab 600 of 1,000 = 60, before 500 of 1,000 = 50
    assertThat(totals.totalVotes(VoteConvention.ALL_VOTES)).isEqualTo(1800);
    assertThat(totals.share(LAB, VoteConvention.ALL_VOTES)).hasValue(1000 * 100.0 / 1800);
    assertThat(totals.shareChange(LAB, VoteConvention.ALL_VOTES)).hasValue(60.0 - 50.0);
    assertThat(totals.shareChange(CON, VoteConvention.ALL_VOTES)).hasValue(40.0 - 50.0);
    assertThat(totals.swing(CON, LAB, VoteConvention.ALL_VOTES)).hasValue(10.0);
    // top candidate (the default): Lab 400 of 700; comparable 200 of 400 = 50, before 150 of 400
    assertThat(totals.share(LAB)).hasValue(400 * 100.0 / 700);
    assertThat(totals.shareChange(LAB)).hasValue(50.0 - 37.5);
    assertThat(totals.swing(CON, LAB)).hasValue(12.5);
    assertThat(totals.votes(LD, VoteConvention.ALL_VOTES)).isZero();
    assertThat(totals.share(LD, VoteConvention.ALL_VOTES)).hasValue(0.0);
    assertThat(totals.shares(VoteConvention.ALL_VOTES))
        .containsExactly(entry(LAB, 1000 * 100.0 / 1800), entry(CON, 800 * 100.0 / 1800));
    WardTotals noVotes = WardTotals.of(0, 2, List.of(PartyWardTotals.zero(LAB)));
    assertThat(noVotes.share(LAB)).isEmpty();
    assertThat(noVotes.shares(VoteConvention.TOP_CANDIDATE)).isEmpty();
    assertThat(noVotes.shareChange(LAB)).isEmpty();
    assertThat(noVotes.swing(LAB, CON)).isEmpty();
  }

  @Test
  void wardTotalsHaveACanonicalForm() {
    assertThat(WardTotals.of(2, 5, List.of(LAB_WARDS)).toString())
        .isEqualTo("WardTotals[2 of 5 wards declared; PP53: seats 5 (defended 3, +3 -1), votes 1000/400]");
    assertThat(WardTotals.of(2, 5, List.of(LAB_WARDS)).parties()).containsExactly(LAB_WARDS);
  }

  @Test
  void countProgressAddsAndCountsDecisions() {
    CountProgress a = new CountProgress(3, 100, 400, Map.of(LAB, 1, CON, 0), 1);
    CountProgress b = new CountProgress(2, 50, 100, Map.of(LAB, 1, CON, 1), 0);
    // parties with no council decided early are left out
    assertThat(a.controlDecidedEarly()).containsExactly(entry(LAB, 1));
    assertThat(a.councilsDecidedEarly()).isEqualTo(2);
    assertThat(a.councilsUndecided()).isEqualTo(1);
    assertThat(a.controlDecidedEarly(LAB)).isEqualTo(1);
    assertThat(a.controlDecidedEarly(CON)).isZero();
    CountProgress sum = a.plus(b);
    assertThat(sum).isEqualTo(new CountProgress(5, 150, 500, Map.of(LAB, 2, CON, 1), 1));
    assertThat(sum).isEqualTo(b.plus(a));
    assertThat(a.plus(CountProgress.empty())).isEqualTo(a);
    assertThatThrownBy(() -> a.controlDecidedEarly().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void standingsCarryAndMergeTheProgressAndWardTotals() {
    PartyStanding lab = new PartyStanding(LAB, 1, 0, 10, 8, 10);
    PartyStanding con = PartyStanding.zero(CON);
    Standings a =
        Standings.of(
            1,
            3,
            List.of(lab, con),
            0,
            1,
            new CountProgress(1, 14, 30, Map.of(LAB, 1), 0),
            WardTotals.of(2, 5, List.of(LAB_WARDS, CON_WARDS)));
    Standings b =
        Standings.of(
            0,
            2,
            List.of(PartyStanding.zero(LAB), con),
            0,
            0,
            new CountProgress(1, 3, 20, Map.of(), 1),
            WardTotals.empty());
    assertThat(a.progress().seatsDeclared()).isEqualTo(14);
    assertThat(a.seatsDeclared()).isEqualTo(14);
    assertThat(a.seatsExpected()).isEqualTo(30);
    assertThat(a.councilsInProgress()).isEqualTo(1);
    Standings merged = a.merge(b);
    assertThat(merged).isEqualTo(b.merge(a));
    assertThat(merged.progress()).isEqualTo(new CountProgress(2, 17, 50, Map.of(LAB, 1), 1));
    assertThat(merged.wardTotals()).isEqualTo(a.wardTotals());
    assertThat(merged).isNotEqualTo(a);
    assertThat(a.merge(Standings.empty())).isSameAs(a);
    assertThat(a.toString())
        .endsWith(
            "; CountProgress[councilsInProgress=1, seatsDeclared=14, seatsExpected=30,"
                + " controlDecidedEarly={Party[id=PP53, name=Labour, shortName=Lab,"
                + " cohesive=true]=1}, noOverallControlDecidedEarly=0]; WardTotals[2 of 5 wards"
                + " declared; PP53: seats 5 (defended 3, +3 -1), votes 1000/400; PP52: seats 2"
                + " (defended 4, +1 -3), votes 800/300]]");
    // the five-figure form has no progress and no ward totals
    Standings plain = Standings.of(1, 3, List.of(lab, con), 0, 1);
    assertThat(plain.progress()).isEqualTo(CountProgress.empty());
    assertThat(plain.wardTotals()).isEqualTo(WardTotals.empty());
    assertThat(plain).isNotEqualTo(a);
    assertThat(plain.hashCode()).isNotEqualTo(a.hashCode());
  }
}
