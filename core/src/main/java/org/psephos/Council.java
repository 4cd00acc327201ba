package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A local authority: a stable id (the ONS GSS code such as {@code "E09000032"} is expected; any
 * id by the rules of {@link Checks} is accepted), a name, a {@link CouncilType type}, optionally a
 * region such as {@code "London"}, and its size: the total number of seats after this election.
 * Sizes change at an election after a boundary review; the size before is the total of the
 * contest's {@link Contest#previous()} composition.
 *
 * <p>The region is optional because most sources give none outside London; it is never derived
 * from the id. A council without a region counts in every standing of the whole election and of its
 * type, and in no region's.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param id the stable id, not blank
 * @param name the council's name, not blank
 * @param type the council's type
 * @param region the region it belongs to, not blank, or empty if not known
 * @param size the number of seats after this election, 1 to {@link Checks#MAX_SEATS}
 */
public record Council(
    String id, String name, CouncilType type, Optional<String> region, int size) {

  /**
   * Validates the components.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param region the region it belongs to, not blank, or empty if not known
   * @param size the number of seats after this election, 1 to {@link Checks#MAX_SEATS}
   * @throws InvalidValueException if the id, name or region breaks the rules of {@link Checks}
   * @throws SeatCountException if the size is below 1 or above {@link Checks#MAX_SEATS}
   */
  public Council {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(region, "region");
    Checks.requireId(id, "council id", DataSubject.none());
    DataSubject subject = DataSubject.none().withCouncil(id);
    Checks.requireName(name, "name of council " + id, subject);
    if (region.isPresent()) {
      Checks.requireName(region.get(), "region of " + name + " (" + id + ")", subject);
    }
    if (size < 0) {
      throw new SeatCountException(
          name + " (" + id + "): size (" + size + ") is negative", subject, size, 1);
    }
    if (size < 1) {
      throw new SeatCountException(
          name + " (" + id + "): size (" + size + ") is not positive", subject, size, 1);
    }
    Checks.requireAtMost(size, Checks.MAX_SEATS, name + " (" + id + "): size", "seats", subject);
  }

  /**
   * A council in a region.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param region the region it belongs to, not blank
   * @param size the number of seats after this election, 1 to {@link Checks#MAX_SEATS}
   * @throws InvalidValueException if the id, name or region breaks the rules of {@link Checks}
   * @throws SeatCountException if the size is below 1 or above {@link Checks#MAX_SEATS}
   */
  public Council(String id, String name, CouncilType type, String region, int size) {
    this(id, name, type, Optional.of(requireNonNull(region, "region")), size);
  }

  /**
   * A council without a region.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param size the number of seats after this election, 1 to {@link Checks#MAX_SEATS}
   * @throws InvalidValueException if the id or name breaks the rules of {@link Checks}
   * @throws SeatCountException if the size is below 1 or above {@link Checks#MAX_SEATS}
   */
  public Council(String id, String name, CouncilType type, int size) {
    this(id, name, type, Optional.empty(), size);
  }

  /**
   * A council without a region.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param size the number of seats after this election, 1 to {@link Checks#MAX_SEATS}
   * @return the council
   * @throws InvalidValueException if the id or name breaks the rules of {@link Checks}
   * @throws SeatCountException if the size is below 1 or above {@link Checks#MAX_SEATS}
   */
  public static Council of(String id, String name, CouncilType type, int size) {
    return new Council(id, name, type, size);
  }

  /**
   * A council in a region.
   *
   * @param id the stable id, not blank
   * @param name the council's name, not blank
   * @param type the council's type
   * @param region the region it belongs to, not blank
   * @param size the number of seats after this election, 1 to {@link Checks#MAX_SEATS}
   * @return the council
   * @throws InvalidValueException if the id, name or region breaks the rules of {@link Checks}
   * @throws SeatCountException if the size is below 1 or above {@link Checks#MAX_SEATS}
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
   * The canonical form, as a record's with the region written bare and left out when absent:
   * {@code "Council[id=E09000032, name=Wandsworth, type=LONDON_BOROUGH, region=London, size=60]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Council[id="
        + id
        + ", name="
        + name
        + ", type="
        + type
        + region.map(r -> ", region=" + r).orElse("")
        + ", size="
        + size
        + "]";
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
