package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.tally.WardGenerators.InvalidResult;
import org.psephos.testkit.WardNight;
import org.psephos.ward.WardResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of the ward level (issue 5) and docs/rules.md's "The laws the tally keeps" with
 * ward-level input, each stated as a property of random elections listing their wards and random
 * nights of ward results ({@link WardGenerators}), plus a recomputation of every figure by an
 * independent {@link WardOracle}. Each property runs on 1,000 generated examples (fewer only under
 * mutation testing, which sets the system property {@code psephos.examples}).
 *
 * <p>A failure reports the smallest falsifying night found and the seed; {@code -DQT_SEED=<seed>}
 * replays it.
 */
class WardPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("psephos.examples", 1000);

  private static final Gen<SeatBaseline> BASELINES = Generate.enumValues(SeatBaseline.class);
  private static final Gen<Boolean> ANY_PARTY = booleans().all();

  private static ControlRule rule(boolean anyParty) {
    return anyParty ? ControlRule.anyParty() : ControlRule.cohesiveOnly();
  }

  private static BiPredicate<Council, Party> mayControl(boolean anyParty) {
    return anyParty ? Oracle.ANY_PARTY : Oracle.COHESIVE_ONLY;
  }

  private static Tally empty(Election election, SeatBaseline baseline, boolean anyParty) {
    return Tally.of(election, baseline, rule(anyParty));
  }

  /** The whole election, each region and each council type. */
  private static List<CouncilFilter> filters(Election election) {
    List<CouncilFilter> filters = new ArrayList<>(List.of(CouncilFilter.all()));
    filters.addAll(ElectionGenerators.keptFilters(election));
    return filters;
  }

  /** Two tallies hold the same results and report the same figures, council by council. */
  private static void assertSameTally(Tally actual, Tally expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
    for (CouncilFilter filter : filters(expected.election())) {
      assertThat(actual.standings(filter)).isEqualTo(expected.standings(filter));
    }
    assertThat(actual.results()).isEqualTo(expected.results());
    assertThat(actual.councilsInProgress()).isEqualTo(expected.councilsInProgress());
    for (Council council : expected.election().councils()) {
      assertThat(actual.progress(council)).isEqualTo(expected.progress(council));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Aggregation: any order, corrections, the equivalent declaration

  record Permuted(WardNight night, List<WardResult> order) {}

  @Test
  void aggregatingWardsInAnyOrderGivesTheSameCouncilResults() {
    Gen<Permuted> permuted =
        WardGenerators.nights()
            .flatMap(n -> WardGenerators.permutations(n.current()).map(p -> new Permuted(n, p)));
    qt().withExamples(EXAMPLES)
        .forAll(permuted, BASELINES, ANY_PARTY)
        .checkAssert(
            (p, baseline, anyParty) -> {
              Tally empty = empty(p.night().election(), baseline, anyParty);
              Tally inOrder = WardGenerators.tally(p.night(), empty);
              Tally shuffled = empty.applyWardResults(p.order()).applyAll(p.night().wholes());
              assertSameTally(shuffled, inOrder);
            });
  }

  record Interleaved(WardNight night, List<WardResult> arrivals) {}

  @Test
  void aLaterResultForAWardReplacesTheEarlierInAnyInterleaving() {
    Gen<Interleaved> interleaved =
        WardGenerators.nights()
            .flatMap(
                n -> WardGenerators.interleavedArrivals(n).map(a -> new Interleaved(n, a)));
    qt().withExamples(EXAMPLES)
        .forAll(interleaved, BASELINES, ANY_PARTY)
        .checkAssert(
            (i, baseline, anyParty) -> {
              Tally empty = empty(i.night().election(), baseline, anyParty);
              Tally currentOnly = WardGenerators.tally(i.night(), empty);
              Tally asArrived = empty.applyAll(i.night().wholes()).applyWardResults(i.arrivals());
              assertSameTally(asArrived, currentOnly);
            });
  }

  @Test
  void aCouncilsSeatsFromItsWardsEqualTheEquivalentDeclaration() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights(), BASELINES, ANY_PARTY)
        .checkAssert(
            (night, baseline, anyParty) -> {
              Election election = night.election();
              Tally byWards = WardGenerators.tally(night, empty(election, baseline, anyParty));
              // the same night with each complete council's wards replaced by the declaration of
              // the oracle's sum of its wards, and councils in progress left out
              Map<String, Map<String, WardResult>> results = WardOracle.byCouncil(night.current());
              Tally byDeclarations = empty(election, baseline, anyParty).applyAll(night.wholes());
              List<Council> complete = new ArrayList<>();
              for (Contest contest : election.contests()) {
                Map<String, WardResult> mine = results.getOrDefault(contest.council().id(), Map.of());
                if (contest.hasWards() && mine.size() == contest.wards().size()) {
                  complete.add(contest.council());
                  byDeclarations =
                      byDeclarations.apply(WardOracle.sumOfWards(contest, mine));
                }
              }
              for (CouncilFilter filter : filters(election)) {
                Standings wards = byWards.standings(filter);
                Standings whole = byDeclarations.standings(filter);
                assertThat(wards.parties()).isEqualTo(whole.parties());
                assertThat(wards.councilsDeclared()).isEqualTo(whole.councilsDeclared());
                assertThat(wards.noOverallControl()).isEqualTo(whole.noOverallControl());
                assertThat(wards.noOverallControlBefore())
                    .isEqualTo(whole.noOverallControlBefore());
              }
              assertThat(byWards.results()).isEqualTo(byDeclarations.results());
              assertThat(byWards.declaredCouncils()).isEqualTo(byDeclarations.declaredCouncils());
              for (Council council : complete) {
                assertThat(byWards.declaration(council)).isEqualTo(byDeclarations.declaration(council));
                assertThat(byWards.progress(council).isDeclared()).isTrue();
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle

  @Test
  void tallyStandingsWithWardResultsEqualTheWardOracle() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights(), BASELINES, ANY_PARTY)
        .checkAssert(
            (night, baseline, anyParty) -> {
              Election election = night.election();
              Tally tally = WardGenerators.tally(night, empty(election, baseline, anyParty));
              for (CouncilFilter filter : filters(election)) {
                assertThat(tally.standings(filter))
                    .isEqualTo(
                        WardOracle.standings(
                            election,
                            night.wholes(),
                            night.current(),
                            baseline,
                            mayControl(anyParty),
                            filter));
              }
              // a predicate filter takes the scanning path: the same figures
              CouncilFilter scanned = CouncilFilter.matching("every council", council -> true);
              assertThat(tally.standings(scanned)).isEqualTo(tally.standings());
            });
  }

  @Test
  void everyWardResultIsCountedLikeTheOracle() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights())
        .checkAssert(
            night -> {
              for (WardResult result : night.arrivals()) {
                assertThat(result.elected())
                    .containsExactlyInAnyOrderElementsOf(WardOracle.winners(result));
                assertThat(result.elected().size() + result.seatsUnfilled())
                    .isEqualTo(result.seats());
                // every candidate not elected is tied or defeated, never both
                assertThat(result.tied().size() + result.defeated().size() + result.elected().size())
                    .isEqualTo(result.candidates().size());
                assertThat(result.isDecidedByLot()).isEqualTo(!result.electedByLot().isEmpty());
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Gross gains and losses, swing, shares

  @Test
  void grossGainsMinusGrossLossesEqualTheNetChange() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights())
        .checkAssert(
            night -> {
              Election election = night.election();
              Tally tally = WardGenerators.tally(night, Tally.of(election));
              List<WardTotals> totals = new ArrayList<>();
              totals.add(tally.standings().wardTotals());
              for (Council council : election.councils()) {
                totals.add(tally.progress(council).wardTotals());
              }
              for (WardTotals wardTotals : totals) {
                for (PartyWardTotals party : wardTotals.parties()) {
                  // seats won in wards of councils with no previous result are neither gained nor
                  // lost: the net change leaves them out
                  assertThat(party.gains() - party.losses())
                      .isEqualTo(party.netChange())
                      .isEqualTo(
                          party.seatsWon()
                              - party.seatsWonWithoutPrevious()
                              - party.seatsDefended());
                }
              }
              // for a council declared ward by ward, the net change over its wards is its seat
              // change against the seats as last fought
              for (CouncilResult result : tally.results()) {
                Council council = result.council();
                if (!result.contest().hasWards() || tally.progress(council).isWholeDeclaration()) {
                  continue;
                }
                WardTotals councilTotals = tally.progress(council).wardTotals();
                for (Party party : election.parties()) {
                  assertThat(councilTotals.party(party).orElseThrow().netChange())
                      .isEqualTo(result.seatChange(party));
                }
              }
            });
  }

  @Test
  void swingIsAntisymmetric() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights())
        .checkAssert(
            night -> {
              Election election = night.election();
              Tally tally = WardGenerators.tally(night, Tally.of(election));
              WardTotals totals = tally.standings().wardTotals();
              for (VoteConvention convention : VoteConvention.values()) {
                for (Party a : election.parties()) {
                  for (Party b : election.parties()) {
                    OptionalDouble ab = totals.swing(a, b, convention);
                    OptionalDouble ba = totals.swing(b, a, convention);
                    assertThat(ab.isPresent()).isEqualTo(ba.isPresent());
                    if (ab.isPresent()) {
                      assertThat(ab.getAsDouble()).isEqualTo(-ba.getAsDouble());
                      // the Butler swing is the average of b's share gain and a's share loss
                      assertThat(ab.getAsDouble())
                          .isCloseTo(
                              (totals.shareChange(b, convention).orElseThrow()
                                      - totals.shareChange(a, convention).orElseThrow())
                                  / 2,
                              within(1e-9));
                    }
                  }
                  if (totals.swing(a, a, convention).isPresent()) {
                    assertThat(totals.swing(a, a, convention).getAsDouble()).isZero();
                  }
                }
              }
            });
  }

  @Test
  void voteSharesOfAllPartiesAddUpToOneHundred() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights())
        .checkAssert(
            night -> {
              Election election = night.election();
              Tally tally = WardGenerators.tally(night, Tally.of(election));
              List<WardTotals> totals = new ArrayList<>();
              totals.add(tally.standings().wardTotals());
              for (Council council : election.councils()) {
                totals.add(tally.progress(council).wardTotals());
              }
              for (WardTotals wardTotals : totals) {
                for (VoteConvention convention : VoteConvention.values()) {
                  Map<Party, Double> shares = wardTotals.shares(convention);
                  if (wardTotals.totalVotes(convention) == 0) {
                    assertThat(shares).isEmpty();
                    continue;
                  }
                  double sum = 0;
                  for (double share : shares.values()) {
                    sum += share;
                  }
                  assertThat(sum).isCloseTo(100.0, within(1e-9));
                  // and share changes, where there are any, add up to zero
                  double changes = 0;
                  boolean comparable = false;
                  for (Party party : election.parties()) {
                    OptionalDouble change = wardTotals.shareChange(party, convention);
                    comparable = change.isPresent();
                    changes += change.orElse(0);
                  }
                  if (comparable) {
                    assertThat(changes).isCloseTo(0.0, within(1e-9));
                  }
                }
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Section 4 with ward-level input

  record Rejected(WardNight night, InvalidResult invalid) {}

  @Test
  void aRejectedWardResultChangesNothing() {
    Gen<Rejected> rejected =
        WardGenerators.nights()
            .flatMap(n -> WardGenerators.invalidResults(n).map(i -> new Rejected(n, i)));
    qt().withExamples(EXAMPLES)
        .forAll(rejected)
        .checkAssert(
            r -> {
              Tally night = WardGenerators.tally(r.night(), Tally.of(r.night().election()));
              Declaration wholeFirst = r.invalid().wholeFirst();
              Tally before = wholeFirst == null ? night : night.apply(wholeFirst);
              Standings standings = before.standings();
              WardResult result = r.invalid().result();
              assertThatThrownBy(() -> before.apply(result))
                  .isExactlyInstanceOf(r.invalid().kind().rejectedWith);
              assertThat(before.standings()).isEqualTo(standings);
              LiveTally live = LiveTally.of(before);
              assertThatThrownBy(() -> live.apply(result))
                  .isExactlyInstanceOf(r.invalid().kind().rejectedWith);
              assertThat(live.snapshot()).isSameAs(before);
              // all or nothing: a list with the bad result in it publishes no part of it
              List<WardResult> batch = new ArrayList<>(r.night().current());
              batch.add(result);
              assertThatThrownBy(
                      () ->
                          Tally.of(r.night().election())
                              .applyAll(wholeFirst == null ? List.of() : List.of(wholeFirst))
                              .applyWardResults(batch))
                  .isInstanceOf(org.psephos.ElectionDataException.class);
            });
  }

  @Test
  void councilsAndSeatChangesStillAddUpWithWardLevelInput() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights(), BASELINES, ANY_PARTY)
        .checkAssert(
            (night, baseline, anyParty) -> {
              Tally tally =
                  WardGenerators.tally(night, empty(night.election(), baseline, anyParty));
              for (CouncilFilter filter : filters(night.election())) {
                Standings standings = tally.standings(filter);
                int controlled = 0;
                int changes = 0;
                int seatChanges = 0;
                int seatsWithoutPrevious = 0;
                for (PartyStanding party : standings.parties()) {
                  controlled += party.councils();
                  changes += party.councilsChange();
                  seatChanges += party.seatsChange();
                  seatsWithoutPrevious += party.seatsWonWithoutPrevious();
                }
                assertThat(controlled + standings.noOverallControl())
                    .isEqualTo(standings.councilsDeclared());
                assertThat(changes + standings.noOverallControlChange()).isZero();
                // councils with no previous result are left out of the changes
                assertThat(seatChanges)
                    .isEqualTo(
                        standings.seatsWon() - seatsWithoutPrevious - standings.baselineSeats());
                CountProgress progress = standings.progress();
                assertThat(standings.councilsDeclared() + progress.councilsInProgress())
                    .isLessThanOrEqualTo(standings.councilsExpected());
                assertThat(progress.councilsDecidedEarly() + progress.councilsUndecided())
                    .isEqualTo(progress.councilsInProgress());
                // seats declared: the declared councils' seats plus the wards in progress
                assertThat(standings.seatsDeclared()).isGreaterThanOrEqualTo(standings.seatsWon());
              }
            });
  }

  record Partitioned(WardNight night, List<Integer> buckets) {}

  @Test
  void standingsOfDisjointFiltersMergeIntoTheWholeWithWardFigures() {
    Gen<Partitioned> partitioned =
        WardGenerators.nights()
            .flatMap(
                n ->
                    ElectionGenerators.partitions(n.election(), 3)
                        .map(b -> new Partitioned(n, b)));
    qt().withExamples(EXAMPLES)
        .forAll(partitioned)
        .checkAssert(
            p -> {
              Election election = p.night().election();
              Tally tally = WardGenerators.tally(p.night(), Tally.of(election));
              Standings merged = Standings.empty();
              for (int bucket = 0; bucket < 3; bucket++) {
                int b = bucket;
                List<String> ids = new ArrayList<>();
                for (int c = 0; c < election.contests().size(); c++) {
                  if (p.buckets().get(c) == b) {
                    ids.add(election.contests().get(c).council().id());
                  }
                }
                Standings part =
                    tally.standings(
                        CouncilFilter.matching("bucket " + b, council -> ids.contains(council.id())));
                merged = bucket % 2 == 0 ? merged.merge(part) : part.merge(merged);
              }
              assertThat(merged).isEqualTo(tally.standings());
              Standings byRegion = Standings.empty();
              for (String region : election.regions()) {
                byRegion = byRegion.merge(tally.standings(CouncilFilter.region(region)));
              }
              byRegion = byRegion.merge(tally.standings(CouncilFilter.withoutRegion()));
              assertThat(byRegion).isEqualTo(tally.standings());
            });
  }

  @Test
  void withdrawingAWardIsAsIfItHadNeverDeclared() {
    // the first declared wards in turn (no assumption filtering out the nights without any: with
    // the testkit's seeded elections QuickTheories then sometimes gave up)
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights())
        .checkAssert(
            night -> {
              Election election = night.election();
              Tally tally = WardGenerators.tally(night, Tally.of(election));
              for (int g = 0; g < Math.min(3, night.current().size()); g++) {
                WardResult gone = night.current().get(g);
                List<WardResult> rest = new ArrayList<>(night.current());
                rest.remove(g);
                Tally without =
                    Tally.of(election).applyAll(night.wholes()).applyWardResults(rest);
                assertSameTally(tally.withdrawWard(gone.council(), gone.wardId()), without);
                assertThat(without.wardResult(gone.council(), gone.wardId())).isEmpty();
              }
            });
  }

  @Test
  void everyListedWardCanBeFoundFromItsElection() {
    qt().withExamples(EXAMPLES)
        .forAll(WardGenerators.nights())
        .checkAssert(
            night -> {
              for (Contest contest : night.election().contests()) {
                for (Ward ward : contest.wards()) {
                  assertThat(night.election().contestOfWard(ward.id())).contains(contest);
                  assertThat(night.election().ward(ward.id())).contains(ward);
                }
              }
            });
  }
}
