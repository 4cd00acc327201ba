package org.psephos;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a problem with election data concerns: the ids of the council, the ward and the party, and
 * the name of the candidate, each where known.
 *
 * <p>Carried by every {@link ElectionDataException}, so that a caller can read the facts instead
 * of parsing the message. Built from {@link #none()} or {@link #council(Council)} and extended
 * with the {@code with} copies. Equal by all components. Immutable and thread-safe.
 *
 * @param councilId the id of the council concerned, if any
 * @param wardId the id of the ward concerned, if any
 * @param partyId the id of the party concerned, if any
 * @param candidate the name of the candidate concerned, if any
 */
public record DataSubject(
    Optional<String> councilId,
    Optional<String> wardId,
    Optional<String> partyId,
    Optional<String> candidate) {
  private static final DataSubject NONE =
      new DataSubject(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the components are present.
   *
   * @param councilId the id of the council concerned, if any
   * @param wardId the id of the ward concerned, if any
   * @param partyId the id of the party concerned, if any
   * @param candidate the name of the candidate concerned, if any
   */
  public DataSubject {
    requireNonNull(councilId, "councilId");
    requireNonNull(wardId, "wardId");
    requireNonNull(partyId, "partyId");
    requireNonNull(candidate, "candidate");
  }

  /**
   * A problem that concerns no council, ward, party or candidate in particular.
   *
   * @return the empty subject
   */
  public static DataSubject none() {
    return NONE;
  }

  /**
   * A problem concerning a council.
   *
   * @param council the council
   * @return the subject naming its id
   */
  public static DataSubject council(Council council) {
    return NONE.withCouncil(council.id());
  }

  /**
   * A problem concerning a party.
   *
   * @param party the party
   * @return the subject naming its id
   */
  public static DataSubject party(Party party) {
    return NONE.withParty(party.id());
  }

  /**
   * This subject naming a council.
   *
   * @param id the council id
   * @return the copy
   */
  public DataSubject withCouncil(String id) {
    return new DataSubject(Optional.of(id), wardId, partyId, candidate);
  }

  /**
   * This subject naming a ward.
   *
   * @param id the ward id
   * @return the copy
   */
  public DataSubject withWard(String id) {
    return new DataSubject(councilId, Optional.of(id), partyId, candidate);
  }

  /**
   * This subject naming a party.
   *
   * @param id the party id
   * @return the copy
   */
  public DataSubject withParty(String id) {
    return new DataSubject(councilId, wardId, Optional.of(id), candidate);
  }

  /**
   * This subject naming a candidate.
   *
   * @param name the candidate's name
   * @return the copy
   */
  public DataSubject withCandidate(String name) {
    return new DataSubject(councilId, wardId, partyId, Optional.of(name));
  }
}
