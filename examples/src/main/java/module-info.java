/** Runnable example programs for Psephos and the {@code psephos} command-line entry point. */
module org.psephos.examples {
  requires static org.jspecify;
  requires org.psephos.core;
  requires org.psephos.json;
}
