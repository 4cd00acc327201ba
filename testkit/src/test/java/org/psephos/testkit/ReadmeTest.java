package org.psephos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The README's section "Testing your own results system against Psephos" quotes {@link
 * HalfIsControlTest} line for line (all but its package line), and its three lines wrapping a
 * generator in a QuickTheories {@code Gen} compile and run here.
 */
class ReadmeTest {
  private static final Path EXAMPLE =
      Path.of("src/test/java/org/psephos/testkit/HalfIsControlTest.java");

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void readmeQuotesTheHalfIsControlExampleLineForLine() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("package org.psephos.testkit;");
    assertThat(lines.get(1)).isEmpty();
    String quoted = String.join("\n", lines.subList(2, lines.size())) + "\n";
    assertThat(readme())
        .contains("## Testing your own results system against Psephos\n")
        .contains("```java\n" + quoted + "```\n");
  }

  @Test
  void theQuickTheoriesWrappingOfTheReadmeRuns() throws IOException {
    TallyAdapter mySystem = PsephosTally.withDefaults();
    // README-START
    NightGenerator generator = NightGenerator.withDefaults();
    Gen<Night> nights = longs().all().map(seed -> generator.night(seed));
    qt().forAll(nights).checkAssert(night -> TallyLaws.of(mySystem).check(Law.REPLACEMENT, night));
    // README-END
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/org/psephos/testkit/ReadmeTest.java"), StandardCharsets.UTF_8);
    List<String> wrapping =
        lines.subList(lines.indexOf("    // README-START") + 1, lines.indexOf("    // README-END"));
    StringBuilder quoted = new StringBuilder("```java\n");
    for (String line : wrapping) {
      quoted.append(line.substring(4)).append('\n');
    }
    assertThat(readme()).contains(quoted.append("```\n"));

    TallyAdapter firstOnly =
        (election, inputs) ->
            mySystem.standings(election, inputs.subList(0, Math.min(1, inputs.size())));
    assertThatThrownBy(
            () ->
                qt().withShrinkCycles(5)
                    .forAll(nights)
                    .checkAssert(night -> TallyLaws.of(firstOnly).check(Law.REPLACEMENT, night)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Law REPLACEMENT");
  }
}
