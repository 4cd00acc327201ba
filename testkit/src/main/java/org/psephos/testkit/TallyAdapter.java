package org.psephos.testkit;

import java.util.List;
import org.psephos.Election;

/**
 * The results system under test, seen by {@link TallyLaws}: from an election and a night's inputs
 * in arrival order to the standings the system shows. Implement it over your own tally (a
 * database, a spreadsheet export, a feed consumer): feed it the election and the inputs, read back
 * its figures as {@link StandingsFigures}.
 *
 * <p>Every generated input is valid: a system may throw on one, and {@link TallyLaws} then reports
 * the law being checked as broken with the input that made it throw.
 */
@FunctionalInterface
public interface TallyAdapter {

  /**
   * The standings of the whole election after the inputs.
   *
   * @param election the election
   * @param inputs the inputs in arrival order
   * @return the system's standings
   */
  StandingsFigures standings(Election election, List<Input> inputs);

  /**
   * The standings of one region's councils after the inputs. By default the system's standings of
   * the election restricted to that region's councils and their inputs; override it when the
   * system has its own regional breakdown, so that the law that regions add up to the whole
   * checks it.
   *
   * @param election the election
   * @param inputs the inputs in arrival order
   * @param region one of the election's regions
   * @return the system's standings of the region
   * @throws IllegalArgumentException if no council of the election is in the region
   */
  default StandingsFigures regionStandings(Election election, List<Input> inputs, String region) {
    Night regional =
        new Night(0, 1, election, inputs).restrictedTo(
            council -> council.region().filter(region::equals).isPresent());
    return standings(regional.election(), regional.inputs());
  }
}
