package org.psephos.json;

/** The names and version of the documents of Psephos's JSON interchange format. */
public final class Format {
  /** The version of the format this module reads and writes. */
  public static final int VERSION = 1;

  /** The {@code "format"} value of an election definition document. */
  public static final String ELECTION = "psephos.election/" + VERSION;

  private Format() {}
}
