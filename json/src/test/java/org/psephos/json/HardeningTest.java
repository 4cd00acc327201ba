package org.psephos.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.Tally;

/**
 * What an adversarial trial of the readers found: every failure is the module's exception, text
 * that is not Unicode is refused, faults are reported where they are, in plain words, and a byte
 * order mark is ignored by every reader.
 */
class HardeningTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String ELECTION = Golden.resource("golden/election.json");
  private static final String DECLARATIONS = Golden.resource("golden/declarations.json");
  private static final String DECLARATION_LINES = Golden.resource("golden/declarations.ndjson");
  private static final String RESULTS = Golden.resource("golden/results-london.json");
  private static final String WARD_RESULTS = Golden.resource("golden/wardresults.json");
  private static final String WARD_LINES = Golden.resource("golden/wards.ndjson");
  private static final String BOM = "\uFEFF";

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private static int lines(String text, boolean results) throws IOException {
    Tally tally = Tally.of(results ? GoldenWards.ELECTION : Golden.ELECTION);
    int count = 0;
    if (results) {
      try (ResultStream stream = JSON.resultStream(tally, bytes(text))) {
        while (stream.next().isPresent()) {
          count++;
        }
      }
    } else {
      try (DeclarationStream stream = JSON.declarationStream(tally, bytes(text))) {
        while (stream.next().isPresent()) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void aVeryLongElectionIdIsTheModulesExceptionNotAStackOverflow() {
    String id = "local." + "a.".repeat(12_500) + "2018-05-03";
    String input = ELECTION.replace("\"id\": \"local.2018-05-03\"", "\"id\": \"" + id + "\"");

    PsephosJsonException e = Failures.caught(Kind.LIMIT_EXCEEDED, () -> JSON.readElection(input));

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.reason())
        .isEqualTo(
            "the election's \"id\" is " + id.length() + " characters long, more than the limit of "
                + JsonLimits.MAX_ID_LENGTH);
  }

  @Test
  void aLoneSurrogateInANameIsRefused() {
    String input =
        ELECTION.replace("\"name\": \"Wandsworth\"", "\"name\": \"Wand\\ud800sworth\"");

    PsephosJsonException e = Failures.caught(Kind.INVALID_VALUE, () -> JSON.readElection(input));

    assertThat(e.pointer()).isEqualTo("/councils/0/name");
    assertThat(e.reason())
        .isEqualTo(
            "a string holds an unpaired surrogate U+D800 at character 5; names and ids are"
                + " Unicode text without control characters");
  }

  @Test
  void controlCharactersInIdsAndMemberNamesAreRefused() {
    PsephosJsonException nul =
        Failures.caught(
            Kind.INVALID_VALUE,
            () -> JSON.readElection(ELECTION.replace("\"id\": \"PP52\"", "\"id\": \"PP\\u000052\"")));
    assertThat(nul.pointer()).isEqualTo("/parties/0/id");
    assertThat(nul.reason()).startsWith("a string holds the control character U+0000 at character 3");

    PsephosJsonException name =
        Failures.caught(
            Kind.INVALID_VALUE,
            () -> JSON.readElection(ELECTION.replace("\"date\":", "\"da\\nte\":")));
    assertThat(name.pointer()).isEqualTo("/da\nte");
    assertThat(name.reason()).startsWith("a member name holds the control character U+000A");
  }

  @Test
  void illFormedUtf8IsReportedAtItsLineAndColumn() {
    byte[] good = ELECTION.getBytes(UTF_8);
    int at = ELECTION.indexOf("Wandsworth");
    byte[] bad = good.clone();
    bad[at + 4] = (byte) 0xC0;
    long line = ELECTION.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - ELECTION.lastIndexOf('\n', at) + 4;

    PsephosJsonException e =
        Failures.caught(
            Kind.MALFORMED_JSON, () -> JSON.readElection(new ByteArrayInputStream(bad)));

    assertThat(e.line()).isEqualTo(line).isGreaterThan(1);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.pointer()).isEqualTo("/councils/0/name");
    assertThat(e.reason()).isEqualTo("the input is not UTF-8 text: 1 ill-formed byte (0xC0)");
  }

  @Test
  void aTruncatedLineDoesNotShowJacksonsSourceText() {
    String line = DECLARATION_LINES.split("\n")[0];
    String truncated = line.substring(0, line.length() - 1) + "\n";

    List<PsephosJsonException> seen = new ArrayList<>();
    try (DeclarationStream stream =
        JSON.declarationStream(Golden.ELECTION, bytes(truncated))) {
      stream.applyTo(Tally.of(Golden.ELECTION), seen::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    assertThat(seen).singleElement().matches(Failures.kind(Kind.TRUNCATED_DOCUMENT));
    assertThat(seen.get(0).getMessage())
        .doesNotContain("Source")
        .doesNotContain("StreamReadFeature")
        .startsWith(
            "the document is truncated: Unexpected end-of-input: expected close marker for Object"
                + " (at /seatsWon, line 1, column ");
  }

  @Test
  void aStreamSeparatedByCarriageReturnsIsReadAsLines() throws IOException {
    int byLineFeeds = lines(DECLARATION_LINES, false);
    assertThat(lines(DECLARATION_LINES.replace("\n", "\r"), false)).isEqualTo(byLineFeeds);
    assertThat(lines(DECLARATION_LINES.replace("\n", "\r\n"), false)).isEqualTo(byLineFeeds);
    assertThat(lines(WARD_LINES.replace("\n", "\r"), true)).isEqualTo(lines(WARD_LINES, true));
  }

  @Test
  void carriageReturnsCountLinesAsLineFeedsDo() throws IOException {
    String[] all = DECLARATION_LINES.split("\n");
    String input = all[0] + "\r" + all[1] + "\r\n" + "{\"format\":1}\r";
    try (DeclarationStream stream = JSON.declarationStream(Golden.ELECTION, bytes(input))) {
      assertThat(stream.next()).isPresent();
      assertThat(stream.next()).isPresent();
      PsephosJsonException third = Failures.caught(Kind.WRONG_TYPE, stream::next);
      assertThat(third.line()).isEqualTo(3);
      assertThat(stream.next()).isEmpty();
    }
  }

  @Test
  void pluralFiguresAreStatedInThePlural() {
    PsephosJsonException e =
        Failures.caught(
            Kind.INCONSISTENT_RESULTS,
            () ->
                JSON.readResults(
                    Golden.ELECTION, RESULTS.replaceFirst("\"PP52\": -8", "\"PP52\": -9")));
    assertThat(e.reason()).contains(": the seat changes are stated as ");
  }

  @Test
  void aCountTooLargeNamesTheRangeOfCounts() {
    PsephosJsonException e =
        Failures.caught(
            Kind.NUMBER_OUT_OF_RANGE,
            () -> JSON.readElection(ELECTION.replaceFirst("\"contested\": 60", "\"contested\": 10001")));
    assertThat(e.reason()).endsWith("is out of range: the format allows 0 to 10000");
  }

  @Test
  void everyReaderIgnoresALeadingByteOrderMark() throws IOException {
    Tally tally = Tally.of(Golden.ELECTION);
    Tally wards = Tally.of(GoldenWards.ELECTION);
    assertThat(JSON.readElection(BOM + ELECTION)).isEqualTo(JSON.readElection(ELECTION));
    assertThat(JSON.readElection(bytes(BOM + ELECTION))).isEqualTo(JSON.readElection(ELECTION));
    assertThat(JSON.readDeclarations(tally, BOM + DECLARATIONS))
        .isEqualTo(JSON.readDeclarations(tally, DECLARATIONS));
    assertThat(JSON.readDeclarations(tally, bytes(BOM + DECLARATIONS)))
        .isEqualTo(JSON.readDeclarations(tally, DECLARATIONS));
    String line = DECLARATION_LINES.split("\n")[0];
    assertThat(JSON.readDeclaration(tally, BOM + line))
        .isEqualTo(JSON.readDeclaration(tally, line));
    assertThat(JSON.readResults(Golden.ELECTION, BOM + RESULTS).tally().standings())
        .isEqualTo(JSON.readResults(Golden.ELECTION, RESULTS).tally().standings());
    assertThat(JSON.readWardResults(wards, BOM + WARD_RESULTS))
        .isEqualTo(JSON.readWardResults(wards, WARD_RESULTS));
    assertThat(JSON.readWardResults(wards, bytes(BOM + WARD_RESULTS)))
        .isEqualTo(JSON.readWardResults(wards, WARD_RESULTS));
    String wardLine = WARD_LINES.split("\n")[0];
    assertThat(JSON.readWardResult(wards, BOM + wardLine))
        .isEqualTo(JSON.readWardResult(wards, wardLine));
    assertThat(lines(BOM + DECLARATION_LINES, false)).isEqualTo(lines(DECLARATION_LINES, false));
    assertThat(lines(BOM + WARD_LINES, true)).isEqualTo(lines(WARD_LINES, true));
  }

  @Test
  void aByteOrderMarkAfterTheStartIsStillRefused() {
    Failures.caught(Kind.MALFORMED_JSON, () -> JSON.readElection(BOM + BOM + ELECTION));
  }

  @Test
  void theModuleReportsTheBuildsVersion() {
    String expected = System.getProperty("psephos.version");
    assertThat(expected).isNotBlank();
    assertThat(new PsephosModule().version().toString()).isEqualTo(expected);
    assertThat(new PsephosModule().version().isUnknownVersion()).isFalse();
    assertThat(Optional.of(new PsephosModule().version().getArtifactId())).contains("psephos-json");
  }
}
