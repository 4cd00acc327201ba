package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.json.PsephosJson;
import org.psephos.json.Results;
import org.psephos.examples.WardsSynthetic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code psephos tally}, {@code chart} and {@code validate} with ward-level data: the bundled
 * synthetic night, part of it, and bad ward documents. Expected figures come from the design in
 * wards-synthetic/README.md or from {@link WardVotesOracle}.
 */
class WardDocumentsCommandTest {
  @TempDir Path dir;

  /** The first {@code n} lines of the synthetic feed, in a file. */
  private Path firstLines(int n) {
    Cli.copyWardsSynthetic(dir);
    return Cli.write(dir.resolve("part.ndjson"), Cli.wardLines().subList(0, n));
  }

  @Test
  void tallyOfPartOfTheNightListsTheCouncilsInProgress() {
    Path part = firstLines(23);

    Cli.Result result =
        Cli.run("tally", dir.resolve("election.json").toString(), part.toString(), "--outcomes",
            "--seats-declared");

    assertThat(result.exitCode()).isZero();
    // After line 23: Carrow declared (40 seats); Ashbury 11 wards (11 seats); Brookfield 10
    // wards: Brook Green 3, Dovecote 2, Hall Farm 3, Greenacres 2, Fairfield 2, Priory 3,
    // Eastgate 3, Lime Tree 3, Northfield 2, Church End 3 = 26; Conservatives 14 of them, short
    // of 16 with Kings Meadow's and Mill Lane's 4 seats to come.
    assertThat(result.outLines())
        .containsSubsequence(
            "State of parties after 1 of 3 councils declare",
            "Seats declared: 77 of 85",
            "",
            "Carrow: Liberal Democrat hold",
            "Ashbury: 11 of 15 wards declared; no overall control decided",
            "Brookfield: 10 of 12 wards declared; control undecided");
  }

  @Test
  void tallyAsJsonIsAResultsDocumentWithTheWardsAndProgress() {
    Path part = firstLines(23);

    Cli.Result result =
        Cli.run("tally", dir.resolve("election.json").toString(), part.toString(), "--format",
            "json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("\"inProgress\": [")
        .contains("\"wardTotals\": {")
        .contains("\"controlDecidedEarly\": {}")
        .contains("\"noOverallControlDecidedEarly\": 1");
    Results read = PsephosJson.standard().readResults(WardsSynthetic.election().election(),
        result.out());
    assertThat(read.councilsInProgress()).hasSize(2);
    assertThat(read.standings().seatsDeclared()).isEqualTo(77);
  }

  @Test
  void chartShowsEachPartysVoteShareAndItsChange() {
    Cli.Result result = Cli.run("chart", "--example", "wards-synthetic", "-o", "-");

    assertThat(result.exitCode()).isZero();
    Document svg = ChartCommandTest.parse(result.out());
    WardVotesOracle oracle = new WardVotesOracle(Integer.MAX_VALUE);
    List<String> parties = new ArrayList<>();
    for (Element bar : ChartCommandTest.bars(svg, "data-share")) {
      String party = bar.getAttribute("data-party");
      parties.add(party);
      assertThat(Double.parseDouble(bar.getAttribute("data-share")))
          .as(party)
          .isCloseTo(oracle.share(party), org.assertj.core.data.Offset.offset(0.005));
      assertThat(Double.parseDouble(bar.getAttribute("data-change")))
          .as(party)
          .isCloseTo(oracle.change(party), org.assertj.core.data.Offset.offset(0.005));
    }
    // every party stood somewhere; the order is the election's
    assertThat(parties).containsExactly("PP52", "PP53", "PP90", "PP63", "ynmp-party:2");
    // 27 wards are listed and all are in; Greenacres, uncontested, adds no vote
    assertThat(ChartCommandTest.texts(svg, "section"))
        .contains("Vote share (top candidate per ward, 27 of 27 wards)");
  }

  @Test
  void chartOfAllVotesUsesTheOtherConventionAndThePageTabulatesIt() {
    Cli.Result result =
        Cli.run("chart", "--example", "wards-synthetic", "--convention", "all-votes", "--html",
            "-o", "-");

    assertThat(result.exitCode()).isZero();
    Document page = ChartCommandTest.parse(result.out());
    assertThat(ChartCommandTest.texts(page, "section"))
        .contains("Vote share (all votes cast, 27 of 27 wards)");
    List<String> captions = new ArrayList<>();
    for (Element caption : ChartCommandTest.elements(page, ChartCommandTest.XHTML, "caption")) {
      captions.add(caption.getTextContent());
    }
    assertThat(captions).contains("Vote share (all votes cast, 27 of 27 wards)");
  }

