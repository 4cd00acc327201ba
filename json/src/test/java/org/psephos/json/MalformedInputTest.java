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
import org.psephos.UnresolvedTieException;
import org.psephos.ElectionDataException;
import org.psephos.SeatCountException;
import org.psephos.UnknownIdException;
import org.psephos.tally.Tally;

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

  private static final String ELECTION_WARDS = Golden.resource("golden/election-wards.json");

  /** The first line of the golden result stream: Abbey's result, a three-member ward. */
  private static final String WARD_RESULT =
      Golden.resource("golden/wards.ndjson").split("\n")[0];

  private static final String WARD_RESULTS = Golden.resource("golden/wardresults.json");

  private static final String RESULTS_WARDS = Golden.resource("golden/results-wards.json");

  private static final String CASTLE_IN_RESULTS =
      "        {\n"
          + "          \"ward\": \"E05999903\",\n"
          + "          \"candidates\": [\n"
          + "            {\n"
          + "              \"name\": \"Lena Lowe\",\n"
          + "              \"party\": \"PP53\",\n"
          + "              \"status\": \"elected-unopposed\"\n"
          + "            }\n"
          + "          ]\n"
          + "        },\n";

  enum Kind {
    ELECTION(MalformedInputTest.ELECTION, json -> JSON.readElection(json)),
    DECLARATIONS(
        MalformedInputTest.DECLARATIONS, json -> JSON.readDeclarations(Golden.ELECTION, json)),
    RESULTS(MalformedInputTest.RESULTS, json -> JSON.readResults(Golden.ELECTION, json)),
    ELECTION_WARDS(MalformedInputTest.ELECTION_WARDS, json -> JSON.readElection(json)),
    WARD_RESULT(
        MalformedInputTest.WARD_RESULT,
        json -> JSON.readWardResult(Tally.of(GoldenWards.ELECTION), json)),
    WARD_RESULTS(
        MalformedInputTest.WARD_RESULTS, json -> JSON.readWardResults(GoldenWards.ELECTION, json)),
    RESULTS_WARDS(
        MalformedInputTest.RESULTS_WARDS, json -> JSON.readResults(GoldenWards.ELECTION, json));

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
      PsephosJsonException.Kind type,
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
            "\"shortName\":\"Con\",\"color\":\"#0087DC\"", PsephosJsonException.Kind.UNKNOWN_FIELD,
            "/parties/0/color", null),
        bad("duplicate key", Kind.ELECTION, "\"name\":\"Example\"",
            "\"name\":\"Example\",\"name\":\"Again\"", PsephosJsonException.Kind.DUPLICATE_KEY, "/name", null),
        bad("duplicate party id in a seat map", Kind.ELECTION, "\"defended\":{\"PP52\":41,",
            "\"defended\":{\"PP52\":41,\"PP52\":1,", PsephosJsonException.Kind.DUPLICATE_KEY,
            "/councils/0/contest/defended/PP52", null),
        bad("string for a number", Kind.ELECTION, "\"size\":60", "\"size\":\"60\"",
            PsephosJsonException.Kind.WRONG_TYPE, "/councils/0/size", null),
        bad("fraction for a whole number", Kind.ELECTION, "\"size\":60", "\"size\":60.5",
            PsephosJsonException.Kind.WRONG_TYPE, "/councils/0/size", null),
        bad("null for a string", Kind.ELECTION, "\"name\":\"Example\"", "\"name\":null",
            PsephosJsonException.Kind.WRONG_TYPE, "/name", null),
        bad("array for an object", Kind.ELECTION, "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}",
            "\"previous\":[41,19]", PsephosJsonException.Kind.WRONG_TYPE, "/councils/0/contest/previous", null),
        bad("missing required field", Kind.ELECTION, ",\"shortName\":\"Lab\"", "",
            PsephosJsonException.Kind.MISSING_FIELD, "/parties/1/shortName", null),
        bad("missing format", Kind.ELECTION, "\"format\":\"psephos.election/1\",", "",
            PsephosJsonException.Kind.MISSING_FIELD, "/format", null),
        bad("another kind of document", Kind.ELECTION, "psephos.election/1", "psephos.results/1",
            PsephosJsonException.Kind.UNSUPPORTED_FORMAT, "/format", null),
        bad("unknown version", Kind.ELECTION, "psephos.election/1", "psephos.election/2",
            PsephosJsonException.Kind.UNSUPPORTED_FORMAT, "/format", null),
        bad("negative seats", Kind.ELECTION, "\"defended\":{\"PP52\":41",
            "\"defended\":{\"PP52\":-41", PsephosJsonException.Kind.INVALID_VALUE,
            "/councils/0/contest/defended/PP52", SeatCountException.class),
        bad("negative council size", Kind.ELECTION, "\"size\":60", "\"size\":-60",
            PsephosJsonException.Kind.INVALID_VALUE, "/councils/0", SeatCountException.class),
        bad("oversized seat count", Kind.ELECTION, "\"size\":60", "\"size\":60000",
            PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE, "/councils/0/size", null),
        bad("number beyond 64 bits", Kind.ELECTION, "\"size\":60",
            "\"size\":123456789012345678901", PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE,
            "/councils/0/size", null),
        bad("oversized composition total", Kind.ELECTION, "\"seats\":{\"PP52\":41,\"PP53\":19}",
            "\"seats\":{\"PP52\":6000,\"PP53\":6000}", PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE,
            "/councils/0/contest/previous/seats", null),
        bad("unknown party id", Kind.ELECTION, "\"defended\":{\"PP52\":41,",
            "\"defended\":{\"PP99\":1,\"PP52\":40,", PsephosJsonException.Kind.UNKNOWN_REFERENCE,
            "/councils/0/contest/defended/PP99", UnknownIdException.class),
        bad("seats that do not add up", Kind.ELECTION, "\"contested\":60", "\"contested\":59",
            PsephosJsonException.Kind.INVALID_VALUE, "/councils/0/contest", SeatCountException.class),
        bad("blank name", Kind.ELECTION, "\"name\":\"Labour\"", "\"name\":\" \"",
            PsephosJsonException.Kind.INVALID_VALUE, "/parties/1", org.psephos.InvalidValueException.class),
        bad("party listed twice", Kind.ELECTION, "\"shortName\":\"Lab\"}",
            "\"shortName\":\"Lab\"},{\"id\":\"PP52\",\"name\":\"Tory\",\"shortName\":\"Con\"}",
            PsephosJsonException.Kind.INVALID_VALUE, "", org.psephos.InvalidValueException.class),
        bad("malformed election id", Kind.ELECTION, "\"id\":\"local.2018-05-03\"",
            "\"id\":\"Local 2018\"", PsephosJsonException.Kind.INVALID_VALUE, "",
            org.psephos.InvalidValueException.class),
        bad("impossible date", Kind.ELECTION, "\"date\":\"2018-05-03\"",
            "\"date\":\"2018-13-03\"", PsephosJsonException.Kind.INVALID_VALUE, "/date", null),
        bad("unknown council type", Kind.ELECTION, "london-borough", "london",
            PsephosJsonException.Kind.INVALID_VALUE, "/councils/0/type", null),
        bad("not JSON", Kind.ELECTION, "\"name\":\"Example\"", "\"name\" \"Example\"",
            PsephosJsonException.Kind.MALFORMED_JSON, "/name", null),
        bad("content after the document", Kind.ELECTION, "}}}]}", "}}}]} {}",
            PsephosJsonException.Kind.MALFORMED_JSON, "", null),
        bad("truncated document", Kind.ELECTION, "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}}}]}",
            "\"previous\":{\"seats\":{\"PP52\":41,", PsephosJsonException.Kind.TRUNCATED_DOCUMENT,
            "/councils/0/contest/previous/seats/PP52", null),
        bad("nesting too deep", Kind.ELECTION, "\"name\":\"Example\"", "\"name\":" + deep,
            PsephosJsonException.Kind.LIMIT_EXCEEDED, "/name" + "/0".repeat(15), null),
        bad("unknown council id", Kind.DECLARATIONS, "\"council\":\"E09000005\"",
            "\"council\":\"E09000099\"", PsephosJsonException.Kind.UNKNOWN_REFERENCE,
            "/declarations/1/council", UnknownIdException.class),
        bad("declarations of another election", Kind.DECLARATIONS,
            "\"election\":\"local.2018-05-03\"", "\"election\":\"local.2019-05-02\"",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/election", null),
        bad("seats won above seats contested", Kind.DECLARATIONS, "\"PP52\":33,\"PP53\":26",
            "\"PP52\":34,\"PP53\":26", PsephosJsonException.Kind.INVALID_VALUE, "/declarations/0",
            SeatCountException.class),
        bad("sequence that does not rise", Kind.DECLARATIONS, "\"sequence\":2",
            "\"sequence\":1", PsephosJsonException.Kind.SEQUENCE, "/declarations/1/sequence", null),
        bad("sequence zero", Kind.DECLARATIONS, "\"sequence\":1", "\"sequence\":0",
            PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE, "/declarations/0/sequence", null),
        bad("negative seats still to fill", Kind.DECLARATIONS, "\"stillToFill\":3",
            "\"stillToFill\":-3", PsephosJsonException.Kind.INVALID_VALUE, "/declarations/1/stillToFill",
            SeatCountException.class),
        bad("time without offset", Kind.DECLARATIONS, "2018-05-04T04:31:00+01:00",
            "2018-05-04T04:31:00", PsephosJsonException.Kind.INVALID_VALUE, "/declarations/0/declaredAt",
            null),
        Arguments.of("object for the declarations array", Kind.DECLARATIONS,
            DECLARATIONS.replace("\"declarations\":[", "\"declarations\":{\"list\":[")
                .replace("\"stillToFill\":3}]}", "\"stillToFill\":3}]}}"),
            PsephosJsonException.Kind.WRONG_TYPE, "/declarations", null),
        bad("seats that do not fill the contest", Kind.DECLARATIONS, "\"stillToFill\":3",
            "\"stillToFill\":2", PsephosJsonException.Kind.INVALID_VALUE, "/declarations/1",
            SeatCountException.class),
        bad("results with a wrong derived change", Kind.RESULTS, "\"seatsChange\": -30",
            "\"seatsChange\": -29", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/parties/0/seatsChange", null),
        bad("results with a wrong outcome", Kind.RESULTS, "\"description\": \"Labour hold\"",
            "\"description\": \"Labour gain from Conservative\"",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/outcomes/1/description", null),
        bad("results with a wrong standing", Kind.RESULTS, "\"holdings\": 86",
            "\"holdings\": 87", PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/standings/parties/1",
            null),
        bad("results with wrong seats declared", Kind.RESULTS, "\"seatsDeclared\": 171",
            "\"seatsDeclared\": 170", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/progress", null),
        bad("progress with more seats declared than expected", Kind.RESULTS,
            "\"seatsExpected\": 171", "\"seatsExpected\": 170", PsephosJsonException.Kind.INVALID_VALUE,
            "/standings/progress", SeatCountException.class),
        bad("progress that is not an object", Kind.RESULTS,
            "\"progress\": {\n      \"councilsInProgress\": 0,\n      \"seatsDeclared\": 171,\n"
                + "      \"seatsExpected\": 171,\n      \"controlDecidedEarly\": {},\n"
                + "      \"noOverallControlDecidedEarly\": 0\n    }",
            "\"progress\": 171", PsephosJsonException.Kind.WRONG_TYPE, "/standings/progress", null),
        // the results document's parts read token by token
        bad("results with an unknown baseline", Kind.RESULTS, "\"baseline\": \"last-fought\"",
            "\"baseline\": \"latest\"", PsephosJsonException.Kind.INVALID_VALUE, "/baseline",
            null),
        bad("control rule whose anyParty is not true or false", Kind.RESULTS,
            "\"anyParty\": false", "\"anyParty\": 0", PsephosJsonException.Kind.WRONG_TYPE,
            "/controlRule/anyParty", null),
        bad("control rule without anyParty", Kind.RESULTS, "\"anyParty\": false",
            "\"overrides\": {}", PsephosJsonException.Kind.MISSING_FIELD,
            "/controlRule/anyParty", null),
        bad("control rule overriding in a council not in the election", Kind.RESULTS,
            "\"anyParty\": false", "\"anyParty\": false, \"overrides\": {\"E0\": {\"PP52\": true}}",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/controlRule/overrides/E0", null),
        bad("control rule overriding a party not in the election", Kind.RESULTS,
            "\"anyParty\": false",
            "\"anyParty\": false, \"overrides\": {\"E09000032\": {\"PPX\": true}}",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/controlRule/overrides/E09000032/PPX",
            null),
        bad("control rule override that is not true or false", Kind.RESULTS,
            "\"anyParty\": false",
            "\"anyParty\": false, \"overrides\": {\"E09000032\": {\"PP52\": 1}}",
            PsephosJsonException.Kind.WRONG_TYPE, "/controlRule/overrides/E09000032/PP52", null),
        bad("control rule overrides that are not an object", Kind.RESULTS,
            "\"anyParty\": false", "\"anyParty\": false, \"overrides\": []",
            PsephosJsonException.Kind.WRONG_TYPE, "/controlRule/overrides", null),
        bad("control rule overrides of a council that are not an object", Kind.RESULTS,
            "\"anyParty\": false", "\"anyParty\": false, \"overrides\": {\"E09000032\": true}",
            PsephosJsonException.Kind.WRONG_TYPE, "/controlRule/overrides/E09000032", null),
        bad("filter naming a council not in the election", Kind.RESULTS,
            "\"region\": \"London\"", "\"councils\": [\"E0\"]",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/filter/councils/0", null),
        bad("filter whose description is not its region's", Kind.RESULTS,
            "\"description\": \"London\"", "\"description\": \"Londres\"",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/filter/description", null),
        bad("filter without a description", Kind.RESULTS,
            "\"description\": \"London\",", "", PsephosJsonException.Kind.MISSING_FIELD,
            "/filter/description", null),
        bad("party colour that is not a colour", Kind.RESULTS, "\"colour\": \"#0087DC\"",
            "\"colour\": \"blue\"", PsephosJsonException.Kind.INVALID_VALUE, "/parties/0/colour",
            null),
        bad("results listing too few parties", Kind.RESULTS,
            ",\n    {\n      \"id\": \"ynmp-party:2\",\n      \"name\": \"Independent\",\n"
                + "      \"shortName\": \"Ind\"\n    }", "",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/parties", null),
        bad("party of the results without its name", Kind.RESULTS,
            "\"name\": \"Green\",", "", PsephosJsonException.Kind.MISSING_FIELD,
            "/parties/3/name", null),
        bad("party of the results without its id", Kind.RESULTS,
            "\"id\": \"PP63\",", "", PsephosJsonException.Kind.MISSING_FIELD, "/parties/3/id",
            null),
        bad("outcome whose control after names no party of the election", Kind.RESULTS,
            "\"controlAfter\": \"PP52\"", "\"controlAfter\": \"PPX\"",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/outcomes/0/controlAfter", null),
        bad("outcome whose control after is wrong", Kind.RESULTS,
            "\"controlAfter\": \"PP52\"", "\"controlAfter\": null",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/outcomes/0/controlAfter", null),
        bad("outcome whose majority is a string", Kind.RESULTS, "\"majority\": 31",
            "\"majority\": \"31\"", PsephosJsonException.Kind.WRONG_TYPE,
            "/outcomes/0/majority", null),
        bad("outcome whose majority is wrong", Kind.RESULTS, "\"majority\": 31",
            "\"majority\": 30", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/outcomes/0/majority", null),
        bad("outcome whose seat changes name no party of the election", Kind.RESULTS,
            "\"seatChanges\": {\n        \"PP52\": -8",
            "\"seatChanges\": {\n        \"PPX\": -8",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/outcomes/0/seatChanges/PPX", null),
        bad("outcome whose seat changes are wrong", Kind.RESULTS,
            "\"seatChanges\": {\n        \"PP52\": -8",
            "\"seatChanges\": {\n        \"PP52\": -7",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/outcomes/0/seatChanges", null),
        bad("outcome without its outcome", Kind.RESULTS, "\"outcome\": \"hold\",", "",
            PsephosJsonException.Kind.MISSING_FIELD, "/outcomes/0/outcome", null),
        bad("outcome without its control before", Kind.RESULTS,
            "\"controlBefore\": \"PP52\",", "", PsephosJsonException.Kind.MISSING_FIELD,
            "/outcomes/0/controlBefore", null),
        bad("progress naming a party not in the election", Kind.RESULTS,
            "\"controlDecidedEarly\": {}", "\"controlDecidedEarly\": {\"PPX\": 1}",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE,
            "/standings/progress/controlDecidedEarly/PPX", null),
        bad("progress without control decided early", Kind.RESULTS,
            "\"controlDecidedEarly\": {},", "", PsephosJsonException.Kind.MISSING_FIELD,
            "/standings/progress/controlDecidedEarly", null),
        bad("ward totals with a share that is a string", Kind.RESULTS_WARDS,
            "\"share\": 44.88", "\"share\": \"44.88\"", PsephosJsonException.Kind.WRONG_TYPE,
            "/standings/wardTotals/parties/0/votes/all-votes/share", null),
        bad("ward totals without a share their figures give", Kind.RESULTS_WARDS,
            "\"share\": 44.88,", "", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/wardTotals/parties/0/votes/all-votes/share", null),
        bad("ward totals without their previous votes", Kind.RESULTS_WARDS,
            "\"previousVotes\": 4900,", "", PsephosJsonException.Kind.MISSING_FIELD,
            "/standings/wardTotals/parties/0/votes/all-votes/previousVotes", null),
        bad("council in progress whose controlDecided is not true or false", Kind.RESULTS_WARDS,
            "\"controlDecided\": true", "\"controlDecided\": 1",
            PsephosJsonException.Kind.WRONG_TYPE, "/inProgress/0/controlDecided", null),
        bad("council in progress whose control is wrong", Kind.RESULTS_WARDS,
            "\"control\": \"PP53\"", "\"control\": null",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/inProgress/0/control", null),
        bad("council in progress without its decided control", Kind.RESULTS_WARDS,
            "\"control\": \"PP53\",", "", PsephosJsonException.Kind.MISSING_FIELD,
            "/inProgress/0/control", null),
        bad("council in progress with wrong wards declared", Kind.RESULTS_WARDS,
            "\"wardsDeclared\": 2,", "\"wardsDeclared\": 1,",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/inProgress/0/wardsDeclared", null),
        // wards in an election definition
        bad("ward electing no seat", Kind.ELECTION_WARDS, "\"seats\": 3", "\"seats\": 0",
            PsephosJsonException.Kind.INVALID_VALUE, "/councils/1/contest/wards/0", SeatCountException.class),
        bad("wards whose seats do not add up to the seats contested", Kind.ELECTION_WARDS,
            "\"name\": \"Bridge\",\n            \"seats\": 2",
            "\"name\": \"Bridge\",\n            \"seats\": 1", PsephosJsonException.Kind.INVALID_VALUE,
            "/councils/1/contest/wards", SeatCountException.class),
        bad("wards whose defended seats do not add up to the contest's", Kind.ELECTION_WARDS,
            "\"PP52\": 2,\n              \"PP53\": 1", "\"PP52\": 3,\n              \"PP53\": 1",
            PsephosJsonException.Kind.INVALID_VALUE, "/councils/1/contest/wards", SeatCountException.class),
        bad("ward id used by two councils", Kind.ELECTION_WARDS, "\"id\": \"E05999913\"",
            "\"id\": \"E05999901\"", PsephosJsonException.Kind.INVALID_VALUE, "",
            org.psephos.InvalidValueException.class),
        bad("unknown vote convention", Kind.ELECTION_WARDS, "\"top-candidate\": {",
            "\"top-candidates\": {", PsephosJsonException.Kind.UNKNOWN_FIELD,
            "/councils/1/contest/wards/0/previousVotes/top-candidates", null),
        bad("negative previous votes", Kind.ELECTION_WARDS, "\"PP52\": 4200",
            "\"PP52\": -4200", PsephosJsonException.Kind.INVALID_VALUE,
            "/councils/1/contest/wards/0/previousVotes/all-votes/PP52",
            SeatCountException.class),
        bad("previous votes beyond the limit", Kind.ELECTION_WARDS, "\"PP52\": 4200",
            "\"PP52\": 40000000", PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE,
            "/councils/1/contest/wards/0/previousVotes/all-votes/PP52", null),
        bad("unknown party among a ward's defended seats", Kind.ELECTION_WARDS,
            "\"defended\": {\n              \"PP53\": 1\n            }\n          },\n          {\n"
                + "            \"id\": \"E05999904\"",
            "\"defended\": {\n              \"PP99\": 1\n            }\n          },\n          {\n"
                + "            \"id\": \"E05999904\"", PsephosJsonException.Kind.UNKNOWN_REFERENCE,
            "/councils/1/contest/wards/2/defended/PP99", UnknownIdException.class),
        bad("ward without a name", Kind.ELECTION_WARDS, "\"name\": \"Abbey\",", "",
            PsephosJsonException.Kind.MISSING_FIELD, "/councils/1/contest/wards/0/name", null),
        // one ward result
        bad("negative votes", Kind.WARD_RESULT, "\"votes\":1450", "\"votes\":-1450",
            PsephosJsonException.Kind.INVALID_VALUE, "/candidates/0/votes", SeatCountException.class),
        bad("votes as a string", Kind.WARD_RESULT, "\"votes\":1450", "\"votes\":\"1450\"",
            PsephosJsonException.Kind.WRONG_TYPE, "/candidates/0/votes", null),
        bad("votes with a fraction", Kind.WARD_RESULT, "\"votes\":1450", "\"votes\":1450.5",
            PsephosJsonException.Kind.WRONG_TYPE, "/candidates/0/votes", null),
        bad("votes beyond the limit", Kind.WARD_RESULT, "\"votes\":1450",
            "\"votes\":20000000", PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE, "/candidates/0/votes", null),
        bad("votes missing in a contested ward", Kind.WARD_RESULT, ",\"votes\":1450", "",
            PsephosJsonException.Kind.MISSING_FIELD, "/candidates/0/votes", null),
        bad("unknown ward", Kind.WARD_RESULT, "\"ward\":\"E05999901\"",
            "\"ward\":\"E05999999\"", PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/ward",
            UnknownIdException.class),
        bad("ward of another council", Kind.WARD_RESULT, "\"ward\":\"E05999901\"",
            "\"ward\":\"E05999911\"", PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/ward",
            UnknownIdException.class),
        bad("party that is neither an id nor an alias", Kind.WARD_RESULT, "\"party\":\"PP90\"",
            "\"party\":\"Lib Dem\"", PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/candidates/6/party",
            UnknownIdException.class),
        bad("candidate listed twice", Kind.WARD_RESULT, "\"name\":\"Bob Baker\"",
            "\"name\":\"alice  ARCHER\"", PsephosJsonException.Kind.INVALID_VALUE, "/candidates",
            org.psephos.InvalidValueException.class),
        bad("blank candidate name", Kind.WARD_RESULT, "\"name\":\"Bob Baker\"",
            "\"name\":\" \"", PsephosJsonException.Kind.INVALID_VALUE, "/candidates/1",
            org.psephos.InvalidValueException.class),
        bad("tie for the last seat without the lot", Kind.WARD_RESULT, "\"votes\":1310",
            "\"votes\":1390", PsephosJsonException.Kind.INVALID_VALUE, "/candidates",
            UnresolvedTieException.class),
        bad("winner drawn by lot without a tie", Kind.WARD_RESULT, "\"ballotsRejected\":14",
            "\"ballotsRejected\":14,\"drawnWinners\":[\"Alice Archer\"]",
            PsephosJsonException.Kind.INVALID_VALUE, "/drawnWinners", UnresolvedTieException.class),
        bad("drawn winner who is not a candidate", Kind.WARD_RESULT, "\"ballotsRejected\":14",
            "\"ballotsRejected\":14,\"drawnWinners\":[\"Zed Zee\"]",
            PsephosJsonException.Kind.INVALID_VALUE, "/drawnWinners", UnresolvedTieException.class),
        bad("ballots rejected above ballots cast", Kind.WARD_RESULT, "\"ballotsRejected\":14",
            "\"ballotsRejected\":4000", PsephosJsonException.Kind.INVALID_VALUE, "/ballotsRejected",
            SeatCountException.class),
        bad("more votes than valid ballots", Kind.WARD_RESULT, "\"ballotsCast\":3620",
            "\"ballotsCast\":1000", PsephosJsonException.Kind.INVALID_VALUE, "/ballotsCast",
            SeatCountException.class),
        bad("negative electorate", Kind.WARD_RESULT, "\"electorate\":9800",
            "\"electorate\":-9800", PsephosJsonException.Kind.INVALID_VALUE, "/electorate",
            SeatCountException.class),
        bad("unknown member of a candidate", Kind.WARD_RESULT, "\"name\":\"Gita Gill\"",
            "\"name\":\"Gita Gill\",\"description\":\"LD\"", PsephosJsonException.Kind.UNKNOWN_FIELD,
            "/candidates/6/description", null),
        Arguments.of("candidates that are not an array", Kind.WARD_RESULT,
            WARD_RESULT.replace("\"candidates\":[", "\"candidates\":{\"list\":[")
                .replace("],\"electorate\"", "]},\"electorate\""),
            PsephosJsonException.Kind.WRONG_TYPE, "/candidates", null),
        bad("ward result without its council", Kind.WARD_RESULT, "\"council\":\"E07999901\",",
            "", PsephosJsonException.Kind.MISSING_FIELD, "/council", null),
        bad("ward result of another election", Kind.WARD_RESULT,
            "\"election\":\"local.2022-05-05\"", "\"election\":\"local.2022-05-06\"",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/election", null),
        bad("ward result sequence zero", Kind.WARD_RESULT, "\"sequence\":1", "\"sequence\":0",
            PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE, "/sequence", null),
        bad("ward results document where one result is expected", Kind.WARD_RESULT,
            "psephos.wardresult/1", "psephos.wardresults/1", PsephosJsonException.Kind.UNSUPPORTED_FORMAT,
            "/format", null),
        // ward results document
        bad("ward results whose sequence does not rise", Kind.WARD_RESULTS, "\"sequence\": 2",
            "\"sequence\": 1", PsephosJsonException.Kind.SEQUENCE, "/wardResults/1/sequence", null),
        bad("ward results of an unknown council", Kind.WARD_RESULTS, "\"council\": \"E07999902\"",
            "\"council\": \"E07999999\"", PsephosJsonException.Kind.UNKNOWN_REFERENCE,
            "/wardResults/2/council", UnknownIdException.class),
        bad("uncontested ward with votes", Kind.WARD_RESULTS,
            "\"name\": \"Lena Lowe\",\n          \"party\": \"PP53\"",
            "\"name\": \"Lena Lowe\",\n          \"party\": \"PP53\", \"votes\": 5",
            PsephosJsonException.Kind.INVALID_VALUE, "/wardResults/3/candidates", SeatCountException.class),
        bad("ward result for a council tallied from declarations", Kind.WARD_RESULTS,
            "\"council\": \"E07999901\",\n      \"ward\": \"E05999901\"",
            "\"council\": \"E07999903\",\n      \"ward\": \"E05999901\"",
            PsephosJsonException.Kind.UNKNOWN_REFERENCE, "/wardResults/0/ward", UnknownIdException.class),
        // results with ward-level figures
        bad("results with a wrong candidate status", Kind.RESULTS_WARDS,
            "\"status\": \"elected-by-lot\"", "\"status\": \"elected\"",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/outcomes/1/wards/3/candidates/1/status", null),
        bad("results with a wrong share", Kind.RESULTS_WARDS, "\"share\": 44.88",
            "\"share\": 44.98", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/wardTotals/parties/0/votes/all-votes/share", null),
        bad("results with a share as a string", Kind.RESULTS_WARDS, "\"share\": 44.88",
            "\"share\": \"44.88\"", PsephosJsonException.Kind.WRONG_TYPE,
            "/standings/wardTotals/parties/0/votes/all-votes/share", null),
        bad("results with a share above 100", Kind.RESULTS_WARDS, "\"share\": 44.88",
            "\"share\": 144.88", PsephosJsonException.Kind.NUMBER_OUT_OF_RANGE,
            "/standings/wardTotals/parties/0/votes/all-votes/share", null),
        bad("results without a share change their figures give", Kind.RESULTS_WARDS,
            ",\n              \"shareChange\": -3.73", "", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/wardTotals/parties/0/votes/all-votes/shareChange", null),
        bad("results with a wrong net change", Kind.RESULTS_WARDS, "\"netChange\": -3",
            "\"netChange\": -2", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/wardTotals/parties/0/netChange", null),
        bad("results with gross gains that do not fit the seats", Kind.RESULTS_WARDS,
            "\"gains\": 2", "\"gains\": 3", PsephosJsonException.Kind.INVALID_VALUE,
            "/standings/wardTotals/parties/1", SeatCountException.class),
        bad("results with wrong ward totals", Kind.RESULTS_WARDS, "\"seatsDefended\": 5",
            "\"seatsDefended\": 6", PsephosJsonException.Kind.INVALID_VALUE,
            "/standings/wardTotals/parties/0", SeatCountException.class),
        bad("results with a wrong decided control count", Kind.RESULTS_WARDS,
            "\"controlDecidedEarly\": {\n        \"PP53\": 1\n      }",
            "\"controlDecidedEarly\": {}", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/standings/progress", null),
        bad("results with a wrong decided control", Kind.RESULTS_WARDS, "\"control\": \"PP53\"",
            "\"control\": \"PP52\"", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/inProgress/0/control", null),
        bad("results saying control is undecided when it is decided", Kind.RESULTS_WARDS,
            "\"controlDecided\": true", "\"controlDecided\": false",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/inProgress/0/controlDecided", null),
        bad("results with wrong wards declared in progress", Kind.RESULTS_WARDS,
            "\"wardsDeclared\": 2", "\"wardsDeclared\": 1", PsephosJsonException.Kind.INCONSISTENT_RESULTS,
            "/inProgress/0/wardsDeclared", null),
        bad("results missing a ward of a council declared ward by ward", Kind.RESULTS_WARDS,
            CASTLE_IN_RESULTS, "", PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/outcomes/1/wards",
            null),
        bad("results listing a council in progress twice", Kind.RESULTS_WARDS,
            "\"inProgress\": [\n    {\n      \"council\": \"E07999902\"",
            "\"inProgress\": [\n    {\n      \"council\": \"E07999901\"",
            PsephosJsonException.Kind.INCONSISTENT_RESULTS, "/inProgress/0/council", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void eachMalformedInputFailsWithItsExceptionAndPath(
      String name,
      Kind kind,
      String input,
      PsephosJsonException.Kind type,
      String pointer,
      @Nullable Class<? extends Exception> cause) {
    PsephosJsonException thrown =
        catchThrowableOfType(PsephosJsonException.class, () -> kind.reader.apply(input));

    assertThat(thrown).as(name).isNotNull();
    assertThat(thrown.kind()).as(name).isEqualTo(type);
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
    PsephosJsonException thrown =
        Failures.caught(PsephosJsonException.Kind.WRONG_TYPE, () -> JSON.readElection(input));
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
    PsephosJsonException thrown =
        Failures.caught(PsephosJsonException.Kind.INVALID_VALUE, () -> JSON.readDeclarations(Golden.ELECTION, input));
    assertThat(thrown.getMessage())
        .startsWith(
            "Wandsworth (E09000032): seats won (61) exceed seats contested (60)")
        .endsWith("(at /declarations/0, line 3, column 1)");
  }
}
