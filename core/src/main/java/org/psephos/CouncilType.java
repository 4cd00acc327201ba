package org.psephos;

import java.util.Optional;

/**
 * The type of a local authority. The ONS GSS code prefix tells the type; {@link #ofGssCode} reads
 * it where the code is known.
 */
public enum CouncilType {
  /** A London borough (GSS prefix E09). */
  LONDON_BOROUGH("E09"),
  /** A metropolitan borough (GSS prefix E08). */
  METROPOLITAN_BOROUGH("E08"),
  /** A unitary authority in England (GSS prefix E06). */
  UNITARY_AUTHORITY("E06"),
  /** A shire (non-metropolitan) district (GSS prefix E07). */
  SHIRE_DISTRICT("E07"),
  /** A county council (GSS prefix E10). */
  COUNTY("E10"),
  /** A Welsh principal area (GSS prefix W06). */
  WELSH_PRINCIPAL_AREA("W06"),
  /** A Scottish council area (GSS prefix S12). */
  SCOTTISH_COUNCIL("S12"),
  /** A Northern Irish local government district (GSS prefix N09). */
  NORTHERN_IRISH_DISTRICT("N09");

  private final String gssPrefix;

  CouncilType(String gssPrefix) {
    this.gssPrefix = gssPrefix;
  }

  /**
   * Whether councils of this type elect by the single transferable vote, every ward counted by
   * STV: Scottish councils and Northern Irish districts. The others elect by most votes.
   *
   * @return whether the type's wards are counted by STV
   */
  public boolean electsByTransferableVote() {
    return this == SCOTTISH_COUNCIL || this == NORTHERN_IRISH_DISTRICT;
  }

  /**
   * The three-character GSS code prefix of councils of this type, such as {@code "E09"}.
   *
   * @return the prefix
   */
  public String gssPrefix() {
    return gssPrefix;
  }

  /**
   * The type a GSS code denotes, from its three-character prefix.
   *
   * @param code a GSS code such as {@code "E09000032"}
   * @return the type, or empty when the code has no council-type prefix (a ward code, or an id
   *     that is not a GSS code)
   */
  public static Optional<CouncilType> ofGssCode(String code) {
    for (CouncilType type : values()) {
      if (code.startsWith(type.gssPrefix)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
