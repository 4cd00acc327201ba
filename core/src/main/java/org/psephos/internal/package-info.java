/**
 * Internal access between the packages of the core module; not exported, not public API. Lets the
 * tally engine read the dense form of domain values without widening their public API.
 */
@NullMarked
package org.psephos.internal;

import org.jspecify.annotations.NullMarked;
