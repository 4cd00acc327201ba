package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.json.Golden.CON;
import static org.psephos.json.Golden.GREEN;
import static org.psephos.json.Golden.IND;
import static org.psephos.json.Golden.LAB;
import static org.psephos.json.Golden.LD;
import static org.psephos.json.GoldenWards.DALE_RESULT;
import static org.psephos.json.GoldenWards.DEFINITION;
import static org.psephos.json.GoldenWards.EASTON;
import static org.psephos.json.GoldenWards.ELECTION;
import static org.psephos.json.GoldenWards.FEED;
import static org.psephos.json.GoldenWards.NORTHAM;
import static org.psephos.json.GoldenWards.SOUTHAM;
import static org.psephos.json.GoldenWards.WARD_RESULTS;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.Control;
import org.psephos.VoteConvention;
import org.psephos.tally.CountProgress;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilProgress;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.PartyWardTotals;
import org.psephos.tally.Standings;
import org.psephos.tally.VoteFigures;
import org.psephos.tally.WardTotals;
import org.psephos.ward.CandidateStatus;

/**
 * The ward-level golden files (an election with wards, a ward results document, a mixed result
 * stream and the results after it) read to the values built by hand in {@link GoldenWards}, and
 * written from them byte for byte.
 */
class WardGoldenFilesTest {
  private final PsephosJson json = PsephosJson.standard();

  @Test
  void electionWithWardsReadsToTheHandBuiltDefinition() {
    ElectionDefinition read = json.readElection(Golden.resource("golden/election-wards.json"));

    assertThat(read).isEqualTo(DEFINITION);
    assertThat(read.election().contest(NORTHAM.id()).orElseThrow().wards())
        .containsExactly(GoldenWards.ABBEY, GoldenWards.BRIDGE, GoldenWards.CASTLE,
            GoldenWards.DALE);
    assertThat(read.election().contest(EASTON.id()).orElseThrow().hasWards()).isFalse();
  }

  @Test
  void electionWithWardsIsWrittenByteForByte() {
    assertThat(json.writeElection(DEFINITION, PsephosJson.Style.PRETTY))
        .isEqualTo(Golden.resource("golden/election-wards.json"));
  }

  @Test
  void wardResultsFileReadsToTheHandBuiltResults() {
    List<PublishedWardResult> read =
        json.readWardResults(ELECTION, Golden.resource("golden/wardresults.json"));

    assertThat(read).isEqualTo(WARD_RESULTS);
    assertThat(read.get(5).result().statuses().values())
        .containsExactly(
            CandidateStatus.TIED, CandidateStatus.ELECTED_BY_LOT, CandidateStatus.DEFEATED);
    assertThat(read.get(3).result().isUncontested()).isTrue();
  }

  @Test
  void wardResultsFileIsWrittenByteForByte() {
    assertThat(json.writeWardResults(ELECTION, WARD_RESULTS, PsephosJson.Style.PRETTY))
        .isEqualTo(Golden.resource("golden/wardresults.json"));
  }

  @Test
  void mixedStreamReadsToTheHandBuiltFeedInOrder() throws Exception {
    byte[] bytes = Golden.resource("golden/wards.ndjson").getBytes(StandardCharsets.UTF_8);
    List<PublishedResult> read = new ArrayList<>();
    try (ResultStream stream = json.resultStream(ELECTION, new ByteArrayInputStream(bytes))) {
      for (Optional<PublishedResult> next = stream.next();
          next.isPresent();
          next = stream.next()) {
        read.add(next.get());
      }
      assertThat(stream.lineNumber()).isEqualTo(7);
      assertThat(stream.lastSequence()).isEqualTo(7);
    }
    assertThat(read).isEqualTo(FEED);
    assertThat(read.get(3)).isInstanceOf(PublishedDeclaration.class);
  }

  @Test
  void mixedStreamIsWrittenByteForByte() {
    StringBuilder lines = new StringBuilder();
    for (PublishedResult result : FEED) {
      lines.append(json.writeResultLine(result));
    }
    assertThat(lines.toString()).isEqualTo(Golden.resource("golden/wards.ndjson"));
  }

  @Test
  void singleWardResultDocumentIsALineOfTheStream() {
    String line = Golden.resource("golden/wards.ndjson").split("\n")[6];

    PublishedWardResult read = json.readWardResult(org.psephos.tally.Tally.of(ELECTION), line);

    assertThat(read.result()).isEqualTo(DALE_RESULT);
    assertThat(json.writeWardResultLine(read)).isEqualTo(line + "\n");
  }

