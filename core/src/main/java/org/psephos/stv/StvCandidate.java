package org.psephos.stv;

/**
 * A candidate on an STV ballot paper: their name and the description of their party as printed
 * (empty for a candidate without one), each stripped and with runs of white space made one space
 * (published profiles pad some names). The description is resolved to a reporting party only when
 * the count becomes a ward result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the candidate's name, not blank, unique in the profile
 * @param party the party description as printed, possibly empty
 */
public record StvCandidate(String name, String party) {

  /**
   * Validates the components.
   *
   * @param name the candidate's name, not blank
   * @param party the party description, possibly empty
   * @throws StvException if the name is blank
   */
  public StvCandidate {
    name = name.strip().replaceAll("\\s+", " ");
    party = party.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new StvException("a candidate's name is blank (party \"" + party + "\")");
    }
  }
}
