/**
 * Candidate tables, the historic open data of English local elections: {@link
 * org.psephos.feeds.tables.LeapReader} reads the Local Elections Archive Project's files and {@link
 * org.psephos.feeds.tables.HandbookReader} the House of Commons Library Handbooks' candidates
 * sheets into a {@link org.psephos.feeds.tables.CandidateTable}, whose ballots ({@link
 * org.psephos.feeds.tables.TableWard}) have their elected flags checked against "most votes win";
 * {@link org.psephos.feeds.tables.CandidateTable#wardResults} turns them into the core's ward
 * results against an election, party codes resolved through its aliases.
 *
 * <p>Bad input is rejected with a {@link org.psephos.feeds.tables.TableFormatException} naming the
 * file, line, column and value; nothing from a failing file is returned.
 */
@NullMarked
package org.psephos.feeds.tables;

import org.jspecify.annotations.NullMarked;
