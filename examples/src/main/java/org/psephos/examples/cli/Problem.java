package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import org.psephos.json.PsephosJsonException;

/**
 * One problem found in an input file: the file, the place in it (line and column from 1, 0 when
 * not known; and the JSON pointer of the value at fault, empty for the whole document) and the
 * reason.
 *
 * <p>Written as compilers write diagnostics, {@code FILE:LINE:COLUMN: reason (at /pointer)}, so
 * that editors and terminals can jump to it; a problem with the whole document reads {@code (at the
 * document root)}, and one with the file itself (missing, unreadable) has no place. Immutable.
 *
 * @param file the file's name as the user gave it
 * @param line the line, from 1, or 0 if unknown
 * @param column the column, from 1, or 0 if unknown
 * @param pointer the JSON pointer of the value at fault, empty for the whole document
 * @param reason what is wrong
 * @param malformed whether the file is not a well-formed JSON document at all (not JSON, not
 *     UTF-8, truncated, content after its end)
 */
record Problem(
    String file, long line, long column, String pointer, String reason, boolean malformed) {

  Problem {
    requireNonNull(file, "file");
    requireNonNull(pointer, "pointer");
    requireNonNull(reason, "reason");
  }

  /** A problem with a well-formed document, or with a file. */
  Problem(String file, long line, long column, String pointer, String reason) {
    this(file, line, column, pointer, reason, false);
  }

  /** A problem with a whole file, such as a file that cannot be read. */
  static Problem ofFile(String file, String reason) {
    return new Problem(file, 0, 0, "", reason);
  }

  /** The problem a JSON module exception reports, at its line, column and pointer. */
  static Problem of(String file, PsephosJsonException e) {
    return new Problem(
        file, Math.max(0, e.line()), Math.max(0, e.column()), e.pointer(), e.reason(),
        e.kind() == PsephosJsonException.Kind.MALFORMED_JSON
            || e.kind() == PsephosJsonException.Kind.TRUNCATED_DOCUMENT);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ").append(reason);
    if (!pointer.isEmpty()) {
      text.append(" (at ").append(pointer).append(')');
    } else if (line > 0) {
      text.append(" (at the document root)");
    }
    return text.toString();
  }
}
