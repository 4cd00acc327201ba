/**
 * The {@code psephos} command: {@code replay}, {@code tally}, {@code chart} and {@code validate},
 * built on picocli and packaged as the runnable jar {@code examples/target/psephos.jar}. The entry
 * point is {@link org.psephos.examples.cli.Psephos}.
 */
@NullMarked
package org.psephos.examples.cli;

import org.jspecify.annotations.NullMarked;
