package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psephos replay} of a ward-level feed: the bundled synthetic night (whose story is set out
 * in its README's design table, from which every expected line here is taken), its options, and
 * bad ward-level input.
 */
class WardReplayCommandTest {
  @TempDir Path dir;

  /** The final state of parties by the design: see wards-synthetic/README.md. */
  static final List<String> FINAL_BLOCK =
      List.of(
          "State of parties after 3 of 3 councils declare",
          // Con: Ashbury 6 + Brookfield 16 + Carrow 12 = 34 against 5 + 17 + 14; Brookfield
          // held. Lab: 5 + 7 + 4 = 16 against 8 + 9 + 4; Ashbury lost. LD: 2 + 5 + 24 = 31
          // against 2 + 4 + 22; Carrow held.
          "Conservative: 1 council; 34 seats (-2)",
          "Labour: 0 councils (-1); 16 seats (-5)",
          "Liberal Democrats: 1 council; 31 seats (+3)",
          "Green: 2 seats (+2)",
          "Independent: 2 seats (+2)",
          "No overall control: 1 council (+1)");

  private static List<String> matching(Cli.Result result, String regex) {
    List<String> lines = new ArrayList<>();
    for (String line : result.outLines()) {
      if (line.matches(regex)) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static List<String> wardLines(Cli.Result result) {
    return matching(result, "[A-Za-z]+: \\d+ of \\d+ wards declared \\(.*\\)");
  }

  @Test
  void wardExampleEndsWithTheDesignedStateOfParties() {
    Cli.Result result = Cli.run("replay", "--example", "wards-synthetic");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    List<String> lines = result.outLines();
    assertThat(lines.subList(lines.size() - FINAL_BLOCK.size() - 1, lines.size() - 1))
        .containsExactlyElementsOf(FINAL_BLOCK);
  }

  @Test
  void eachWardPrintsALineWithHowManyOfItsCouncilsWardsAreIn() {
    Cli.Result result = Cli.run("replay", "--example", "wards-synthetic");

    // 27 ward lines: 15 Ashbury wards, 12 Brookfield wards, and the Bank Top correction.
    assertThat(wardLines(result)).hasSize(28);
    assertThat(wardLines(result))
        .containsSubsequence(
            "Ashbury: 1 of 15 wards declared (Castle Hill: Con hold)",
            "Brookfield: 1 of 12 wards declared (Brook Green: Con 3)",
            "Ashbury: 3 of 15 wards declared (Gorse Hill: Con gain from Lab)",
            "Brookfield: 4 of 12 wards declared (Greenacres: LD 2 unopposed)",
            "Brookfield: 6 of 12 wards declared (Priory: Con 3; Con +1, Lab -1)",
            "Ashbury: 9 of 15 wards declared (Netherton: Con gain from Lab)",
            "Ashbury: 9 of 15 wards declared (Bank Top corrected: Lab hold)",
            "Brookfield: 10 of 12 wards declared (Church End: Con 1, LD 2; LD +1, Con -1)",
            "Ashbury: 11 of 15 wards declared (Oakenshaw: Ind gain from Con)",
            "Brookfield: 11 of 12 wards declared (Kings Meadow: Con 1, Green 1; Green +1,"
                + " Con -1)",
            "Brookfield: 12 of 12 wards declared (Mill Lane: Lab 1, Ind 1, 1 seat by lot;"
                + " Ind +1, Lab -1)",
            "Ashbury: 15 of 15 wards declared (Lowfield: Lab hold)");
  }

  @Test
  void controlDecidedBeforeTheLastWardIsPrintedOnceThenTheOutcome() {
    Cli.Result result = Cli.run("replay", "--example", "wards-synthetic");

    List<String> lines = result.outLines();
    assertThat(matching(result, ".*decided \\(.*"))
        .containsExactly(
            // Oakenshaw is the ninth ward Labour does not win: 16 + 6 at most < 23.
            "Ashbury: no overall control decided (11 of 15 wards in)",
            // Kings Meadow brings the Conservatives to 16 of 30, the majority.
            "Brookfield: Conservative control decided (11 of 12 wards in)");
    assertThat(lines)
        .containsSubsequence(
            "Ashbury: 11 of 15 wards declared (Oakenshaw: Ind gain from Con)",
            "Ashbury: no overall control decided (11 of 15 wards in)",
            "Brookfield: Conservative control decided (11 of 12 wards in)",
            "Brookfield: 12 of 12 wards declared (Mill Lane: Lab 1, Ind 1, 1 seat by lot;"
                + " Ind +1, Lab -1)",
            "Brookfield: Conservative hold",
            "Ashbury: 15 of 15 wards declared (Lowfield: Lab hold)",
            "Ashbury: Labour lose to no overall control");
    assertThat(lines).contains("Carrow: Liberal Democrat hold");
  }

  @Test
  void withoutWardLinesPartialCouncilsAreSummarisedUnderTheStateOfParties() {
    Cli.Result result =
        Cli.run("replay", "--example", "wards-synthetic", "--wards", "none", "--every", "2");

    assertThat(result.exitCode()).isZero();
    assertThat(wardLines(result)).isEmpty();
    // The second line shown is Ashbury's decided control, after line 23 of the feed: Ashbury has
    // 11 wards in, Brookfield 10 (Church End, line 22).
    assertThat(result.outLines())
        .containsSubsequence(
            "Carrow: Liberal Democrat hold",
            "Ashbury: no overall control decided (11 of 15 wards in)",
            "",
            "State of parties after 1 of 3 councils declare",
            "In progress: Ashbury 11 of 15 wards, Brookfield 10 of 12 wards",
            "",
            "Brookfield: Conservative control decided (11 of 12 wards in)",
            "Brookfield: Conservative hold");
    assertThat(result.out()).endsWith("No overall control: 1 council (+1)\n");
  }

  @Test
  void seatsDeclaredLineCountsTheWardsOfCouncilsInProgress() {
    Cli.Result result =
        Cli.run("replay", "--example", "wards-synthetic", "--seats-declared");

    // After ten lines: Ashbury 5 single-member wards; Brookfield Brook Green 3, Dovecote 2,
    // Hall Farm 3, Greenacres 2, Fairfield 2. After twenty: Ashbury 9 wards (Bank Top
    // corrected, not added); Brookfield also Priory 3, Eastgate 3, Lime Tree 3, Northfield 2;
    // Carrow 40: 9 + 23 + 40. At the end every seat: 15 + 30 + 40.
    assertThat(matching(result, "Seats declared: .*"))
        .containsExactly(
            "Seats declared: 17 of 85", "Seats declared: 72 of 85", "Seats declared: 85 of 85");
  }

  @Test
  void swingLineIsTheButlerSwingOfTheTopCandidatesOverTheComparableWards() {
    Cli.Result result =
        Cli.run("replay", "--example", "wards-synthetic", "--every", "0", "--swing",
            "PP53,PP90");

    double swing = new WardVotesOracle(Integer.MAX_VALUE).swing("PP53", "PP90");
    String expected =
        swing < 0
            ? "Swing from Liberal Democrats to Labour: "
            : "Swing from Labour to Liberal Democrats: ";
    assertThat(result.outLines())
        .contains(expected + String.format(Locale.UK, "%.1f%%", Math.abs(swing)));
  }

  @Test
  void wardResultsDocumentReplaysLikeTheStream() {
    Cli.copyWardsSynthetic(dir);
    List<String> feed = Cli.wardLines();
    StringBuilder document =
        new StringBuilder("{\"format\":\"psephos.wardresults/1\",\"election\":\"local.2030-05-02\","
            + "\"wardResults\":[");
    String separator = "";
    for (String line : feed) {
      if (line.contains("psephos.wardresult/1") && line.contains("\"E07999951\"")) {
        document.append(separator).append(
            line.replace("\"format\":\"psephos.wardresult/1\",\"election\":\"local.2030-05-02\",",
                ""));
        separator = ",";
      }
    }
    Path brookfield = Cli.write(dir.resolve("brookfield.json"), document + "]}\n");

    Cli.Result result =
        Cli.run("replay", dir.resolve("election.json").toString(), brookfield.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .contains(
            "Brookfield: Conservative control decided (11 of 12 wards in)",
            "Brookfield: Conservative hold",
            "State of parties after 1 of 3 councils declare",
            "Conservative: 1 council; 16 seats (-1)");
  }

  @Test
  void badWardLineStopsTheReplayWithItsPlace() {
    Cli.copyWardsSynthetic(dir);
    List<String> lines = new ArrayList<>(Cli.wardLines());
    // line 2, Brook Green: Yan Reid (1,552) tied with Una Owen for the last of three seats
    lines.set(1, lines.get(1).replace("\"votes\":1331", "\"votes\":1552"));
    Path feed = Cli.write(dir.resolve("feed.ndjson"), lines);

    Cli.Result result = Cli.run("replay", dir.resolve("election.json").toString(),
        feed.toString());

    assertThat(result.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(result.outLines()).first()
        .isEqualTo("Ashbury: 1 of 15 wards declared (Castle Hill: Con hold)");
    assertThat(result.errLines()).singleElement().satisfies(error -> assertThat(error)
        .startsWith("psephos replay: " + feed + ":2:")
        .contains("Brookfield (E07999951), ward E05999601: 2 candidates tie with 1552 votes for"
            + " the last seat")
        .contains("supply the winner drawn by lot")
        .endsWith("(at /candidates)"));
  }

  @Test
  void wardOfAnotherCouncilIsBadDataAtTheWardMember() {
    Cli.copyWardsSynthetic(dir);
    List<String> lines = new ArrayList<>(Cli.wardLines());
    lines.set(0, lines.get(0).replace("\"ward\":\"E05999503\"", "\"ward\":\"E05999601\""));
    Path feed = Cli.write(dir.resolve("feed.ndjson"), lines);

    Cli.Result result = Cli.run("replay", dir.resolve("election.json").toString(),
        feed.toString());

    assertThat(result.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(feed + ":1:")
        .contains("Ashbury (E08999951): ward E05999601 belongs to Brookfield (E07999951), not to"
            + " this council")
        .contains("(at /ward)");
  }

  @Test
  void wardResultForACouncilDeclaredWholeIsBadDataAtItsLine() {
    Cli.copyWardsSynthetic(dir);
    List<String> lines = new ArrayList<>(Cli.wardLines().subList(0, 2));
    lines.add("{\"format\":\"psephos.declaration/1\",\"election\":\"local.2030-05-02\","
        + "\"sequence\":3,\"council\":\"E07999951\",\"seatsWon\":{\"PP52\":30}}");
    lines.add(Cli.wardLines().get(3));
    Path feed = Cli.write(dir.resolve("feed.ndjson"), lines);

    Cli.Result result = Cli.run("replay", dir.resolve("election.json").toString(),
        feed.toString());

    assertThat(result.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(result.outLines()).contains("Brookfield: Conservative hold");
    assertThat(result.err())
        .startsWith("psephos replay: " + feed + ":4: ")
        .contains("the council is held as a whole declaration");
  }

  @Test
  void wardOptionsAreCheckedAsUsage() {
    Cli.copyWardsSynthetic(dir);
    String[][] cases = {
      {"give two different parties", "replay", "--example", "wards-synthetic", "--swing", "PP52"},
      {"give two different parties", "replay", "--swing", "PP52,PP52"},
      {"no party of election local.2030-05-02 has the id, name or short name PP99", "replay", "--example",
          "wards-synthetic", "--swing", "PP52,PP99"},
      {"'nowhere' is not a bundled example", "replay", "--example", "nowhere"},
      {"'some' is not a choice of ward lines", "replay", "--wards", "some"},
      {"'most-votes' is not a vote convention", "replay", "--convention", "most-votes"},
      {"--example wards-synthetic is for running without files", "replay", "--example",
          "wards-synthetic", dir.resolve("election.json").toString(),
          dir.resolve("results.ndjson").toString()},
    };
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      Cli.Result result = Cli.run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(Psephos.BAD_USAGE);
      assertThat(result.err()).as(String.join(" ", args)).contains(c[0]);
      assertThat(result.out()).as(String.join(" ", args)).isEmpty();
    }
  }
}
