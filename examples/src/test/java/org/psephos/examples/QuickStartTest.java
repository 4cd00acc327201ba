package org.psephos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start compiles (it is main code), runs, and is quoted in the README. */
class QuickStartTest {

  @Test
  void quickStartPrintsTheWandsworthHoldAndItsScoreboard() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    // Con 41 -> 33 of 60 (majority 31): hold; changes against the seats as last fought.
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Conservative hold\n"
                + "State of parties after 1 of 1 councils declare\n"
                + "Conservative: 1 council; 33 seats (-8)\n"
                + "Labour: 27 seats (+8)\n");
  }

  @Test
  void readmeQuotesTheQuickStartSourceLineForLine() throws IOException {
    Path source = Path.of("src/main/java/org/psephos/examples/QuickStart.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int start = lines.indexOf("    // README-START");
    int end = lines.indexOf("    // README-END");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start + 1);
    String snippet =
        lines.subList(start + 1, end).stream()
            .map(line -> line.substring(Math.min(4, line.length())))
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(snippet);
  }
}
