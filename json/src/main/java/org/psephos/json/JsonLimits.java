package org.psephos.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits this module reads within, chosen deliberately so that no input, however hostile, can
 * exhaust memory, recurse deeply, or overflow a sum in the tally. Input beyond a limit fails with
 * {@link PsephosJsonException.Kind#LIMIT_EXCEEDED} (parser limits, lengths, counts of items) or {@link
 * PsephosJsonException.Kind#NUMBER_OUT_OF_RANGE} (numbers).
 *
 * <p>Jackson's {@link StreamReadConstraints} are set to:
 *
 * <ul>
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH}: the deepest document of the format nests 8 levels
 *       (a ward's previous votes in an election definition);
 *   <li>document length {@value #MAX_DOCUMENT_LENGTH} bytes: an election of every council in the UK
 *       is under 2 MB;
 *   <li>string length {@value #MAX_STRING_LENGTH} characters (a licence text fits) and member name
 *       length {@value #MAX_NAME_LENGTH} characters (party ids and aliases are member names);
 *   <li>number length {@value #MAX_NUMBER_LENGTH} characters: every number of the format fits in 64
 *       bits;
 *   <li>token count {@value #MAX_TOKEN_COUNT}.
 * </ul>
 *
 * <p>The format's own bounds: at most {@value #MAX_SEATS} seats in any one count and in any one
 * composition's total (the largest UK council has fewer than 200); at most {@value #MAX_PARTIES}
 * parties, {@value #MAX_ALIASES} aliases and {@value #MAX_COUNCILS} councils in an election; at most
 * {@value #MAX_DECLARATIONS} declarations in one declarations document; sequence numbers from 1 to
 * {@value #MAX_SEQUENCE} (2<sup>53</sup> - 1, exact in every JSON implementation). At the ward
 * level: at most {@value #MAX_WARDS} wards in an election, {@value #MAX_CANDIDATES} candidates in a
 * ward, {@value #MAX_VOTES} in any one vote count or ballot figure (a candidate's votes, a ward's
 * electorate; the largest ward electorates are a few tens of thousands) and {@value
 * #MAX_WARD_RESULTS} ward results in one ward results document. With these bounds no seat total the
 * tally keeps can exceed 2<sup>31</sup> - 1, and no vote total 2<sup>63</sup> - 1. A result stream
 * has no length limit: each line is its own document of at most {@value #MAX_LINE_LENGTH} bytes,
 * read one at a time.
 */
public final class JsonLimits {
  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest document accepted, in bytes (64 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The longest line of a declaration stream accepted, in bytes (1 MiB), end of line excluded. */
  public static final int MAX_LINE_LENGTH = 1024 * 1024;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 65_536;

  /** The longest member name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 24;

  /** The most tokens accepted in one document. */
  public static final long MAX_TOKEN_COUNT = 5_000_000L;

  /** The longest id (of an election, party, council or ward) accepted, in characters. */
  public static final int MAX_ID_LENGTH = org.psephos.Checks.MAX_ID_LENGTH;

  /** The largest seat count, council size or composition total accepted. */
  public static final int MAX_SEATS = 10_000;

  /** The most parties accepted in one election. */
  public static final int MAX_PARTIES = 1_000;

  /** The most aliases accepted in one election. */
  public static final int MAX_ALIASES = 10_000;

  /** The most councils accepted in one election. */
  public static final int MAX_COUNCILS = 20_000;

  /** The most declarations accepted in one declarations document. */
  public static final int MAX_DECLARATIONS = 100_000;

  /** The most wards accepted in one election. */
  public static final int MAX_WARDS = 50_000;

  /** The most candidates accepted in one ward result. */
  public static final int MAX_CANDIDATES = 1_000;

  /** The largest vote count or ballot figure accepted (ten million). */
  public static final int MAX_VOTES = 10_000_000;

  /** The most ward results accepted in one ward results document. */
  public static final int MAX_WARD_RESULTS = 100_000;

  /** The largest sequence number accepted: 2<sup>53</sup> - 1. */
  public static final long MAX_SEQUENCE = (1L << 53) - 1;

  private JsonLimits() {}

  /**
   * Jackson's stream read constraints set to this class's limits; the facade's mapper uses them,
   * and a mapper built by hand should too.
   *
   * @return the constraints
   */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxTokenCount(MAX_TOKEN_COUNT)
        .build();
  }
}
