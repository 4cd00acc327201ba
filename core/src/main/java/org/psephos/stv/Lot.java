package org.psephos.stv;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psephos.DataSubject;
import org.psephos.UnresolvedTieException;

/**
 * Decides a tie the rules leave to lot. The library never draws by itself: a count without a lot
 * stops at such a tie, a lot {@link #ofDrawn replays} the drawing made at the official count, and
 * a {@link #seeded} lot draws pseudo-randomly but reproducibly.
 */
@FunctionalInterface
public interface Lot {

  /**
   * Draws one of the tied candidates.
   *
   * @param stage the stage the lot decides
   * @param purpose what the lot decides
   * @param tied the names of the tied candidates, in ballot-paper order
   * @return the name drawn, one of {@code tied}
   * @throws UnresolvedTieException if the lot will not decide this tie
   */
  String draw(int stage, LotPurpose purpose, List<String> tied);

  /**
   * A lot that decides nothing: a tie that needs one stops the count.
   *
   * @return the lot
   */
  static Lot none() {
    return (stage, purpose, tied) -> {
      throw new UnresolvedTieException(
          "stage " + stage + ": " + String.join(", ", tied) + " are tied at every stage for "
              + (purpose == LotPurpose.EXCLUSION ? "exclusion" : "the first surplus")
              + "; the count needs the lot drawn by the returning officer",
          DataSubject.none(),
          tied,
          List.of());
    };
  }

  /**
   * A lot that replays an official drawing: each tie is decided by the first name given, not used
   * before, that is among the tied.
   *
   * @param drawn the names drawn at the count, in the order drawn
   * @return the lot, not thread-safe
   */
  static Lot ofDrawn(List<String> drawn) {
    List<String> left = new ArrayList<>(drawn);
    return (stage, purpose, tied) -> {
      for (String name : left) {
        if (tied.contains(name)) {
          left.remove(name);
          return name;
        }
      }
      return none().draw(stage, purpose, tied);
    };
  }

  /**
   * A reproducible pseudo-random lot: the same seed draws the same way in the same count.
   *
   * @param seed the seed
   * @return the lot, not thread-safe
   */
  static Lot seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return (stage, purpose, tied) -> requireNonNull(tied.get(random.nextInt(tied.size())));
  }
}
