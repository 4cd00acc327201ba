package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psephos count}: exit codes and output. */
class CountCommandTest {
  private static final String WORKED = String.join("\n",
      "5 3", "40 1 2 3 0", "20 1 3 0", "7 1 0", "9 2 1 4 0", "14 3 5 0", "11 4 2 0", "12 5 4 0",
      "3 4 0", "0", "\"A\"", "\"B\"", "\"C\"", "\"D\"", "\"E\"", "\"Worked example\"", "");

  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void printsTheCountSheet() throws IOException {
    Cli.Result result = Cli.run("count", write("ward.blt", WORKED).toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines())
        .startsWith(
            "Worked example: 3 seats, Scottish rules",
            "Valid papers 116, rejected 0, quota 30.00000",
            "",
            "Stage 1: first preferences")
        .contains(
            "Stage 2: surplus of A (37.00000), papers at 0.55223",
            "B                       +22.08920         31.08920",
            "Loss                     +0.00059          0.00059",
            "Elected: A, B, D");
  }

  @Test
  void writesTheSheetAsJson() throws IOException {
    Path file = write("ward.blt", WORKED);
    Cli.Result result = Cli.run("count", "--format", "json", file.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("{\n  \"format\": \"psephos.countsheet/1\",\n  \"ward\": \"Worked example\"")
        .contains("\"quota\": 30.00000", "\"transferValue\": 0.55223", "\"loss\": 0.00059")
        .endsWith("}\n");
    Cli.Result both =
        Cli.run("count", "--format", "json", "--loss-in-non-transferable", file.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--loss-in-non-transferable changes the text layout only");
  }

  @Test
  void countsByNorthernIrishRules() throws IOException {
    Cli.Result result = Cli.run("count", "--rules", "ni", write("ward.blt", WORKED).toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .contains("Worked example: 3 seats, Northern Irish rules",
            "Stage 2: surplus of A (37.00), papers at 0.61");
  }

  @Test
  void aTieNeedsTheLotDrawn() throws IOException {
    String blt = new String(
        CountCommandTest.class.getResourceAsStream("/stv/weak-surplus.blt").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Path file = write("tie.blt", blt);
    Cli.Result tied = Cli.run("count", file.toString());
    assertThat(tied.exitCode()).isEqualTo(1);
    assertThat(tied.err()).isEqualTo("psephos count: " + file + ": stage 3: E, F are tied at"
        + " every stage for exclusion; the count needs the lot drawn by the returning officer\n");
    Cli.Result drawn = Cli.run("count", "--lot", "F", file.toString());
    assertThat(drawn.exitCode()).isZero();
    assertThat(drawn.outLines()).contains("Lot drawn among E, F: F", "Excluded: F");
  }

  /** The profile of core's FinalSurplusTransferTest: C's surplus of 2 is left when seats fill. */
  private static final String SURPLUS_LEFT = String.join("\n",
      "3 2", "50 1 3 0", "30 2 0", "20 3 2 0", "0", "\"A\"", "\"B\"", "\"C\"",
      "\"Final surplus\"", "");

  @Test
  void finalTransfersAddTheECountStageOnlyWhenAsked() throws IOException {
    Path file = write("surplus.blt", SURPLUS_LEFT);
    Cli.Result statutory = Cli.run("count", file.toString());
    assertThat(statutory.exitCode()).isZero();
    assertThat(statutory.out()).doesNotContain("Stage 3");
    Cli.Result ecount = Cli.run("count", "--final-transfers", file.toString());
    assertThat(ecount.exitCode()).isZero();
    assertThat(ecount.outLines()).contains(
        "Stage 3: surplus of C (2.00000), after every seat was filled (e-count report; elects no"
            + " one)",
        "Elected: A, C");
    Cli.Result ni = Cli.run("count", "--rules", "ni", "--final-transfers", file.toString());
    assertThat(ni.exitCode()).isEqualTo(2);
    assertThat(ni.err()).contains(
        "--final-transfers applies to Scottish rules only (--rules scotland)");
  }

  @Test
  void badDataAndBadUsageHaveTheirExitCodes() throws IOException {
    Cli.Result bad = Cli.run("count", write("bad.blt", "3 1\n2 1 4 0\n0\n").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).endsWith("bad.blt: line 2: preference 4 is not one of the 3 candidates\n");
    Cli.Result missing = Cli.run("count", folder.resolve("none.blt").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(Cli.run("count").exitCode()).isEqualTo(2);
    Cli.Result rules = Cli.run("count", "--rules", "wales", write("w.blt", WORKED).toString());
    assertThat(rules.exitCode()).isEqualTo(2);
    assertThat(rules.err()).contains("--rules");
  }
}
