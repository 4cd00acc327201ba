package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.psephos.json.PsephosJsonException.Kind;
import org.psephos.tally.Tally;

/**
 * The collecting validator: every independent problem of a document or stream, each exactly as
 * the reader reports that problem alone (the reader is the oracle), in one pass.
 */
class ValidationTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final String ELECTION_FILE = Golden.resource("golden/election.json");
  private static final String DECLARATIONS = Golden.resource("golden/declarations.json");
  private static final String WARD_RESULTS = Golden.resource("golden/wardresults.json");
  private static final Tally TALLY = Tally.of(Golden.ELECTION);
  private static final Tally WARD_TALLY = Tally.of(GoldenWards.ELECTION);

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The problem the reader reports for a document: the oracle. */
  private static PsephosJsonException readerSays(ThrowingCallable read) {
    PsephosJsonException thrown = catchThrowableOfType(PsephosJsonException.class, read);
    assertThat(thrown).as("the reader rejects the document").isNotNull();
    return thrown;
  }

  private static void sameFact(PsephosJsonException found, PsephosJsonException expected) {
    assertThat(List.of(found.kind(), found.pointer(), found.line(), found.column(), found.reason()))
        .isEqualTo(
            List.of(expected.kind(), expected.pointer(), expected.line(), expected.column(),
                expected.reason()));
  }

  /** The text with the first occurrence of {@code old} after {@code anchor} replaced. */
  private static String replaceAfter(String text, String anchor, String old, String with) {
    int at = text.indexOf(old, text.indexOf(anchor));
    assertThat(text.indexOf(anchor)).as(anchor).isNotNegative();
    assertThat(at).as(old).isNotNegative();
    return text.substring(0, at) + with + text.substring(at + old.length());
  }

  @Test
  void validFilesHaveNoProblemAndTheDefinitionIsTheReaders() {
    Validation election = JSON.validateElection(bytes(ELECTION_FILE));
    Validation declarations = JSON.validateDeclarations(TALLY, bytes(DECLARATIONS));
    Validation wards = JSON.validateWardResults(WARD_TALLY, bytes(WARD_RESULTS));
    Validation stream =
        JSON.validateResultStream(TALLY, bytes(Golden.resource("golden/declarations.ndjson")));

    assertThat(election.isValid()).isTrue();
    assertThat(election.definition()).contains(JSON.readElection(ELECTION_FILE));
    assertThat(election.parts()).isEqualTo(Golden.ELECTION.councils().size());
    assertThat(declarations.problems()).isEmpty();
    assertThat(declarations.validParts())
        .isEqualTo(declarations.parts())
        .isEqualTo(JSON.readDeclarations(TALLY, DECLARATIONS).size());
    assertThat(declarations.definition()).isEmpty();
    assertThat(wards.problems()).isEmpty();
    assertThat(wards.parts()).isEqualTo(JSON.readWardResults(WARD_TALLY, WARD_RESULTS).size());
    assertThat(stream.problems()).isEmpty();
    assertThat(stream.parts()).isEqualTo(5);
    assertThat(stream.isCapped()).isFalse();
  }

  @Test
  void everyBadCouncilIsReportedAsTheReaderReportsItAlone() {
    String negative = replaceAfter(ELECTION_FILE, "\"name\": \"Wandsworth\"", "\"PP52\": 41",
        "\"PP52\": -3");
    String tooLarge = replaceAfter(ELECTION_FILE, "\"name\": \"Brent\"", "\"size\": 63",
        "\"size\": 99999");
    String twice = ELECTION_FILE.replace("\"id\": \"E09000021\"", "\"id\": \"E08999999\"");
    String all = replaceAfter(replaceAfter(twice, "\"name\": \"Wandsworth\"", "\"PP52\": 41",
        "\"PP52\": -3"), "\"name\": \"Brent\"", "\"size\": 63", "\"size\": 99999");
    String onlyTwice = twice;

    Validation validation = JSON.validateElection(bytes(all));

    // the valid councils together: a council id twice, at the root
    assertThat(validation.problems()).hasSize(3);
    sameFact(validation.problems().get(0), readerSays(() -> JSON.readElection(negative)));
    sameFact(validation.problems().get(1), readerSays(() -> JSON.readElection(tooLarge)));
    sameFact(validation.problems().get(2), readerSays(() -> JSON.readElection(onlyTwice)));
    assertThat(validation.problems().get(2).reason()).contains("E08999999");
    assertThat(validation.definition()).isEmpty();
    assertThat(validation.parts()).isEqualTo(Golden.ELECTION.councils().size());
    assertThat(validation.validParts()).isEqualTo(validation.parts() - 2);
  }

  @Test
  void aFaultOutsideThePartsEndsTheCheck() {
    String badDate = ELECTION_FILE.replace("\"2018-05-03\"", "\"2018-13-03\"");
    String both = replaceAfter(badDate, "\"name\": \"Wandsworth\"", "\"PP52\": 41", "\"PP52\": -3");
    String otherElection = DECLARATIONS.replace("\"local.2018-05-03\"", "\"local.2019-05-02\"")
        .replace("\"PP52\": 33", "\"PP52\": 99");

    Validation election = JSON.validateElection(bytes(both));
    Validation declarations = JSON.validateDeclarations(TALLY, bytes(otherElection));

    assertThat(election.problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readElection(both))));
    assertThat(election.parts()).isZero();
    assertThat(declarations.problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readDeclarations(TALLY, otherElection))))
        .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_REFERENCE));
  }

  @Test
  void everyBadDeclarationIsReportedAndSequencesFollowTheLastValidOne() {
    String unknown = DECLARATIONS.replace("\"council\": \"E08999999\"", "\"council\": \"E08999998\"");
    String tooMany = replaceAfter(DECLARATIONS, "\"sequence\": 3", "\"PP53\": 57", "\"PP53\": 99");
    String all = replaceAfter(unknown, "\"sequence\": 3", "\"PP53\": 57", "\"PP53\": 99");

    Validation validation = JSON.validateDeclarations(TALLY, bytes(all));

    assertThat(validation.problems()).hasSize(2);
    sameFact(validation.problems().get(0), readerSays(() -> JSON.readDeclarations(TALLY, unknown)));
    sameFact(validation.problems().get(1), readerSays(() -> JSON.readDeclarations(TALLY, tooMany)));
    assertThat(validation.validParts()).isEqualTo(validation.parts() - 2);

    // a declaration numbered 1 after the valid declaration 1: it does not follow 1
    String repeated = DECLARATIONS.replace("\"sequence\": 2,", "\"sequence\": 1,");
    Validation sequence = JSON.validateDeclarations(TALLY, bytes(repeated));
    assertThat(sequence.problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readDeclarations(TALLY, repeated))))
        .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.SEQUENCE));
  }

  @Test
  void everyBadWardResultIsReported() {
    String badVotes = WARD_RESULTS.replaceFirst("\"votes\": 1450", "\"votes\": -1");
    String badWard = WARD_RESULTS.replaceFirst("\"ward\": \"E05999902\"", "\"ward\": \"E05999999\"");
    String both = badWard.replaceFirst("\"votes\": 1450", "\"votes\": -1");

    Validation validation = JSON.validateWardResults(WARD_TALLY, bytes(both));

    assertThat(validation.problems()).hasSize(2);
    sameFact(validation.problems().get(0),
        readerSays(() -> JSON.readWardResults(WARD_TALLY, badVotes)));
    sameFact(validation.problems().get(1),
        readerSays(() -> JSON.readWardResults(WARD_TALLY, badWard)));
  }

  @Test
  void everyBadLineOfAStreamIsReportedAtItsLine() {
    String[] lines = Golden.resource("golden/declarations.ndjson").split("\n");
    String text = lines[0] + "\n" + lines[1].replace("\"PP52\":5", "\"PP52\":\"five\"") + "\n"
        + lines[2] + "\n{\"format\":\n" + lines[3] + "\n";

    Validation validation = JSON.validateResultStream(TALLY, bytes(text));

    assertThat(validation.problems()).extracting(PsephosJsonException::kind)
        .containsExactly(Kind.WRONG_TYPE, Kind.TRUNCATED_DOCUMENT);
    assertThat(validation.problems()).extracting(PsephosJsonException::line).containsExactly(2L, 4L);
    assertThat(validation.parts()).isEqualTo(5);
    assertThat(validation.validParts()).isEqualTo(3);
  }

  @Test
  void problemsAreCappedAndTheCheckStops() {
    StringBuilder text = new StringBuilder(
        "{\"format\":\"psephos.declarations/1\",\"election\":\"local.2018-05-03\",\"declarations\":[");
    int count = Validation.MAX_PROBLEMS + 5;
    for (int i = 1; i <= count; i++) {
      text.append(i > 1 ? "," : "")
          .append("{\"sequence\":").append(i).append(",\"council\":\"X").append(i)
          .append("\",\"seatsWon\":{}}");
    }
    text.append("]}");

    Validation validation = JSON.validateDeclarations(TALLY, bytes(text.toString()));

    assertThat(validation.problems()).hasSize(Validation.MAX_PROBLEMS);
    assertThat(validation.isCapped()).isTrue();
    assertThat(validation.problems().get(Validation.MAX_PROBLEMS - 1).pointer())
        .isEqualTo("/declarations/" + (Validation.MAX_PROBLEMS - 1) + "/council");
    assertThat(validation.toString()).contains("capped");
  }

  @Test
  void aResultsDocumentThatIsNotOneIsOneProblemAsTheReaderSaysIt() {
    String election = "\"election\":\"local.2018-05-03\"";
    List<String> bad =
        List.of("", "[1]", "{\"a\":1}", "{" + election + ",\"declarations\":[]}",
            "{\"format\":\"psephos.declarations/1\",\"declarations\":[]}",
            "{\"format\":\"psephos.declarations/1\"," + election + "}",
            "{\"format\":\"psephos.declarations/1\"," + election + ",\"declarations\":[]} 1",
            "{\"format\":\"psephos.declarations/1\"," + election + ",\"declarations\":{}}",
            "{\"format\":\"psephos.declarations/1\"," + election + ",\"declarations\":[",
            "{\"format\":\"psephos.wardresults/1\"," + election + "}");
    for (String text : bad) {
      Validation validation = JSON.validateDeclarations(TALLY, bytes(text));
      assertThat(validation.problems()).as(text).singleElement()
          .satisfies(p -> sameFact(p, readerSays(() -> JSON.readDeclarations(TALLY, text))));
    }
    String wards = "{\"format\":\"psephos.wardresults/1\",\"election\":\"local.2022-05-05\"}";
    assertThat(JSON.validateWardResults(WARD_TALLY, bytes(wards)).problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readWardResults(WARD_TALLY, wards))));
  }

  @Test
  void inputThatIsNotADocumentIsOneProblemAsTheReaderSaysIt() {
    List<String> bad =
        List.of("", "[1]", "{\"format\": \"psephos.election/1\",\n", "{\"a\":1} {",
            "{\"format\":\"psephos.election/1\",\"format\":\"x\"}", "{\"id\": 1}",
            "{\"format\":\"psephos.election/1\",\"councils\": 3}");
    for (String text : bad) {
      Validation validation = JSON.validateElection(bytes(text));
      assertThat(validation.problems()).as(text).singleElement()
          .satisfies(p -> sameFact(p, readerSays(() -> JSON.readElection(text))));
    }
    byte[] notUtf8 = {'{', '"', (byte) 0xFF, '"', ':', '1', '}'};
    assertThat(JSON.validateElection(new ByteArrayInputStream(notUtf8)).problems())
        .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.MALFORMED_JSON));
  }

  @Test
  void aByteOrderMarkIsIgnoredAndMembersMayComeInAnyOrder() {
    String reordered = moveToEnd(ELECTION_FILE, "parties", "aliases");
    Consumer<String> valid = text -> assertThat(JSON.validateElection(bytes(text)).definition())
        .as(text.substring(0, 40)).contains(JSON.readElection(ELECTION_FILE));

    valid.accept("\uFEFF" + ELECTION_FILE);
    valid.accept(reordered);
    String unknownLast = DECLARATIONS.substring(0, DECLARATIONS.lastIndexOf('}')) + ",\"x\":1}";
    assertThat(JSON.validateDeclarations(TALLY, bytes(unknownLast)).problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readDeclarations(TALLY, unknownLast))));
    String noArray = "{\"format\":\"psephos.declarations/1\",\"election\":\"local.2018-05-03\"}";
    assertThat(JSON.validateDeclarations(TALLY, bytes(noArray)).problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readDeclarations(TALLY, noArray))));
  }

  /** The election file with its "parties" member (up to "aliases") moved after the councils. */
  private static String moveToEnd(String text, String member, String next) {
    int from = text.indexOf("\"" + member + "\"");
    int to = text.indexOf("\"" + next + "\"");
    String moved = text.substring(from, to).trim();
    String rest = text.substring(0, from) + text.substring(to);
    int end = rest.lastIndexOf('}');
    return rest.substring(0, end).stripTrailing() + ",\n" + moved.substring(0, moved.length() - 1)
        + "\n}\n";
  }

  @Test
  void aStreamsProblemsAreCappedToo() {
    String bad = "{\"format\":\"psephos.declaration/1\"}\n";
    Validation validation =
        JSON.validateResultStream(TALLY, bytes(bad.repeat(Validation.MAX_PROBLEMS + 3)));

    assertThat(validation.problems()).hasSize(Validation.MAX_PROBLEMS);
    assertThat(validation.isCapped()).isTrue();
    assertThat(validation.parts()).isEqualTo(Validation.MAX_PROBLEMS + 1);
  }

  @Test
  void partsBeforeTheMembersTheyDependOnAreCheckedAtTheEnd() {
    String first = "{\"declarations\": [{\"sequence\": 1, \"council\": \"E09000032\","
        + " \"seatsWon\": {\"PP52\": 61}}, {\"sequence\": 2, \"council\": \"E09000005\","
        + " \"seatsWon\": {\"PP53\": 63}}, {\"sequence\": 2, \"council\": \"E09000021\","
        + " \"seatsWon\": {\"PP90\": 48}}],\n \"format\": \"psephos.declarations/1\","
        + " \"election\": \"local.2018-05-03\"}";

    Validation validation = JSON.validateDeclarations(TALLY, bytes(first));

    assertThat(validation.problems()).extracting(PsephosJsonException::kind)
        .containsExactly(Kind.INVALID_VALUE, Kind.SEQUENCE);
    assertThat(validation.problems().get(0).pointer()).isEqualTo("/declarations/0");
    assertThat(validation.problems().get(1).pointer()).isEqualTo("/declarations/2/sequence");
    assertThat(validation.parts()).isEqualTo(3);
    assertThat(validation.validParts()).isEqualTo(1);
  }

  @Test
  void anUnreadableInputIsAnUncheckedIoExceptionNotAProblem() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };

    Throwable thrown = catchThrowableOfType(
        java.io.UncheckedIOException.class, () -> JSON.validateElection(failing));

    assertThat(thrown).isNotNull().hasMessageContaining("disk gone");
  }

  @Test
  void headerFaultsOfEveryKindAreTheReadersOwn() {
    String declarations = "{\"format\":\"psephos.declarations/1\","
        + "\"election\":\"local.2018-05-03\",\"declarations\":";
    String wards = "{\"format\":\"psephos.wardresults/1\",\"election\":\"local.2022-05-05\","
        + "\"wardResults\":";
    List<String> badDeclarations =
        List.of(declarations + "3}", declarations.replace("/1", "/2") + "[]}",
            "{\"bad\\u0001name\":1," + declarations.substring(1) + "[]}");
    for (String text : badDeclarations) {
      Validation validation = JSON.validateDeclarations(TALLY, bytes(text));
      assertThat(validation.isValid()).isFalse();
      assertThat(validation.problems()).as(text).singleElement()
          .satisfies(p -> sameFact(p, readerSays(() -> JSON.readDeclarations(TALLY, text))));
    }
    String notArray = wards + "{}}";
    assertThat(JSON.validateWardResults(WARD_TALLY, bytes(notArray)).problems()).singleElement()
        .satisfies(p -> sameFact(p, readerSays(() -> JSON.readWardResults(WARD_TALLY, notArray))));
  }
}
