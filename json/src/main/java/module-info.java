/**
 * Psephos JSON: the optional Jackson 3 module reading and writing Psephos's JSON interchange
 * format. Core never depends on it.
 *
 * <p>{@link org.psephos.json.PsephosModule} is provided to {@link java.util.ServiceLoader} as a
 * {@code tools.jackson.databind.JacksonModule}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it.
 */
module org.psephos.json {
  requires static org.jspecify;
  requires transitive org.psephos.core;
  requires transitive tools.jackson.databind;

  exports org.psephos.json;

  provides tools.jackson.databind.JacksonModule with
      org.psephos.json.PsephosModule;
}
