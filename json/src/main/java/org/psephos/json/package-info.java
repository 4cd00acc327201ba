/**
 * Psephos's JSON interchange format: the {@link org.psephos.json.PsephosModule Jackson 3 module}
 * and the {@link org.psephos.json.PsephosJson facade} reading and writing election definitions,
 * declarations (documents and newline-delimited streams) and results (standings and control
 * outcomes).
 *
 * <p>The format is described in {@code docs/format.md}; its JSON Schemas are resources of this
 * package ({@link org.psephos.json.DocumentKind#openSchema()}). Every failure to read is a {@link
 * org.psephos.json.PsephosJsonException} naming the JSON pointer, line and column of the fault and
 * the reason; the limits read within are those of {@link org.psephos.json.JsonLimits}.
 */
@NullMarked
package org.psephos.json;

import org.jspecify.annotations.NullMarked;
