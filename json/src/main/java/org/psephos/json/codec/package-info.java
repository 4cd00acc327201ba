/**
 * The module's readers and writers, one per value type; not exported: use {@link
 * org.psephos.json.PsephosJson} or {@link org.psephos.json.PsephosModule}.
 */
@NullMarked
package org.psephos.json.codec;

import org.jspecify.annotations.NullMarked;
