package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Election;
import org.psephos.json.PsephosJsonException.Kind;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A results document with one member of the wrong type, for each member its readers read: the
 * exception names the member as the format's documentation does and points at it.
 */
class ResultsMemberTypesTest {
  private static final ObjectMapper TREES = JsonMapper.builder().build();
  private static final PsephosJson JSON = PsephosJson.standard();

  /**
   * One member of a golden document replaced by a value of the wrong type: the reader must say
   * "{@code what} must be {@code expected}, not {@code found}".
   */
  record Case(
      String file,
      String pointer,
      String value,
      String what,
      String expected,
      String at,
      String found) {
    Case(String file, String pointer, String value, String what, String expected) {
      this(file, pointer, value, what, expected, pointer, value.startsWith("\"") ? "a string"
          : value.startsWith("[") ? "an array" : "a whole number");
    }
  }

  private static final String LONDON = "golden/results-london.json";
  private static final String WARDS = "golden/results-wards.json";
  private static final String OBJECT = "an object";
  private static final String ARRAY = "an array";
  private static final String STRING = "a string";
  private static final String NUMBER = "a whole number";
  private static final String WANDSWORTH = "Wandsworth (E09000032): ";
  private static final String SOUTHAM = "Southam (E07999902): ";
  private static final String CON = "Conservative (PP52)'s ";

  static final List<Case> CASES =
      List.of(
          new Case(LONDON, "", "[]", "a psephos.results document", OBJECT),
          new Case(LONDON, "/parties", "\"x\"", "the parties", ARRAY),
          new Case(LONDON, "/parties/0", "5", "a party of the results", OBJECT),
          new Case(LONDON, "/parties/0/id", "5", "a party's id", STRING),
          new Case(LONDON, "/controlRule", "5", "the control rule", OBJECT),
          new Case(LONDON, "/filter", "5", "the filter", OBJECT),
          new Case(LONDON, "/filter/councils", "5", "the filter's \"councils\"", ARRAY),
          new Case(LONDON, "/outcomes/0", "5", "an outcome", OBJECT),
          new Case(LONDON, "/outcomes/0/outcome", "5", WANDSWORTH + "\"outcome\"", STRING),
          new Case(LONDON, "/outcomes/0/controlBefore", "5", WANDSWORTH + "control before", STRING),
          new Case(LONDON, "/outcomes/0/controlAfter", "5", WANDSWORTH + "control after", STRING),
          new Case(LONDON, "/outcomes/0/description", "5", WANDSWORTH + "\"description\"", STRING),
          new Case(LONDON, "/outcomes/0/majority", "\"x\"", WANDSWORTH + "\"majority\"", NUMBER),
          new Case(LONDON, "/outcomes/0/seatChanges", "5", WANDSWORTH + "\"seatChanges\"", OBJECT),
          new Case(
              LONDON,
              "/outcomes/0/seatChanges/PP52",
              "\"x\"",
              WANDSWORTH + "the seat change of PP52",
              NUMBER),
          new Case(LONDON, "/standings", "5", "the standings", OBJECT),
          new Case(
              LONDON, "/standings/councilsDeclared", "\"x\"", "the standings \"councilsDeclared\"",
              NUMBER),
          new Case(LONDON, "/standings/parties", "5", "the standings' parties", ARRAY),
          new Case(LONDON, "/standings/parties/0", "5", "a party's standing", OBJECT),
          new Case(
              LONDON, "/standings/parties/0/seatsWon", "\"x\"", CON + "standing \"seatsWon\"",
              NUMBER),
          // a figure before the party it belongs to: the party is not known yet
          new Case(
              LONDON,
              "/standings/parties/0",
              "{\"seatsWon\":\"x\",\"party\":\"PP52\"}",
              "a party's standing \"seatsWon\"",
              NUMBER,
              "/standings/parties/0/seatsWon",
              "a string"),
          new Case(LONDON, "/standings/noOverallControl", "5", "the no overall control line", OBJECT),
          new Case(
              LONDON,
              "/standings/noOverallControl/councils",
              "\"x\"",
              "no overall control \"councils\"",
              NUMBER),
          new Case(WARDS, "/inProgress/0", "5", "a council in progress", OBJECT),
          new Case(WARDS, "/inProgress/0/control", "5", SOUTHAM + "the decided control", STRING),
          new Case(
              WARDS, "/inProgress/0/wardsDeclared", "\"x\"", SOUTHAM + "\"wardsDeclared\"", NUMBER),
          new Case(WARDS, "/standings/progress", "5", "the count's progress", OBJECT),
          new Case(
              WARDS,
              "/standings/progress/seatsDeclared",
              "\"x\"",
              "the count's progress \"seatsDeclared\"",
              NUMBER),
          new Case(
              WARDS,
              "/standings/progress/controlDecidedEarly",
              "5",
              "the count's progress: \"controlDecidedEarly\"",
              OBJECT),
          new Case(
              WARDS,
              "/standings/progress/controlDecidedEarly/PP53",
              "\"x\"",
              "the count's progress: control decided early for PP53",
              NUMBER),
          new Case(WARDS, "/standings/wardTotals", "5", "the ward totals", OBJECT),
          new Case(
              WARDS,
              "/standings/wardTotals/wardsDeclared",
              "\"x\"",
              "the ward totals \"wardsDeclared\"",
              NUMBER),
          new Case(WARDS, "/standings/wardTotals/parties", "5", "the ward totals' parties", ARRAY),
          new Case(WARDS, "/standings/wardTotals/parties/0", "5", "a party's ward totals", OBJECT),
          new Case(
              WARDS,
              "/standings/wardTotals/parties/0/gains",
              "\"x\"",
              CON + "ward totals \"gains\"",
              NUMBER),
          new Case(
              WARDS, "/standings/wardTotals/parties/0/votes", "5", CON + "ward totals: votes", OBJECT),
          new Case(
              WARDS,
              "/standings/wardTotals/parties/0/votes/all-votes",
              "5",
              CON + "ward totals: all-votes votes",
              OBJECT),
          new Case(
              WARDS,
              "/standings/wardTotals/parties/0/votes/all-votes/votes",
              "\"x\"",
              CON + "ward totals: \"votes\"",
              NUMBER));

  static String replaced(Case c) {
    JsonNode root = TREES.readTree(Golden.resource(c.file()));
    JsonNode value = TREES.readTree(c.value());
    if (c.pointer().isEmpty()) {
      return c.value();
    }
    JsonPointer pointer = JsonPointer.compile(c.pointer());
    JsonNode parent = root.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.set(pointer.last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return TREES.writeValueAsString(root);
  }

  @Test
  void eachMemberOfTheWrongTypeIsNamedAndPointedAt() {
    for (Case c : CASES) {
      Election election = c.file().equals(LONDON) ? Golden.ELECTION : GoldenWards.ELECTION;
      String text = replaced(c);
      PsephosJsonException e =
          Failures.caught(Kind.WRONG_TYPE, () -> JSON.readResults(election, text));
      assertThat(e.pointer()).as(c.pointer()).isEqualTo(c.at());
      assertThat(e.reason())
          .as(c.pointer())
          .isEqualTo(c.what() + " must be " + c.expected() + ", not " + c.found());
    }
  }
}
