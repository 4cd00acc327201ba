package org.psephos.feeds.tables;

import java.util.OptionalInt;
import org.psephos.DataSubject;

/** The values of a table's cells, each read strictly, with the file, line and column on error. */
final class Cells {
  /** The largest whole number read: the core's largest vote figure. */
  static final int MAX = 10_000_000;

  private Cells() {}

  /** A whole number from 0 to {@link #MAX}, digits only, or empty when the cell is empty. */
  static OptionalInt optionalWhole(String file, TableText.Row row, int index, String what) {
    String value = row.get(index);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(whole(file, row, index, what));
  }

  /** A whole number from 0 to {@link #MAX}, digits only. */
  static int whole(String file, TableText.Row row, int index, String what) {
    String value = row.get(index);
    boolean digits = !value.isEmpty() && value.length() <= 8;
    for (int i = 0; i < value.length() && digits; i++) {
      char c = value.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (!digits || Integer.parseInt(value) > MAX) {
      throw new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          file,
          row.line(),
          index + 1,
          value,
          what + " must be a whole number from 0 to " + MAX,
          DataSubject.none());
    }
    return Integer.parseInt(value);
  }

  /** An elected flag: 1 or 0. */
  static boolean flag(String file, TableText.Row row, int index, String what) {
    String value = row.get(index);
    if (value.equals("1")) {
      return true;
    }
    if (value.equals("0")) {
      return false;
    }
    throw new TableFormatException(
        TableFormatException.Kind.INVALID_VALUE,
        file,
        row.line(),
        index + 1,
        value,
        what + " must be 1 or 0",
        DataSubject.none());
  }

  /** A value that must not be blank. */
  static String text(String file, TableText.Row row, int index, String what) {
    String value = row.get(index).strip();
    if (value.isEmpty()) {
      throw new TableFormatException(
          TableFormatException.Kind.INVALID_VALUE,
          file,
          row.line(),
          index + 1,
          row.get(index),
          what + " is empty",
          DataSubject.none());
    }
    return value;
  }
}
