package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.json.Golden.CON;
import static org.psephos.json.Golden.LAB;
import static org.psephos.json.Golden.map;
import static org.psephos.json.GoldenWards.ABBEY_RESULT;
import static org.psephos.json.GoldenWards.BRIDGE_RESULT;
import static org.psephos.json.GoldenWards.CASTLE_RESULT;
import static org.psephos.json.GoldenWards.EASTON;
import static org.psephos.json.GoldenWards.EASTON_DECLARATION;
import static org.psephos.json.GoldenWards.ELECTION;
import static org.psephos.json.GoldenWards.NORTHAM;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Declaration;
import org.psephos.tally.Tally;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardPostponement;
import org.psephos.ward.WardResult;

/**
 * The golden file {@code corrections.ndjson}: a result stream with every line kind and the
 * format's optional members of the ward level, read to values built here by hand and written back
 * byte for byte. Northam counts Abbey and Bridge, Dale is postponed (held by a Conservative on the
 * eve of the poll), Castle declares, so Northam is declared provisionally; Easton declares and is
 * withdrawn; Dale's result comes last, with two Conservative candidates named Mark Moss told apart
 * by id, tied with 612 votes each, the second drawn by lot (invented figures).
 */
class CorrectionsGoldenFileTest {
  private static final String ID = "local.2022-05-05";
  private final PsephosJson json = PsephosJson.standard();

  private static final WardResult DALE_WITH_NAMESAKES =
      WardResult.builder(NORTHAM, "E05999904", 1)
          .candidate(Candidate.of("Mark Moss", CON, 612).withId("1"))
          .candidate(Candidate.of("Mark Moss", CON, 612).withId("2"))
          .candidate(Candidate.of("Nia Nash", LAB, 150).withId("3"))
          .electorate(2900)
          .ballotsCast(1380)
          .ballotsRejected(6)
          .drawnWinner("2")
          .build();

  private static final List<PublishedResult> FEED =
      List.of(
          new PublishedWardResult(ID, 1, null, ABBEY_RESULT),
          new PublishedWardResult(ID, 2, null, BRIDGE_RESULT),
          new PublishedPostponement(ID, 3, null,
              WardPostponement.of(NORTHAM, "E05999904")
                  .withHeldBeforePoll(Composition.of(map(CON, 1)))),
          new PublishedWardResult(ID, 4, null, CASTLE_RESULT),
          new PublishedDeclaration(ID, 5, null, EASTON_DECLARATION),
          new PublishedWithdrawal(ID, 6, null, EASTON, Optional.empty()),
          new PublishedWardResult(ID, 7, null, DALE_WITH_NAMESAKES));

  private List<PublishedResult> read() throws Exception {
    List<PublishedResult> read = new ArrayList<>();
    try (ResultStream stream =
        json.resultStream(
            ELECTION,
            new ByteArrayInputStream(
                Golden.resource("golden/corrections.ndjson").getBytes(StandardCharsets.UTF_8)))) {
      for (Optional<PublishedResult> next = stream.next(); next.isPresent(); next = stream.next()) {
        read.add(next.get());
      }
    }
    return read;
  }

  @Test
  void everyLineKindReadsToTheHandBuiltValues() throws Exception {
    assertThat(read()).containsExactlyElementsOf(FEED);
  }

  @Test
  void everyLineIsWrittenByteForByte() {
    StringBuilder written = new StringBuilder();
    for (PublishedResult result : FEED) {
      written.append(json.writeResultLine(result));
    }
    assertThat(written.toString()).isEqualTo(Golden.resource("golden/corrections.ndjson"));
  }

  @Test
  void theNightDeclaresNorthamProvisionallyThenWhole() throws Exception {
    Tally tally = Tally.of(ELECTION);
    List<Tally> after = new ArrayList<>();
    for (PublishedResult result : read()) {
      tally = result.applyTo(tally);
      after.add(tally);
    }
    // after Castle (line 4): Abbey Con 2 (1,450, 1,420 for Lab's Dhillon, 1,390), Lab 1; Bridge
    // Lab 2; Castle Lab 1: Con 2, Lab 4, Dale's Conservative seat still to fill
    assertThat(after.get(3).declaration(NORTHAM))
        .contains(
            new Declaration(
                NORTHAM,
                Composition.of(map(CON, 2, LAB, 4)),
                1,
                Composition.of(map(CON, 1)),
                Composition.of(map(CON, 1))));
    assertThat(after.get(4).isDeclared(EASTON)).isTrue();
    assertThat(after.get(5).isDeclared(EASTON)).isFalse();
    // Dale's drawn Conservative: Con 3, Lab 4, as if Dale had never been postponed
    assertThat(tally.declaration(NORTHAM))
        .contains(Declaration.of(NORTHAM, map(CON, 3, LAB, 4)));
    assertThat(tally)
        .isEqualTo(
            Tally.of(ELECTION)
                .apply(ABBEY_RESULT)
                .apply(BRIDGE_RESULT)
                .apply(CASTLE_RESULT)
                .apply(DALE_WITH_NAMESAKES));
    assertThat(tally.wardResult(NORTHAM, "E05999904").orElseThrow().electedByLot())
        .extracting(c -> c.id().orElseThrow())
        .containsExactly("2");
  }
}
