package org.psephos.json;

import org.psephos.json.PsephosJsonException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.ConflictingResultException;
import org.psephos.ControlRule;
import org.psephos.SeatBaseline;
import org.psephos.SeatCountException;
import org.psephos.tally.Tally;

/**
 * The lines of a stream (docs/format.md sections 2 and 3): a line is at most 1 MiB (1,048,576
 * bytes) and one byte more is rejected whatever it holds; blank lines of any length up to the
 * limit are skipped; a line may hold any byte, a NUL included, without ending the stream; closing
 * a reader closes its input; and a line the tally rejects when applied is a bad line.
 */
class StreamLineRulesTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final int MAX_LINE = 1_048_576;
  private static final String[] DECLARATIONS =
      Golden.resource("golden/declarations.ndjson").split("\n");
  private static final String[] RESULTS = Golden.resource("golden/wards.ndjson").split("\n");

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A line padded in front with spaces (JSON white space) to the given length in bytes. */
  private static String padded(String line, int length) {
    return " ".repeat(length - line.length()) + line;
  }

  @Test
  void aLineOfExactlyTheLimitReadsAndOneByteMoreIsRejected() throws Exception {
    String text =
        padded(DECLARATIONS[0], MAX_LINE) + "\n" + padded(DECLARATIONS[1], MAX_LINE + 1) + "\n"
            + DECLARATIONS[2] + "\n";
    try (DeclarationStream stream = JSON.declarationStream(Golden.ELECTION, stream(text))) {
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(1L);
      PsephosJsonException tooLong =
          Failures.caught(Kind.LIMIT_EXCEEDED, stream::next);
      assertThat(tooLong.line()).isEqualTo(2);
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(3L);
      assertThat(stream.next()).isEmpty();
    }
  }

  @Test
  void aLineOfExactlyTheLimitEndingInCarriageReturnAndLineFeedReads() throws Exception {
    // the limit counts the line without its end of line, "\r\n" or "\n"
    String text =
        padded(DECLARATIONS[0], MAX_LINE) + "\r\n" + padded(DECLARATIONS[1], MAX_LINE + 1)
            + "\r\n" + DECLARATIONS[2] + "\r\n";
    try (DeclarationStream stream = JSON.declarationStream(Golden.ELECTION, stream(text))) {
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(1L);
      PsephosJsonException tooLong =
          Failures.caught(Kind.LIMIT_EXCEEDED, stream::next);
      assertThat(tooLong.line()).isEqualTo(2);
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(3L);
      assertThat(stream.next()).isEmpty();
    }
  }

  @Test
  void aResultStreamRejectsALineBeyondTheLimitAndGoesOn() throws Exception {
    String text = padded(RESULTS[0], MAX_LINE + 1) + "\n" + RESULTS[1] + "\n";
    try (ResultStream stream = JSON.resultStream(GoldenWards.ELECTION, stream(text))) {
      PsephosJsonException tooLong =
          Failures.caught(Kind.LIMIT_EXCEEDED, stream::next);
      assertThat(tooLong.line()).isEqualTo(1);
      assertThat(stream.next()).map(PublishedResult::sequence).contains(2L);
    }
  }

  @Test
  void aCarriageReturnEndsALineAsALineFeedDoes() throws Exception {
    // 1,048,576 spaces, a carriage return and a declaration: a blank line, then a declaration
    String text = " ".repeat(MAX_LINE) + "\r" + DECLARATIONS[0] + "\n";
    try (DeclarationStream stream = JSON.declarationStream(Golden.ELECTION, stream(text))) {
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(1L);
      assertThat(stream.lineNumber()).isEqualTo(2);
      assertThat(stream.next()).isEmpty();
    }
  }

  @Test
  void blankLinesUpToTheLimitAreSkipped() throws Exception {
    String text =
        "\n" + " ".repeat(MAX_LINE) + "\n\t \r\n" + DECLARATIONS[0] + "\r\n\r\n"
            + DECLARATIONS[1] + "\n";
    try (DeclarationStream stream = JSON.declarationStream(Golden.ELECTION, stream(text))) {
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(1L);
      assertThat(stream.lineNumber()).isEqualTo(4);
      assertThat(stream.next()).map(PublishedDeclaration::sequence).contains(2L);
      assertThat(stream.lineNumber()).isEqualTo(6);
      assertThat(stream.next()).isEmpty();
    }
  }

  @Test
  void linesOfEveryLengthAroundTheFirstBufferReadWithOrWithoutCarriageReturn() throws Exception {
    StringBuilder text = new StringBuilder();
    long sequence = 1;
    List<Long> expected = new ArrayList<>();
    for (int length = 8189; length <= 8195; length++) {
      for (String end : new String[] {"\n", "\r\n"}) {
        String line = DECLARATIONS[0].replace("\"sequence\":1", "\"sequence\":" + sequence);
        text.append(padded(line, length)).append(end);
        expected.add(sequence++);
      }
    }
    List<Long> read = new ArrayList<>();
    try (DeclarationStream stream =
        JSON.declarationStream(Golden.ELECTION, stream(text.toString()))) {
      for (var next = stream.next(); next.isPresent(); next = stream.next()) {
        read.add(next.get().sequence());
      }
    }
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void aNulByteIsPartOfItsLineAndDoesNotEndTheStream() {
    String text = DECLARATIONS[0] + "\n\u0000\n" + DECLARATIONS[1] + "\n";

    DeclarationStream.Summary summary =
        JSON.declarationStream(Golden.ELECTION, stream(text)).applyTo(Tally.of(Golden.ELECTION),
            e -> true);

    assertThat(summary.applied()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(1);
  }

  /** An input that records whether it was closed. */
  private static final class ClosingInput extends ByteArrayInputStream {
    boolean closed;

    ClosingInput(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void closingAStreamReaderClosesItsInput() throws Exception {
    ClosingInput declarations = new ClosingInput(DECLARATIONS[0] + "\n");
    ClosingInput results = new ClosingInput(RESULTS[0] + "\n");

    JSON.declarationStream(Golden.ELECTION, declarations).close();
    JSON.resultStream(GoldenWards.ELECTION, results).close();

    assertThat(declarations.closed).isTrue();
    assertThat(results.closed).isTrue();
  }

  @Test
  void aDeclarationTheTallyRejectsIsABadLine() {
    // Thirdsby: 10 seats still to fill, 8 said to be defended by the Conservatives, who won only 7
    // of the contested seats when they were last fought: the tally rejects it on either baseline.
    String thirdsby =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2018-05-03\",\"sequence\":1,"
            + "\"council\":\"E08999999\",\"seatsWon\":{\"PP52\":7},\"stillToFill\":10,"
            + "\"defendedStillToFill\":{\"PP52\":8}}";
    String text = thirdsby + "\n" + DECLARATIONS[3] + "\n";
    Tally preElection =
        Tally.of(Golden.ELECTION, SeatBaseline.PRE_ELECTION, ControlRule.cohesiveOnly());
    List<PsephosJsonException> seen = new ArrayList<>();

    DeclarationStream.Summary goOn =
        JSON.declarationStream(Golden.ELECTION, stream(text)).applyTo(preElection, e -> {
          seen.add(e);
          return true;
        });
    DeclarationStream.Summary stop =
        JSON.declarationStream(Golden.ELECTION, stream(text)).applyTo(preElection, e -> false);

    assertThat(seen).singleElement().matches(Failures.kind(Kind.INVALID_VALUE))
        .extracting(PsephosJsonException::line).isEqualTo(1L);
    assertThat(seen.get(0).getCause()).isInstanceOf(SeatCountException.class);
    assertThat(goOn.applied()).isEqualTo(1);
    assertThat(goOn.rejected()).isEqualTo(1);
    assertThat(goOn.stopped()).isFalse();
    assertThat(stop.applied()).isZero();
    assertThat(stop.rejected()).isEqualTo(1);
    assertThat(stop.stopped()).isTrue();
  }

  @Test
  void aWardResultForACouncilHeldAsAWholeDeclarationIsABadLine() {
    String northamWhole =
        "{\"format\":\"psephos.declaration/1\",\"election\":\"local.2022-05-05\",\"sequence\":1,"
            + "\"council\":\"E07999901\",\"seatsWon\":{\"PP52\":4,\"PP53\":3}}";
    Tally held =
        Tally.of(GoldenWards.ELECTION)
            .apply(JSON.readDeclaration(Tally.of(GoldenWards.ELECTION), northamWhole)
                .declaration());
    // line 1: Abbey (Northam), line 2: Easton's whole declaration
    String text = RESULTS[0] + "\n" + RESULTS[3] + "\n";
    List<PsephosJsonException> seen = new ArrayList<>();

    ResultStream.Summary goOn =
        JSON.resultStream(GoldenWards.ELECTION, stream(text)).applyTo(held, e -> {
          seen.add(e);
          return true;
        });
    ResultStream.Summary stop =
        JSON.resultStream(GoldenWards.ELECTION, stream(text)).applyTo(held, e -> false);

    assertThat(seen).singleElement().matches(Failures.kind(Kind.INVALID_VALUE))
        .extracting(PsephosJsonException::line).isEqualTo(1L);
    assertThat(seen.get(0).getCause()).isInstanceOf(ConflictingResultException.class);
    assertThat(goOn.applied()).isEqualTo(1);
    assertThat(goOn.rejected()).isEqualTo(1);
    assertThat(goOn.stopped()).isFalse();
    assertThat(stop.applied()).isZero();
    assertThat(stop.stopped()).isTrue();
  }

  @Test
  void aResultStreamLineOfAnotherKindIsUnsupportedAtItsFormat() throws Exception {
    String results = "{\"format\":\"psephos.results/1\",\"election\":\"local.2022-05-05\"}";
    try (ResultStream stream = JSON.resultStream(GoldenWards.ELECTION, stream(results + "\n"))) {
      PsephosJsonException thrown =
          Failures.caught(Kind.UNSUPPORTED_FORMAT, stream::next);
      assertThat(thrown.pointer()).isEqualTo("/format");
      assertThat(thrown.line()).isEqualTo(1);
      // {"format": is ten characters: the value starts at column 11
      assertThat(thrown.column()).isEqualTo(11);
    }
  }

  @Test
  void aResultStreamLineWithoutAFormatIsReadAsADeclaration() throws Exception {
    String text = "[1]\n{\"sequence\":1}\n";
    try (ResultStream stream = JSON.resultStream(GoldenWards.ELECTION, stream(text))) {
      PsephosJsonException notObject = Failures.caught(Kind.WRONG_TYPE, stream::next);
      PsephosJsonException noFormat =
          Failures.caught(Kind.MISSING_FIELD, stream::next);

      assertThat(notObject.reason()).contains("psephos.declaration document");
      assertThat(noFormat.pointer()).isEqualTo("/format");
      assertThat(noFormat.reason()).contains("\"psephos.declaration/1\"");
    }
  }

  @Test
  void aMalformedLineOfAResultStreamIsABadLineAndTheHandlerDecides() {
    String text = "{\"format\"\n" + RESULTS[0] + "\n";

    ResultStream.Summary goOn =
        JSON.resultStream(GoldenWards.ELECTION, stream(text))
            .applyTo(Tally.of(GoldenWards.ELECTION), e -> true);
    ResultStream.Summary stop =
        JSON.resultStream(GoldenWards.ELECTION, stream(text))
            .applyTo(Tally.of(GoldenWards.ELECTION), e -> false);

    assertThat(goOn.applied()).isEqualTo(1);
    assertThat(goOn.rejected()).isEqualTo(1);
    assertThat(goOn.stopped()).isFalse();
    assertThat(stop.applied()).isZero();
    assertThat(stop.rejected()).isEqualTo(1);
    assertThat(stop.stopped()).isTrue();
  }
}
