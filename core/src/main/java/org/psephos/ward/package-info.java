/**
 * Counting a ward: {@link org.psephos.ward.Candidate}s with their party and votes, and the {@link
 * org.psephos.ward.WardResult} of a ward's count, which decides who is elected (the candidates
 * with most votes for the seats up), records seats decided by lot, and reports tied candidates who
 * did not win as tied, not as defeated. A {@link org.psephos.tally.Tally} aggregates ward results
 * into councils.
 */
@NullMarked
package org.psephos.ward;

import org.jspecify.annotations.NullMarked;
