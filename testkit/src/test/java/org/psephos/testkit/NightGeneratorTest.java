package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Declaration;
import org.psephos.Party;
import org.psephos.tally.Tally;

/** The generator is reproducible, always valid, grows from small and covers every shape. */
class NightGeneratorTest {
  private static final NightGenerator GENERATOR = NightGenerator.withDefaults();
  private static final int NIGHTS = 1_000;

  @Test
  void theSameSeedAndSizeGiveTheSameNightAndAnotherSeedAnotherNight() {
    for (long seed = 0; seed < 50; seed++) {
      Night night = GENERATOR.night(seed, 60);
      assertThat(NightGenerator.withDefaults().night(seed, 60)).isEqualTo(night);
      assertThat(night.seed()).isEqualTo(seed);
      assertThat(night.size()).isEqualTo(60);
    }
    assertThat(GENERATOR.night(1)).isNotEqualTo(GENERATOR.night(2));
    assertThat(GENERATOR.election(7)).isEqualTo(GENERATOR.night(7, 100).election());
  }

  @Test
  void everyGeneratedNightIsAcceptedByPsephosInEveryArrivalOrder() {
    PsephosTally psephos = PsephosTally.withDefaults();
    for (int i = 0; i < NIGHTS; i++) {
      Night night = GENERATOR.night(i, 1 + i % 100);
      Tally tally = psephos.tally(night.election(), night.inputs());
      assertThat(tally.declaredCouncils()).hasSize(night.currentDeclarations().size());
      List<Input> other = NightGenerator.rearrived(i, night.inputs());
      assertThat(psephos.tally(night.election(), other)).isEqualTo(tally);
      Contest contest = night.election().contests().get(0);
      Declaration extra = GENERATOR.declaration(i, night.election(), contest);
      assertThat(tally.apply(extra).declaration(contest.council())).contains(extra);
    }
  }

  @Test
  void sizesGrowFromOneSmallCouncilToTheFullSettings() {
    for (long seed = 0; seed < 100; seed++) {
      Night smallest = GENERATOR.night(seed, 1);
      assertThat(smallest.election().contests()).hasSize(1);
      assertThat(smallest.election().contests().get(0).council().size()).isEqualTo(1);
    }
    int mostCouncils = 0;
    int largestCouncil = 0;
    for (long seed = 0; seed < 300; seed++) {
      for (Contest contest : GENERATOR.night(seed).election().contests()) {
        largestCouncil = Math.max(largestCouncil, contest.council().size());
      }
      mostCouncils = Math.max(mostCouncils, GENERATOR.night(seed).election().contests().size());
    }
    assertThat(mostCouncils).isEqualTo(12);
    assertThat(largestCouncil).isEqualTo(70);
    TallyLaws laws = TallyLaws.of(PsephosTally.withDefaults()).withExamples(10);
    assertThat(laws.exampleSize(0)).isEqualTo(1);
    assertThat(laws.exampleSize(4)).isEqualTo(81);
    assertThat(laws.exampleSize(5)).isEqualTo(100);
    assertThat(laws.exampleSize(9)).isEqualTo(100);
    assertThat(laws.exampleSeed(3)).isNotEqualTo(laws.exampleSeed(4));
  }

  @Test
  void generatedNightsCoverEveryShapeOfElectionAndInput() {
    Set<String> seen = new TreeSet<>();
    for (long seed = 0; seed < 400; seed++) {
      Night night = GENERATOR.night(seed);
      shapesOf(night, seen);
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "independents", "one region", "several regions", "no region", "no previous result",
            "partial contest",
            "third",
            "half", "boundary change", "vacancy", "provisional", "defended still to fill",
            "held still to fill", "correction", "withdrawal", "redeclared after withdrawal",
            "withdrawn at the end",
            "undeclared council", "interleaved councils");
  }

