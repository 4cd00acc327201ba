/**
 * The tally engine: {@link org.psephos.tally.Tally}, an immutable tally of an election to which
 * whole declarations and ward results are applied, the {@link org.psephos.tally.Standings} it
 * reports (with the count's {@link org.psephos.tally.CountProgress} and the ward-level {@link
 * org.psephos.tally.WardTotals}: votes, shares, swing, gross gains and losses), each council's
 * {@link org.psephos.tally.CouncilResult} and {@link org.psephos.tally.CouncilProgress}, and
 * {@link org.psephos.tally.LiveTally}, the thread-safe holder for live services.
 */
@NullMarked
package org.psephos.tally;

import org.jspecify.annotations.NullMarked;