  @Test
  void resultsAfterTheFeedAreWrittenByteForByte() {
    assertThat(json.writeResults(
            new Results(GoldenWards.tally(), CouncilFilter.all())
                .withColoursOf(GoldenWards.DEFINITION),
            PsephosJson.Style.PRETTY))
        .isEqualTo(Golden.resource("golden/results-wards.json"));
  }

  @Test
  void resultsFileReadsToTheHandComputedStandingsProgressAndWardTotals() {
    Results results = json.readResults(ELECTION, Golden.resource("golden/results-wards.json"));
    Standings standings = results.standings();

    // Easton: Con 16 of 30 before (majority 16), LD 17 after. Northam: Con 4 of 7 before
    // (majority 4), Lab 5 after (Abbey 1, Bridge 2, Castle 1, Dale 1 by lot), Con 2 (Abbey).
    assertThat(standings.councilsDeclared()).isEqualTo(2);
    assertThat(standings.councilsExpected()).isEqualTo(3);
    assertThat(standings.party(CON)).contains(new PartyStanding(CON, 0, 2, 15, 20, 15));
    assertThat(standings.party(LAB)).contains(new PartyStanding(LAB, 1, 0, 5, 3, 5));
    assertThat(standings.party(LD)).contains(new PartyStanding(LD, 1, 0, 17, 14, 17));
    // Southam in progress: East Lab 2, West Lab 1 LD 1: Lab 3 of 5 reaches the majority of 3.
    // Seats declared 30 + 7 + 4 of 30 + 7 + 5.
    assertThat(standings.progress()).isEqualTo(new CountProgress(1, 41, 42, Map.of(LAB, 1), 0));
    CouncilProgress southam = results.councilsInProgress().get(0);
    assertThat(southam.council()).isEqualTo(SOUTHAM);
    assertThat(southam.describe()).isEqualTo("2 of 3 wards declared");
    assertThat(southam.decidedControl().flatMap(Control::party)).contains(LAB);

    // Ward by ward: Bridge Con loses 1 to Lab, Dale Con loses 1 to Lab, West Con loses 1 to LD.
    // Votes (all / top): Con 4150+1524+612+1238+1355 / 1450+780+612+640+700; Lab 3905+1763+612
    // +2154+820 / 1420+902+612+1104+820; LD 410+150+790 both; Ind 300 both. Comparable wards:
    // all-votes Abbey and Dale; top-candidate Abbey, Bridge, Dale and East.
    WardTotals totals = standings.wardTotals();
    assertThat(totals.wardsDeclared()).isEqualTo(6);
    assertThat(totals.wardsExpected()).isEqualTo(7);
    assertThat(totals.parties())
        .containsExactly(
            new PartyWardTotals(CON, 2, 5, 0, 3, new VoteFigures(8879, 4762, 4900),
                new VoteFigures(4182, 3482, 3700)),
            new PartyWardTotals(LAB, 8, 6, 2, 0, new VoteFigures(9254, 4517, 3800),
                new VoteFigures(4858, 4038, 3600)),
            new PartyWardTotals(LD, 1, 0, 1, 0, new VoteFigures(1350, 560, 700),
                new VoteFigures(1350, 560, 700)),
            PartyWardTotals.zero(GREEN),
            new PartyWardTotals(IND, 0, 0, 0, 0, new VoteFigures(300, 0, 0),
                new VoteFigures(300, 300, 0)));
    // Top-candidate shares: Con 4182 of 10690, Lab 4858 of 10690.
    assertThat(totals.share(CON, VoteConvention.TOP_CANDIDATE).orElseThrow())
        .isCloseTo(4182 * 100.0 / 10690, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(results.outcomes())
        .extracting(r -> r.outcome().describe())
        .containsExactly("Liberal Democrat gain from Conservative",
            "Labour gain from Conservative");
    assertThat(results.tally()).isEqualTo(GoldenWards.tally());
  }

  @Test
  void resultsWithoutTheProgressAndWardTotalsStillRead() {
    String full = Golden.resource("golden/results-london.json");
    int start = full.indexOf(",\n    \"progress\"");
    int end = full.indexOf("\n    }", start) + "\n    }".length();
    String older = full.substring(0, start) + full.substring(end);

    Results read = json.readResults(Golden.ELECTION, older);

    assertThat(older).doesNotContain("progress");
    assertThat(read.standings())
        .isEqualTo(json.readResults(Golden.ELECTION, full).standings());
  }
}
