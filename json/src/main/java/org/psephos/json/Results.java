package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * What a results document carries: a tally seen through a filter. Its {@link #standings()} are the
 * tally's standings for the filter, its {@link #outcomes()} the results of the declared councils
 * the filter selects, and its {@link #councilsInProgress()} the councils the filter selects that
 * are counted ward by ward with some but not all wards in; the baseline and control rule are the
 * tally's.
 *
 * <p>A results document also names every party of the election (id, name, short name) so that a
 * front end can show it without the election file, with each party's display colour where the
 * results carry {@link #colours()} (such as an {@link ElectionDefinition}'s).
 *
 * <p>Read back from a document, the tally holds the declarations and ward results of the listed
 * councils only.
 *
 * <p>Immutable and thread-safe if the filter is.
 *
 * @param tally the tally
 * @param filter the councils covered
 * @param colours display colour ({@code #RRGGBB}) by party id, for some or none of the election's
 *     parties, in the election's party order
 */
public record Results(Tally tally, CouncilFilter filter, Map<String, String> colours) {

  /**
   * Checks the components and copies the colours into the election's party order.
   *
   * @param tally the tally
   * @param filter the councils covered
   * @param colours display colour by party id
   * @throws IllegalArgumentException if a colour is not {@code #RRGGBB} or names no party of the
   *     election
   */
  public Results {
    requireNonNull(tally, "tally");
    requireNonNull(filter, "filter");
    colours = new ElectionDefinition(tally.election(), colours, Metadata.none()).colours();
  }

  /**
   * Results without colours.
   *
   * @param tally the tally
   * @param filter the councils covered
   */
  public Results(Tally tally, CouncilFilter filter) {
    this(tally, filter, Map.of());
  }

  /**
   * These results with the display colours of an election definition (of the tally's election).
   *
   * @param definition the election definition
   * @return results with its colours
   * @throws IllegalArgumentException if the definition is of another election
   */
  public Results withColoursOf(ElectionDefinition definition) {
    if (!definition.election().id().equals(tally.election().id())) {
      throw new IllegalArgumentException("the definition is of election "
          + definition.election().id() + ", not " + tally.election().id());
    }
    return new Results(tally, filter, definition.colours());
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
    return tally.results().stream().filter(result -> filter.test(result.council())).toList();
  }

  /**
   * The councils in progress the filter selects, in the election's order: counted ward by ward,
   * with some but not all of their wards declared.
   *
   * @return an unmodifiable list of their progress
   */
  public List<CouncilProgress> councilsInProgress() {
    return tally.councilsInProgress().stream().filter(filter).map(tally::progress).toList();
  }
}
