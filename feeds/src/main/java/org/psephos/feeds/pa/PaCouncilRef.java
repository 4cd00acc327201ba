package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

/**
 * A council named in a state-of-parties message ({@code CouncilsIncluded/Council}).
 *
 * @param paId PA's council id
 * @param name the council's name
 * @param type PA's council type
 * @param proportion PA's proportion of seats up
 * @param path the element path, for messages
 */
public record PaCouncilRef(String paId, String name, String type, String proportion, String path) {

  /**
   * Checks the components are present.
   *
   * @param paId PA's council id
   * @param name the name
   * @param type the type
   * @param proportion the proportion
   * @param path the element path
   */
  public PaCouncilRef {
    requireNonNull(paId, "paId");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(proportion, "proportion");
    requireNonNull(path, "path");
  }
}
