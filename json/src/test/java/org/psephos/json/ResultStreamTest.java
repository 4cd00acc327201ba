package org.psephos.json;

import org.psephos.json.PsephosJsonException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.psephos.json.GoldenWards.EASTON;
import static org.psephos.json.GoldenWards.ELECTION;
import static org.psephos.json.GoldenWards.NORTHAM;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.ConflictingResultException;
import org.psephos.Party;
import org.psephos.tally.Tally;
import org.psephos.ward.CandidateStatus;

/**
 * The newline-delimited result stream: declarations and ward results in one feed, read one line
 * at a time with the line numbers, sequence rules and stop-or-go-on handling of {@link
 * DeclarationStream}.
 */
class ResultStreamTest {
  private static final PsephosJson JSON = PsephosJson.standard();

  /** The golden feed: 1-3 ward results, 4 Easton's declaration, 5-7 ward results. */
  private static final String[] LINES = Golden.resource("golden/wards.ndjson").split("\n");

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void badWardLineIsReportedWithItsLineNumberAndTheReaderGoesOn() throws Exception {
    String text =
        lines(LINES[0], "", LINES[1].replace("\"votes\":902", "\"votes\":\"902\""), LINES[2]);
    try (ResultStream stream = JSON.resultStream(ELECTION, stream(text))) {
      assertThat(stream.next()).map(PublishedResult::sequence).contains(1L);
      PsephosJsonException bad = Failures.caught(Kind.WRONG_TYPE, stream::next);
      assertThat(bad.line()).isEqualTo(3);
      assertThat(bad.pointer()).isEqualTo("/candidates/2/votes");
      assertThat(bad.getMessage()).contains("line 3,");
      assertThat(stream.next()).map(PublishedResult::sequence).contains(3L);
      assertThat(stream.next()).isEmpty();
      assertThat(stream.lineNumber()).isEqualTo(4);
    }
  }

  @Test
  void sequenceNumbersRiseAcrossBothKindsOfLine() throws Exception {
    // Easton's declaration is sequence 4: a ward result numbered 2 after it is out of order.
    String text = lines(LINES[0], LINES[3], LINES[1]);
    try (ResultStream stream = JSON.resultStream(ELECTION, stream(text))) {
      stream.next();
      assertThat(stream.next()).get().isInstanceOf(PublishedDeclaration.class);
      PsephosJsonException late = Failures.caught(Kind.SEQUENCE, stream::next);
      assertThat(late.line()).isEqualTo(3);
      assertThat(late.pointer()).isEqualTo("/sequence");
      assertThat(late.reason()).contains("sequence number 2 does not follow 4");
      assertThat(stream.lastSequence()).isEqualTo(4);
    }
  }

  @Test
  void lineOfAnotherKindOfDocumentIsUnsupported() throws Exception {
    String text =
        lines("{\"format\":\"psephos.wardresults/1\",\"election\":\"local.2022-05-05\","
            + "\"wardResults\":[]}", LINES[0]);
    try (ResultStream stream = JSON.resultStream(ELECTION, stream(text))) {
      PsephosJsonException other =
          Failures.caught(Kind.UNSUPPORTED_FORMAT, stream::next);
      assertThat(other.line()).isEqualTo(1);
      assertThat(other.pointer()).isEqualTo("/format");
      assertThat(other.reason())
          .isEqualTo("a result stream's line is a psephos.declaration/1, a"
              + " psephos.wardresult/1, a psephos.withdrawal/1 or a psephos.postponement/1"
              + " document, not"
              + " \"psephos.wardresults/1\"");
      assertThat(stream.next()).isPresent();
    }
  }

  @Test
  void aLineReadsAlikeWithItsFormatFirstOrLaterOrWithCharactersBeyondAscii() throws Exception {
    String written = LINES[0];
    String formatLast = "{" + written.substring(written.indexOf("\"election\""),
        written.length() - 1) + ",\"format\":\"psephos.wardresult/1\"}";
    String spaced = written.replace("{\"format\":", "{ \"format\" :");
    String accented = written.replace("Alice Archer", "Alys Ap Siôn");
    try (ResultStream stream =
        JSON.resultStream(ELECTION, stream(lines(written, formatLast, spaced, accented)))) {
      PublishedResult first = stream.next().orElseThrow();
      // each line is sequence 1: the later ones are out of sequence, which only a line read
      // whole as a ward result can say
      for (int line = 2; line <= 4; line++) {
        PsephosJsonException late = Failures.caught(Kind.SEQUENCE, stream::next);
        assertThat(late.line()).isEqualTo(line);
        assertThat(late.pointer()).isEqualTo("/sequence");
      }
      assertThat(first).isInstanceOf(PublishedWardResult.class);
    }
    for (String line : List.of(formatLast, spaced, accented)) {
      try (ResultStream stream = JSON.resultStream(ELECTION, stream(lines(line)))) {
        PublishedWardResult read = (PublishedWardResult) stream.next().orElseThrow();
        assertThat(read.result().wardId()).isEqualTo("E05999901");
        assertThat(read.result().candidates().get(0).name())
            .isEqualTo(line == accented ? "Alys Ap Siôn" : "Alice Archer");
      }
    }
  }

