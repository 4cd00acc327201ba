package org.psephos.json;

import java.io.InputStream;
import java.util.Objects;

/**
 * The kinds of document of Psephos's JSON interchange format. Every document is an object whose
 * {@code "format"} member names its kind and the version of the format, such as {@code
 * "psephos.election/1"}; readers reject another kind, and a version they do not know, with {@link
 * PsephosJsonException}. The format is described in {@code docs/format.md}; each kind has a
 * JSON Schema (draft 2020-12) shipped in this module's resources.
 */
public enum DocumentKind {
  /** An election definition: parties, aliases, councils and their contests. */
  ELECTION("psephos.election", "election.schema.json"),
  /** A JSON array of declarations, in a document naming the election. */
  DECLARATIONS("psephos.declarations", "declarations.schema.json"),
  /** One declaration: a line of a newline-delimited declaration stream. */
  DECLARATION("psephos.declaration", "declaration.schema.json"),
  /** Standings and control outcomes, as output, with the filter and baseline used. */
  RESULTS("psephos.results", "results.schema.json"),
  /** A JSON array of ward results, in a document naming the election. */
  WARD_RESULTS("psephos.wardresults", "wardresults.schema.json"),
  /** One ward result: a line of a newline-delimited result stream. */
  WARD_RESULT("psephos.wardresult", "wardresult.schema.json"),
  /** One withdrawal of a council's or a ward's result: a line of a result stream. */
  WITHDRAWAL("psephos.withdrawal", "withdrawal.schema.json"),
  /** One ward's postponed poll: a line of a result stream. */
  POSTPONEMENT("psephos.postponement", "postponement.schema.json"),
  /**
   * The sheet of a single transferable vote count, as output: the quota and every stage, with each
   * candidate's change and total, as councils publish "votes per stage".
   */
  COUNT_SHEET("psephos.countsheet", "countsheet.schema.json");

  /** The version of the format this module reads and writes. */
  public static final int VERSION = 1;

  private final String formatName;
  private final String schemaFile;

  DocumentKind(String formatName, String schemaFile) {
    this.formatName = formatName;
    this.schemaFile = schemaFile;
  }

  /**
   * The name of the kind, without version, such as {@code "psephos.election"}.
   *
   * @return the name
   */
  public String formatName() {
    return formatName;
  }

  /**
   * The {@code "format"} value this module writes for the kind, such as {@code
   * "psephos.election/1"}.
   *
   * @return the name followed by {@code /} and {@link #VERSION}
   */
  public String format() {
    return formatName + "/" + VERSION;
  }

  /**
   * The file name of the kind's JSON Schema, such as {@code "election.schema.json"}.
   *
   * @return the file name
   */
  public String schemaFileName() {
    return schemaFile;
  }

  /**
   * Opens the kind's JSON Schema (draft 2020-12) from this module's resources.
   *
   * @return a stream of the schema's UTF-8 text, to be closed by the caller
   */
  public InputStream openSchema() {
    return Objects.requireNonNull(
        DocumentKind.class.getResourceAsStream("schema/" + schemaFile), schemaFile);
  }
}
