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

/**
 * The README's quick start compiles (it is main code), runs, and is quoted in the README with its
 * imports, so that it compiles as pasted.
 */
class QuickStartTest {
  private static final Path QUICK_START =
      Path.of("src/main/java/org/psephos/examples/QuickStart.java");

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

  /**
   * The README shows the quick start as a file that compiles as pasted: QuickStart's imports, a
   * blank line, then the lines between the markers inside a class and a main method of its own.
   */
  @Test
  void readmeQuotesTheQuickStartSourceWithItsImportsLineForLine() throws IOException {
    QuickStartSource source = QuickStartSource.read();
    assertThat(source.imports()).contains("import org.psephos.tally.Tally;");
    String quoted =
        String.join("\n", source.imports())
            + "\n\npublic class QuickStart {\n  public static void main(String[] args) {\n"
            + source.quoted()
            + "\n  }\n}\n";
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + quoted + "```\n");
  }

  /** Each import of the quick start is used by the lines the README quotes, so none is noise. */
  @Test
  void everyImportOfTheQuickStartIsUsedInTheQuotedLines() throws IOException {
    QuickStartSource source = QuickStartSource.read();
    List<String> simpleNames =
        source.imports().stream()
            .map(line -> line.substring(line.lastIndexOf('.') + 1, line.length() - 1))
            .collect(Collectors.toList());
    assertThat(simpleNames).isNotEmpty();
    for (String name : simpleNames) {
      assertThat(source.quoted()).as("use of %s", name).containsPattern("\\b" + name + "\\b");
    }
  }

  /** QuickStart.java's import lines and the lines between its README markers. */
  private record QuickStartSource(List<String> imports, String quoted) {
    static QuickStartSource read() throws IOException {
      List<String> lines = Files.readAllLines(QUICK_START, StandardCharsets.UTF_8);
      int start = lines.indexOf("    // README-START");
      int end = lines.indexOf("    // README-END");
      assertThat(start).as("README-START marker").isNotNegative();
      assertThat(end).as("README-END marker").isGreaterThan(start + 1);
      List<String> imports =
          lines.stream().filter(line -> line.startsWith("import ")).collect(Collectors.toList());
      return new QuickStartSource(imports, String.join("\n", lines.subList(start + 1, end)));
    }
  }
}
