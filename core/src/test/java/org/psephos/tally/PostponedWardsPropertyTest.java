package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.tally.ElectionGenerators.oneIn;
import static org.psephos.tally.ElectionGenerators.shuffle;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatBaseline;
import org.psephos.Ward;
import org.psephos.tally.WardGenerators.WardNight;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of postponed wards (docs/rules.md, "Postponed wards"), on random nights of ward results
 * ({@link WardGenerators}) in which some wards of councils whose every ward declares are postponed
 * first, their results arriving last:
 *
 * <ul>
 *   <li>once every other ward is in, the council is declared provisionally, and the tally equals
 *       one given, instead of those councils' wards, the equivalent provisional declaration (seats
 *       won the sum of the wards in; still to fill the rest; defended among them the postponed
 *       wards' seats as last fought), worked out here from the election, not by the tally;
 *   <li>when the postponed wards' results come, in any order, the tally equals the one that had
 *       every ward at once: a council completed by its postponed wards equals the council declared
 *       whole at the end.
 * </ul>
 */
class PostponedWardsPropertyTest {
  private static final int EXAMPLES = Integer.getInteger("psephos.examples", 500);

  /** A night, the wards postponed, and an order for everything before the postponed results. */
  record Postponed(
      WardNight night,
      List<WardPostponement> postponements,
      List<WardResult> first,
      List<WardResult> last) {
    @Override
    public String toString() {
      return night + "\npostponed " + postponements + "\nlast " + last;
    }
  }

  private static Gen<Postponed> postponed() {
    Gen<Postponed> postponed =
        WardGenerators.nights().flatMap(night -> in -> postpone(in, night));
    return postponed.describedAs(Postponed::toString);
  }

  private static Postponed postpone(
      org.quicktheories.core.RandomnessSource in, WardNight night) {
    Map<String, Map<String, WardResult>> byCouncil = WardOracle.byCouncil(night.current());
    List<WardPostponement> postponements = new ArrayList<>();
    List<WardResult> last = new ArrayList<>();
    List<Object> early = new ArrayList<>();
    for (WardResult result : night.current()) {
      Contest contest = night.election().requireContest(result.council());
      Ward ward = wardOf(contest, result.wardId());
      boolean complete =
          byCouncil.getOrDefault(result.council().id(), Map.of()).size() == contest.wards().size();
      if (complete && ward.defended().total() <= ward.seats() && oneIn(in, 3)) {
        postponements.add(WardPostponement.of(result.council(), result.wardId()));
        last.add(result);
      } else {
        early.add(result);
      }
    }
    early.addAll(postponements);
    List<Object> order = shuffle(in, early);
    List<WardResult> first = new ArrayList<>();
    List<WardPostponement> postponedInOrder = new ArrayList<>();
    for (Object input : order) {
      if (input instanceof WardResult result) {
        first.add(result);
      } else {
        postponedInOrder.add((WardPostponement) input);
      }
    }
    return new Postponed(night, postponedInOrder, first, shuffle(in, last));
  }

  private static Ward wardOf(Contest contest, String wardId) {
    for (Ward ward : contest.wards()) {
      if (ward.id().equals(wardId)) {
        return ward;
      }
    }
    throw new AssertionError("no ward " + wardId);
  }

  @Test
  void aCouncilWithPostponedWardsIsDeclaredProvisionallyAndCompletedEqualsDeclaredWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(postponed(), Generate.enumValues(SeatBaseline.class))
        .checkAssert(
            (p, baseline) -> {
              Election election = p.night().election();
              Tally empty = Tally.of(election, baseline, org.psephos.ControlRule.cohesiveOnly());
              Tally night = empty.applyAll(p.night().wholes());
              for (WardPostponement postponement : p.postponements()) {
                night = night.apply(postponement);
              }
              night = night.applyWardResults(p.first());

              // the equivalent provisional declarations, worked out from the election
              Map<String, Map<String, WardResult>> in = WardOracle.byCouncil(p.first());
              Map<String, List<Ward>> postponedWards = new LinkedHashMap<>();
              for (WardPostponement postponement : p.postponements()) {
                Contest contest = election.requireContest(postponement.council());
                postponedWards
                    .computeIfAbsent(postponement.council().id(), id -> new ArrayList<>())
                    .add(wardOf(contest, postponement.wardId()));
              }
              Tally equivalent = empty.applyAll(p.night().wholes());
              for (WardResult result : p.first()) {
                if (!postponedWards.containsKey(result.council().id())) {
                  equivalent = equivalent.apply(result);
                }
              }
              for (Map.Entry<String, List<Ward>> entry : postponedWards.entrySet()) {
                Contest contest = election.contest(entry.getKey()).orElseThrow();
                Council council = contest.council();
                Map<String, WardResult> mine = in.getOrDefault(entry.getKey(), Map.of());
                assertThat(night.progress(council).postponedWards())
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
                if (mine.isEmpty()) {
                  assertThat(night.isDeclared(council)).isFalse();
                  assertThat(night.councilsInProgress()).doesNotContain(council);
                  continue;
                }
                Map<Party, Integer> won = new LinkedHashMap<>();
                int filled = 0;
                for (WardResult result : mine.values()) {
                  for (Map.Entry<Party, Integer> seats :
                      WardOracle.wonInWard(result).entrySet()) {
                    won.merge(seats.getKey(), seats.getValue(), Integer::sum);
                    filled += seats.getValue();
                  }
                }
                Composition defended = Composition.empty();
                for (Ward ward : entry.getValue()) {
                  defended = defended.plus(ward.defended());
                }
                Declaration provisional =
                    new Declaration(
                        council, Composition.of(won), contest.contested() - filled, defended);
                assertThat(night.declaration(council)).contains(provisional);
                assertThat(night.progress(council).isProvisional())
                    .isEqualTo(provisional.isProvisional());
                equivalent = equivalent.apply(provisional);
              }
              Standings standings = night.standings();
              Standings expected = equivalent.standings();
              assertThat(standings.parties()).isEqualTo(expected.parties());
              assertThat(standings.councilsDeclared()).isEqualTo(expected.councilsDeclared());
              assertThat(standings.noOverallControl()).isEqualTo(expected.noOverallControl());
              assertThat(night.results()).isEqualTo(equivalent.results());

              // the postponed wards' results complete their councils: as if all came at once
              Tally completed = night.applyWardResults(p.last());
              Tally atOnce = p.night().tally(empty);
              assertThat(completed).isEqualTo(atOnce);
              assertThat(completed.hashCode()).isEqualTo(atOnce.hashCode());
              assertThat(completed.standings()).isEqualTo(atOnce.standings());
              assertThat(completed.results()).isEqualTo(atOnce.results());
              for (Council council : election.councils()) {
                assertThat(completed.progress(council)).isEqualTo(atOnce.progress(council));
              }
            });
  }
}
