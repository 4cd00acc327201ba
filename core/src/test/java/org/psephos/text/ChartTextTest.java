package org.psephos.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart's words and figures: signs, decimals, escaping, and text fitted to a width. */
class ChartTextTest {

  @Test
  void figuresAndChanges() {
    assertThat(ChartText.number(1123)).isEqualTo("1,123");
    assertThat(ChartText.signed(67)).isEqualTo("+67");
    assertThat(ChartText.signed(-1092)).isEqualTo("\u22121,092");
    assertThat(ChartText.signed(0)).isEqualTo("+0");
    assertThat(ChartText.signed(Integer.MIN_VALUE)).isEqualTo("\u22122,147,483,648");
    assertThat(ChartText.signedOrBlank(0)).isEmpty();
    assertThat(ChartText.signedOrBlank(-1)).isEqualTo("\u22121");
    assertThat(ChartText.count(1, "seat")).isEqualTo("1 seat");
    assertThat(ChartText.count(0, "seat")).isEqualTo("0 seats");
    assertThat(ChartText.count(2000, "ward")).isEqualTo("2,000 wards");
  }

  @Test
  void sharesAndPoints() {
    assertThat(ChartText.percent(41.24)).isEqualTo("41.2%");
    assertThat(ChartText.points(3.06)).isEqualTo("+3.1");
    assertThat(ChartText.points(-0.44)).isEqualTo("\u22120.4");
    assertThat(ChartText.points(-0.04)).isEqualTo("0.0");
    assertThat(ChartText.points(0.04)).isEqualTo("0.0");
    assertThat(ChartText.decimal(36.254)).isEqualTo("36.25");
    assertThat(ChartText.decimal(-1.5)).isEqualTo("-1.50");
  }

  @Test
  void escapingForXml() {
    assertThat(ChartText.escape("a&b<c>\"d\"'e'")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;");
    // control characters XML 1.0 does not allow become spaces; tab and line feed stay
    assertThat(ChartText.escape("a\u0000b\u001Fc\td\ne\u0020f")).isEqualTo("a b c\td\ne f");
  }

  @Test
  void fitCutsWithAnEllipsisAndNeverSplitsASurrogatePair() {
    assertThat(ChartText.fit("abcdef", 6)).isEqualTo("abcdef");
    assertThat(ChartText.fit("abcdefg", 6)).isEqualTo("abcde\u2026");
    assertThat(ChartText.fit("abcd efg", 6)).isEqualTo("abcd\u2026");
    // "abcd" then U+1F600 (two chars): cutting after 5 chars would split the pair
    assertThat(ChartText.fit("abcd\uD83D\uDE00xyz", 6)).isEqualTo("abcd\u2026");
    assertThat(ChartText.fit("abc\uD83D\uDE00xyz", 6)).isEqualTo("abc\uD83D\uDE00\u2026");
  }

  @Test
  void wrapBreaksAtSpacesIntoAtMostTheLinesGiven() {
    assertThat(ChartText.wrap("one two three", 7, 3)).containsExactly("one two", "three");
    assertThat(ChartText.wrap("one two three", 8, 3)).containsExactly("one two", "three");
    assertThat(ChartText.wrap("one two three", 13, 3)).containsExactly("one two three");
    assertThat(ChartText.wrap("one two three four", 7, 2)).containsExactly("one two", "three\u2026");
    assertThat(ChartText.wrap("one two three", 7, 1)).containsExactly("one tw\u2026");
    assertThat(ChartText.wrap("abcdefghij kl", 5, 3)).containsExactly("abcd\u2026", "kl");
    assertThat(ChartText.wrap("", 5, 2)).containsExactly("");
  }
}
