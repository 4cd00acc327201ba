/**
 * Testing a results system against Psephos: {@link org.psephos.testkit.NightGenerator} makes
 * random valid elections and nights of inputs from a seed ({@link org.psephos.testkit.Naming}
 * naming them as you choose), {@link org.psephos.testkit.ReferenceTally} recomputes their
 * standings from scratch, and {@link org.psephos.testkit.TallyLaws} checks a system behind a
 * {@link org.psephos.testkit.TallyAdapter} against the laws of a tally, shrinking any failure to
 * a minimal case printed with its seed.
 */
@NullMarked
package org.psephos.testkit;

import org.jspecify.annotations.NullMarked;
