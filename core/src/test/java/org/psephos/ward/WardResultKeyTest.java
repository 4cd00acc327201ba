package org.psephos.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Candidates' names are matched by one key: stripped, white space runs made one space, lower case. */
class WardResultKeyTest {
  /** Letters, every white space {@code \s} matches, and white space it does not match. */
  private static final char[] ALPHABET = {
    'a', 'B', 'é', 'Ö', '-', '\'', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003',
    '\u3000', '\u001C'
  };

  private static String oracle(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void keyEqualsStripCollapseAndLowerCase() {
    Gen<String> names =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, ALPHABET.length - 1))
            .ofSizeBetween(0, 12)
            .map(
                positions -> {
                  StringBuilder name = new StringBuilder();
                  for (int p : positions) {
                    name.append(ALPHABET[p]);
                  }
                  return name.toString();
                });
    qt().withExamples(5_000).forAll(names).checkAssert(name -> assertThat(WardResult.key(name))
        .as("key of [%s]", name)
        .isEqualTo(oracle(name)));
  }

  @Test
  void namesDifferingOnlyInSpacingAndCaseShareAKey() {
    assertThat(WardResult.key("  Siân\t\tLLOYD-Jones \r\n"))
        .isEqualTo("siân lloyd-jones")
        .isEqualTo(WardResult.key("siân lloyd-jones"));
    assertThat(WardResult.key("Ann\u00A0Lee")).isEqualTo("ann\u00A0lee");
  }
}
