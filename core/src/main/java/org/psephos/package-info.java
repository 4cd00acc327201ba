/**
 * Domain values of UK local elections: {@link org.psephos.Party}, {@link org.psephos.Council},
 * {@link org.psephos.Composition}, {@link org.psephos.Contest}, {@link org.psephos.Declaration},
 * {@link org.psephos.Election}, {@link org.psephos.Control} and {@link
 * org.psephos.ControlOutcome}.
 *
 * <p>Every value is immutable, validated at construction, null-free and equal by value. Invalid
 * input is rejected with a subclass of {@link org.psephos.ElectionDataException} whose message
 * names the council, the party and the numbers involved.
 */
@NullMarked
package org.psephos;

import org.jspecify.annotations.NullMarked;
