package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * What a results document carries: a tally seen through a filter. Its {@link #standings()} are the
 * tally's standings for the filter, and its {@link #outcomes()} the results of the declared councils
 * the filter selects; the baseline and control rule are the tally's.
 *
 * <p>Read back from a document, the tally holds the declarations of the listed councils only.
 *
 * <p>Immutable and thread-safe if the filter is.
 *
 * @param tally the tally
 * @param filter the councils covered
 */
public record Results(Tally tally, CouncilFilter filter) {

  /**
   * Checks the components.
   *
   * @param tally the tally
   * @param filter the councils covered
   */
  public Results {
    requireNonNull(tally, "tally");
    requireNonNull(filter, "filter");
  }

  /**
   * The results of a whole tally.
   *
   * @param tally the tally
   * @return the results over all councils
   */
  public static Results of(Tally tally) {
    return new Results(tally, CouncilFilter.all());
  }

  /**
   * The standings of the councils the filter selects.
   *
   * @return the standings
   */
  public Standings standings() {
    return tally.standings(filter);
  }

  /**
   * The declared councils the filter selects, in the election's order, each with its control
   * outcome and seat changes.
   *
   * @return an unmodifiable list
   */
  public List<CouncilResult> outcomes() {
    List<CouncilResult> selected = new ArrayList<>();
    for (CouncilResult result : tally.results()) {
      if (filter.test(result.council())) {
        selected.add(result);
      }
    }
    return Collections.unmodifiableList(selected);
  }
}
