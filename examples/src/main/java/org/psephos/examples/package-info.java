/** Example programs: copy from them to embed Psephos. */
@NullMarked
package org.psephos.examples;

import org.jspecify.annotations.NullMarked;
