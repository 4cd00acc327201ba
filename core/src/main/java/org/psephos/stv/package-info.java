/**
 * Counting a ward by the single transferable vote, as Scottish councils and Northern Irish
 * districts do: a {@link org.psephos.stv.BallotProfile} (read from BLT with {@link
 * org.psephos.stv.BallotProfile#parseBlt}) is counted under {@link org.psephos.stv.StvRules} into
 * a {@link org.psephos.stv.CountSheet}, which holds the quota and every stage, renders as the
 * "votes per stage" text councils publish, and becomes a {@link org.psephos.ward.WardResult} for
 * the tally.
 *
 * <p>All arithmetic is exact: votes are whole numbers of 10<sup>-5</sup> (Scotland) or
 * 10<sup>-2</sup> (Northern Ireland) units, never floating point, and every stage is checked to
 * conserve the valid vote. Ties are broken by earlier stages, then by an injectable {@link
 * org.psephos.stv.Lot}; the library never draws at random by itself.
 */
@NullMarked
package org.psephos.stv;

import org.jspecify.annotations.NullMarked;
