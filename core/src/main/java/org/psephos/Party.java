package org.psephos;

import static java.util.Objects.requireNonNull;

/**
 * A reporting party: the identity under which seats are counted and councils controlled.
 *
 * <p>The id is opaque, within the id rules of {@link Checks} (Electoral Commission ids such as {@code "PP53"} for Labour, or Democracy
 * Club's {@code "ynmp-party:2"} for independents, are expected but not required); the name is the
 * display name ("Labour") and the short name its abbreviation ("Lab"). A party is <em>cohesive</em>
 * when its councillors act as one group and so can control a council. Parties are cohesive by
 * default; independents are not ({@link #independent}), and a grouping can be marked either way
 * with {@link #withCohesive}.
 *
 * <p>Two parties are equal when all four components are equal. Immutable and thread-safe.
 *
 * @param id the stable id, an id by the rules of {@link Checks}
 * @param name the display name, not blank
 * @param shortName the abbreviation, not blank
 * @param cohesive whether the party can control a council under the default control rule
 */
public record Party(String id, String name, String shortName, boolean cohesive) {

  /**
   * Validates the components.
   *
   * @param id the stable id, an id by the rules of {@link Checks}
   * @param name the display name, not blank
   * @param shortName the abbreviation, not blank
   * @param cohesive whether the party can control a council under the default control rule
   * @throws InvalidValueException if the id is not a valid id or a name is not a valid name, by
   *     the rules of {@link Checks}
   */
  public Party {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(shortName, "shortName");
    Checks.requireId(id, "party id", DataSubject.none());
    DataSubject subject = DataSubject.none().withParty(id);
    Checks.requireName(name, "name of party " + id, subject);
    Checks.requireName(shortName, "short name of party " + id, subject);
  }

  /**
   * A cohesive party, able to control a council.
   *
   * @param id the stable id, an id by the rules of {@link Checks}
   * @param name the display name, not blank
   * @param shortName the abbreviation, not blank
   * @return the party
   * @throws InvalidValueException if the id or a name breaks the rules of {@link Checks}
   */
  public static Party of(String id, String name, String shortName) {
    return new Party(id, name, shortName, true);
  }

  /**
   * A non-cohesive grouping such as independents: its seats are counted together, but by default it
   * never controls a council.
   *
   * @param id the stable id, an id by the rules of {@link Checks}
   * @param name the display name, not blank
   * @param shortName the abbreviation, not blank
   * @return the non-cohesive party
   * @throws InvalidValueException if the id or a name breaks the rules of {@link Checks}
   */
  public static Party independent(String id, String name, String shortName) {
    return new Party(id, name, shortName, false);
  }

  /**
   * A copy of this party with the given cohesion.
   *
   * @param isCohesive whether the copy can control a council under the default control rule
   * @return a party equal to this one but for its cohesion
   */
  public Party withCohesive(boolean isCohesive) {
    return new Party(id, name, shortName, isCohesive);
  }

  /**
   * The party as it is named in messages: {@code "Labour (PP53)"}.
   *
   * @return the name followed by the id in brackets
   */
  public String label() {
    return name + " (" + id + ")";
  }
}
