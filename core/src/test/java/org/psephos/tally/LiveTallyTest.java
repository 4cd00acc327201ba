package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.LD;
import static org.psephos.ExampleData.UKIP;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import org.junit.jupiter.api.Test;
import org.psephos.Declaration;
import org.psephos.UnknownIdException;

/** Single-threaded semantics of the live holder; concurrency is tested elsewhere. */
class LiveTallyTest {
  private static final Tally EMPTY =
      Tally.of(
          election(
              allOut(WANDSWORTH, comp(CON, 41, LAB, 19)),
              allOut(BRENT, comp(LAB, 56, CON, 6, LD, 1))));
  private static final Declaration WANDSWORTH_HOLD =
      Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build();
  private static final Declaration BRENT_HOLD =
      Declaration.builder(BRENT).won(LAB, 60).won(CON, 3).build();

  @Test
  void startsWithTheTallyGiven() {
    assertThat(LiveTally.of(EMPTY).snapshot()).isSameAs(EMPTY);
  }

  @Test
  void applyPublishesAndReturnsTheNewTally() {
    LiveTally live = LiveTally.of(EMPTY);
    Tally published = live.apply(WANDSWORTH_HOLD);
    assertThat(live.snapshot()).isSameAs(published);
    assertThat(published).isEqualTo(EMPTY.apply(WANDSWORTH_HOLD));
    assertThat(published.outcome(WANDSWORTH).orElseThrow().describe())
        .isEqualTo("Conservative hold");
    assertThat(live.apply(BRENT_HOLD).councilsDeclared()).isEqualTo(2);
    assertThat(published.councilsDeclared()).isEqualTo(1);
  }

  @Test
  void withdrawPublishesTheTallyWithoutTheCouncil() {
    LiveTally live = LiveTally.of(EMPTY.apply(WANDSWORTH_HOLD).apply(BRENT_HOLD));
    Tally published = live.withdraw(WANDSWORTH);
    assertThat(live.snapshot()).isSameAs(published);
    assertThat(published).isEqualTo(EMPTY.apply(BRENT_HOLD));
  }

  @Test
  void updateAppliesAnyPureFunction() {
    LiveTally live = LiveTally.of(EMPTY);
    Tally published = live.update(t -> t.apply(WANDSWORTH_HOLD).apply(BRENT_HOLD));
    assertThat(live.snapshot()).isSameAs(published);
    assertThat(published.councilsDeclared()).isEqualTo(2);
  }

  @Test
  void aRejectedUpdateLeavesTheSnapshotUnchanged() {
    LiveTally live = LiveTally.of(EMPTY);
    Tally before = live.apply(WANDSWORTH_HOLD);
    Declaration unknownParty = Declaration.builder(BRENT).won(LAB, 60).won(UKIP, 3).build();
    // the first step of the update succeeds, the second is rejected: nothing is published
    assertThatThrownBy(() -> live.update(t -> t.apply(BRENT_HOLD).apply(unknownParty)))
        .isExactlyInstanceOf(UnknownIdException.class);
    assertThat(live.snapshot()).isSameAs(before);
    assertThat(live.snapshot().isDeclared(BRENT)).isFalse();
  }

  @Test
  void toStringShowsTheSnapshot() {
    LiveTally live = LiveTally.of(EMPTY);
    live.apply(BRENT_HOLD);
    assertThat(live.toString())
        .isEqualTo("LiveTally[Tally[local.2018-05-03, last-fought, 1 of 2 councils declared]]");
  }
}
