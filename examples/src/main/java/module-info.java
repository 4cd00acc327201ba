/**
 * Runnable example programs for Psephos and the {@code psephos} command-line entry point.
 *
 * <p>The command's package is open to picocli, which reads its annotations reflectively.
 */
module org.psephos.examples {
  requires static org.jspecify;
  requires transitive org.psephos.json;
  requires org.psephos.feeds;
  requires info.picocli;
  requires io.javalin;

  exports org.psephos.examples;

  opens org.psephos.examples.cli to
      info.picocli;
}
