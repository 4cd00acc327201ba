package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psephos validate}: every problem of every file, placed by line, column and pointer. */
class ValidateCommandTest {
  @TempDir Path dir;

  private Path election;
  private Path declarations;

  @BeforeEach
  void copyTheBundledFiles() {
    Cli.copyLondon(dir);
    election = dir.resolve("election.json");
    declarations = dir.resolve("declarations.ndjson");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** "line:column" of a character offset in a text: the oracle for the places reported. */
  private static String place(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (offset - lineStart + 1);
  }

  /** Replaces the first occurrence of {@code old} after {@code anchor}; returns where it went. */
  private static int replaceAfter(StringBuilder text, String anchor, String old, String now) {
    int at = text.indexOf(old, text.indexOf(anchor));
    assertThat(at).as(old + " after " + anchor).isNotNegative();
    text.replace(at, at + old.length(), now);
    return at;
  }

  @Test
  void theBundledFilesAreValid() {
    Cli.Result result = Cli.run("validate", election.toString(), declarations.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines())
        .containsExactly(
            election + ": election definition local.2018-05-03, 32 councils, 8 parties: valid",
            declarations + ": declaration stream, 34 lines, 34 valid declarations: valid",
            "");
  }

  @Test
  void everyBadCouncilOfAnElectionIsReportedAtItsPlace() {
    StringBuilder text = new StringBuilder(read(election));
    // Barnet (council 1): a negative defended seat count
    int barnet =
        replaceAfter(text, "\"name\": \"Barnet\"", "\"PP52\": 32", "\"PP52\": -3")
            + "\"PP52\": ".length();
    // Bromley (council 4): a size beyond the format's bound
    int bromley =
        replaceAfter(text, "\"name\": \"Bromley\"", "\"size\": 60", "\"size\": 99999")
            + "\"size\": ".length();
    // Ealing (council 7, E09000009) takes Croydon's id (E09000008): a council twice, found when
    // the councils meet
    int ealing = text.indexOf("\"id\": \"E09000009\"");
    text.replace(ealing, ealing + "\"id\": \"E09000009\"".length(), "\"id\": \"E09000008\"");
    Path bad = Cli.write(dir.resolve("bad-election.json"), text.toString());

    Cli.Result result = Cli.run("validate", bad.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(bad + ": election definition: 3 problems\n");
    List<String> problems = result.errLines();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0))
        .startsWith(bad + ":" + place(text.toString(), barnet) + ": ")
        .contains("negative seats (-3)")
        .endsWith("(at /councils/1/contest/defended/PP52)");
    assertThat(problems.get(1))
        .startsWith(bad + ":" + place(text.toString(), bromley) + ": ")
        .contains("99999")
        .endsWith("(at /councils/4/size)");
    assertThat(problems.get(2))
        .startsWith(bad + ":1:1: ")
        .contains("E09000008", "twice")
        .endsWith("(at the document root)");
  }

  @Test
  void aFaultOutsideTheCouncilsIsReportedOnce() {
    StringBuilder text = new StringBuilder(read(election));
    int date = replaceAfter(text, "\"format\"", "\"2018-05-03\"", "\"2018-13-03\"");
    replaceAfter(text, "\"name\": \"Barnet\"", "\"PP52\": 32", "\"PP52\": -3");
    Path bad = Cli.write(dir.resolve("bad-date.json"), text.toString());

    Cli.Result result = Cli.run("validate", bad.toString());

    // every council depends on the election's own members: the first fault ends the check
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(bad + ":" + place(text.toString(), date)
            + ": the election's date \"2018-13-03\" is not a date YYYY-MM-DD (at /date)");
  }

