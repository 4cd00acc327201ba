package org.psephos.json.codec;

import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedResult;
import org.psephos.json.PublishedWardResult;
import org.psephos.tally.Tally;

/**
 * The one check of each input against a tally's election, baseline and control rule ({@link
 * Tally#check}), made after the input and its sequence number are read: a reader checks every
 * declaration and ward result here, once, and a feed applied to a tally applies the checked value,
 * which the tally does not check again. Nothing else validates an input against a tally.
 */
final class Check {
  private Tally tally;
  private final boolean keeps;

  private Check(Tally tally, boolean keeps) {
    this.tally = tally;
    this.keeps = keeps;
  }

  /**
   * Checks inputs as the tally would apply them, changing nothing: a declaration's check does not
   * depend on what the tally holds, and a ward result's only when it is applied.
   */
  static Check validating(Tally tally) {
    return new Check(tally, false);
  }

  /** Checks inputs and applies each checked value to the tally, which then holds them. */
  static Check applyingTo(Tally tally) {
    return new Check(tally, true);
  }

  /** Checks a result read at a node (and applies it if this check keeps them); reported there. */
  void accept(Where at, PublishedResult result) {
    Tally current = tally;
    Tally changed;
    if (result instanceof PublishedDeclaration published) {
      var checked = at.core(() -> current.check(published.declaration()));
      changed = keeps ? at.core(() -> current.apply(checked)) : current;
    } else if (result instanceof PublishedWardResult published) {
      var checked = at.core(() -> current.check(published.result()));
      changed = keeps ? at.core(() -> current.apply(checked)) : current;
    } else {
      // a withdrawal or a postponement is checked by applying it: the council and the ward as the
      // tally would check them (a validating check keeps nothing, so a postponed ward that has
      // declared is found only where the inputs are applied)
      changed = at.core(() -> result.applyTo(current));
    }
    if (keeps) {
      tally = changed;
    }
  }

  /** The tally with every accepted input applied, for a check that applies them. */
  Tally tally() {
    return tally;
  }
}
