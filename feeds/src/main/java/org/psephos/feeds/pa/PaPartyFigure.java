package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

/**
 * One party's figure in a result: seats in {@code ElectedCouncillors} and {@code NewCouncil}, the
 * signed change in {@code Changes}.
 *
 * @param paId PA's party id
 * @param name the party as the result names it (PA's abbreviation)
 * @param value the seats, or the change
 * @param path the element path, for messages
 */
public record PaPartyFigure(String paId, String name, int value, String path) {

  /**
   * Checks the components are present.
   *
   * @param paId PA's party id
   * @param name the party's name in the result
   * @param value the seats or change
   * @param path the element path
   */
  public PaPartyFigure {
    requireNonNull(paId, "paId");
    requireNonNull(name, "name");
    requireNonNull(path, "path");
  }
}
