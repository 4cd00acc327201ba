package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.examples.WardsSynthetic;

/**
 * The smaller points of a newcomer's trial: output names that say another format, choices in any
 * case, files in the wrong order, bad stream lines skipped, swing by short name, baselines that
 * coincide, the chart's footer, the runnable ward-level example.
 */
class FirstImpressionsTest {
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

  @Test
  void aChartIsNotWrittenIntoAFileNamedForAnotherFormat() {
    Path png = dir.resolve("chart.png");
    Path svgAsPage = dir.resolve("page.svg");

    Cli.Result result = Cli.run("chart", "-o", png.toString());
    Cli.Result page = Cli.run("chart", "--html", "-o", svgAsPage.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("psephos chart: -o " + png + ": the chart is written as SVG; name the file"
            + " .svg, or write a page with --html and .html");
    assertThat(png).doesNotExist();
    assertThat(page.exitCode()).isEqualTo(2);
    assertThat(page.err()).contains("the chart is written as an HTML page; name the file .html");
    assertThat(svgAsPage).doesNotExist();
    assertThat(Cli.run("chart", "--html", "-o", dir.resolve("PAGE.HTM").toString()).exitCode())
        .isZero();
    assertThat(Cli.run("chart", "-o", dir.resolve("Chart.SVG").toString()).exitCode()).isZero();
  }

  @Test
  void choicesAreAcceptedInAnyCase() {
    Cli.Result json = Cli.run("tally", "--format", "JSON");
    Cli.Result lower = Cli.run("tally", "--format", "json");

    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).isEqualTo(lower.out()).startsWith("{");
    String[][] choices = {
      {"tally", "--baseline", "PRE-ELECTION"},
      {"tally", "--convention", "All-Votes"},
      {"tally", "--type", "LONDON-BOROUGH"},
      {"tally", "--example", "Wards-Synthetic"},
      {"replay", "--wards", "NONE", "--example", "WARDS-SYNTHETIC"},
    };
    for (String[] args : choices) {
      assertThat(Cli.run(args).exitCode()).as(String.join(" ", args)).isZero();
    }
  }

