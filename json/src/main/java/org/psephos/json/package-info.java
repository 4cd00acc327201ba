/**
 * Psephos's JSON interchange format: the {@link org.psephos.json.PsephosModule Jackson 3 module}
 * and the {@link org.psephos.json.PsephosJson facade} reading and writing election definitions
 * (with their wards), declarations and ward results (documents, and newline-delimited streams
 * mixing both: {@link org.psephos.json.ResultStream}) and results (standings, control outcomes,
 * councils in progress and ward totals).
 *
 * <p>The format is described in {@code docs/format.md}; its JSON Schemas are resources of this
 * package ({@link org.psephos.json.DocumentKind#openSchema()}). Every failure to read through
 * {@link org.psephos.json.PsephosJson} is a {@link org.psephos.json.PsephosJsonException} naming the
 * JSON pointer, line and column of the fault and the reason (through {@link
 * org.psephos.json.PsephosModule} on a mapper of your own, a fault Jackson meets before the module's
 * deserializer starts is Jackson's own exception); the limits read within are those of {@link
 * org.psephos.json.JsonLimits}.
 */
@NullMarked
package org.psephos.json;

import org.jspecify.annotations.NullMarked;
