package org.psephos.json.codec;

import org.psephos.json.PublishedResult;
import org.psephos.tally.Tally;

/**
 * The one check of each input against a tally's election, baseline and control rule: a reader
 * checks every declaration and ward result here, once, after reading it and its sequence number,
 * and a feed applied to a tally is checked by that tally as it applies each line. Nothing else
 * validates an input against a tally. (When core's tally can check an input without applying it,
 * {@link #validating} is where that check goes.)
 */
final class Check {
  private Tally tally;
  private final boolean keeps;

  private Check(Tally tally, boolean keeps) {
    this.tally = tally;
    this.keeps = keeps;
  }

  /** Checks inputs as an empty tally with the given one's choices applies them; keeps nothing. */
  static Check validating(Tally tally) {
    return new Check(Tally.of(tally.election(), tally.baseline(), tally.controlRule()), false);
  }

  /** Checks inputs by applying them to the tally, which then holds them. */
  static Check applyingTo(Tally tally) {
    return new Check(tally, true);
  }

  /** Checks a result read at a node; a rejection is reported there. */
  void accept(Node at, PublishedResult result) {
    Tally after = Bind.core(at, () -> result.applyTo(tally));
    if (keeps) {
      tally = after;
    }
  }

  /** The tally with every accepted input applied, for a check that applies them. */
  Tally tally() {
    return tally;
  }
}
