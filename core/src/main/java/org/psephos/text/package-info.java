/**
 * Text output: {@link org.psephos.text.Scoreboard} renders standings in the live-blog style of
 * UK results coverage ("State of parties after 98 of 150 councils declare").
 */
@NullMarked
package org.psephos.text;

import org.jspecify.annotations.NullMarked;
