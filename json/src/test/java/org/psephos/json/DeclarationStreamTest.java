package org.psephos.json;

import org.psephos.json.PsephosJsonException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.psephos.json.Golden.BRENT;
import static org.psephos.json.Golden.ELECTION;
import static org.psephos.json.Golden.WANDSWORTH;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Tally;

/** The newline-delimited declaration stream: incremental, line numbers, stop or go on. */
class DeclarationStreamTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String[] LINES =
      Golden.resource("golden/declarations.ndjson").split("\n");

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badLineIsReportedWithItsLineNumberAndTheReaderGoesOn() throws Exception {
    String text =
        LINES[0] + "\n\n" + LINES[1].replace("\"PP52\":5", "\"PP52\":\"five\"") + "\r\n"
            + LINES[2] + "\n";
    try (DeclarationStream stream = JSON.declarationStream(ELECTION, stream(text))) {
      assertThat(stream.next()).map(d -> d.sequence()).contains(1L);
      PsephosJsonException bad = Failures.caught(Kind.WRONG_TYPE, stream::next);
      assertThat(bad.line()).isEqualTo(3);
      assertThat(bad.pointer()).isEqualTo("/seatsWon/PP52");
      assertThat(bad.getMessage()).contains("line 3,");
      assertThat(stream.next()).map(d -> d.sequence()).contains(3L);
      assertThat(stream.next()).isEmpty();
      assertThat(stream.lineNumber()).isEqualTo(4);
    }
  }

  @Test
  void applyingKeepsDeclarationsBeforeABadLineAndTheHandlerDecides() {
    String text = LINES[0] + "\n{\"format\":\"psephos.declaration/1\"\n" + LINES[2] + "\n";
    List<PsephosJsonException> seen = new ArrayList<>();

    DeclarationStream.Summary goOn =
        JSON.declarationStream(ELECTION, stream(text)).applyTo(Tally.of(ELECTION), e -> {
          seen.add(e);
          return true;
        });
    DeclarationStream.Summary stop =
        JSON.declarationStream(ELECTION, stream(text)).applyTo(Tally.of(ELECTION), e -> false);

    assertThat(seen).singleElement().matches(Failures.kind(Kind.TRUNCATED_DOCUMENT))
        .extracting(PsephosJsonException::line).isEqualTo(2L);
    assertThat(goOn.applied()).isEqualTo(2);
    assertThat(goOn.rejected()).isEqualTo(1);
    assertThat(goOn.stopped()).isFalse();
    assertThat(goOn.tally().declaredCouncils()).containsExactly(WANDSWORTH, BRENT);
    assertThat(stop.applied()).isEqualTo(1);
    assertThat(stop.stopped()).isTrue();
    assertThat(stop.tally().declaredCouncils()).containsExactly(WANDSWORTH);
  }

  @Test
  void replayedLineIsASequenceError() throws Exception {
    String text = LINES[0] + "\n" + LINES[1] + "\n" + LINES[1] + "\n";
    try (DeclarationStream stream = JSON.declarationStream(ELECTION, stream(text))) {
      stream.next();
      stream.next();
      PsephosJsonException replay = Failures.caught(Kind.SEQUENCE, stream::next);
      assertThat(replay.line()).isEqualTo(3);
      assertThat(replay.pointer()).isEqualTo("/sequence");
      assertThat(stream.lastSequence()).isEqualTo(2);
    }
  }

  @Test
  void lineLongerThanTheLimitIsRejectedAndSkipped() throws Exception {
    String longLine = "{\"x\":\"" + "a".repeat(JsonLimits.MAX_LINE_LENGTH) + "\"}";
    String text = longLine + "\n" + LINES[0] + "\n";
    try (DeclarationStream stream = JSON.declarationStream(ELECTION, stream(text))) {
      PsephosJsonException tooLong =
          Failures.caught(Kind.LIMIT_EXCEEDED, stream::next);
      assertThat(tooLong.line()).isEqualTo(1);
      assertThat(stream.next()).map(d -> d.sequence()).contains(1L);
    }
  }

  /** Lines made on demand: the feed never exists whole, in the test or in the reader. */
  private static final class EndlessCorrections extends InputStream {
    private final int lines;
    private int line;
    private byte[] current = new byte[0];
    private int position;

    EndlessCorrections(int lines) {
      this.lines = lines;
    }

    @Override
    public int read() {
      if (position == current.length) {
        if (line == lines) {
          return -1;
        }
        line++;
        int lab = line % 61;
        current =
            ("{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":"
                    + line + ",\"council\":\"E09000032\",\"seatsWon\":{\"PP52\":" + (60 - lab)
                    + ",\"PP53\":" + lab + "}}\n")
                .getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      return current[position++];
    }
  }

  @Test
  void longFeedOfCorrectionsIsReadIncrementallyAndTheLastOneStands() {
    int lines = 20_000;
    DeclarationStream.Summary summary =
        JSON.declarationStream(ELECTION, new EndlessCorrections(lines))
            .applyTo(Tally.of(ELECTION), e -> false);

    // The last line is line 20,000: Labour 20,000 mod 61 = 53, Conservative 7.
    assertThat(summary.applied()).isEqualTo(lines);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.tally().standings().party(Golden.LAB))
        .map(PartyStanding::seatsWon)
        .contains(53);
    assertThat(summary.tally().standings().party(Golden.CON))
        .map(PartyStanding::seatsWon)
        .contains(7);
  }

  @Test
  void singleDeclarationDocumentReadsAlone() {
    PublishedDeclaration read = JSON.readDeclaration(Tally.of(ELECTION), LINES[2]);
    assertThat(read).isEqualTo(Golden.DECLARATIONS.get(2));
    assertThat(read.declaration().isProvisional()).isTrue();
    assertThat(read.declaredAtTime()).contains(Golden.at("2018-05-04T05:02:00+01:00"));
  }

  @Test
  void emptyStreamHasNoDeclarations() throws Exception {
    try (DeclarationStream stream = JSON.declarationStream(ELECTION, stream(""))) {
      assertThat(stream.next()).isEqualTo(Optional.empty());
      assertThat(stream.lineNumber()).isZero();
    }
  }
}
