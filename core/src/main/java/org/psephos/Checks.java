package org.psephos;

/** Argument checks shared by the domain values; each failure names what it checked. */
final class Checks {
  private Checks() {}

  static void requireNonBlank(String value, String what) {
    if (value.isBlank()) {
      throw new BlankValueException(what + " is blank");
    }
  }
}
