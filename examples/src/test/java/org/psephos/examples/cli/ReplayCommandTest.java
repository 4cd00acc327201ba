package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psephos replay}: the bundled London 2018 night, its options, and bad input. */
class ReplayCommandTest {
  @TempDir Path dir;

  private static List<String> headings(Cli.Result result) {
    List<String> headings = new ArrayList<>();
    for (String line : result.outLines()) {
      if (line.startsWith("State of parties")) {
        headings.add(line);
      }
    }
    return headings;
  }

  private static List<String> outcomeLines(Cli.Result result) {
    List<String> lines = new ArrayList<>();
    for (String line : result.outLines()) {
      if (line.matches("[A-Z][A-Za-z ]+: .*(hold|gain from .*|lose to no overall control"
          + "|No overall control, no change)( \\(.*\\))?")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The last scoreboard block: from the last heading to the end. */
  private static List<String> lastBlock(Cli.Result result) {
    List<String> lines = result.outLines();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("State of parties")) {
        start = i;
      }
    }
    return lines.subList(start, lines.size());
  }

  @Test
  void withNoArgumentsReplaysBundledLondonEndingWithThePublishedScoreboard() {
    Cli.Result result = Cli.run("replay");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(lastBlock(result)).containsSubsequence(Cli.PUBLISHED_FINAL_LINES);
    assertThat(result.out()).endsWith("No overall control: 1 council (-1)\n");
  }

  @Test
  void printsOneOutcomeLinePerDeclarationInTheStreamsOrder() {
    Cli.Result result = Cli.run("replay");

    // 32 boroughs, then Brent's and Southwark's postponed wards.
    List<String> outcomes = outcomeLines(result);
    assertThat(outcomes).hasSize(34);
    assertThat(outcomes.get(0)).isEqualTo("Barking and Dagenham: Labour hold");
    assertThat(outcomes)
        .contains(
            "Kingston upon Thames: Liberal Democrat gain from Conservative",
            "Richmond upon Thames: Liberal Democrat gain from Conservative",
            "Tower Hamlets: Labour gain from no overall control",
            "Havering: No overall control, no change",
            "Sutton: Liberal Democrat hold");
    assertThat(outcomes)
        .containsSubsequence(
            "Brent: Labour hold (provisional: 3 seats still to fill)",
            "Southwark: Labour hold (provisional: 3 seats still to fill)",
            "Brent: Labour hold (postponed seats now declared)",
            "Southwark: Labour hold (postponed seats now declared)");
    assertThat(outcomes.subList(32, 34))
        .containsExactly(
            "Brent: Labour hold (postponed seats now declared)",
            "Southwark: Labour hold (postponed seats now declared)");
  }

  @Test
  void scoreboardEveryTenDeclarationsAndAtTheEnd() {
    Cli.Result result = Cli.run("replay");

    assertThat(headings(result))
        .containsExactly(
            "State of parties after 10 of 32 councils declare",
            "State of parties after 20 of 32 councils declare",
            "State of parties after 30 of 32 councils declare",
            "State of parties after 32 of 32 councils declare");
  }

  @Test
  void everyZeroPrintsTheScoreboardOnlyAtTheEnd() {
    Cli.Result result = Cli.run("replay", "--every", "0");

    assertThat(headings(result))
        .containsExactly("State of parties after 32 of 32 councils declare");
    assertThat(outcomeLines(result)).hasSize(34);
  }

  @Test
  void aScoreboardOnTheLastDeclarationIsNotRepeated() {
    Cli.Result result = Cli.run("replay", "--every", "17");

    // after 17 declarations 17 councils have declared; after 34, all 32
    assertThat(headings(result))
        .containsExactly(
            "State of parties after 17 of 32 councils declare",
            "State of parties after 32 of 32 councils declare");
  }

  @Test
  void delayWaitsBeforeEveryDeclarationButTheFirst() {
    for (String[] row :
        new String[][] {{"2s", "2000"}, {"500ms", "500"}, {"1.5", "1500"}, {"PT0.25S", "250"}}) {
      Cli.RecordingSleeper sleeper = new Cli.RecordingSleeper();
      Cli.Result result = Cli.run(sleeper, "replay", "--delay", row[0]);

      assertThat(result.exitCode()).isZero();
      assertThat(sleeper.waits).hasSize(33).containsOnly(Duration.ofMillis(Long.parseLong(row[1])));
    }
    Cli.RecordingSleeper none = new Cli.RecordingSleeper();
    assertThat(Cli.run(none, "replay").exitCode()).isZero();
    assertThat(none.waits).isEmpty();
  }

  @Test
  void regionAndTypeFilterTheScoreboardAndNameTheCouncilsInItsHeading() {
    assertThat(headings(Cli.run("replay", "--every", "0", "--region", "London")))
        .containsExactly("State of parties after 32 of 32 London councils");
    assertThat(headings(Cli.run("replay", "--every", "0", "--type", "london-borough")))
        .containsExactly("State of parties after 32 of 32 London borough councils");
    assertThat(
            headings(
                Cli.run(
                    "replay", "--every", "0", "--region", "London", "--type", "london-borough")))
        .containsExactly("State of parties after 32 of 32 councils (London, London borough)");
  }

  @Test
  void adjectiveOverridesTheNamingRuleForOneParty() {
    Cli.Result result = Cli.run("replay", "--adjective", "PP90=Lib Dem");

    assertThat(outcomeLines(result))
        .contains("Kingston upon Thames: Lib Dem gain from Conservative")
        .contains("Camden: Labour hold");
    // the scoreboard keeps the party's name
    assertThat(lastBlock(result)).contains("Liberal Democrats: 3 councils (+2); 154 seats (+40)");
  }

  /**
   * A council elected by thirds where a by-election moved a contested seat from Labour to the
   * Conservatives: the two baselines differ.
   */
  static final String THIRDSBY =
      "{\"format\":\"psephos.election/1\",\"id\":\"local.2019-05-02\",\"date\":\"2019-05-02\","
          + "\"name\":\"Thirdsby 2019\",\"parties\":["
          + "{\"id\":\"PP52\",\"name\":\"Conservative\",\"shortName\":\"Con\"},"
          + "{\"id\":\"PP53\",\"name\":\"Labour\",\"shortName\":\"Lab\"}],"
          + "\"councils\":[{\"id\":\"E08999999\",\"name\":\"Thirdsby\",\"type\":"
          + "\"metropolitan-borough\",\"region\":\"North West\",\"size\":51,\"contest\":{"
          + "\"contested\":17,\"continuing\":{\"seats\":{\"PP52\":20,\"PP53\":14}},"
          + "\"defended\":{\"PP52\":7,\"PP53\":10},"
          + "\"previous\":{\"seats\":{\"PP52\":28,\"PP53\":23}}}}]}\n";

  static final String THIRDSBY_DECLARATION =
      "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2019-05-02\",\"sequence\":1,"
          + "\"council\":\"E08999999\",\"seatsWon\":{\"PP52\":5,\"PP53\":12}}\n";

  @Test
  void baselineChoosesWhatSeatChangesAreMeasuredAgainst() {
    Path election = Cli.write(dir.resolve("thirdsby.json"), THIRDSBY);
    Path feed = Cli.write(dir.resolve("thirdsby.ndjson"), THIRDSBY_DECLARATION);

    // After: Con 20 + 5 = 25, Lab 14 + 12 = 26 of 51 (majority 26): Labour gain from Conservative
    // (Con 28 before). Last fought: Con 5 - 7 = -2, Lab 12 - 10 = +2. Pre-election (previous less
    // continuing: Con 8, Lab 9): Con -3, Lab +3.
    String expectedStart = "Thirdsby: Labour gain from Conservative\n\n"
        + "State of parties after 1 of 1 councils declare\n";
    assertThat(Cli.run("replay", election.toString(), feed.toString()).out())
        .isEqualTo(expectedStart
            + "Conservative: 0 councils (-1); 5 seats (-2)\n"
            + "Labour: 1 council (+1); 12 seats (+2)\n");
    assertThat(
            Cli.run("replay", "--baseline", "last-fought", election.toString(), feed.toString())
                .out())
        .contains("5 seats (-2)");
    assertThat(
            Cli.run("replay", "--baseline", "pre-election", election.toString(), feed.toString())
                .out())
        .isEqualTo(expectedStart
            + "Conservative: 0 councils (-1); 5 seats (-3)\n"
            + "Labour: 1 council (+1); 12 seats (+3)\n");
  }

  @Test
  void aDashReadsTheDeclarationsFromStandardInput() {
    Path election = Cli.write(dir.resolve("thirdsby.json"), THIRDSBY);
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(THIRDSBY_DECLARATION.getBytes(StandardCharsets.UTF_8)));
      Cli.Result result = Cli.run("replay", election.toString(), "-");

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).startsWith("Thirdsby: Labour gain from Conservative\n");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void aDeclarationsDocumentIsReadAsWellAsAStream() {
    Path election = Cli.write(dir.resolve("thirdsby.json"), THIRDSBY);
    Path document =
        Cli.write(
            dir.resolve("declarations.json"),
            "{\"format\": \"psephos.declarations/1\", \"election\": \"local.2019-05-02\",\n"
                + " \"declarations\": [{\"sequence\": 1, \"council\": \"E08999999\",\n"
                + "   \"seatsWon\": {\"PP52\": 5, \"PP53\": 12}}]}\n");

    Cli.Result result = Cli.run("replay", election.toString(), document.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Thirdsby: Labour gain from Conservative\n");
  }

  @Test
  void aStreamIsKnownByItsFirstLineWhateverItsName() {
    Cli.copyLondon(dir);
    Path feed = Cli.write(dir.resolve("feed.txt"), Cli.londonLines());

    Cli.Result result =
        Cli.run("replay", "--every", "0", dir.resolve("election.json").toString(), feed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(outcomeLines(result)).hasSize(34);
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() {
    Path election = Cli.write(dir.resolve("thirdsby.json"), THIRDSBY);
    String[][] cases = {
      {"Unknown option: '--bogus'", "replay", "--bogus"},
      {"RESULTS is required with ELECTION", "replay", election.toString()},
      {"--every -1 is negative", "replay", "--every", "-1"},
      {"'x' is not a duration", "replay", "--delay", "x"},
      {"'shire' is not a council type", "replay", "--type", "shire"},
      {"'notional' is not a baseline", "replay", "--baseline", "notional"},
      {"--region Mars: no council of election local.2018-05-03 is in that region; its regions"
          + " are London", "replay", "--region", "Mars"},
      {"--type county: no council of election local.2018-05-03 is of that type", "replay",
          "--type", "county"},
      {"--adjective PP99: no party of election local.2018-05-03 has the id, name or short name PP99", "replay",
          "--adjective", "PP99=Nobody"},
      {"only PA result files may follow RESULTS (c)", "replay", "a", "b", "c"},
    };
    for (String[] row : cases) {
      String[] args = java.util.Arrays.copyOfRange(row, 1, row.length);
      Cli.Result result = Cli.run(args);

      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.out()).as(String.join(" ", args)).isEmpty();
      assertThat(result.err())
          .as(String.join(" ", args))
          .startsWith("psephos replay: ")
          .contains(row[0])
          .endsWith("Try 'psephos replay --help' for more information.\n");
    }
  }

  @Test
  void helpDescribesTheCommandAndExitsWithZero() {
    Cli.Result result = Cli.run("replay", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: psephos replay ")
        .contains("[ELECTION] [RESULTS]", "--every=N", "--delay=DURATION", "--region=REGION",
            "--type=TYPE", "--baseline=BASELINE", "last-fought", "pre-election", "Exit status:");
  }

  @Test
  void aMissingFileIsBadDataNamingTheFile() {
    Path election = Cli.write(dir.resolve("thirdsby.json"), THIRDSBY);
    Path missing = dir.resolve("missing.ndjson");

    Cli.Result noElection = Cli.run("replay", missing.toString(), missing.toString());
    Cli.Result noDeclarations = Cli.run("replay", election.toString(), missing.toString());

    assertThat(noElection.exitCode()).isEqualTo(1);
    assertThat(noElection.err()).isEqualTo("psephos replay: " + missing + ": no such file\n");
    assertThat(noDeclarations.exitCode()).isEqualTo(1);
    assertThat(noDeclarations.out()).isEmpty();
    assertThat(noDeclarations.err()).isEqualTo("psephos replay: " + missing + ": no such file\n");
  }

  @Test
  void aDirectoryIsNotAFile() {
    Cli.Result result = Cli.run("replay", dir.toString(), dir.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("psephos replay: " + dir + ": is a directory, not a file\n");
  }

  @Test
  void malformedJsonIsBadDataNamingFileLineAndColumn() {
    // line 2 breaks off inside the parties array: the parser stops at the "}" of line 3, column 1
    Path election =
        Cli.write(dir.resolve("broken.json"),
            "{\"format\": \"psephos.election/1\",\n \"parties\": [\n}\n");
    Path feed = Cli.write(dir.resolve("feed.ndjson"), THIRDSBY_DECLARATION);

    Cli.Result result = Cli.run("replay", election.toString(), feed.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("psephos replay: " + election + ":3:1: the input is not well-formed JSON");
  }

  @Test
  void aDeclarationForAnUnknownCouncilStopsTheReplayAtItsLine() {
    Cli.copyLondon(dir);
    List<String> lines = new ArrayList<>(Cli.londonLines().subList(0, 2));
    String unknown = Cli.line(3, "E09000099", "{\"PP53\":51}");
    lines.add(unknown);
    Path feed = Cli.write(dir.resolve("feed.ndjson"), lines);
    int column = unknown.indexOf("\"E09000099\"") + 1;

    Cli.Result result =
        Cli.run("replay", dir.resolve("election.json").toString(), feed.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo("Barking and Dagenham: Labour hold\nBarnet: Conservative hold\n");
    assertThat(result.err())
        .isEqualTo("psephos replay: " + feed + ":3:" + column
            + ": council \"E09000099\" is not part of election local.2018-05-03 (at /council)\n");
  }

  @Test
  void aWithdrawalLineTakesAResultBackAndAStreamMayStartWithOne() {
    Cli.copyLondon(dir);
    List<String> lines = Cli.londonLines();
    String withdrawal = "{\"format\":\"psephos.withdrawal/1\",\"election\":\"local.2018-05-03\","
        + "\"sequence\":%d,\"council\":\"E09000003\"}";
    // Barking and Dagenham, Barnet (E09000003) and Bexley declare; Barnet's result is withdrawn.
    Path feed = Cli.write(dir.resolve("feed.ndjson"),
        List.of(lines.get(0), lines.get(1), lines.get(2), String.format(withdrawal, 4)));
    // A stream whose first line is a withdrawal (of what has not declared: it changes nothing).
    Path first = Cli.write(dir.resolve("first.txt"),
        List.of(String.format(withdrawal, 1), lines.get(0).replace("\"sequence\":1", "\"sequence\":2")));

    Cli.Result replay = Cli.run("replay", "--every", "0", dir.resolve("election.json").toString(),
        feed.toString());
    Cli.Result tally = Cli.run("tally", dir.resolve("election.json").toString(), first.toString());
    Cli.Result validate = Cli.run("validate", dir.resolve("election.json").toString(),
        first.toString());

    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.outLines()).containsSubsequence(
        "Barnet: Conservative hold", "Bexley: Conservative hold", "Barnet: result withdrawn", "",
        "State of parties after 2 of 32 councils declare");
    assertThat(tally.exitCode()).as(tally.err()).isZero();
    assertThat(tally.outLines()).startsWith("State of parties after 1 of 32 councils declare");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out())
        .contains(first + ": declaration stream, 2 lines, 1 valid declaration: valid");
  }

  @Test
  void aPostponedWardLetsItsCouncilDeclareProvisionallyAndItsResultLaterCompletesIt() {
    Cli.copyWardsSynthetic(dir);
    List<String> lines = new java.util.ArrayList<>(Cli.wardLines());
    // Brookfield's ward E05999608 (line 24) is postponed in its place; its result comes last
    int at = 23;
    String result = lines.get(at);
    assertThat(result).contains("\"sequence\":24,\"council\":\"E07999951\",\"ward\":\"E05999608\"");
    lines.set(at, "{\"format\":\"psephos.postponement/1\",\"election\":\"local.2030-05-02\","
        + "\"sequence\":24,\"council\":\"E07999951\",\"ward\":\"E05999608\"}");
    lines.add(result.replace("\"sequence\":24,", "\"sequence\":" + (lines.size() + 1) + ","));
    Path feed = Cli.write(dir.resolve("postponed.ndjson"), lines);
    Path election = dir.resolve("election.json");

    Cli.Result postponed = Cli.run("replay", "--every", "0", election.toString(), feed.toString());
    Cli.Result plain = Cli.run("replay", "--every", "0", election.toString(),
        dir.resolve("results.ndjson").toString());
    Cli.Result validate = Cli.run("validate", election.toString(), feed.toString());

    assertThat(postponed.exitCode()).as(postponed.err()).isZero();
    String ward = postponed.outLines().stream()
        .filter(line -> line.endsWith(" postponed") && line.startsWith("Brookfield: "))
        .findFirst().orElseThrow();
    // the council is declared once its other eleven wards are in, before the postponed result
    int postponedLine = postponed.outLines().indexOf(ward);
    List<String> after = postponed.outLines().subList(postponedLine, postponed.outLines().size());
    assertThat(after).anyMatch(line -> line.startsWith("Brookfield: ") && !line.contains("wards declared")
        && !line.endsWith(" postponed"));
    // once the postponed ward's result is in, the night ends as the night without a postponement
    List<String> plainLines = plain.outLines();
    int scoreboard = plainLines.lastIndexOf("") + 1;
    assertThat(postponed.outLines())
        .endsWith(plainLines.subList(scoreboard, plainLines.size()).toArray(String[]::new));
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
  }
}