  private static void shapesOf(Night night, Set<String> seen) {
    for (Party party : night.election().parties()) {
      mark(seen, "independents", !party.cohesive());
    }
    mark(seen, "one region", night.election().regions().size() == 1);
    mark(seen, "several regions", night.election().regions().size() > 1);
    for (Contest contest : night.election().contests()) {
      mark(seen, "no region", contest.council().region().isEmpty());
      mark(seen, "no previous result", !contest.hasPreviousResult());
      int size = contest.council().size();
      mark(seen, "partial contest", !contest.isAllOut());
      mark(seen, "third", !contest.isAllOut() && size > 5 && contest.contested() == size / 3);
      mark(seen, "half", !contest.isAllOut() && size > 5 && contest.contested() == size / 2);
      mark(seen, "boundary change", contest.previous().total() != size);
      mark(seen, "vacancy", contest.previous().vacancies() > 0);
    }
    Set<String> declaredOnce = new HashSet<>();
    Set<String> withdrawn = new HashSet<>();
    String previousCouncil = "";
    for (Input input : night.inputs()) {
      String id = input.council().id();
      if (input instanceof Input.Declare declare) {
        Declaration declaration = declare.declaration();
        mark(seen, "provisional", declaration.stillToFill() > 0);
        mark(seen, "defended still to fill", declaration.defendedStillToFill().filled() > 0);
        mark(seen, "held still to fill", declaration.heldStillToFill().filled() > 0);
        mark(seen, "correction", !declaredOnce.add(id) && !withdrawn.contains(id));
        mark(seen, "redeclared after withdrawal", withdrawn.contains(id));
      } else {
        withdrawn.add(id);
        seen.add("withdrawal");
      }
      mark(seen, "interleaved councils", declaredOnce.contains(id) && !id.equals(previousCouncil)
          && night.inputs().indexOf(input) > 0 && !previousCouncil.isEmpty()
          && declaredOnce.contains(previousCouncil) && !input.equals(firstOf(night, id)));
      previousCouncil = id;
    }
    for (Contest contest : night.election().contests()) {
      Input last = null;
      for (Input input : night.inputs()) {
        if (input.council().equals(contest.council())) {
          last = input;
        }
      }
      mark(seen, "withdrawn at the end", last instanceof Input.Withdraw);
    }
    mark(seen, "undeclared council",
        night.currentDeclarations().size() < night.election().contests().size());
  }

  private static Input firstOf(Night night, String councilId) {
    for (Input input : night.inputs()) {
      if (input.council().id().equals(councilId)) {
        return input;
      }
    }
    throw new AssertionError(councilId);
  }

  private static void mark(Set<String> seen, String shape, boolean present) {
    if (present) {
      seen.add(shape);
    }
  }

  @Test
  void knobsSwitchedOffLeaveTheirShapeOut() {
    GeneratorSettings plain =
        GeneratorSettings.builder()
            .maxCouncils(3)
            .maxCouncilSize(9)
            .maxCohesiveParties(2)
            .maxRegions(1)
            .independentsOneIn(0)
            .partialContestOneIn(0)
            .boundaryChangeOneIn(0)
            .vacancies(false)
            .undeclared(false)
            .provisionalOneIn(0)
            .correctionOneIn(0)
            .withdrawalOneIn(0)
            .shuffledArrivals(false)
            .build();
    NightGenerator generator = NightGenerator.of(plain);
    assertThat(generator.settings()).isEqualTo(plain);
    for (long seed = 0; seed < 300; seed++) {
      Night night = generator.night(seed);
      Set<String> seen = new TreeSet<>();
      shapesOf(night, seen);
      assertThat(seen).containsOnly("one region");
      assertThat(night.election().parties()).hasSize(2);
      assertThat(night.election().contests()).hasSizeBetween(1, 3);
      assertThat(night.inputs()).hasSize(night.election().contests().size());
      for (int c = 0; c < night.inputs().size(); c++) {
        assertThat(night.inputs().get(c).council())
            .isEqualTo(night.election().contests().get(c).council());
        assertThat(night.inputs().get(c).council().size()).isBetween(1, 9);
      }
    }
  }

  @Test
  void aFewestCouncilsKnobAndAContestForAGivenCouncilAreRespected() {
    NightGenerator large =
        NightGenerator.of(GeneratorSettings.builder().minCouncils(13).maxCouncils(20).build());
    for (long seed = 0; seed < 50; seed++) {
      assertThat(large.election(seed).contests()).hasSizeBetween(13, 20);
      assertThat(large.night(seed, 1).election().contests()).hasSize(13);
    }
    Night night = GENERATOR.night(5);
    org.psephos.Council council = night.election().contests().get(0).council();
    Contest contest = GENERATOR.contest(9, council, night.election().parties());
    assertThat(contest.council()).isEqualTo(council);
    assertThat(GENERATOR.contest(9, council, night.election().parties())).isEqualTo(contest);
    assertThat(contest.previous().parties()).isSubsetOf(night.election().parties());
    assertThat(Night.describe(night.election())).startsWith("parties ").contains(council.id());
  }

