package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each reason names the value at fault by what it is to a results desk: the council, the ward and
 * the candidate, the party, and which figure. One malformed value per place a reader names,
 * checked against the reason written out by hand.
 */
class ReasonTextTest {
  private static final String NORTHAM_ABBEY = "Northam (E07999901), ward Abbey (E05999901)";

  private static Arguments bad(
      MalformedInputTest.Kind kind, String from, String to, String reason) {
    if (!kind.valid.contains(from)) {
      throw new IllegalArgumentException(reason + ": the valid document has no " + from);
    }
    return Arguments.of(reason, kind, kind.valid.replace(from, to));
  }

  /** The document with the text from {@code start} up to (not including) {@code end} replaced. */
  private static Arguments between(
      MalformedInputTest.Kind kind, String start, String end, String to, String reason) {
    int from = kind.valid.indexOf(start);
    int until = kind.valid.indexOf(end, from);
    if (from < 0 || until < 0) {
      throw new IllegalArgumentException(reason + ": the valid document has no " + start);
    }
    return Arguments.of(
        reason, kind, kind.valid.substring(0, from) + to + kind.valid.substring(until));
  }

  static Stream<Arguments> reasons() {
    MalformedInputTest.Kind election = MalformedInputTest.Kind.ELECTION;
    MalformedInputTest.Kind declarations = MalformedInputTest.Kind.DECLARATIONS;
    MalformedInputTest.Kind wards = MalformedInputTest.Kind.ELECTION_WARDS;
    MalformedInputTest.Kind line = MalformedInputTest.Kind.WARD_RESULT;
    MalformedInputTest.Kind results = MalformedInputTest.Kind.RESULTS_WARDS;
    return Stream.of(
        bad(declarations, "\"declaredAt\":\"2018-05-04T04:31:00+01:00\"", "\"declaredAt\":5",
            "a declaration's \"declaredAt\" must be a string, not a whole number"),
        bad(declarations, "\"sequence\":1,", "\"sequence\":-0,",
            "a declaration's \"sequence\" (-0) is out of range: the format allows 1 to"
                + " 9007199254740991"),
        bad(declarations, "\"seatsWon\":{\"PP52\":33,\"PP53\":26,\"ynmp-party:2\":1}",
            "\"seatsWon\":[]", "Wandsworth (E09000032): seats won must be an object, not an array"),
        bad(declarations, "\"stillToFill\":3}", "\"stillToFill\":\"3\"}",
            "Brent (E09000005): seats still to fill must be a whole number, not a string"),
        bad(declarations, "\"stillToFill\":3}", "\"stillToFill\":3,\"defendedStillToFill\":[]}",
            "Brent (E09000005): seats defended among those still to fill must be an object, not"
                + " an array"),
        bad(election, "\"defended\":{\"PP52\":41,", "\"defended\":{\"PP52\":\"41\",",
            "Wandsworth (E09000032): defended seats of PP52 must be a whole number, not a string"),
        between(election, "\"contest\":{", "}]}", "\"contest\":5",
            "Wandsworth (E09000032): the contest must be an object, not a whole number"),
        bad(election, "\"contested\":60", "\"contested\":\"60\"",
            "Wandsworth (E09000032): seats contested must be a whole number, not a string"),
        bad(election, "\"contested\":60,", "\"contested\":60,\"continuing\":[],",
            "Wandsworth (E09000032): continuing seats must be an object, not an array"),
        bad(election, "\"defended\":{\"PP52\":41,\"PP53\":19}", "\"defended\":[]",
            "Wandsworth (E09000032): defended seats must be an object, not an array"),
        bad(election, "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}",
            "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19},\"vacancies\":\"0\"}",
            "Wandsworth (E09000032): previous composition vacancies must be a whole number, not a"
                + " string"),
        bad(election, "\"previous\":{\"seats\":{\"PP52\":41,\"PP53\":19}}", "\"previous\":[]",
            "Wandsworth (E09000032): previous composition must be an object, not an array"),
        bad(election, "\"contested\":60,", "\"contested\":60,\"extra\":1,",
            "Wandsworth (E09000032): the contest has an unknown member \"extra\""),
        between(election, "\"parties\":[", ",\n\"councils\"", "\"parties\":{}",
            "the parties must be an array, not an object"),
        bad(wards, "\"wards\": [\n", "\"wards\": [\n5,\n",
            "Northam (E07999901): a ward must be an object, not a whole number"),
        bad(wards, "\"id\": \"E05999901\",", "\"id\": 5,",
            "Northam (E07999901): a ward's \"id\" must be a string, not a whole number"),
        bad(wards, "\"name\": \"Abbey\",", "\"name\": 5,",
            "Northam (E07999901): a ward's \"name\" must be a string, not a whole number"),
        bad(wards, "\"name\": \"Abbey\",\n            \"seats\": 3,",
            "\"name\": \"Abbey\",\n            \"seats\": \"3\",",
            "ward Abbey (E05999901): seats must be a whole number, not a string"),
        between(wards, "\"defended\": {\n              \"PP52\": 2,", ",\n            \"previousVotes\"",
            "\"defended\": []",
            "ward Abbey (E05999901): defended seats must be an object, not an array"),
        bad(wards, "\"name\": \"Castle\",\n            \"seats\": 1,",
            "\"name\": \"Castle\",\n            \"seats\": 1,\n            \"previousVotes\": [],",
            "ward Castle (E05999903): the previous votes must be an object, not an array"),
        bad(wards, "\"name\": \"Castle\",\n            \"seats\": 1,",
            "\"name\": \"Castle\",\n            \"seats\": 1,\n"
                + "            \"previousVotes\": {\"all-votes\": []},",
            "ward Castle (E05999903): previous votes (all-votes) must be an object, not an array"),
        bad(wards, "\"PP52\": 4200,", "\"PP52\": \"4200\",",
            "ward Abbey (E05999901): previous votes (all-votes) of PP52 must be a whole number,"
                + " not a string"),
        bad(wards, "\"Labour and Co-operative Party\": \"PP53\"",
            "\"Labour and Co-operative Party\": \"PP99\"",
            "alias \"Labour and Co-operative Party\" names party \"PP99\", which is not a party of"
                + " the election"),
        bad(line, "\"ward\":\"E05999901\"", "\"ward\":5",
            "Northam (E07999901): a ward result's \"ward\" must be a string, not a whole number"),
        between(line, "\"candidates\":[", ",\"electorate\"", "\"candidates\":{}",
            NORTHAM_ABBEY + ": the candidates must be an array, not an object"),
        bad(line, "\"candidates\":[{", "\"candidates\":[5,{",
            NORTHAM_ABBEY + ": a candidate must be an object, not a whole number"),
        bad(line, "{\"name\":\"Alice Archer\",", "{\"name\":\"Alice Archer\",\"age\":40,",
            NORTHAM_ABBEY + ": a candidate has an unknown member \"age\""),
        bad(line, "{\"name\":\"Alice Archer\",", "{\"name\":5,",
            NORTHAM_ABBEY + ": a candidate's \"name\" must be a string, not a whole number"),
        bad(line, "\"name\":\"Alice Archer\",\"party\":\"PP52\"",
            "\"name\":\"Alice Archer\",\"party\":5",
            NORTHAM_ABBEY + ": the party of candidate Alice Archer must be a string, not a whole"
                + " number"),
        bad(line, "\"name\":\"Alice Archer\",\"party\":\"PP52\"",
            "\"name\":\"Alice Archer\",\"party\":\"PP99\"",
            NORTHAM_ABBEY + ": the party of candidate Alice Archer is \"PP99\", which is neither a"
                + " party id nor an alias of election local.2022-05-05"),
        bad(line, "\"votes\":1450", "\"votes\":\"1450\"",
            NORTHAM_ABBEY + ": the votes of candidate Alice Archer must be a whole number, not a"
                + " string"),
        bad(line, "{\"name\":\"Bob Baker\",\"party\":\"PP52\"",
            "{\"votes\":\"12\",\"name\":\"Bob Baker\",\"party\":\"PP52\"",
            NORTHAM_ABBEY + ": the votes of candidate ? must be a whole number, not a string"),
        bad(line, "{\"name\":\"Bob Baker\",\"party\":\"PP52\"",
            "{\"party\":\"PP99\",\"name\":\"Bob Baker\"",
            NORTHAM_ABBEY + ": the party of candidate ? is \"PP99\", which is neither a party id"
                + " nor an alias of election local.2022-05-05"),
        bad(line, "\"electorate\":9800", "\"electorate\":\"9800\"",
            NORTHAM_ABBEY + ": \"electorate\" must be a whole number, not a string"),
        bad(line, ",\"electorate\"", ",\"drawnWinners\":5,\"electorate\"",
            NORTHAM_ABBEY + ": the drawn winners must be an array, not a whole number"),
        bad(line, ",\"electorate\"", ",\"drawnWinners\":[5],\"electorate\"",
            NORTHAM_ABBEY + ": a drawn winner must be a string, not a whole number"),
        bad(results, "\"status\": \"elected-unopposed\"", "\"status\": 5",
            "Northam (E07999901), ward Castle (E05999903): the status of candidate Lena Lowe must"
                + " be a string, not a whole number"),
        bad(results, "\"name\": \"Lena Lowe\",", "\"status\": 5, \"name\": \"Lena Lowe\",",
            "Northam (E07999901), ward Castle (E05999903): the status of candidate ? must be a"
                + " string, not a whole number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void theReasonNamesWhatIsAtFault(String reason, MalformedInputTest.Kind kind, String input) {
    PsephosJsonException thrown =
        catchThrowableOfType(PsephosJsonException.class, () -> kind.reader.apply(input));
    assertThat(thrown).as(reason).isNotNull();
    assertThat(thrown.reason()).startsWith(reason);
  }
}
