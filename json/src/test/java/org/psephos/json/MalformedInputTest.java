package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.BlankValueException;
import org.psephos.DuplicateIdException;
import org.psephos.MalformedIdException;
import org.psephos.NegativeSeatsException;
import org.psephos.SeatCountException;
import org.psephos.UnknownCouncilException;
import org.psephos.UnknownPartyException;

/**
 * One malformed input per failure the format names, each with the exception type, the JSON pointer
 * of the fault (also in the message), a line and column, and where the domain rejected it, core's
 * exception as the cause.
 */
class MalformedInputTest {
  private static final PsephosJson JSON = PsephosJson.standard();

  private static final String ELECTION =
      "{\"format\":\"psephos.election/1\",\"id\":\"local.2018-05-03\",\"date\":\"2018-05-03\","
          + "\"name\":\"Example\",\n"
          + "\"parties\":[{\"id\":\"PP52\",\"name\":\"Conservative\",\"shortName\":\"Con\"},"
          + "{\"id\":\"PP53\",\"name\":\"Labour\",\"shortName\":\"Lab\"}],\n"
          + "\"councils\":[{\"id\":\"E09000032\",\"name\":\"Wandsworth\",\"type\":\"london-borough\","
          + "\"region\":\"London\",\"size\":60,\n"
          + "\"contest\":{\"contested\":60,\"defended\":{\"PP52\":41,\"PP53\":19},"
          + "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}}}]}";

  private static final String DECLARATIONS =
      "{\"format\":\"psephos.declarations/1\",\"election\":\"local.2018-05-03\",\n"
          + "\"declarations\":[\n"
          + "{\"sequence\":1,\"council\":\"E09000032\",\"declaredAt\":\"2018-05-04T04:31:00+01:00\","
          + "\"seatsWon\":{\"PP52\":33,\"PP53\":26,\"ynmp-party:2\":1}},\n"
          + "{\"sequence\":2,\"council\":\"E09000005\",\"seatsWon\":{\"PP53\":57,\"PP52\":3},"
          + "\"stillToFill\":3}]}";

  private static final String RESULTS = Golden.resource("golden/results-london.json");

  enum Kind {
    ELECTION(MalformedInputTest.ELECTION, json -> JSON.readElection(json)),
    DECLARATIONS(
        MalformedInputTest.DECLARATIONS, json -> JSON.readDeclarations(Golden.ELECTION, json)),
    RESULTS(MalformedInputTest.RESULTS, json -> JSON.readResults(Golden.ELECTION, json));

    final String valid;
    final Function<String, Object> reader;

    Kind(String valid, Function<String, Object> reader) {
      this.valid = valid;
      this.reader = reader;
    }
  }

