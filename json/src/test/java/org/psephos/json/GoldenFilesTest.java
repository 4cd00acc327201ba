package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.json.Golden.BRENT;
import static org.psephos.json.Golden.CON;
import static org.psephos.json.Golden.DECLARATIONS;
import static org.psephos.json.Golden.DEFINITION;
import static org.psephos.json.Golden.ELECTION;
import static org.psephos.json.Golden.IND;
import static org.psephos.json.Golden.KINGSTON;
import static org.psephos.json.Golden.LAB;
import static org.psephos.json.Golden.LD;
import static org.psephos.json.Golden.WANDSWORTH;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.ControlOutcome;
import org.psephos.tally.CountProgress;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;

/**
 * The golden file of each document kind, read to the values built by hand in {@link Golden}, and
 * written from those values byte for byte.
 */
class GoldenFilesTest {
  private final PsephosJson json = PsephosJson.standard();

  @Test
  void electionFileReadsToTheHandBuiltDefinition() {
    ElectionDefinition read = json.readElection(Golden.resource("golden/election.json"));

    assertThat(read).isEqualTo(DEFINITION);
    assertThat(read.election()).isEqualTo(ELECTION);
    assertThat(read.colour(LAB)).contains("#E4003B");
    assertThat(read.colour(IND)).isEmpty();
  }

  @Test
  void electionFileIsWrittenByteForByte() {
    assertThat(json.writeElection(DEFINITION, PsephosJson.Style.PRETTY))
        .isEqualTo(Golden.resource("golden/election.json"));
  }

  @Test
  void declarationsFileReadsToTheHandBuiltDeclarations() {
    assertThat(json.readDeclarations(ELECTION, Golden.resource("golden/declarations.json")))
        .isEqualTo(DECLARATIONS);
  }

  @Test
  void declarationsFileIsWrittenByteForByte() {
    assertThat(json.writeDeclarations(ELECTION, DECLARATIONS, PsephosJson.Style.PRETTY))
        .isEqualTo(Golden.resource("golden/declarations.json"));
  }

  @Test
  void declarationStreamReadsToTheHandBuiltDeclarationsInOrder() throws Exception {
    byte[] bytes =
        Golden.resource("golden/declarations.ndjson").getBytes(StandardCharsets.UTF_8);
    List<PublishedDeclaration> read = new ArrayList<>();
    try (DeclarationStream stream =
        json.declarationStream(ELECTION, new ByteArrayInputStream(bytes))) {
      for (Optional<PublishedDeclaration> next = stream.next();
          next.isPresent();
          next = stream.next()) {
        read.add(next.get());
      }
      assertThat(stream.lineNumber()).isEqualTo(5);
    }
    assertThat(read).isEqualTo(DECLARATIONS);
  }

  @Test
  void declarationStreamIsWrittenByteForByte() {
    StringBuilder lines = new StringBuilder();
    for (PublishedDeclaration declaration : DECLARATIONS) {
      lines.append(json.writeDeclarationLine(declaration));
    }
    assertThat(lines.toString()).isEqualTo(Golden.resource("golden/declarations.ndjson"));
  }

  private static Tally goldenTally() {
    Tally tally = Tally.of(ELECTION);
    for (PublishedDeclaration declaration : DECLARATIONS) {
      tally = tally.apply(declaration.declaration());
    }
    return tally;
  }

  @Test
  void resultsFileIsWrittenByteForByte() {
    assertThat(json.writeResults(
            new Results(goldenTally(), CouncilFilter.region("London")).withColoursOf(DEFINITION),
            PsephosJson.Style.PRETTY))
        .isEqualTo(Golden.resource("golden/results-london.json"));
  }

  @Test
  void resultsFileReadsToTheHandComputedStandingsAndOutcomes() {
    Results results = json.readResults(ELECTION, Golden.resource("golden/results-london.json"));

    assertThat(results.filter()).isEqualTo(CouncilFilter.region("London"));
    assertThat(results.tally().declaredCouncils()).containsExactly(WANDSWORTH, BRENT, KINGSTON);
    // Hand-computed: Con holds Wandsworth (33 of 60), loses Kingston (9 of 48) to LD (39); Lab
    // holds Brent (60 of 63). Baselines: Con 41 + 6 + 28 = 75, Lab 19 + 56 + 2 = 77,
    // LD 0 + 1 + 18 = 19.
    assertThat(results.standings().party(CON))
        .contains(new PartyStanding(CON, 1, 2, 45, 75, 45));
    assertThat(results.standings().party(LAB))
        .contains(new PartyStanding(LAB, 1, 1, 86, 77, 86));
    assertThat(results.standings().party(LD)).contains(new PartyStanding(LD, 1, 0, 39, 19, 39));
    assertThat(results.standings().party(IND)).contains(new PartyStanding(IND, 0, 0, 1, 0, 1));
    assertThat(results.standings().councilsDeclared()).isEqualTo(3);
    assertThat(results.standings().councilsExpected()).isEqualTo(3);
    // No council counts ward by ward: nothing in progress; seats declared 60 + 63 + 48 of the same.
    assertThat(results.standings().progress())
        .isEqualTo(new CountProgress(0, 171, 171, java.util.Map.of(), 0));
    assertThat(results.standings().wardTotals()).isEqualTo(WardTotals.empty());
    List<CouncilResult> outcomes = results.outcomes();
    assertThat(outcomes).extracting(r -> r.outcome().kind())
        .containsExactly(
            ControlOutcome.Kind.HOLD, ControlOutcome.Kind.HOLD, ControlOutcome.Kind.GAIN);
    assertThat(outcomes.get(2).outcome().describe())
        .isEqualTo("Liberal Democrat gain from Conservative");
  }

  @Test
  void resultsOfTheWholeTallyReadBackToTheSameTally() {
    Tally tally = goldenTally();
    String written = json.writeResults(Results.of(tally), PsephosJson.Style.COMPACT);

    assertThat(json.readResults(ELECTION, written).tally()).isEqualTo(tally);
  }
}
