/**
 * Psephos feeds: results services' feeds read into, and written from, Psephos's tally.
 *
 * <ul>
 *   <li>{@code org.psephos.feeds.pa}: PA Media's local elections XML: nominations into an
 *       election, results into declarations with their revisions, the state-of-parties message
 *       read and reconciled or written from any tally, and the drop folder watched live.
 *   <li>{@code org.psephos.feeds.tables}: candidate tables (LEAP, the Commons Library's Local
 *       Elections Handbooks) read into ward results, their elected flags checked.
 * </ul>
 *
 * <p>XML is read with the JDK's StAX, with DTDs and external entities refused; CSV with Apache
 * Commons CSV; Democracy Club's JSON with Jackson's streaming parser (jackson-core, no data
 * binding). The module depends on core, Commons CSV and jackson-core only; JSpecify annotations are needed only at compile time.
 */
module org.psephos.feeds {
  requires static org.jspecify;
  requires transitive org.psephos.core;
  requires java.xml;
  requires org.apache.commons.csv;
  requires tools.jackson.core;
  requires java.net.http;

  exports org.psephos.feeds.pa;
  exports org.psephos.feeds.tables;
}