  static Arguments bad(
      String name,
      Kind kind,
      String from,
      String to,
      Class<? extends PsephosJsonException> type,
      String pointer,
      @Nullable Class<? extends Exception> cause) {
    if (!kind.valid.contains(from)) {
      throw new IllegalArgumentException(name + ": the valid document has no " + from);
    }
    return Arguments.of(name, kind, kind.valid.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), type, pointer, cause);
  }

  static Stream<Arguments> malformed() {
    String deep = "[".repeat(40) + "]".repeat(40);
    return Stream.of(
        bad("unknown field", Kind.ELECTION, "\"shortName\":\"Con\"",
            "\"shortName\":\"Con\",\"color\":\"#0087DC\"", UnknownFieldException.class,
            "/parties/0/color", null),
        bad("duplicate key", Kind.ELECTION, "\"name\":\"Example\"",
            "\"name\":\"Example\",\"name\":\"Again\"", DuplicateKeyException.class, "/name", null),
        bad("duplicate party id in a seat map", Kind.ELECTION, "\"defended\":{\"PP52\":41,",
            "\"defended\":{\"PP52\":41,\"PP52\":1,", DuplicateKeyException.class,
            "/councils/0/contest/defended/PP52", null),
        bad("string for a number", Kind.ELECTION, "\"size\":60", "\"size\":\"60\"",
            WrongTypeException.class, "/councils/0/size", null),
        bad("fraction for a whole number", Kind.ELECTION, "\"size\":60", "\"size\":60.5",
            WrongTypeException.class, "/councils/0/size", null),
        bad("null for a string", Kind.ELECTION, "\"name\":\"Example\"", "\"name\":null",
            WrongTypeException.class, "/name", null),
        bad("array for an object", Kind.ELECTION, "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}",
            "\"previous\":[41,19]", WrongTypeException.class, "/councils/0/contest/previous", null),
        bad("missing required field", Kind.ELECTION, ",\"shortName\":\"Lab\"", "",
            MissingFieldException.class, "/parties/1/shortName", null),
        bad("missing format", Kind.ELECTION, "\"format\":\"psephos.election/1\",", "",
            MissingFieldException.class, "/format", null),
        bad("another kind of document", Kind.ELECTION, "psephos.election/1", "psephos.results/1",
            UnsupportedFormatException.class, "/format", null),
        bad("unknown version", Kind.ELECTION, "psephos.election/1", "psephos.election/2",
            UnsupportedFormatException.class, "/format", null),
        bad("negative seats", Kind.ELECTION, "\"defended\":{\"PP52\":41",
            "\"defended\":{\"PP52\":-41", InvalidValueException.class,
            "/councils/0/contest/defended/PP52", NegativeSeatsException.class),
        bad("negative council size", Kind.ELECTION, "\"size\":60", "\"size\":-60",
            InvalidValueException.class, "/councils/0", NegativeSeatsException.class),
        bad("oversized seat count", Kind.ELECTION, "\"size\":60", "\"size\":60000",
            NumberOutOfRangeException.class, "/councils/0/size", null),
        bad("number beyond 64 bits", Kind.ELECTION, "\"size\":60",
            "\"size\":123456789012345678901", NumberOutOfRangeException.class,
            "/councils/0/size", null),
        bad("oversized composition total", Kind.ELECTION, "\"seats\":{\"PP52\":41,\"PP53\":19}",
            "\"seats\":{\"PP52\":6000,\"PP53\":6000}", NumberOutOfRangeException.class,
            "/councils/0/contest/previous/seats", null),
        bad("unknown party id", Kind.ELECTION, "\"defended\":{\"PP52\":41,",
            "\"defended\":{\"PP99\":1,\"PP52\":40,", UnknownReferenceException.class,
            "/councils/0/contest/defended/PP99", UnknownPartyException.class),
        bad("seats that do not add up", Kind.ELECTION, "\"contested\":60", "\"contested\":59",
            InvalidValueException.class, "/councils/0/contest", SeatCountException.class),
        bad("blank name", Kind.ELECTION, "\"name\":\"Labour\"", "\"name\":\" \"",
            InvalidValueException.class, "/parties/1", BlankValueException.class),
        bad("party listed twice", Kind.ELECTION, "\"shortName\":\"Lab\"}",
            "\"shortName\":\"Lab\"},{\"id\":\"PP52\",\"name\":\"Tory\",\"shortName\":\"Con\"}",
            InvalidValueException.class, "", DuplicateIdException.class),
        bad("malformed election id", Kind.ELECTION, "\"id\":\"local.2018-05-03\"",
            "\"id\":\"Local 2018\"", InvalidValueException.class, "",
            MalformedIdException.class),
        bad("impossible date", Kind.ELECTION, "\"date\":\"2018-05-03\"",
            "\"date\":\"2018-13-03\"", InvalidValueException.class, "/date", null),
        bad("unknown council type", Kind.ELECTION, "london-borough", "london",
            InvalidValueException.class, "/councils/0/type", null),
        bad("not JSON", Kind.ELECTION, "\"name\":\"Example\"", "\"name\" \"Example\"",
            MalformedJsonException.class, "/name", null),
        bad("content after the document", Kind.ELECTION, "}}}]}", "}}}]} {}",
            MalformedJsonException.class, "", null),
        bad("truncated document", Kind.ELECTION, "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}}}]}",
            "\"previous\":{\"seats\":{\"PP52\":41,", TruncatedDocumentException.class,
            "/councils/0/contest/previous/seats/PP52", null),
        bad("nesting too deep", Kind.ELECTION, "\"name\":\"Example\"", "\"name\":" + deep,
            LimitExceededException.class, "/name" + "/0".repeat(15), null),
        bad("unknown council id", Kind.DECLARATIONS, "\"council\":\"E09000005\"",
            "\"council\":\"E09000099\"", UnknownReferenceException.class,
            "/declarations/1/council", UnknownCouncilException.class),
        bad("declarations of another election", Kind.DECLARATIONS,
            "\"election\":\"local.2018-05-03\"", "\"election\":\"local.2019-05-02\"",
            UnknownReferenceException.class, "/election", null),
        bad("seats won above seats contested", Kind.DECLARATIONS, "\"PP52\":33,\"PP53\":26",
            "\"PP52\":34,\"PP53\":26", InvalidValueException.class, "/declarations/0",
            SeatCountException.class),
        bad("sequence that does not rise", Kind.DECLARATIONS, "\"sequence\":2",
            "\"sequence\":1", SequenceException.class, "/declarations/1/sequence", null),
        bad("sequence zero", Kind.DECLARATIONS, "\"sequence\":1", "\"sequence\":0",
            NumberOutOfRangeException.class, "/declarations/0/sequence", null),
        bad("negative seats still to fill", Kind.DECLARATIONS, "\"stillToFill\":3",
            "\"stillToFill\":-3", InvalidValueException.class, "/declarations/1/stillToFill",
            NegativeSeatsException.class),
        bad("time without offset", Kind.DECLARATIONS, "2018-05-04T04:31:00+01:00",
            "2018-05-04T04:31:00", InvalidValueException.class, "/declarations/0/declaredAt",
            null),
        Arguments.of("object for the declarations array", Kind.DECLARATIONS,
            DECLARATIONS.replace("\"declarations\":[", "\"declarations\":{\"list\":[")
                .replace("\"stillToFill\":3}]}", "\"stillToFill\":3}]}}"),
            WrongTypeException.class, "/declarations", null),
        bad("seats that do not fill the contest", Kind.DECLARATIONS, "\"stillToFill\":3",
            "\"stillToFill\":2", InvalidValueException.class, "/declarations/1",
            SeatCountException.class),
        bad("results with a wrong derived change", Kind.RESULTS, "\"seatsChange\": -30",
            "\"seatsChange\": -29", InconsistentResultsException.class,
            "/standings/parties/0/seatsChange", null),
        bad("results with a wrong outcome", Kind.RESULTS, "\"description\": \"Labour hold\"",
            "\"description\": \"Labour gain from Conservative\"",
            InconsistentResultsException.class, "/outcomes/1/description", null),
        bad("results with a wrong standing", Kind.RESULTS, "\"holdings\": 86",
            "\"holdings\": 87", InconsistentResultsException.class, "/standings/parties/1",
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void eachMalformedInputFailsWithItsExceptionAndPath(
      String name,
      Kind kind,
      String input,
      Class<? extends PsephosJsonException> type,
      String pointer,
      @Nullable Class<? extends Exception> cause) {
    PsephosJsonException thrown =
        catchThrowableOfType(PsephosJsonException.class, () -> kind.reader.apply(input));

    assertThat(thrown).as(name).isNotNull().isExactlyInstanceOf(type);
    assertThat(thrown.pointer()).as(name).isEqualTo(pointer);
    assertThat(thrown.getMessage())
        .as(name)
        .contains(pointer.isEmpty() ? "the document root" : "at " + pointer + ",")
        .contains("line " + thrown.line())
        .contains(thrown.reason());
    assertThat(thrown.line()).as(name).isPositive();
    if (cause != null) {
      assertThat(thrown.getCause()).as(name).isExactlyInstanceOf(cause);
      assertThat(thrown.reason()).isEqualTo(String.valueOf(thrown.getCause()).replaceFirst("^[^:]*: ", ""));
    }
  }

  @Test
  void validBaseDocumentsRead() {
    for (Kind kind : Kind.values()) {
      assertThat(kind.reader.apply(kind.valid)).as(kind.name()).isNotNull();
    }
  }

  @Test
  void lineAndColumnPointAtTheValue() {
    String input = ELECTION.replace("\"size\":60", "\"size\":\"60\"");
    WrongTypeException thrown =
        catchThrowableOfType(WrongTypeException.class, () -> JSON.readElection(input));
    // "size" is on the third line of the base document; its value starts right after "size":
    String thirdLine = input.split("\n")[2];
    assertThat(thrown.line()).isEqualTo(3);
    assertThat(thrown.column()).isEqualTo(thirdLine.indexOf("\"60\"") + 1);
  }

  @Test
  void unknownFieldsAreIgnoredWhenTheOptionRelaxesIt() {
    String input =
        ELECTION.replace("\"shortName\":\"Con\"", "\"shortName\":\"Con\",\"color\":\"blue\"")
            .replace("\"name\":\"Example\"", "\"name\":\"Example\",\"comment\":{\"a\":[1]}");

    ElectionDefinition read = JSON.ignoringUnknownFields().readElection(input);

    assertThat(read.election()).isEqualTo(JSON.readElection(ELECTION).election());
  }

  @Test
  void errorMessageNamesTheDomainReason() {
    String input = DECLARATIONS.replace("\"PP52\":33,\"PP53\":26", "\"PP52\":34,\"PP53\":26");
    InvalidValueException thrown =
        catchThrowableOfType(
            InvalidValueException.class, () -> JSON.readDeclarations(Golden.ELECTION, input));
    assertThat(thrown.getMessage())
        .startsWith(
            "Wandsworth (E09000032): seats won (61) exceed seats contested (60)")
        .endsWith("(at /declarations/0, line 3, column 1)");
  }
}
