package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.Election;
import org.psephos.examples.London2018;
import org.psephos.json.PsephosJson;
import org.psephos.json.Results;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;

/** {@code psephos tally}: text and JSON standings of the bundled data, and bad input. */
class TallyCommandTest {
  @TempDir Path dir;

  private static final Election LONDON = London2018.election().election();

  private static PartyStanding standing(Standings standings, String partyId) {
    return standings.party(LONDON.party(partyId).orElseThrow()).orElseThrow();
  }

  @Test
  void textIsTheFinalScoreboardOfTheBundledElection() {
    Cli.Result result = Cli.run("tally");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines()).containsSubsequence(Cli.PUBLISHED_FINAL_LINES);
    assertThat(result.outLines().get(0))
        .isEqualTo("State of parties after 32 of 32 councils declare");
  }

  @Test
  void filesGivenExplicitlyGiveTheSameAsTheBundledDefault() {
    Cli.copyLondon(dir);

    Cli.Result result =
        Cli.run(
            "tally",
            dir.resolve("election.json").toString(),
            dir.resolve("declarations.ndjson").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(Cli.run("tally").out());
  }

  @Test
  void outcomesListEveryDeclaredCouncilAfterTheScoreboard() {
    Cli.Result result = Cli.run("tally", "--outcomes");

    List<String> lines = result.outLines();
    int blank = lines.indexOf("");
    assertThat(lines.subList(0, blank)).containsSubsequence(Cli.PUBLISHED_FINAL_LINES);
    List<String> outcomes = new ArrayList<>(lines.subList(blank + 1, lines.size()));
    outcomes.remove("");
    // one per borough, in the election's order, completed declarations replacing provisional ones
    assertThat(outcomes).hasSize(32);
    assertThat(outcomes.get(0)).isEqualTo("Barking and Dagenham: Labour hold");
    assertThat(outcomes.get(31)).isEqualTo("Westminster: Conservative hold");
    assertThat(outcomes)
        .contains(
            "Brent: Labour hold",
            "Kingston upon Thames: Liberal Democrat gain from Conservative",
            "Havering: No overall control, no change");
  }

  @Test
  void jsonIsAResultsDocumentWithThePublishedTotals() {
    Cli.Result result = Cli.run("tally", "--format", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{\n  \"format\": \"psephos.results/1\",");
    Results results = PsephosJson.standard().readResults(LONDON, result.out());
    Standings standings = results.standings();
    assertThat(standings.councilsDeclared()).isEqualTo(32);
    assertThat(standing(standings, "PP53").seatsWon()).isEqualTo(1123);
    assertThat(standing(standings, "PP52").seatsWon()).isEqualTo(511);
    assertThat(standing(standings, "PP90").seatsWon()).isEqualTo(154);
    assertThat(standing(standings, "PP53").councils()).isEqualTo(21);
    assertThat(standing(standings, "PP52").councils()).isEqualTo(7);
    assertThat(standing(standings, "PP90").councils()).isEqualTo(3);
    assertThat(standings.noOverallControl()).isEqualTo(1);
    assertThat(results.outcomes()).hasSize(32);
    // The parties named and coloured as the bundled election file colours them.
    assertThat(results.colours()).containsEntry("PP53", "#E4003B").containsEntry("PP52", "#0087DC");
    assertThat(result.out()).contains("\"name\": \"Labour\",\n      \"shortName\": \"Lab\"");
  }

  @Test
  void jsonCarriesTheFilterAndTheBaseline() {
    Cli.Result result =
        Cli.run("tally", "--format", "json", "--region", "London", "--baseline", "pre-election");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("\"baseline\": \"pre-election\"")
        .contains("\"description\": \"London\"", "\"region\": \"London\"");
  }

  @Test
  void regionFilterNamesTheRegionInTheHeading() {
    Cli.Result result = Cli.run("tally", "--region", "London");

    assertThat(result.outLines().get(0))
        .isEqualTo("State of parties after 32 of 32 London councils");
  }

  @Test
  void onATerminalALongReadShowsAProgressLineOnStandardErrorAndErasesIt() {
    Cli.copyLondon(dir);
    Path feed = dir.resolve("declarations.ndjson");
    long[] now = {0};
    // a slow feed: each look at the clock is a quarter of a second later
    Environment terminal =
        new Environment(true, d -> {}, () -> now[0] += 250_000_000L);

    Cli.Result result =
        Cli.run(terminal, "tally", dir.resolve("election.json").toString(), feed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(Cli.run("tally").out());
    assertThat(result.err())
        .startsWith("\rreading " + feed + ": line ")
        .contains("\rreading " + feed + ": line 34, 34 results")
        .endsWith("\r");
    String erased = result.err().substring(result.err().lastIndexOf('\r', result.err().length() - 2));
    assertThat(erased.strip()).isEmpty();
  }

  @Test
  void helpListsTheFormats() {
    Cli.Result result = Cli.run("tally", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: psephos tally ").contains("--format=FORMAT",
        "text", "json", "--outcomes");
  }

  @Test
  void badUsageExitsWithTwo() {
    Cli.Result format = Cli.run("tally", "--format", "xml");
    Cli.Result lonely = Cli.run("tally", "election.json");

    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("'xml' is not a format; the formats are text, json");
    assertThat(lonely.exitCode()).isEqualTo(2);
    assertThat(lonely.err()).contains("RESULTS is required with ELECTION");
  }

  @Test
  void badFilesExitWithOneNamingFilePlaceAndReason() {
    Cli.copyLondon(dir);
    String election = dir.resolve("election.json").toString();
    Path missing = dir.resolve("missing.ndjson");
    Path malformed = Cli.write(dir.resolve("malformed.ndjson"),
        List.of(Cli.londonLines().get(0), "{\"format\": oops}"));
    String unknownLine = Cli.line(2, "E09000099", "{\"PP53\":51}");
    Path unknown = Cli.write(dir.resolve("unknown.ndjson"),
        List.of(Cli.londonLines().get(0), unknownLine));
    Path document = Cli.write(dir.resolve("declarations.json"),
        "{\"format\": \"psephos.declarations/1\", \"election\": \"local.2018-05-03\",\n"
            + "  \"declarations\": [\n"
            // column 5: {; 6: "sequence"; 18: 1; 21: "council"; 32: "E09000099"
            + "    {\"sequence\": 1, \"council\": \"E09000099\", \"seatsWon\": {\"PP53\": 51}}]}\n");

    Cli.Result noFile = Cli.run("tally", election, missing.toString());
    Cli.Result badJson = Cli.run("tally", election, malformed.toString());
    Cli.Result badCouncil = Cli.run("tally", election, unknown.toString());
    Cli.Result badDocument = Cli.run("tally", election, document.toString());

    assertThat(List.of(noFile, badJson, badCouncil, badDocument))
        .allSatisfy(r -> {
          assertThat(r.exitCode()).isEqualTo(1);
          assertThat(r.out()).isEmpty();
        });
    assertThat(noFile.err()).isEqualTo("psephos tally: " + missing + ": no such file\n");
    // "oops" starts at column 12 of line 2
    assertThat(badJson.err())
        .startsWith("psephos tally: " + malformed + ":2:12: the input is not well-formed JSON");
    assertThat(badCouncil.err())
        .isEqualTo("psephos tally: " + unknown + ":2:" + (unknownLine.indexOf("\"E09000099\"") + 1)
            + ": council \"E09000099\" is not part of election local.2018-05-03 (at /council)\n");
    // in the document the council's id starts on line 3 at column 32
    assertThat(badDocument.err())
        .isEqualTo("psephos tally: " + document + ":3:32: council \"E09000099\" is not part of"
            + " election local.2018-05-03 (at /declarations/0/council)\n");
  }
}
