/**
 * Psephos core: immutable domain values of UK local elections and the tally engine that turns
 * council declarations into control outcomes and state-of-parties standings.
 *
 * <ul>
 *   <li>{@code org.psephos}: parties, councils, contests, declarations, elections, control.
 *   <li>{@code org.psephos.ward}: counting a ward: candidates, winners, ties decided by lot.
 *   <li>{@code org.psephos.tally}: the immutable tally, its standings, and the thread-safe live
 *       holder.
 *   <li>{@code org.psephos.text}: the live-blog text scoreboard, adjectival party names and the
 *       SVG and HTML standings chart.
 * </ul>
 *
 * <p>The module has no runtime dependency; JSpecify annotations are needed only at compile time.
 */
module org.psephos.core {
  requires static org.jspecify;

  exports org.psephos;
  exports org.psephos.ward;
  exports org.psephos.tally;
  exports org.psephos.text;
  exports org.psephos.stv;
}
