/**
 * Domain values of UK local elections: {@link org.psephos.Party}, {@link org.psephos.Council},
 * {@link org.psephos.Composition}, {@link org.psephos.Contest} and its {@link org.psephos.Ward}s,
 * {@link org.psephos.Declaration}, {@link org.psephos.Election}, {@link org.psephos.Control}, {@link
 * org.psephos.ControlOutcome}, and the {@link org.psephos.VoteConvention} of multi-member wards.
 *
 * <p>Every value is immutable, validated at construction, null-free and equal by value. Invalid
 * input is rejected with a subclass of {@link org.psephos.ElectionDataException} whose message
 * names the council, the party and the numbers involved.
 */
@NullMarked
package org.psephos;

import org.jspecify.annotations.NullMarked;