  @Test
  void fewestSeatsPartiesAndRegionsAreRespectedUpToNinePartiesAndNineRegions() {
    NightGenerator widest =
        NightGenerator.of(
            GeneratorSettings.builder()
                .minCouncils(40)
                .maxCouncils(40)
                .minCouncilSize(30)
                .minCohesiveParties(9)
                .maxCohesiveParties(9)
                .minRegions(9)
                .maxRegions(9)
                .independentsOneIn(1)
                .build());
    Set<String> regions = new TreeSet<>();
    Set<String> partyIds = new TreeSet<>();
    for (long seed = 0; seed < 30; seed++) {
      org.psephos.Election election = widest.election(seed);
      assertThat(election.contests()).hasSize(40);
      assertThat(election.parties()).hasSize(10);
      assertThat(election.parties().stream().filter(Party::cohesive)).hasSize(9);
      Set<String> regionsOfElection = new HashSet<>();
      for (Contest contest : election.contests()) {
        assertThat(contest.council().size()).isBetween(30, 70);
        contest.council().region().ifPresent(regionsOfElection::add);
      }
      // 40 councils in nine regions (or none): never as few as four regions
      assertThat(regionsOfElection).hasSizeGreaterThan(4);
      regions.addAll(regionsOfElection);
      election.parties().forEach(party -> partyIds.add(party.id()));
    }
    assertThat(regions).hasSize(9).contains("London", "North West", "South East");
    assertThat(partyIds).hasSize(10).contains("PP52", "PP53", "PP90", "ynmp-party:2");
    // the fewest knobs at their defaults leave elections small and few-partied
    int fewParties = 0;
    int fewRegions = 0;
    for (long seed = 0; seed < 200; seed++) {
      org.psephos.Election election = GENERATOR.election(seed);
      fewParties += election.parties().size() <= 2 ? 1 : 0;
      fewRegions +=
          election.contests().stream().map(c -> c.council().region()).distinct().count() <= 1
              ? 1
              : 0;
    }
    assertThat(fewParties).isPositive();
    assertThat(fewRegions).isPositive();
  }

  @Test
  void partialContestsAreByThirdsByHalvesOrAnyPartAndCommonBaselinesAgree() {
    int thirds = 0;
    int halves = 0;
    int agreeing = 0;
    for (long seed = 0; seed < 300; seed++) {
      for (Contest contest : GENERATOR.night(seed).election().contests()) {
        int size = contest.council().size();
        assertThat(contest.contested()).isBetween(1, size);
        thirds += !contest.isAllOut() && size >= 9 && contest.contested() == size / 3 ? 1 : 0;
        halves += !contest.isAllOut() && size >= 9 && contest.contested() == size / 2 ? 1 : 0;
        boolean same = contest.previous().vacancies() == contest.continuing().vacancies();
        for (Party party : GENERATOR.night(seed).election().parties()) {
          int eveOfPoll = contest.previous().seats(party) - contest.continuing().seats(party);
          same &= contest.defended().seats(party) == eveOfPoll;
        }
        agreeing += same ? 1 : 0;
      }
    }
    // one partial contest in two, a third of those by thirds and a third by halves
    assertThat(thirds).isGreaterThan(200);
    assertThat(halves).isGreaterThan(200);
    // baselines as last fought often equal those on the eve of the poll
    assertThat(agreeing).isGreaterThan(400);
  }

