/**
 * Text output: {@link org.psephos.text.Scoreboard} renders standings in the live-blog style of
 * UK results coverage ("State of parties after 98 of 150 councils declare"); {@link
 * org.psephos.text.PartyNames} names parties by the adjective control outcomes use ("Liberal
 * Democrat gain"); {@link org.psephos.text.StandingsChart} draws the standings as an SVG chart or a
 * self-contained XHTML page.
 */
@NullMarked
package org.psephos.text;

import org.jspecify.annotations.NullMarked;