  @Test
  void aLineOfAnotherVersionStartingAsWrittenIsUnsupported() throws Exception {
    String text = lines(LINES[0].replace("psephos.wardresult/1", "psephos.wardresult/2"));
    try (ResultStream stream = JSON.resultStream(ELECTION, stream(text))) {
      PsephosJsonException version = Failures.caught(Kind.UNSUPPORTED_FORMAT, stream::next);
      assertThat(version.pointer()).isEqualTo("/format");
      assertThat(version.reason()).contains("version \"2\" of psephos.wardresult");
    }
  }

  @Test
  void lineWhoseFormatIsNotTextSaysSo() throws Exception {
    try (ResultStream stream = JSON.resultStream(ELECTION, stream(lines("{\"format\":7}")))) {
      PsephosJsonException format = Failures.caught(Kind.WRONG_TYPE, stream::next);
      assertThat(format.pointer()).isEqualTo("/format");
      assertThat(format.line()).isEqualTo(1);
    }
  }

  @Test
  void declarationStreamRejectsAWardResultLine() throws Exception {
    try (DeclarationStream stream = JSON.declarationStream(ELECTION, stream(lines(LINES[0])))) {
      PsephosJsonException ward =
          Failures.caught(Kind.UNSUPPORTED_FORMAT, stream::next);
      assertThat(ward.line()).isEqualTo(1);
      assertThat(ward.pointer()).isEqualTo("/format");
    }
  }

  @Test
  void applyingTheGoldenFeedDeclaresNorthamWardByWardAndEastonWhole() {
    ResultStream.Summary summary =
        JSON.resultStream(ELECTION, stream(String.join("\n", LINES)))
            .applyTo(Tally.of(ELECTION), e -> false);

    assertThat(summary.applied()).isEqualTo(7);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.stopped()).isFalse();
    assertThat(summary.tally()).isEqualTo(GoldenWards.tally());
    assertThat(summary.tally().declaredCouncils()).containsExactly(EASTON, NORTHAM);
    assertThat(summary.tally().progress(NORTHAM).isWholeDeclaration()).isFalse();
  }

  @Test
  void wardResultForACouncilHeldAsAWholeDeclarationIsABadLineAtItsPlace() {
    // Northam declared as a whole (sequence 8), then Dale's result (9), then Southam's East (10).
    String whole =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2022-05-05\",\"sequence\":8,"
            + "\"council\":\"E07999901\",\"seatsWon\":{\"PP52\":4,\"PP53\":3}}";
    String dale = LINES[6].replace("\"sequence\":7", "\"sequence\":9");
    List<PsephosJsonException> seen = new ArrayList<>();

    ResultStream.Summary goOn =
        JSON.resultStream(ELECTION, stream(lines(whole, dale, LINES[2].replace(
                "\"sequence\":3", "\"sequence\":10"))))
            .applyTo(Tally.of(ELECTION), e -> {
              seen.add(e);
              return true;
            });

    assertThat(seen).singleElement().satisfies(e -> {
      assertThat(e).matches(Failures.kind(Kind.INVALID_VALUE));
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.getCause()).isExactlyInstanceOf(ConflictingResultException.class);
    });
    assertThat(goOn.applied()).isEqualTo(2);
    assertThat(goOn.rejected()).isEqualTo(1);
    assertThat(goOn.tally().councilsInProgress()).containsExactly(GoldenWards.SOUTHAM);
  }

  @Test
  void laterResultForTheSameWardIsACorrectionThatReplacesTheEarlier() {
    // Dale's count corrected: Owen Orr had 650, not 150, and wins outright.
    String corrected =
        LINES[6].replace("\"sequence\":7", "\"sequence\":8").replace("\"votes\":150", "\"votes\":650")
            .replace(",\"electorate\":2900,\"ballotsCast\":1380,\"ballotsRejected\":6", "")
            .replace(",\"drawnWinners\":[\"Nia Nash\"]", "");
    ResultStream.Summary summary =
        JSON.resultStream(ELECTION, stream(String.join("\n", LINES) + "\n" + corrected))
            .applyTo(Tally.of(ELECTION), e -> false);

    Party ld = Golden.LD;
    assertThat(summary.applied()).isEqualTo(8);
    assertThat(summary.tally().wardResult(NORTHAM, "E05999904").orElseThrow().elected())
        .singleElement()
        .satisfies(c -> assertThat(c.party()).isEqualTo(ld));
    assertThat(summary.tally().wardResult(NORTHAM, "E05999904").orElseThrow().statuses())
        .containsValue(CandidateStatus.DEFEATED)
        .doesNotContainValue(CandidateStatus.ELECTED_BY_LOT);
    // Northam is now Lab 4 (Abbey 1, Bridge 2, Castle 1), Con 2, LD 1: still Lab's (majority 4).
    assertThat(summary.tally().outcome(NORTHAM).orElseThrow().describe())
        .isEqualTo("Labour gain from Conservative");
  }

  @Test
  void aliasNamesTheCandidatesPartyAndIsWrittenAsTheId() {
    String withAlias = LINES[1].replace("\"name\":\"Jon Jones\",\"party\":\"PP53\"",
        "\"name\":\"Jon Jones\",\"party\":\"labour and co-operative party\"");

    PublishedWardResult read = JSON.readWardResult(Tally.of(ELECTION), withAlias);

    assertThat(read).isEqualTo(GoldenWards.WARD_RESULTS.get(1));
    assertThat(JSON.writeWardResultLine(read)).isEqualTo(LINES[1] + "\n");
  }
}
