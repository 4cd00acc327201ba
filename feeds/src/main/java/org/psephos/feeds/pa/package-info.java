/**
 * PA Media's local elections feed: {@link org.psephos.feeds.pa.PaReader} reads the XML messages
 * ({@link org.psephos.feeds.pa.PaNominations}, {@link org.psephos.feeds.pa.PaResult}, {@link
 * org.psephos.feeds.pa.PaStateOfParties}); {@link org.psephos.feeds.pa.PaElection} turns
 * nominations into an election with PA's conventions; {@link org.psephos.feeds.pa.PaFeed} applies
 * results with their revisions and checks PA's own figures; {@link
 * org.psephos.feeds.pa.PaStateOfPartiesCheck} reconciles a state-of-parties message with a tally
 * and {@link org.psephos.feeds.pa.PaStateOfPartiesWriter} writes one; {@link
 * org.psephos.feeds.pa.PaDropFolder} watches the folder PA drops its files into.
 *
 * <p>Bad input is rejected with a {@link org.psephos.feeds.pa.PaFeedException} naming the file,
 * the element path and the figures; nothing from a failing file is applied.
 */
@NullMarked
package org.psephos.feeds.pa;

import org.jspecify.annotations.NullMarked;