  @Test
  void settingsOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> GeneratorSettings.builder().maxCouncils(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GeneratorSettings.maxCouncils must be from 1 to 2147483647, not 0");
    assertThatThrownBy(() -> GeneratorSettings.builder().maxCohesiveParties(10).build())
        .hasMessage("GeneratorSettings.maxCohesiveParties must be from 2 to 9, not 10");
    assertThatThrownBy(() -> GeneratorSettings.builder().maxRegions(10).build())
        .hasMessage("GeneratorSettings.maxRegions must be from 1 to 9, not 10");
    assertThatThrownBy(() -> GeneratorSettings.builder().maxCouncilSize(0).build())
        .hasMessage("GeneratorSettings.maxCouncilSize must be from 1 to 2147483647, not 0");
    assertThatThrownBy(() -> GeneratorSettings.builder().maxCohesiveParties(1).build())
        .hasMessage("GeneratorSettings.maxCohesiveParties must be from 2 to 9, not 1");
    assertThatThrownBy(() -> GeneratorSettings.builder().maxRegions(0).build())
        .hasMessage("GeneratorSettings.maxRegions must be from 1 to 9, not 0");
    assertThatThrownBy(() -> GeneratorSettings.builder().minCouncilSize(71).build())
        .hasMessage("GeneratorSettings.minCouncilSize must be from 1 to 70, not 71");
    assertThatThrownBy(() -> GeneratorSettings.builder().minCouncilSize(0).build())
        .hasMessage("GeneratorSettings.minCouncilSize must be from 1 to 70, not 0");
    assertThatThrownBy(() -> GeneratorSettings.builder().minCohesiveParties(7).build())
        .hasMessage("GeneratorSettings.minCohesiveParties must be from 1 to 6, not 7");
    assertThatThrownBy(() -> GeneratorSettings.builder().minCohesiveParties(0).build())
        .hasMessage("GeneratorSettings.minCohesiveParties must be from 1 to 6, not 0");
    assertThatThrownBy(() -> GeneratorSettings.builder().minRegions(4).build())
        .hasMessage("GeneratorSettings.minRegions must be from 1 to 3, not 4");
    assertThatThrownBy(() -> GeneratorSettings.builder().minRegions(0).build())
        .hasMessage("GeneratorSettings.minRegions must be from 1 to 3, not 0");
    GeneratorSettings atLeastThirty = GeneratorSettings.builder().minCouncilSize(30).build();
    assertThat(atLeastThirty.scaledTo(1).maxCouncilSize()).isEqualTo(30);
    assertThat(atLeastThirty.scaledTo(1).minCouncilSize()).isEqualTo(30);
    assertThat(atLeastThirty.scaledTo(50).maxCouncilSize()).isEqualTo(35);
    assertThatThrownBy(() -> GeneratorSettings.builder().independentsOneIn(-1).build())
        .hasMessage("GeneratorSettings.independentsOneIn must be from 0 to 2147483647, not -1");
    assertThatThrownBy(() -> GeneratorSettings.builder().partialContestOneIn(-1).build())
        .hasMessage("GeneratorSettings.partialContestOneIn must be from 0 to 2147483647, not -1");
    assertThatThrownBy(() -> GeneratorSettings.builder().boundaryChangeOneIn(-1).build())
        .hasMessage("GeneratorSettings.boundaryChangeOneIn must be from 0 to 2147483647, not -1");
    assertThatThrownBy(() -> GeneratorSettings.builder().provisionalOneIn(-1).build())
        .hasMessage("GeneratorSettings.provisionalOneIn must be from 0 to 2147483647, not -1");
    assertThatThrownBy(() -> GeneratorSettings.builder().correctionOneIn(-1).build())
        .hasMessage("GeneratorSettings.correctionOneIn must be from 0 to 2147483647, not -1");
    assertThatThrownBy(() -> GeneratorSettings.builder().withdrawalOneIn(-1).build())
        .hasMessage("GeneratorSettings.withdrawalOneIn must be from 0 to 2147483647, not -1");
    assertThatThrownBy(() -> GENERATOR.night(1, 0))
        .hasMessage("GeneratorSettings.size must be from 1 to 100, not 0");
    assertThatThrownBy(() -> GENERATOR.night(1, 101))
        .hasMessage("GeneratorSettings.size must be from 1 to 100, not 101");
    assertThat(GeneratorSettings.defaults().scaledTo(50).maxCouncils()).isEqualTo(6);
    assertThat(GeneratorSettings.defaults().scaledTo(50).maxCouncilSize()).isEqualTo(35);
    assertThat(GeneratorSettings.defaults().scaledTo(100)).isEqualTo(GeneratorSettings.defaults());
    assertThatThrownBy(() -> GeneratorSettings.builder().minCouncils(13).build())
        .hasMessage("GeneratorSettings.minCouncils must be from 1 to 12, not 13");
    GeneratorSettings atLeastFive = GeneratorSettings.builder().minCouncils(5).build();
    assertThat(atLeastFive.scaledTo(1).maxCouncils()).isEqualTo(5);
    assertThat(atLeastFive.scaledTo(1).minCouncils()).isEqualTo(5);
  }
}
