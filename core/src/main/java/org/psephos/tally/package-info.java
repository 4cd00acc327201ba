/**
 * The tally engine: {@link org.psephos.tally.Tally}, an immutable tally of an election to which
 * declarations are applied, the {@link org.psephos.tally.Standings} it reports, and {@link
 * org.psephos.tally.LiveTally}, the thread-safe holder for live services.
 */
@NullMarked
package org.psephos.tally;

import org.jspecify.annotations.NullMarked;
