package org.psephos.feeds.tables;

import static java.util.Objects.requireNonNull;

import org.psephos.DataSubject;
import org.psephos.ElectionDataException;

/**
 * A table (a CSV file of candidates or of an election) that cannot be read. The message names the
 * file, the line and column (both counted from 1; column 0 when the fault is a whole row or file;
 * for an undecodable byte, its position in the line) and the value found; {@link #kind()} tells what was wrong. When a file fails, nothing from it is
 * used.
 */
public final class TableFormatException extends ElectionDataException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the file. */
  public enum Kind {
    /** The bytes are not UTF-8 (the message says when they read as Windows-1252). */
    ENCODING,
    /** The CSV itself is malformed (an unclosed quote, for instance). */
    MALFORMED,
    /** A row has the wrong number of columns. */
    COLUMN_COUNT,
    /** The header is not one the reader knows, or a required column is missing. */
    UNKNOWN_HEADER,
    /** A value is not what its column allows (votes not a whole number, a flag not 1 or 0...). */
    INVALID_VALUE,
    /** A party code that is neither a party nor an alias of the election. */
    UNKNOWN_PARTY,
    /** A council code that is not one of the election's councils. */
    UNKNOWN_COUNCIL,
    /** A ward whose elected flags name more winners than it has seats. */
    TOO_MANY_WINNERS,
    /** A ward whose elected flags differ from "most votes win" by more than a drawing of lots. */
    FLAGS_DIFFER,
    /** The rows of a ward break a rule of the ward's count (as the core's ward result states). */
    INVALID_WARD
  }

  /** What was wrong. */
  private final Kind kind;

  /** The file name, as given to the reader. */
  private final String file;

  /** The line, from 1. */
  private final long line;

  /** The column, from 1, or 0. */
  private final int column;

  /** The value found. */
  private final String value;

  /**
   * An exception about one place in one file.
   *
   * @param kind what was wrong
   * @param file the file name, as given to the reader
   * @param line the line, from 1
   * @param column the column, from 1; 0 when the fault is the whole row
   * @param value the value found (empty when there is none)
   * @param detail what was wrong, with the figures
   * @param subject the council, ward and party concerned, as far as known
   */
  public TableFormatException(
      Kind kind,
      String file,
      long line,
      int column,
      String value,
      String detail,
      DataSubject subject) {
    super(
        file
            + ", line "
            + line
            + (column > 0 ? ", column " + column : "")
            + (value.isEmpty() ? "" : " (\"" + value + "\")")
            + ": "
            + detail,
        subject);
    this.kind = requireNonNull(kind, "kind");
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.value = requireNonNull(value, "value");
  }

  /**
   * What was wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The file name, as given to the reader.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * The line of the fault, counted from 1 (a quoted value may span lines: this is where its row
   * starts).
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The column of the fault, counted from 1, or 0 when the fault is the whole row or file: the CSV
   * column, except for an {@link Kind#ENCODING} fault, where it is the character's position in the
   * line.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The value found at the fault, empty when there is none.
   *
   * @return the value
   */
  public String value() {
    return value;
  }
}
