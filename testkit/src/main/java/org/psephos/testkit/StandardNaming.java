package org.psephos.testkit;

/** The standard {@link Naming}: every default. */
final class StandardNaming implements Naming {
  static final Naming INSTANCE = new StandardNaming();

  private StandardNaming() {}

  @Override
  public String toString() {
    return "Naming.standard()";
  }
}
