package org.psephos.json;

import org.psephos.json.PsephosJsonException.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.psephos.json.MalformedInputTest.bad;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.CouncilType;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;

/**
 * Rules of docs/format.md that the readers enforce and {@link MalformedInputTest} leaves out:
 * every kind of document checks its own format and election, every derived figure of a results
 * document is checked, each fault is reported at the value that causes it, and the format's
 * bounds are inclusive (a value at the limit reads).
 */
class ReaderRulesTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final MalformedInputTest.Kind ELECTION = MalformedInputTest.Kind.ELECTION;
  private static final MalformedInputTest.Kind DECLARATIONS =
      MalformedInputTest.Kind.DECLARATIONS;
  private static final MalformedInputTest.Kind RESULTS = MalformedInputTest.Kind.RESULTS;
  private static final MalformedInputTest.Kind RESULTS_WARDS =
      MalformedInputTest.Kind.RESULTS_WARDS;
  private static final MalformedInputTest.Kind WARD_RESULT = MalformedInputTest.Kind.WARD_RESULT;
  private static final MalformedInputTest.Kind WARD_RESULTS =
      MalformedInputTest.Kind.WARD_RESULTS;

  /** Line 5 of the golden result stream: Castle, a one-seat ward with one candidate. */
  private static final String CASTLE_LINE = Golden.resource("golden/wards.ndjson").split("\n")[4];

  /** 2^53 - 1, the largest sequence number the format allows. */
  private static final long MAX_SEQUENCE = 9_007_199_254_740_991L;

  static Stream<Arguments> faults() {
    return Stream.of(
        // each document checks its own "format" and "election"
        bad("results document of another kind", RESULTS, "\"psephos.results/1\"",
            "\"psephos.declarations/1\"", Kind.UNSUPPORTED_FORMAT, "/format", null),
        bad("declarations document of another kind", DECLARATIONS, "\"psephos.declarations/1\"",
            "\"psephos.declaration/1\"", Kind.UNSUPPORTED_FORMAT, "/format", null),
        bad("ward results document of another kind", WARD_RESULTS, "\"psephos.wardresults/1\"",
            "\"psephos.wardresult/1\"", Kind.UNSUPPORTED_FORMAT, "/format", null),
        bad("results of another election", RESULTS, "\"election\": \"local.2018-05-03\"",
            "\"election\": \"local.2019-05-02\"", Kind.UNKNOWN_REFERENCE, "/election",
            null),
        bad("ward results of another election", WARD_RESULTS,
            "\"election\": \"local.2022-05-05\"", "\"election\": \"local.2023-05-04\"",
            Kind.UNKNOWN_REFERENCE, "/election", null),
        // every stated figure of an outcome is checked (Wandsworth: a Conservative hold, 33 of 60)
        bad("outcome stated as a gain for a hold", RESULTS, "\"outcome\": \"hold\"",
            "\"outcome\": \"gain\"", Kind.INCONSISTENT_RESULTS, "/outcomes/0/outcome",
            null),
        bad("control before stated wrongly", RESULTS, "\"controlBefore\": \"PP52\"",
            "\"controlBefore\": \"PP53\"", Kind.INCONSISTENT_RESULTS,
            "/outcomes/0/controlBefore", null),
        bad("control after stated as no overall control", RESULTS, "\"controlAfter\": \"PP52\"",
            "\"controlAfter\": null", Kind.INCONSISTENT_RESULTS,
            "/outcomes/0/controlAfter", null),
        bad("majority stated wrongly", RESULTS, "\"majority\": 31", "\"majority\": 30",
            Kind.INCONSISTENT_RESULTS, "/outcomes/0/majority", null),
        bad("seat change stated wrongly", RESULTS, "\"seatChanges\": {\n        \"PP52\": -8",
            "\"seatChanges\": {\n        \"PP52\": -7", Kind.INCONSISTENT_RESULTS,
            "/outcomes/0/seatChanges", null),
        bad("composition after stated wrongly", RESULTS,
            "\"compositionAfter\": {\n        \"seats\": {\n          \"PP52\": 33",
            "\"compositionAfter\": {\n        \"seats\": {\n          \"PP52\": 32",
            Kind.INCONSISTENT_RESULTS, "/outcomes/0/compositionAfter", null),
        // derived standings: councilsChange = councils - councilsBefore, and so on
        bad("council change of a standing that is not councils less councils before", RESULTS,
            "\"councilsChange\": -1", "\"councilsChange\": 0",
            Kind.INCONSISTENT_RESULTS, "/standings/parties/0/councilsChange", null),
        bad("seat change of a standing that is not seats won less baseline", RESULTS,
            "\"seatsChange\": 9", "\"seatsChange\": 10", Kind.INCONSISTENT_RESULTS,
            "/standings/parties/1/seatsChange", null),
        bad("no overall control change that is not councils less councils before", RESULTS,
            "\"councilsBefore\": 0,\n      \"councilsChange\": 0\n    },\n    \"progress\"",
            "\"councilsBefore\": 0,\n      \"councilsChange\": 1\n    },\n    \"progress\"",
            Kind.INCONSISTENT_RESULTS, "/standings/noOverallControl/councilsChange",
            null),
        // a filter has at most one of region, type and councils
        bad("filter with a region and a type", RESULTS, "\"region\": \"London\"",
            "\"region\": \"London\", \"type\": \"london-borough\"", Kind.INVALID_VALUE,
            "/filter", null),
        bad("filter with a region and councils", RESULTS, "\"region\": \"London\"",
            "\"region\": \"London\", \"councils\": [\"E09000032\"]", Kind.INVALID_VALUE,
            "/filter", null),
        // a council in progress states its figures (Southam: 2 of 3 wards, 4 seats, Lab 3 LD 1)
        bad("council in progress with wrong wards expected", RESULTS_WARDS,
            "\"wardsExpected\": 3", "\"wardsExpected\": 4", Kind.INCONSISTENT_RESULTS,
            "/inProgress/0/wardsExpected", null),
        bad("council in progress with wrong seats declared", RESULTS_WARDS,
            "\"seatsDeclared\": 4,", "\"seatsDeclared\": 5,", Kind.INCONSISTENT_RESULTS,
            "/inProgress/0/seatsDeclared", null),
        bad("council in progress with wrong seats won so far", RESULTS_WARDS,
            "\"seatsWon\": {\n        \"PP53\": 3,", "\"seatsWon\": {\n        \"PP53\": 2,",
            Kind.INCONSISTENT_RESULTS, "/inProgress/0/seatsWon", null),
        // ward totals: the first party that differs is blamed; other differences blame the totals
        bad("ward totals with other gross gains and losses of the same net change", RESULTS_WARDS,
            "\"gains\": 0,\n          \"losses\": 3,", "\"gains\": 1,\n          \"losses\": 4,",
            Kind.INCONSISTENT_RESULTS, "/standings/wardTotals/parties/0", null),
        bad("ward totals with wrong wards declared", RESULTS_WARDS, "\"wardsDeclared\": 6",
            "\"wardsDeclared\": 5", Kind.INCONSISTENT_RESULTS, "/standings/wardTotals",
            null),
        // where a fault is reported
        bad("negative vacancies are blamed on the vacancies", ELECTION,
            "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}",
            "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19},\"vacancies\":-1}",
            Kind.INVALID_VALUE, "/councils/0/contest/previous/vacancies",
            SeatCountException.class),
        bad("a composition whose seats and vacancies total more than 10,000", ELECTION,
            "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}",
            "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19},\"vacancies\":9941}",
            Kind.NUMBER_OUT_OF_RANGE, "/councils/0/contest/previous", null),
        bad("a contest of one seat that does not fit is blamed on the contest", ELECTION,
            "\"contested\":60", "\"contested\":1", Kind.INVALID_VALUE,
            "/councils/0/contest", null),
        bad("the first negative count of a seat map is blamed, not a zero before it",
            DECLARATIONS, "\"seatsWon\":{\"PP52\":33,\"PP53\":26,\"ynmp-party:2\":1}",
            "\"seatsWon\":{\"PP52\":0,\"PP53\":-1}", Kind.INVALID_VALUE,
            "/declarations/0/seatsWon/PP53", SeatCountException.class),
        bad("negative defended seats still to fill are blamed with none still to fill",
            DECLARATIONS, "\"stillToFill\":3}",
            "\"stillToFill\":0,\"defendedStillToFill\":{\"PP53\":-1}}",
            Kind.INVALID_VALUE, "/declarations/1/defendedStillToFill/PP53",
            SeatCountException.class),
        bad("votes beyond valid ballots are blamed on the ballots cast, even with all rejected",
            WARD_RESULT, "\"ballotsRejected\":14", "\"ballotsRejected\":3620",
            Kind.INVALID_VALUE, "/ballotsCast", SeatCountException.class),
        // Castle is the fourth ward result of the document: sequence 5 (4 is Easton's declaration)
        bad("an uncontested ward with votes is blamed on the candidates, not the ballots",
            WARD_RESULTS,
            "\"name\": \"Lena Lowe\",\n          \"party\": \"PP53\"\n        }\n      ]",
            "\"name\": \"Lena Lowe\",\n          \"party\": \"PP53\", \"votes\": 5\n        }\n"
                + "      ], \"ballotsCast\": 100",
            Kind.INVALID_VALUE, "/wardResults/3/candidates", SeatCountException.class),
        bad("ballots rejected in an uncontested ward are blamed on the ballots rejected",
            WARD_RESULTS,
            "\"name\": \"Lena Lowe\",\n          \"party\": \"PP53\"\n        }\n      ]",
            "\"name\": \"Lena Lowe\",\n          \"party\": \"PP53\"\n        }\n"
                + "      ], \"ballotsRejected\": 3",
            Kind.INVALID_VALUE, "/wardResults/3/ballotsRejected",
            SeatCountException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultIsReportedAtItsValue(
      String name,
      MalformedInputTest.Kind kind,
      String input,
      Kind type,
      String pointer,
      @Nullable Class<? extends Exception> cause) {
    PsephosJsonException thrown =
        catchThrowableOfType(PsephosJsonException.class, () -> kind.reader.apply(input));

    assertThat(thrown).as(name).isNotNull();
    assertThat(thrown.kind()).as(name).isEqualTo(type);
    assertThat(thrown.pointer()).as(name).isEqualTo(pointer);
    if (cause != null) {
      assertThat(thrown.getCause()).as(name).isExactlyInstanceOf(cause);
    }
  }

  @Test
  void theFirstMismatchedPartyIsBlamedBeforeTheProgress() {
    // Labour's holdings (86) and the seats declared (171) both stated wrongly.
    String input =
        RESULTS.valid.replace("\"holdings\": 86", "\"holdings\": 87")
            .replace("\"seatsDeclared\": 171", "\"seatsDeclared\": 170");

    PsephosJsonException thrown =
        Failures.caught(Kind.INCONSISTENT_RESULTS, () -> JSON.readResults(Golden.ELECTION, input));

    assertThat(thrown.pointer()).isEqualTo("/standings/parties/1");
  }

  @Test
  void aCouncilInProgressListedTwiceIsInconsistent() {
    String text = RESULTS_WARDS.valid;
    String head = "\"inProgress\": [\n";
    int start = text.indexOf(head) + head.length();
    int end = text.lastIndexOf("\n  ]");
    String southam = text.substring(start, end);
    String input = text.substring(0, end) + ",\n" + southam + text.substring(end);

    PsephosJsonException thrown =
        Failures.caught(Kind.INCONSISTENT_RESULTS,
            () -> JSON.readResults(GoldenWards.ELECTION, input));

    assertThat(thrown.pointer()).isEqualTo("/inProgress/1/council");
    assertThat(thrown.reason()).contains("listed twice");
  }

  @Test
  void aNameFaultWithZeroVotesIsBlamedOnTheCandidate() {
    String input =
        CASTLE_LINE.replace(
            "{\"name\":\"Lena Lowe\",\"party\":\"PP53\"}",
            "{\"name\":\" \",\"party\":\"PP53\",\"votes\":0}");

    PsephosJsonException thrown =
        Failures.caught(Kind.INVALID_VALUE,
            () -> JSON.readWardResult(Tally.of(GoldenWards.ELECTION), input));

    assertThat(thrown.pointer()).isEqualTo("/candidates/0");
    assertThat(thrown.getCause()).isInstanceOf(org.psephos.InvalidValueException.class);
  }

  @Test
  void aWardOfACouncilWithoutWardsIsUnknownBecauseItsContestListsNone() {
    // Easton (E07999903) is tallied from whole declarations; Castle is Northam's.
    String input =
        CASTLE_LINE.replace("\"council\":\"E07999901\",\"ward\":\"E05999903\"",
            "\"council\":\"E07999903\",\"ward\":\"E05999999\"");

    PsephosJsonException thrown =
        Failures.caught(Kind.UNKNOWN_REFERENCE,
            () -> JSON.readWardResult(Tally.of(GoldenWards.ELECTION), input));

    assertThat(thrown.pointer()).isEqualTo("/ward");
    assertThat(thrown.getCause()).isInstanceOf(UnknownIdException.class);
    assertThat(thrown.reason()).contains("its contest lists no wards");
  }

  @Test
  void anUnknownCouncilTypeNamesTheTypesOfTheFormat() {
    String input =
        ELECTION.valid.replace("\"type\":\"london-borough\"", "\"type\":\"borough\"");

    PsephosJsonException thrown =
        Failures.caught(Kind.INVALID_VALUE, () -> JSON.readElection(input));

    assertThat(thrown.reason())
        .isEqualTo(
            "council type \"borough\" is not one of london-borough, metropolitan-borough,"
                + " unitary-authority, shire-district, county, welsh-principal-area,"
                + " scottish-council, northern-irish-district");
  }

  @Test
  void theLargestSequenceNumberReads() {
    String declarations =
        DECLARATIONS.valid.replace("\"sequence\":2", "\"sequence\":" + MAX_SEQUENCE);
    String wardResult = WARD_RESULT.valid.replace("\"sequence\":1", "\"sequence\":" + MAX_SEQUENCE);

    assertThat(JSON.readDeclarations(Golden.ELECTION, declarations).get(1).sequence())
        .isEqualTo(MAX_SEQUENCE);
    assertThat(JSON.readWardResult(Tally.of(GoldenWards.ELECTION), wardResult).sequence())
        .isEqualTo(MAX_SEQUENCE);
  }

  @Test
  void aCouncilWithoutARegionReadsAndIsWrittenWithout() {
    String input = ELECTION.valid.replace("\"region\":\"London\",", "");
    assertThat(input).doesNotContain("region");

    ElectionDefinition read = JSON.readElection(input);

    assertThat(read.election().contests().get(0).council().region()).isEmpty();
    assertThat(read.election().regions()).isEmpty();
    String written = JSON.writeElection(read, PsephosJson.Style.COMPACT);
    assertThat(written).doesNotContain("region");
    assertThat(JSON.readElection(written)).isEqualTo(read);
    assertThat(JSON.readElection(ELECTION.valid).election().regions()).containsExactly("London");
  }

  @Test
  void aCouncilOfTenThousandSeatsIsWithinTheLimits() {
    // 10,000 seats defended by one party; 9,999 held and 1 vacant before the poll.
    String input =
        ELECTION.valid.replace("\"size\":60", "\"size\":10000")
            .replace("\"contested\":60", "\"contested\":10000")
            .replace("\"defended\":{\"PP52\":41,\"PP53\":19}", "\"defended\":{\"PP52\":10000}")
            .replace("\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}",
                "\"previous\":{\"seats\":{\"PP52\":9999},\"vacancies\":1}");

    ElectionDefinition read = JSON.readElection(input);

    assertThat(read.election().contests().get(0).contested()).isEqualTo(10_000);
    assertThat(read.election().contests().get(0).previous().vacancies()).isEqualTo(1);
  }

  @Test
  void anElectionOfOneThousandPartiesAndTenThousandAliasesIsWithinTheLimits() {
    StringBuilder parties = new StringBuilder("\"parties\":[");
    for (int i = 0; i < 1000; i++) {
      parties.append(i == 0 ? "" : ",").append("{\"id\":\"P").append(i)
          .append("\",\"name\":\"Party ").append(i).append("\",\"shortName\":\"P").append(i)
          .append("\"}");
    }
    parties.append("],\n\"aliases\":{");
    for (int i = 0; i < 10_000; i++) {
      parties.append(i == 0 ? "" : ",").append("\"alias ").append(i).append("\":\"P")
          .append(i % 1000).append('"');
    }
    parties.append("},");
    String input =
        "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\",\"date\":\"2018-05-03\","
            + "\"name\":\"Example\",\n" + parties
            + "\n\"councils\":[{\"id\":\"E09000032\",\"name\":\"Wandsworth\","
            + "\"type\":\"london-borough\",\"region\":\"London\",\"size\":60,"
            + "\"contest\":{\"contested\":60,\"defended\":{\"P0\":60},"
            + "\"previous\":{\"seats\":{\"P0\":60}}}}]}";

    ElectionDefinition read = JSON.readElection(input);

    assertThat(read.election().parties()).hasSize(1000);
    assertThat(read.election().aliases().size()).isEqualTo(10_000);
  }

  @Test
  void aDocumentThatIsNotUtf8IsMalformed() {
    byte[] bytes = "{\"format\":\"psephos.election/1\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xFF;

    PsephosJsonException thrown =
        Failures.caught(Kind.MALFORMED_JSON,
            () -> JSON.readElection(new ByteArrayInputStream(bytes)));

    assertThat(thrown.reason()).startsWith("the input is not UTF-8 text");
  }

  @Test
  void documentsReadFromStreamsReadAsFromText() {
    String declarations = Golden.resource("golden/declarations.json");
    String wardResults = Golden.resource("golden/wardresults.json");

    assertThat(
            JSON.readDeclarations(
                Tally.of(Golden.ELECTION),
                new ByteArrayInputStream(declarations.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Golden.DECLARATIONS);
    assertThat(
            JSON.readWardResults(
                Tally.of(GoldenWards.ELECTION),
                new ByteArrayInputStream(wardResults.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(JSON.readWardResults(GoldenWards.ELECTION, wardResults))
        .isNotEmpty();
  }

  @Test
  void aWardResultKeepsItsTimeOfDeclaration() {
    PublishedResult read =
        JSON.readWardResult(Tally.of(GoldenWards.ELECTION), CASTLE_LINE);

    assertThat(read.declaredAtTime()).contains(Golden.at("2022-05-06T01:55:00+01:00"));
  }

  @Test
  void aTypeFilterIsWrittenAsItsType() {
    Tally tally = Tally.of(Golden.ELECTION);
    CouncilFilter londonBoroughs = CouncilFilter.type(CouncilType.LONDON_BOROUGH);

    String written = JSON.writeResults(tally, londonBoroughs, PsephosJson.Style.COMPACT);

    assertThat(written).contains("\"type\":\"london-borough\"").doesNotContain("\"councils\":[");
    assertThat(JSON.readResults(Golden.ELECTION, written).filter()).isEqualTo(londonBoroughs);
  }

  @Test
  void exceptionTextIsTheMessage() {
    PsephosJsonException thrown =
        catchThrowableOfType(PsephosJsonException.class, () -> JSON.readElection("[]"));

    assertThat(thrown.getLocalizedMessage()).isEqualTo(thrown.getMessage());
    assertThat(thrown.toString())
        .isEqualTo(thrown.getClass().getName() + ": " + thrown.getMessage());
  }

  @Test
  void metadataIsEmptyOnlyWithoutSourceAndLicence() {
    assertThat(Metadata.none().isEmpty()).isTrue();
    assertThat(new Metadata("a source", null).isEmpty()).isFalse();
    assertThat(new Metadata(null, "CC0-1.0").isEmpty()).isFalse();
  }

  @Test
  void theModuleSaysWhetherItIgnoresUnknownFields() {
    assertThat(new PsephosModule().ignoresUnknownFields()).isFalse();
    assertThat(new PsephosModule().withUnknownFieldsIgnored().ignoresUnknownFields()).isTrue();
  }

  @Test
  void aDeclarationLineOfAnotherElectionIsAnUnknownReference() {
    String line =
        Golden.resource("golden/declarations.ndjson").split("\n")[0]
            .replace("\"election\":\"local.2018-05-03\"", "\"election\":\"local.2019-05-02\"");

    PsephosJsonException thrown =
        Failures.caught(Kind.UNKNOWN_REFERENCE,
            () -> JSON.readDeclaration(Tally.of(Golden.ELECTION), line));

    assertThat(thrown.pointer()).isEqualTo("/election");
  }

  @Test
  void aCouncilInProgressWithoutWardsIsInconsistent() {
    String text = RESULTS_WARDS.valid;
    int wards = text.indexOf("\"wards\": [", text.indexOf("\"inProgress\""));
    String input = text.substring(0, wards) + "\"wards\": []"
        + text.substring(text.lastIndexOf("\n    }\n  ]"));

    PsephosJsonException thrown =
        Failures.caught(Kind.INCONSISTENT_RESULTS,
            () -> JSON.readResults(GoldenWards.ELECTION, input));

    assertThat(thrown.pointer()).isEqualTo("/inProgress/0/wards");
    assertThat(thrown.reason()).endsWith("no ward is listed");
  }

  /** An input handing out at most four bytes a read, so that Jackson decodes a little at a time. */
  private static final class Trickle extends ByteArrayInputStream {
    Trickle(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) {
      return super.read(into, offset, Math.min(length, 4));
    }
  }

  @Test
  void aModuleReadingUtf32ThatIsNotUnicodeFailsAsMalformed() {
    // UTF-32 (big-endian) text, which Jackson's own byte reader detects, with a code unit
    // 0x7FFFFFFF (no Unicode character) inside the "id" string; read a little at a time, it is
    // decoded while the module reads the document (not while the mapper starts)
    String text = "{\"format\":\"psephos.election/1\",\"id\":\"" + "x".repeat(100) + "xy\"}";
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * (text.length() + 1));
    for (int i = 0; i < text.length(); i++) {
      bytes.putInt(text.charAt(i));
      if (text.startsWith("xy\"", i)) {
        bytes.putInt(0x7FFF_FFFF);
      }
    }

    PsephosJsonException thrown =
        Failures.caught(Kind.MALFORMED_JSON,
            () -> JSON.mapper().readValue(new Trickle(bytes.array()), ElectionDefinition.class));

    assertThat(thrown.reason()).startsWith("the input is not UTF-8 text");
  }

  /** An election of councils of 10,000 one-seat wards each, and one more council of one ward. */
  private static String electionOfWards(int bigCouncils, boolean oneMoreWard) {
    StringBuilder json =
        new StringBuilder(
            "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\","
                + "\"date\":\"2018-05-03\",\"name\":\"Example\","
                + "\"parties\":[{\"id\":\"P\",\"name\":\"Party\",\"shortName\":\"P\"}],"
                + "\"councils\":[");
    int ward = 0;
    for (int c = 0; c < bigCouncils + (oneMoreWard ? 1 : 0); c++) {
      int seats = c < bigCouncils ? 10_000 : 1;
      json.append(c == 0 ? "" : ",").append("{\"id\":\"C").append(c)
          .append("\",\"name\":\"Council ").append(c)
          .append("\",\"type\":\"shire-district\",\"region\":\"R\",\"size\":").append(seats)
          .append(",\"contest\":{\"contested\":").append(seats)
          .append(",\"defended\":{\"P\":").append(seats)
          .append("},\"previous\":{\"seats\":{\"P\":").append(seats).append("}},\"wards\":[");
      for (int w = 0; w < seats; w++) {
        json.append(w == 0 ? "" : ",").append("{\"id\":\"W").append(ward++)
            .append("\",\"name\":\"W\",\"seats\":1,\"defended\":{\"P\":1}}");
      }
      json.append("]}}");
    }
    return json.append("]}").toString();
  }

  @Test
  void anElectionOfFiftyThousandWardsReadsAndOneMoreIsBeyondTheLimit() {
    // five councils of 10,000 wards: 50,000; a sixth council of one ward: 50,001
    assertThat(JSON.readElection(electionOfWards(5, false)).election().contests())
        .allSatisfy(contest -> assertThat(contest.wards()).hasSize(10_000));

    PsephosJsonException thrown =
        Failures.caught(Kind.LIMIT_EXCEEDED, () -> JSON.readElection(electionOfWards(5, true)));

    assertThat(thrown.pointer()).isEqualTo("/councils/5");
  }
}
