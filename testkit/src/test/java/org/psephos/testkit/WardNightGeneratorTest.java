package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Ward;
import org.psephos.tally.Tally;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/** The ward-level generator is reproducible, always valid, grows from small, covers its shapes. */
class WardNightGeneratorTest {
  private static final WardNightGenerator GENERATOR = WardNightGenerator.withDefaults();
  private static final int NIGHTS = 500;

  private static Tally tally(WardNight night) {
    return Tally.of(night.election())
        .applyAll(night.wholes())
        .applyWardResults(night.arrivals());
  }

  @Test
  void theSameSeedAndSizeGiveTheSameNightAndAnotherSeedAnotherNight() {
    for (long seed = 0; seed < 50; seed++) {
      WardNight night = GENERATOR.night(seed, 60);
      assertThat(WardNightGenerator.withDefaults().night(seed, 60)).isEqualTo(night);
      assertThat(night.seed()).isEqualTo(seed);
      assertThat(night.size()).isEqualTo(60);
      assertThat(WardNightGenerator.postponed(seed, night))
          .isEqualTo(WardNightGenerator.postponed(seed, night));
    }
    assertThat(GENERATOR.night(1)).isNotEqualTo(GENERATOR.night(2));
    assertThat(GENERATOR.election(7)).isEqualTo(GENERATOR.night(7, 100).election());
  }

  @Test
  void everyGeneratedNightIsAcceptedByPsephosAndEndsWithItsCurrentResults() {
    for (int i = 0; i < NIGHTS; i++) {
      WardNight night = GENERATOR.night(i, 1 + i % 100);
      Tally tally = tally(night);
      for (WardResult result : night.current()) {
        assertThat(tally.wardResult(result.council(), result.wardId())).contains(result);
      }
      List<WardResult> other = WardNightGenerator.rearrived(i, night.arrivals());
      assertThat(other).containsExactlyInAnyOrderElementsOf(night.arrivals());
      assertThat(
              Tally.of(night.election()).applyAll(night.wholes()).applyWardResults(other))
          .isEqualTo(tally);
      for (Contest contest : night.election().contests()) {
        for (Ward ward : contest.wards()) {
          WardResult extra =
              GENERATOR.wardResult(i, contest.council(), ward, night.election().parties());
          Tally withExtra = tally.applyWardResults(List.of(extra));
          assertThat(withExtra.wardResult(contest.council(), ward.id())).contains(extra);
        }
      }
    }
  }

  @Test
  void postponedWardsCompleteTheirCouncilsAsIfEveryWardCameAtOnce() {
    int postponed = 0;
    for (int i = 0; i < NIGHTS; i++) {
      WardNight night = GENERATOR.night(i);
      PostponedWards split = WardNightGenerator.postponed(i, night);
      assertThat(split.night()).isEqualTo(night);
      assertThat(split.last()).hasSize(split.postponements().size());
      assertThat(split.first().size() + split.last().size()).isEqualTo(night.current().size());
      Tally tally = Tally.of(night.election()).applyAll(night.wholes());
      for (WardPostponement postponement : split.postponements()) {
        tally = tally.apply(postponement);
      }
      tally = tally.applyWardResults(split.first());
      for (WardPostponement postponement : split.postponements()) {
        // declared provisionally once its other wards are in; not at all if every ward waits
        boolean othersIn =
            split.first().stream().anyMatch(r -> r.council().equals(postponement.council()));
        assertThat(tally.isDeclared(postponement.council())).isEqualTo(othersIn);
        if (othersIn) {
          assertThat(tally.progress(postponement.council()).isProvisional()).isTrue();
        }
      }
      Tally atOnce =
          Tally.of(night.election()).applyAll(night.wholes()).applyWardResults(night.current());
      assertThat(tally.applyWardResults(split.last())).isEqualTo(atOnce);
      postponed += split.postponements().size();
    }
    assertThat(postponed).isGreaterThan(NIGHTS / 10);
  }

  @Test
  void sizesGrowFromOneSmallCouncilToTheFullSettings() {
    for (long seed = 0; seed < 100; seed++) {
      WardNight smallest = GENERATOR.night(seed, 1);
      assertThat(smallest.election().contests()).hasSize(1);
      assertThat(smallest.election().contests().get(0).council().size()).isEqualTo(1);
    }
    int mostCouncils = 0;
    int largestCouncil = 0;
    for (long seed = 0; seed < 300; seed++) {
      WardNight night = GENERATOR.night(seed);
      for (Contest contest : night.election().contests()) {
        largestCouncil = Math.max(largestCouncil, contest.council().size());
      }
      mostCouncils = Math.max(mostCouncils, night.election().contests().size());
    }
    assertThat(mostCouncils).isEqualTo(WardNightGenerator.MAX_COUNCILS);
    assertThat(largestCouncil).isEqualTo(WardNightGenerator.MAX_COUNCIL_SIZE);
  }