  @Test
  void filesInTheWrongOrderSayWhichKindWasExpected() {
    Cli.Result swapped = Cli.run("tally", declarations.toString(), election.toString());
    Cli.Result twice = Cli.run("replay", election.toString(), election.toString());

    assertThat(swapped.exitCode()).isEqualTo(1);
    assertThat(swapped.err())
        .isEqualTo("psephos tally: " + declarations + ": expected an election file"
            + " (psephos.election/1) but this is a psephos.declaration/1 document\n");
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err())
        .isEqualTo("psephos replay: " + election + ": expected results (a stream of"
            + " psephos.declaration/1 or psephos.wardresult/1 lines, or a psephos.declarations/1"
            + " or psephos.wardresults/1 document) but this is a psephos.election/1 document\n");
    Path sheet = dir.resolve("sheet.json");
    Cli.write(sheet, "{\"format\": \"psephos.countsheet/1\", \"ward\": \"W\"}\n");
    Cli.Result countSheet = Cli.run("tally", election.toString(), sheet.toString());
    assertThat(countSheet.exitCode()).isEqualTo(1);
    assertThat(countSheet.err()).endsWith(" but this is a psephos.countsheet/1 document\n");
  }

  @Test
  void anElectionFileWithAByteOrderMarkIsReportedInPlainWordsOrRead() throws IOException {
    Path withBom = dir.resolve("bom.json");
    Files.write(withBom, ("\uFEFF" + read(election)).getBytes(StandardCharsets.UTF_8));

    Cli.Result result = Cli.run("tally", withBom.toString(), declarations.toString());

    if (result.exitCode() != 0) {
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .isEqualTo("psephos tally: " + withBom + ":1:1: the file starts with a UTF-8 byte order"
              + " mark (bytes EF BB BF), which the reader does not accept; save the file as UTF-8"
              + " without a byte order mark\n");
    } else {
      assertThat(result.outLines()).containsAll(Cli.PUBLISHED_FINAL_LINES);
    }
  }

  /** The London stream with line 3 not JSON and line 6 naming a council of no election. */
  private Path streamWithTwoBadLines() {
    List<String> lines = new ArrayList<>(Cli.londonLines());
    lines.set(2, "{\"format\": \"psephos.declaration/1\", ");
    lines.set(5, Cli.line(6, "E09000099", "{\"PP53\": 1}"));
    return Cli.write(dir.resolve("bad-lines.ndjson"), lines);
  }

  /** The same stream without its two bad lines. */
  private Path streamWithoutThem() {
    List<String> lines = new ArrayList<>(Cli.londonLines());
    lines.remove(5);
    lines.remove(2);
    return Cli.write(dir.resolve("good-lines.ndjson"), lines);
  }

  @Test
  void skipBadLinesReportsEachAndTalliesTheRest() {
    Path bad = streamWithTwoBadLines();
    Path good = streamWithoutThem();

    Cli.Result skipping =
        Cli.run("tally", "--skip-bad-lines", election.toString(), bad.toString());
    Cli.Result clean = Cli.run("tally", election.toString(), good.toString());
    Cli.Result stopping = Cli.run("tally", election.toString(), bad.toString());

    assertThat(clean.exitCode()).isZero();
    assertThat(skipping.exitCode()).isEqualTo(1);
    // the law: skipping the bad lines tallies exactly what the stream without them does
    assertThat(skipping.out()).isEqualTo(clean.out());
    List<String> err = skipping.errLines();
    assertThat(err).hasSize(3);
    assertThat(err.get(0)).startsWith("psephos tally: " + bad + ":3:");
    assertThat(err.get(1)).startsWith("psephos tally: " + bad + ":6:").contains("E09000099");
    assertThat(err.get(2)).isEqualTo("psephos tally: skipped 2 bad lines of " + bad);
    assertThat(stopping.exitCode()).isEqualTo(1);
    assertThat(stopping.out()).isEmpty();
    assertThat(stopping.errLines()).hasSize(1);
    assertThat(stopping.err()).startsWith("psephos tally: " + bad + ":3:");
  }

  @Test
  void replaySkipsBadLinesToo() {
    Path bad = streamWithTwoBadLines();
    Path good = streamWithoutThem();

    Cli.Result skipping =
        Cli.run("replay", "--skip-bad-lines", election.toString(), bad.toString());
    Cli.Result clean = Cli.run("replay", election.toString(), good.toString());

    assertThat(skipping.exitCode()).isEqualTo(1);
    assertThat(skipping.out()).isEqualTo(clean.out());
    assertThat(skipping.errLines()).last()
        .isEqualTo("psephos replay: skipped 2 bad lines of " + bad);
  }

  @Test
  void aStreamWithNoBadLineExitsWithZeroWhenSkipping() {
    Cli.Result result =
        Cli.run("tally", "--skip-bad-lines", election.toString(), declarations.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void swingTakesShortNamesAndAliasesAsWellAsIds() {
    Cli.Result byId = Cli.run("tally", "--example", "wards-synthetic", "--swing", "PP52,PP53");
    Cli.Result byShortName = Cli.run("tally", "--example", "wards-synthetic", "--swing", "Con,Lab");
    Cli.Result byName =
        Cli.run("tally", "--example", "wards-synthetic", "--swing", "conservative,LABOUR");
    Cli.Result same = Cli.run("tally", "--example", "wards-synthetic", "--swing", "Con,PP52");

    assertThat(byId.exitCode()).isZero();
    assertThat(byId.out()).contains("Swing from ");
    assertThat(byShortName.out()).isEqualTo(byId.out());
    assertThat(byName.out()).isEqualTo(byId.out());
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("--swing Con,PP52: give two different parties");
  }

  @Test
  void adjectiveTakesAShortNameToo() {
    Cli.Result result = Cli.run("tally", "--outcomes", "--adjective", "LD=Lib Dem");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).contains("Kingston upon Thames: Lib Dem gain from Conservative");
  }

  @Test
  void aPreElectionBaselineThatCannotDifferSaysSo() {
    String note = "note: --baseline pre-election gives the same seat changes as last-fought here";
    Cli.Result preElection = Cli.run("tally", "--baseline", "pre-election");
    Cli.Result lastFought = Cli.run("tally");
    // Barking and Dagenham: a by-election loss on the eve of the poll makes the baselines differ
    String text = read(election);
    String previous = "\"previous\": {\n          \"seats\": {\n            \"PP53\": 51\n";
    assertThat(text).contains(previous);
    Path differing =
        Cli.write(dir.resolve("by-election.json"),
            text.replaceFirst(java.util.regex.Pattern.quote(previous),
                "\"previous\": {\n          \"seats\": {\n            \"PP53\": 50, \"PP52\": 1\n"));
    Cli.Result differs =
        Cli.run("tally", "--baseline", "pre-election", differing.toString(), declarations.toString());

    assertThat(preElection.exitCode()).isZero();
    assertThat(preElection.err()).isEqualTo("psephos tally: " + note + ": in every council the"
        + " seats held on the eve of the poll equal the seats as last fought (the election file"
        + " records no by-election or defection)\n");
    assertThat(preElection.out()).isEqualTo(lastFought.out());
    assertThat(lastFought.err()).isEmpty();
    assertThat(differs.exitCode()).isZero();
    assertThat(differs.err()).isEmpty();
    assertThat(Cli.run("replay", "--baseline", "pre-election").err()).contains(note);
  }

  @Test
  void theChartsFooterNamesTheSourceWithoutPointingAtAFileBesideIt() {
    Cli.Result result = Cli.run("chart", "-o", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(ChartCommandTest.texts(ChartCommandTest.parse(result.out()), "source"))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).doesNotContain("README", "beside this file"));
    assertThat(String.join(" ", ChartCommandTest.texts(ChartCommandTest.parse(result.out()),
            "source")))
        .startsWith("Source: London borough elections, 3 May 2018")
        .endsWith("Made with Psephos.");
  }

  @Test
  void theWardLevelExampleRuns() {
    PrintStream systemOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      WardsSynthetic.main(new String[0]);
    } finally {
      System.setOut(systemOut);
    }

    // the bundled night ends with every seat of the three councils declared
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("State of parties after 3 of 3 councils declare\nSeats declared: 85 of 85\n")
        .contains("No overall control: 1 council (+1)\n");
  }
}
