package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.psephos.CouncilType;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/** The laws of the feed: arrival order does not matter; a written message reads back unchanged. */
class PaFeedPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("psephos.examples", 200);

  /** Every result file kept, both revisions of Newcastle-under-Lyme included. */
  private static final List<PaResult> TEST_FEED =
      Fixtures.files("Local_Test_result_").stream().map(f -> (PaResult) PaReader.read(f)).toList();

  private static final PaElection ELECTION = Fixtures.election();

  private static Tally inOrder(PaElection election, List<PaResult> results) {
    PaFeed feed = PaFeed.start(election);
    for (PaResult result : results) {
      feed = feed.apply(result).feed();
    }
    return feed.tally();
  }

  private static List<PaResult> shuffled(List<PaResult> results, long seed, boolean repeat) {
    Random random = new Random(seed);
    List<PaResult> order = new ArrayList<>(results);
    if (repeat) {
      for (int i = random.nextInt(4); i > 0; i--) {
        order.add(results.get(random.nextInt(results.size())));
      }
    }
    Collections.shuffle(order, random);
    return order;
  }

  @Test
  void anyArrivalOrderOfTheTestFeedsFilesGivesTheSameTally() {
    Tally expected = inOrder(ELECTION, TEST_FEED);
    assertThat(expected.councilsDeclared()).isEqualTo(34);
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(seed -> assertThat(inOrder(ELECTION, shuffled(TEST_FEED, seed, true)))
            .isEqualTo(expected));
  }

  @Test
  void anyArrivalOrderOfRevisionsGivesTheTallyOfTheHighestRevisions() {
    PaElection election = SmallFeed.election();
    List<PaResult> revisions =
        List.of(
            SmallFeed.thirdsbyResult(1, "Lab:5", "C:2", "Ind:1"),
            SmallFeed.thirdsbyResult(2, "Lab:4", "C:3", "Ind:1"),
            SmallFeed.thirdsbyResult(3, "Lab:2", "C:5", "Ind:1"),
            SmallFeed.alltonResult(1, 5, 4),
            SmallFeed.alltonResult(2, 3, 6));
    Tally expected =
        election
            .emptyTally()
            .apply(
                org.psephos.Declaration.of(
                    election.council(SmallFeed.THIRDSBY).orElseThrow(),
                    java.util.Map.of(
                        election.party("662").orElseThrow(), 2,
                        election.party("659").orElseThrow(), 5,
                        election.party("661").orElseThrow(), 1)))
            .apply(
                org.psephos.Declaration.of(
                    election.council(SmallFeed.ALLTON).orElseThrow(),
                    java.util.Map.of(
                        election.party("662").orElseThrow(), 3,
                        election.party("667").orElseThrow(), 6)));
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(seed -> {
          PaFeed feed = PaFeed.start(election);
          for (PaResult result : shuffled(revisions, seed, true)) {
            feed = feed.apply(result).feed();
          }
          assertThat(feed.tally()).isEqualTo(expected);
          assertThat(feed.gaps()).isEmpty();
        });
  }

  @Test
  void aStateOfPartiesWrittenFromAnyTallyReadsBackAndReconcilesWithNoDifference()
      throws Exception {
    Schema schema = TestFeedReproductionTest.schema();
    List<CouncilFilter> filters =
        List.of(
            CouncilFilter.all(),
            CouncilFilter.type(CouncilType.LONDON_BOROUGH),
            CouncilFilter.type(CouncilType.SHIRE_DISTRICT),
            CouncilFilter.region("England"));
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          List<PaResult> some = new ArrayList<>();
          for (PaResult result : TEST_FEED) {
            if (random.nextBoolean()) {
              some.add(result);
            }
          }
          Tally tally = inOrder(ELECTION, some);
          CouncilFilter filter = filters.get(random.nextInt(filters.size()));
          String region = filter.isAll() ? "All" : "England";
          String written = PaStateOfPartiesWriter.write(ELECTION, tally, filter, region);
          try {
            schema.newValidator().validate(new StreamSource(new StringReader(written)));
          } catch (Exception e) {
            throw new AssertionError("invalid against PA's schema: " + written, e);
          }
          PaStateOfParties read =
              (PaStateOfParties) PaReader.read("written.xml", Fixtures.bytes(written));
          assertThat(PaStateOfPartiesCheck.reconcile(read, ELECTION, tally)).isEmpty();
          assertThat(read.region()).isEqualTo(region);
        });
  }
}