  @Test
  void everyBadLineOfAStreamIsReportedAndTheOthersRead() {
    List<String> lines = new ArrayList<>(Cli.londonLines());
    lines.set(2, "{\"format\": oops");
    lines.set(5, lines.get(5).replace("\"E09000007\"", "\"E09000099\""));
    lines.set(8, lines.get(8).replace("\"sequence\":9,", "\"sequence\":2,"));
    Path bad = Cli.write(dir.resolve("bad.ndjson"), lines);

    Cli.Result result = Cli.run("validate", election.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines())
        .contains(bad + ": declaration stream, 34 lines, 31 valid declarations: 3 problems");
    List<String> problems = result.errLines();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0))
        .startsWith(bad + ":3:" + (lines.get(2).indexOf("oops") + 1)
            + ": the input is not well-formed JSON");
    assertThat(problems.get(1))
        .isEqualTo(bad + ":6:" + (lines.get(5).indexOf("\"E09000099\"") + 1)
            + ": council \"E09000099\" is not part of election local.2018-05-03 (at /council)");
    // the eighth line's sequence number is 8; line 9 says 2
    assertThat(problems.get(2))
        .startsWith(bad + ":9:" + (lines.get(8).indexOf("2,") + 1) + ": ")
        .contains("sequence number 2 does not follow 8")
        .endsWith("(at /sequence)");
  }

  @Test
  void everyBadDeclarationOfADocumentIsReported() {
    String text =
        "{\"format\": \"psephos.declarations/1\", \"election\": \"local.2018-05-03\",\n"
            + " \"declarations\": [\n"
            + "  {\"sequence\": 1, \"council\": \"E09000002\", \"seatsWon\": {\"PP53\": 51}},\n"
            + "  {\"sequence\": 2, \"council\": \"E09000099\", \"seatsWon\": {\"PP53\": 51}},\n"
            + "  {\"sequence\": 3, \"council\": \"E09000003\", \"seatsWon\": {\"PP52\": 99}},\n"
            + "  {\"sequence\": 1, \"council\": \"E09000004\", \"seatsWon\": {\"PP52\": 45}},\n"
            + "  {\"sequence\": 5, \"council\": \"E09000006\", \"seatsWon\": {\"PP52\": 60}}\n"
            + " ]}\n";
    Path bad = Cli.write(dir.resolve("declarations.json"), text);

    Cli.Result result = Cli.run("validate", election.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines()).contains(bad + ": declarations document: 3 problems");
    List<String> problems = result.errLines();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0))
        .isEqualTo(bad + ":" + place(text, text.indexOf("\"E09000099\"")) + ": council"
            + " \"E09000099\" is not part of election local.2018-05-03"
            + " (at /declarations/1/council)");
    // Barnet has 63 seats
    assertThat(problems.get(1))
        .startsWith(bad + ":5:3: ")
        .contains("Barnet (E09000003)", "(99)", "(63)")
        .endsWith("(at /declarations/2)");
    assertThat(problems.get(2))
        .startsWith(bad + ":" + place(text, text.indexOf("1, \"council\": \"E09000004\"")) + ": ")
        .contains("sequence number 1 does not follow 1")
        .endsWith("(at /declarations/3/sequence)");
  }

  @Test
  void aSingleDeclarationDocumentAndAResultsDocumentAreChecked() {
    Path one =
        Cli.write(
            dir.resolve("one.json"),
            "{\n  \"format\": \"psephos.declaration/1\",\n  \"election\": \"local.2018-05-03\",\n"
                + "  \"sequence\": 1,\n  \"council\": \"E09000002\",\n"
                + "  \"seatsWon\": {\"PP53\": 51}\n}\n");
    String resultsText = Cli.run("tally", "--format", "json").out();
    Path results = Cli.write(dir.resolve("results.json"), resultsText);
    Path tampered =
        Cli.write(
            dir.resolve("tampered.json"),
            resultsText.replaceFirst("\"seatsWon\": 1123", "\"seatsWon\": 1124"));

    Cli.Result valid = Cli.run("validate", election.toString(), one.toString(), results.toString());
    Cli.Result invalid = Cli.run("validate", "--election", election.toString(), tampered.toString());

    assertThat(resultsText).contains("\"seatsWon\": 1123");
    assertThat(valid.exitCode()).isZero();
    assertThat(valid.outLines())
        .contains(one + ": declaration document: valid", results + ": results document: valid");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.outLines()).contains(tampered + ": results document: 1 problem");
    assertThat(invalid.err()).startsWith(tampered + ":").contains("1124");
  }

  @Test
  void missingMalformedAndUnknownFilesAreProblems() {
    Path missing = dir.resolve("missing.json");
    Path malformed = Cli.write(dir.resolve("malformed.json"), "{\"format\": \"psephos.election/1\",\n");
    Path noFormat = Cli.write(dir.resolve("no-format.json"), "{\"id\": 1}\n");
    Path otherFormat = Cli.write(dir.resolve("other.json"), "{\"format\": \"geojson/1\"}\n");

    Cli.Result result =
        Cli.run("validate", missing.toString(), malformed.toString(), noFormat.toString(),
            otherFormat.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines())
        .containsExactly(
            missing + ": 1 problem",
            malformed + ": 1 problem",
            noFormat + ": 1 problem",
            otherFormat + ": 1 problem",
            "");
    List<String> problems = result.errLines();
    assertThat(problems.get(0)).isEqualTo(missing + ": no such file");
    assertThat(problems.get(1)).startsWith(malformed + ":2:1: the document is truncated");
    assertThat(problems.get(2))
        .isEqualTo(noFormat + ":1:1: the document has no \"format\" member naming its kind: one of"
            + " psephos.election/1, psephos.declarations/1, psephos.declaration/1,"
            + " psephos.results/1, psephos.wardresults/1, psephos.wardresult/1,"
            + " psephos.withdrawal/1, psephos.postponement/1 (at /format)");
    assertThat(problems.get(3))
        .startsWith(otherFormat + ":1:12: the document's format \"geojson/1\" is not a kind"
            + " Psephos knows");
  }

  @Test
  void aCountSheetIsOutputNotInput() {
    Path sheet = Cli.write(dir.resolve("sheet.json"),
        "{\"format\": \"psephos.countsheet/1\", \"ward\": \"W\"}\n");

    Cli.Result result = Cli.run("validate", sheet.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines()).containsExactly(sheet + ": 1 problem", "");
    assertThat(result.err())
        .startsWith(sheet + ": a psephos.countsheet/1 document is the output of an STV count, not"
            + " an input; check it by counting the ward's ballot profile again");
  }

  @Test
  void badUsageExitsWithTwo() {
    Cli.Result noFiles = Cli.run("validate");
    Cli.Result noElection = Cli.run("validate", declarations.toString());

    assertThat(noFiles.exitCode()).isEqualTo(2);
    assertThat(noFiles.err()).contains("Missing required parameter: 'FILE'");
    assertThat(noElection.exitCode()).isEqualTo(2);
    assertThat(noElection.out()).isEmpty();
    assertThat(noElection.err())
        .startsWith("psephos validate: declarations, ward results and results are checked"
            + " against their election: give its definition too");
  }

  @Test
  void declarationsOfAnInvalidElectionAreNotCheckedButSaidSo() {
    StringBuilder text = new StringBuilder(read(election));
    replaceAfter(text, "\"format\"", "\"2018-05-03\"", "\"2018-13-03\"");
    Path bad = Cli.write(dir.resolve("bad-date.json"), text.toString());

    Cli.Result result = Cli.run("validate", bad.toString(), declarations.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines())
        .containsExactly(
            bad + ": election definition: 1 problem",
            declarations + ": not checked: its election definition " + bad + " has problems",
            "");
  }

  @Test
  void aTruncatedElectionFileIsReportedAsItsOwnProblemWithStatusOne() {
    String text = read(election);
    Path truncated = Cli.write(dir.resolve("truncated.json"), text.substring(0, text.length() / 2));

    Cli.Result result = Cli.run("validate", truncated.toString(), declarations.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith(truncated + ":").contains("truncated")
        .doesNotContain("give its definition too");
    assertThat(result.outLines())
        .containsExactly(
            truncated + ": 1 problem",
            declarations + ": not checked: no election definition could be read (" + truncated
                + " has problems)",
            "");
  }

  @Test
  void aMissingElectionFileIsReportedWithItsPathAndStatusOne() {
    Path missing = dir.resolve("no-such-election.json");

    Cli.Result result =
        Cli.run("validate", "--election", missing.toString(), declarations.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly(missing + ": no such file");
    assertThat(result.outLines())
        .containsExactly(
            missing + ": 1 problem",
            declarations + ": not checked: no election definition could be read (" + missing
                + " has problems)",
            "");
  }

  @Test
  void anElectionFileWithAByteOrderMarkGetsTheReadersVerdictNotAUsageError() {
    Path withBom = dir.resolve("bom.json");
    try {
      Files.write(withBom, ("\uFEFF" + read(election)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    Cli.Result result = Cli.run("validate", withBom.toString(), declarations.toString());

    assertThat(result.exitCode()).isNotEqualTo(2);
    assertThat(result.err()).doesNotContain("give its definition too");
    if (result.exitCode() == 0) {
      // the reader accepts a leading byte order mark, as RFC 8259 allows: then all is checked
      assertThat(result.outLines())
          .containsExactly(
              withBom + ": election definition local.2018-05-03, 32 councils, 8 parties: valid",
              declarations + ": declaration stream, 34 lines, 34 valid declarations: valid",
              "");
    } else {
      // or it rejects it in plain words
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).startsWith(withBom + ":").containsIgnoringCase("byte order mark");
    }
  }

  @Test
  void aDocumentsKindIsReadFromItsHead() {
    Path late =
        Cli.write(dir.resolve("late.json"),
            "{\"x\": [" + "1,".repeat(700_000) + "1], \"format\": \"psephos.election/1\"}\n");
    Path numbered = Cli.write(dir.resolve("numbered.json"), "{\"format\": 1}\n");

    Cli.Result result = Cli.run("validate", late.toString(), numbered.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            late + ": its \"format\" member does not come before its first array or object"
                + " within the first 1024 KiB; validate reads a document's kind there",
            numbered + ":1:12: the document's format 1 is not a kind Psephos knows: one of"
                + " psephos.election/1, psephos.declarations/1, psephos.declaration/1,"
                + " psephos.results/1, psephos.wardresults/1, psephos.wardresult/1,"
            + " psephos.withdrawal/1, psephos.postponement/1 (at /format)");
  }
}
