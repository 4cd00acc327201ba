package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Laws every count obeys, under both sets of rules, on random ballot profiles. */
class StvPropertiesTest {

  /** A generated profile: seed-built so that a failure prints a reproducible seed. */
  record Case(long seed, StvRules rules) {
    BallotProfile profile() {
      return profile(identity(), "");
    }

    int candidates() {
      return 2 + (int) Math.floorMod(seed, 7L);
    }

    List<Integer> identity() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < candidates(); i++) {
        order.add(i);
      }
      return order;
    }

    /** The profile with candidate {@code order.get(j)} at position j, names prefixed. */
    BallotProfile profile(List<Integer> order, String prefix) {
      Random random = new Random(seed);
      int n = candidates();
      int seats = 1 + random.nextInt(Math.min(5, n));
      BallotProfile.Builder builder = BallotProfile.builder("Generated " + seed, seats);
      for (int original : order) {
        builder.candidate(prefix + "C" + original, "P" + (original % 3));
      }
      int ballots = 1 + random.nextInt(25);
      for (int b = 0; b < ballots; b++) {
        List<Integer> ranking = identity();
        Collections.shuffle(ranking, random);
        int length = 1 + random.nextInt(n);
        int[] marks = new int[length];
        for (int i = 0; i < length; i++) {
          marks[i] = order.indexOf(ranking.get(i)) + 1;
        }
        builder.papers(1 + random.nextInt(random.nextBoolean() ? 5 : 60), marks);
      }
      return builder.build();
    }
  }

  private static Gen<Case> cases() {
    return SourceDSL.longs().all().zip(
        SourceDSL.integers().between(0, 1),
        (seed, rules) -> new Case(seed, StvRules.values()[rules]));
  }

  /** Draws the candidate first in the original ballot-paper order, whatever the names. */
  private static Lot firstOriginal(String prefix) {
    return (stage, purpose, tied) -> {
      String best = tied.get(0);
      for (String name : tied) {
        if (original(name, prefix) < original(best, prefix)) {
          best = name;
        }
      }
      return best;
    };
  }

  private static int original(String name, String prefix) {
    return Integer.parseInt(name.substring(prefix.length() + 1));
  }

  @Test
  void everyStageConservesTheValidVote() {
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      CountSheet sheet = c.rules().count(c.profile(), firstOriginal(""));
      long valid = sheet.profile().validPapers() * (c.rules() == StvRules.SCOTLAND ? 100_000 : 100);
      for (Stage stage : sheet.stages()) {
        long sum = stage.nonTransferable() + stage.loss();
        long changes = stage.nonTransferableChange() + stage.lossChange();
        for (int i = 0; i < stage.totals().size(); i++) {
          sum += stage.totals().get(i);
          changes += stage.changes().get(i);
          assertThat(stage.totals().get(i)).isNotNegative();
        }
        assertThat(sum).as("%s stage %d", c, stage.number()).isEqualTo(valid);
        assertThat(changes).as("%s stage %d", c, stage.number())
            .isEqualTo(stage.number() == 1 ? valid : 0);
      }
    });
  }

  @Test
  void exactlyTheSeatsAreFilled() {
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      CountSheet sheet = c.rules().count(c.profile(), firstOriginal(""));
      assertThat(sheet.elected()).as("%s", c).hasSize(sheet.profile().seats())
          .doesNotHaveDuplicates();
      List<Integer> electedAtStages = new ArrayList<>();
      sheet.stages().forEach(stage -> electedAtStages.addAll(stage.elected()));
      assertThat(electedAtStages).isEqualTo(sheet.elected());
    });
  }

  @Test
  void aQuotaOfFirstPreferencesIsElectedAtStageOne() {
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      CountSheet sheet = c.rules().count(c.profile(), firstOriginal(""));
      Stage first = sheet.stages().get(0);
      // Below the quota only when as many candidates stand as seats (the last vacancies rule),
      // or, in Northern Ireland, for a candidate the others cannot catch with one seat left.
      boolean lastVacancies = sheet.candidates().size() == sheet.profile().seats();
      for (int i = 0; i < first.totals().size(); i++) {
        boolean quota = first.totals().get(i) >= sheet.quota();
        if (quota || (c.rules() == StvRules.SCOTLAND && !lastVacancies)) {
          assertThat(first.elected().contains(i)).as("%s candidate %d", c, i).isEqualTo(quota);
        }
      }
    });
  }

  @Test
  void renamingOrReorderingCandidatesChangesNothingButNames() {
    qt().withExamples(300).forAll(cases(), SourceDSL.longs().all()).checkAssert((c, shuffle) -> {
      List<Integer> order = c.identity();
      Collections.shuffle(order, new Random(shuffle));
      CountSheet plain = c.rules().count(c.profile(), firstOriginal(""));
      CountSheet moved = c.rules().count(c.profile(order, "R"), firstOriginal("R"));
      assertThat(moved.stages()).hasSameSizeAs(plain.stages());
      for (int s = 0; s < plain.stages().size(); s++) {
        Stage a = plain.stages().get(s);
        Stage b = moved.stages().get(s);
        for (int j = 0; j < order.size(); j++) {
          assertThat(b.totals().get(j)).as("%s stage %d", c, s + 1)
              .isEqualTo(a.totals().get(order.get(j)));
        }
        assertThat(b.nonTransferable()).isEqualTo(a.nonTransferable());
        assertThat(b.loss()).isEqualTo(a.loss());
        assertThat(b.kind()).isEqualTo(a.kind());
      }
      List<Integer> mapped = new ArrayList<>();
      moved.elected().forEach(j -> mapped.add(order.get(j)));
      assertThat(mapped).containsExactlyInAnyOrderElementsOf(plain.elected());
    });
  }

  @Test
  void aCountIsDeterministicGivenTheLot() {
    qt().withExamples(200).forAll(cases(), SourceDSL.longs().all()).checkAssert((c, seed) ->
        assertThat(c.rules().count(c.profile(), Lot.seeded(seed)))
            .isEqualTo(c.rules().count(c.profile(), Lot.seeded(seed))));
  }
}