  @Test
  void chartOfDeclarationsOnlyHasNoVoteShare() {
    Cli.Result result = Cli.run("chart", "-o", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(ChartCommandTest.bars(ChartCommandTest.parse(result.out()), "data-share"))
        .isEmpty();
  }

  @Test
  void validateKnowsResultStreamsAndWardDocuments() {
    Cli.copyWardsSynthetic(dir);
    String second = Cli.wardLines().get(1);
    // laid out over lines, so that it is read as one document, not as a stream of one line
    Path one = Cli.write(dir.resolve("one.json"), "{\n" + second.substring(1) + "\n");
    Path document =
        Cli.write(dir.resolve("wards.json"),
            "{\"format\":\"psephos.wardresults/1\",\"election\":\"local.2030-05-02\","
                + "\"wardResults\":[\n"
                + second.replace("\"format\":\"psephos.wardresult/1\","
                    + "\"election\":\"local.2030-05-02\",", "") + "\n]}\n");

    Cli.Result result =
        Cli.run("validate", dir.resolve("election.json").toString(),
            dir.resolve("results.ndjson").toString(), one.toString(), document.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines())
        .containsExactly(
            dir.resolve("election.json") + ": election definition local.2030-05-02, 3 councils,"
                + " 5 parties: valid",
            dir.resolve("results.ndjson") + ": result stream, 29 lines, 28 valid ward results,"
                + " 1 valid declaration: valid",
            one + ": ward result document: valid",
            document + ": ward results document: valid",
            "");
  }

  @Test
  void validateReportsEveryBadWardResultOfADocumentInPlace() {
    Cli.copyWardsSynthetic(dir);
    List<String> lines = Cli.wardLines();
    StringBuilder text =
        new StringBuilder(
            "{\"format\":\"psephos.wardresults/1\",\"election\":\"local.2030-05-02\","
                + "\"wardResults\":[\n");
    for (int i = 0; i < 4; i++) {
      String element =
          lines.get(i)
              .replace("\"format\":\"psephos.wardresult/1\",\"election\":\"local.2030-05-02\",",
                  "");
      if (i == 1) {
        element = element.replace("\"votes\":1614", "\"votes\":-1614");
      }
      if (i == 3) {
        element = element.replace("\"ward\":\"E05999603\"", "\"ward\":\"E05999699\"");
      }
      text.append(element).append(i < 3 ? ",\n" : "\n");
    }
    Path document = Cli.write(dir.resolve("bad.json"), text + "]}\n");

    Cli.Result result =
        Cli.run("validate", dir.resolve("election.json").toString(), document.toString());

    assertThat(result.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(result.outLines()).contains(document + ": ward results document: 2 problems");
    List<String> errors = result.errLines();
    assertThat(errors).hasSize(2);
    // lines 3 and 5 of the document: the second and fourth ward results
    assertThat(errors.get(0))
        .startsWith(document + ":3:")
        // Brook Green's candidates are in ballot (surname) order: the fourth is Nell Dixon
        .contains("candidate Nell Dixon (Conservative) has negative votes (-1614)")
        .endsWith("(at /wardResults/1/candidates/3/votes)");
    assertThat(errors.get(1))
        .startsWith(document + ":5:")
        .contains("Brookfield (E07999951): ward E05999699 is not one of its wards in election"
            + " local.2030-05-02")
        .endsWith("(at /wardResults/3/ward)");
  }

  @Test
  void validateReportsEachBadLineOfAResultStream() {
    Cli.copyWardsSynthetic(dir);
    List<String> lines = new ArrayList<>(Cli.wardLines());
    lines.set(4, lines.get(4).replace("\"party\":\"PP53\"", "\"party\":\"Labour Party\""));
    lines.set(25, lines.get(25).replace(",\"drawnWinners\":[\"Hana Underwood\"]", ""));
    Path feed = Cli.write(dir.resolve("feed.ndjson"), lines);

    Cli.Result result =
        Cli.run("validate", dir.resolve("election.json").toString(), feed.toString());

    assertThat(result.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(result.outLines())
        .contains(feed + ": result stream, 29 lines, 26 valid ward results, 1 valid declaration:"
            + " 2 problems");
    assertThat(result.errLines()).hasSize(2);
    assertThat(result.errLines().get(0))
        .startsWith(feed + ":5:")
        .contains("is \"Labour Party\", which is neither a party id nor an alias of election"
            + " local.2030-05-02");
    assertThat(result.errLines().get(1))
        .startsWith(feed + ":26:")
        .contains("2 candidates tie with 1542 votes for the last seat")
        .endsWith("(at /candidates)");
  }

  @Test
  void sharesInTheOracleAddUpToAHundred() {
    WardVotesOracle oracle = new WardVotesOracle(Integer.MAX_VALUE);
    double total = 0;
    for (String party : List.of("PP52", "PP53", "PP90", "PP63", "ynmp-party:2")) {
      total += oracle.share(party);
    }
    assertThat(String.format(Locale.ROOT, "%.6f", total)).isEqualTo("100.000000");
  }
}
