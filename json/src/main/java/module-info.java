/**
 * Psephos JSON: the optional Jackson 3 module reading and writing Psephos's JSON interchange
 * format. Core never depends on it.
 */
module org.psephos.json {
  requires static org.jspecify;
  requires transitive org.psephos.core;

  exports org.psephos.json;
}
