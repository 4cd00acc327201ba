/**
 * Psephos testkit: seeded generators of valid elections and nights of declarations, an independent
 * reference tally, and the laws a correct tally obeys, for testing any results system against
 * Psephos.
 *
 * <p>The module depends on Psephos core only (whose values it generates); it uses no test
 * framework, so it works from JUnit, TestNG or a plain {@code main}.
 */
module org.psephos.testkit {
  requires transitive org.psephos.core;
  requires static org.jspecify;

  exports org.psephos.testkit;
}