  @Test
  void generatedNightsCoverEveryShapeOfWardAndResult() {
    Set<String> seen = new TreeSet<>();
    for (long seed = 0; seed < 400; seed++) {
      WardNight night = GENERATOR.night(seed);
      for (Contest contest : night.election().contests()) {
        if (!contest.hasWards()) {
          seen.add("council without wards");
          continue;
        }
        seen.add(contest.hasPreviousResult() ? "wards with a previous result" : "wards without");
        for (Ward ward : contest.wards()) {
          if (ward.seats() >= 4) {
            seen.add("large ward");
          }
          if (!ward.previousVotes().isEmpty()) {
            seen.add("previous votes");
          }
        }
      }
      if (!night.wholes().isEmpty()) {
        seen.add("whole declaration");
      }
      if (!night.superseded().isEmpty()) {
        seen.add("superseded result");
      }
      for (WardResult result : night.current()) {
        if (result.isUncontested()) {
          seen.add("uncontested");
        }
        if (result.seatsUnfilled() > 0) {
          seen.add("unfilled seats");
        }
        if (result.isDecidedByLot()) {
          seen.add("tie decided by lot");
        }
        if (result.ballotsCast().isPresent()) {
          seen.add("ballots");
        }
      }
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "council without wards",
            "wards with a previous result",
            "wards without",
            "large ward",
            "previous votes",
            "whole declaration",
            "superseded result",
            "uncontested",
            "unfilled seats",
            "tie decided by lot",
            "ballots");
  }

  @Test
  void knobsSwitchShapesOffAndOutOfRangeKnobsAreNamed() {
    WardNightGenerator plain =
        WardNightGenerator.of(
            GeneratorSettings.builder().maxCouncils(3).maxCouncilSize(10).build(),
            new WardSettings(0, 0, 0, 0, 0, 0, 3));
    Set<Boolean> withWards = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      WardNight night = plain.night(seed);
      for (Contest contest : night.election().contests()) {
        withWards.add(contest.hasWards());
        assertThat(contest.wards()).allSatisfy(w -> assertThat(w.seats()).isBetween(1, 3));
        assertThat(contest.wards()).allSatisfy(w -> assertThat(w.previousVotes()).isEmpty());
      }
      assertThat(night.superseded()).isEmpty();
      assertThat(night.current()).allSatisfy(r -> assertThat(r.isUncontested()).isFalse());
      assertThat(night.current()).allSatisfy(r -> assertThat(r.ballotsCast()).isEmpty());
    }
    assertThat(withWards).containsExactly(true);
    assertThat(plain.wardSettings()).isEqualTo(new WardSettings(0, 0, 0, 0, 0, 0, 3));
    assertThat(plain.councilSettings().maxCouncils()).isEqualTo(3);
    assertThatThrownBy(() -> new WardSettings(4, 8, 2, -1, 3, 5, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WardSettings.uncontestedOneIn must be at least 0, not -1");
    assertThatThrownBy(() -> new WardSettings(4, 8, 2, 6, 3, 5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WardSettings.mostVotes must be at least 3, not 2");
  }

  @Test
  void aNightRestrictedToSomeCouncilsKeepsOnlyTheirContestsAndResults() {
    for (long seed = 0; seed < 100; seed++) {
      WardNight night = GENERATOR.night(seed);
      Contest first = night.election().contests().get(0);
      WardNight one = night.restrictedTo(first.council()::equals);
      assertThat(one.election().contests()).containsExactly(first);
      assertThat(one.current())
          .allSatisfy(r -> assertThat(r.council()).isEqualTo(first.council()));
      assertThat(one.superseded())
          .allSatisfy(r -> assertThat(r.council()).isEqualTo(first.council()));
      assertThat(one.wholes())
          .allSatisfy(d -> assertThat(d.council()).isEqualTo(first.council()));
      long kept =
          night.current().stream().filter(r -> r.council().equals(first.council())).count()
              + night.wholes().stream().filter(d -> d.council().equals(first.council())).count();
      assertThat((long) one.current().size() + one.wholes().size()).isEqualTo(kept);
      assertThatThrownBy(() -> night.restrictedTo(council -> false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no council of");
    }
  }
}
