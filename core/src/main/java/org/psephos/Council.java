package org.psephos;

import static java.util.Objects.requireNonNull;

/**
 * A local authority: a stable id (the ONS GSS code such as {@code "E09000032"} is expected; any
 * non-blank id is accepted), a name, a {@link CouncilType type}, a region such as {@code "London"},
 * and its size: the total number of seats after this election. Sizes change at an election after a
 * boundary review; the size before is the total of the contest's {@link Contest#previous()}
 * composition.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param id the stable id, not blank
 * @param name the council's name, not blank
 * @param type the council's type
 * @param region the region it belongs to, not blank
 * @param size the number of seats after this election, at least 1
 */
public record Council(String id, String name, CouncilType type, String region, int size) {

  /**
   * Validates the components.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param region the region it belongs to, not blank
   * @param size the number of seats after this election, at least 1
   * @throws BlankValueException if the id, name or region is blank
   * @throws NegativeSeatsException if the size is negative
   * @throws SeatCountException if the size is below 1
   */
  public Council {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(region, "region");
    Checks.requireNonBlank(id, "council id");
    Checks.requireNonBlank(name, "name of council " + id);
    Checks.requireNonBlank(region, "region of " + name + " (" + id + ")");
    if (size < 0) {
      throw new NegativeSeatsException(name + " (" + id + "): size (" + size + ") is negative");
    }
    if (size < 1) {
      throw new SeatCountException(name + " (" + id + "): size (" + size + ") is not positive");
    }
  }

  /**
   * A council.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param region the region it belongs to, not blank
   * @param size the number of seats after this election, at least 1
   * @return the council
   * @throws BlankValueException if the id, name or region is blank
   * @throws SeatCountException if the size is below 1
   */
  public static Council of(String id, String name, CouncilType type, String region, int size) {
    return new Council(id, name, type, region, size);
  }

  /**
   * The majority: the number of seats a party needs to control this council, more than half of its
   * size, as {@link Control#majority(int)} decides.
   *
   * @return the majority
   */
  public int majority() {
    return Control.majority(size);
  }

  /**
   * The council as it is named in messages: {@code "Wandsworth (E09000032)"}.
   *
   * @return the name followed by the id in brackets
   */
  public String label() {
    return name + " (" + id + ")";
  }
}
