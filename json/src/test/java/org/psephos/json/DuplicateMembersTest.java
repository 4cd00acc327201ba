package org.psephos.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.tally.Tally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A member name given twice in one object is found by the readers themselves, not by the parser's
 * duplicate detection, and must be reported exactly as that detection reports it: the expected
 * pointer, line and column of each case are Jackson's own, from a parser with {@code
 * STRICT_DUPLICATE_DETECTION} run over the same text here. The cases put the second name where
 * each reader meets it: a member it reads, a seat map, a value it skips (an unknown member of the
 * lenient reader, a value of the wrong type), a name with an escaped quote, indented text and a
 * stream line. The documents are the golden files and examples of {@link MalformedInputTest}.
 */
class DuplicateMembersTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  private static final JsonFactory DETECTING =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final String ELECTION =
      "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\",\"date\":\"2018-05-03\","
          + "\"name\":\"Example\",\n"
          + "\"parties\":[{\"id\":\"PP52\",\"name\":\"Conservative\",\"shortName\":\"Con\"},"
          + "{\"id\":\"PP53\",\"name\":\"Labour\",\"shortName\":\"Lab\"}],\n"
          + "\"councils\":[{\"id\":\"E09000032\",\"name\":\"Wandsworth\","
          + "\"type\":\"london-borough\","
          + "\"region\":\"London\",\"size\":60,\n"
          + "\"contest\":{\"contested\":60,\"defended\":{\"PP52\":41,\"PP53\":19},"
          + "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}}}]}";

  private static final String WARD_LINE =
      Golden.resource("golden/wards.ndjson").split("\n")[0];

  private static final String ELECTION_WARDS = Golden.resource("golden/election-wards.json");

  private static Arguments twice(
      String name, String valid, String from, String to, Function<String, Object> reader) {
    return twice(name, valid, from, to, reader, 0);
  }

  /** A second line of a result stream: Jackson's line 1 is the stream's line 2. */
  private static Arguments onLineTwo(String name, String from, String to) {
    return twice(name, WARD_LINE, from, to, DuplicateMembersTest::secondStreamLine, 1);
  }

  private static Arguments twice(String name, String valid, String from, String to,
      Function<String, Object> reader, int linesBefore) {
    if (!valid.contains(from)) {
      throw new IllegalArgumentException(name + ": the valid document has no " + from);
    }
    return Arguments.of(name, valid.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), reader, linesBefore);
  }

  private static Object election(String json) {
    return JSON.readElection(json);
  }

  private static Object electionBytes(String json) {
    return JSON.readElection(new ByteArrayInputStream(json.getBytes(UTF_8)));
  }

  private static Object lenientElection(String json) {
    return JSON.ignoringUnknownFields().readElection(json);
  }

  /** The second of two lines of a result stream, the first valid. */
  private static Object secondStreamLine(String line) {
    String stream = WARD_LINE + "\n" + line + "\n";
    try (ResultStream results = JSON.resultStream(
        Tally.of(GoldenWards.ELECTION), new ByteArrayInputStream(stream.getBytes(UTF_8)))) {
      results.next();
      return results.next();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> duplicates() {
    return Stream.of(
        twice("a member of the document", ELECTION, "\"name\":\"Example\"",
            "\"name\":\"Example\",\"name\":\"Again\"", DuplicateMembersTest::election),
        twice("read from bytes", ELECTION, "\"name\":\"Example\"",
            "\"name\":\"Example\",\"name\":\"Again\"", DuplicateMembersTest::electionBytes),
        twice("a party id in a seat map", ELECTION, "\"defended\":{\"PP52\":41,",
            "\"defended\":{\"PP52\":41,\"PP52\":1,", DuplicateMembersTest::election),
        twice("a member of a party", ELECTION, "\"shortName\":\"Lab\"",
            "\"shortName\":\"Lab\",\"id\":\"PP54\"", DuplicateMembersTest::election),
        twice("a name with an escaped quote", ELECTION, "\"shortName\":\"Lab\"",
            "\"a\\\"b\":1,\"shortName\":\"Lab\",\"a\\\"b\":2",
            DuplicateMembersTest::lenientElection),
        twice("a name of two-byte characters, read from bytes", ELECTION, "\"shortName\":\"Lab\"",
            "\"été\":1,\"shortName\":\"Lab\",\"été\":2",
            json -> JSON.ignoringUnknownFields()
                .readElection(new ByteArrayInputStream(json.getBytes(UTF_8)))),
        twice("within an unknown member the lenient reader skips", ELECTION,
            "\"shortName\":\"Con\"", "\"shortName\":\"Con\",\"tint\":{\"rgb\":[{\"r\":1,\"g\":2,"
                + "\"r\":3}]}", DuplicateMembersTest::lenientElection),
        twice("an unknown member given twice to the lenient reader", ELECTION,
            "\"shortName\":\"Con\"", "\"shortName\":\"Con\",\"tint\":1,\"tint\":2",
            DuplicateMembersTest::lenientElection),
        twice("within a value of the wrong type", ELECTION, "\"size\":60",
            "\"size\":{\"seats\":60,\"seats\":61}", DuplicateMembersTest::election),
        twice("within councils that come before the parties", ELECTION,
            "\"parties\":[{\"id\":\"PP52\"", "\"councils\":[{\"x\":1,\"x\":2}],"
                + "\"parties\":[{\"id\":\"PP52\"", DuplicateMembersTest::election),
        twice("a ward of an indented election", ELECTION_WARDS, "\"seats\": 3,",
            "\"seats\": 3,\n      \"seats\"  :  3,", DuplicateMembersTest::election),
        onLineTwo("a candidate on a stream line", "\"votes\":1450}",
            "\"votes\":1450,\"votes\":1450}"),
        onLineTwo("a ward result's member on a stream line", "\"electorate\":",
            "\"ballotsCast\":1,\"electorate\":"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void aMemberGivenTwiceIsReportedAsTheParsersDetectionReportsIt(
      String name, String input, Function<String, Object> reader, int linesBefore) {
    JacksonException expected = jacksonsDuplicate(input);

    PsephosJsonException thrown =
        catchThrowableOfType(PsephosJsonException.class, () -> reader.apply(input));

    assertThat(thrown).as(name).isNotNull();
    assertThat(thrown.kind()).as(name).isEqualTo(PsephosJsonException.Kind.DUPLICATE_KEY);
    String duplicated =
        expected.getOriginalMessage().replaceFirst("^Duplicate Object property ", "");
    assertThat(thrown.reason()).as(name)
        .isEqualTo("member " + duplicated + " appears twice in the same object");
    assertThat(thrown.pointer()).as(name).isEqualTo(pointer);
    TokenStreamLocation at = expected.getLocation();
    assertThat(thrown.line()).as(name).isEqualTo(at.getLineNr() + linesBefore);
    assertThat(thrown.column()).as(name).isEqualTo(at.getColumnNr());
  }

  private String pointer = "";

  /** Jackson's own report of the first duplicate name of a text, with its pointer. */
  private JacksonException jacksonsDuplicate(String input) {
    try (JsonParser parser = DETECTING.createParser(ObjectReadContext.empty(), input)) {
      try {
        while (parser.nextToken() != null) {
          // every token, to the first duplicate
        }
      } catch (JacksonException e) {
        pointer = parser.streamReadContext().pathAsPointer().toString();
        assertThat(e.getOriginalMessage()).startsWith("Duplicate Object property ");
        return e;
      }
    }
    throw new AssertionError("no duplicate in " + input);
  }
}
