package org.psephos.testkit;

import java.util.List;
import org.psephos.Declaration;
import org.psephos.Election;

/**
 * The results system under test at ward level, seen by {@link WardLaws}: from an election, the
 * whole declarations of the councils counted whole, and a night's ward inputs in arrival order, to
 * the standings the system shows.
 *
 * <p>Every generated input is valid: a system may throw on one, and {@link WardLaws} then reports
 * the law being checked as broken.
 */
@FunctionalInterface
public interface WardTallyAdapter {

  /**
   * The standings of the whole election after the inputs.
   *
   * @param election the election
   * @param wholes whole declarations of councils that list no wards, applied first
   * @param inputs the ward inputs in arrival order
   * @return the system's standings
   */
  StandingsFigures standings(Election election, List<Declaration> wholes, List<WardInput> inputs);
}
