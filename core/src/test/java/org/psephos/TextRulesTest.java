package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.POLLING_DAY;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.comp;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psephos.InvalidValueException.Problem;
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;

/** The id and name rules of {@link Checks}, through every value that applies them. */
class TextRulesTest {
  private static final String MILLION = "a".repeat(1_000_000);

  /** Every factory taking an id, as a function of the id. */
  static Stream<Arguments> idFactories() {
    return Stream.of(
        Arguments.of("party id", (Function<String, Object>) id -> Party.of(id, "Labour", "Lab")),
        Arguments.of(
            "council id",
            (Function<String, Object>)
                id -> Council.of(id, "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60)),
        Arguments.of("ward id", (Function<String, Object>) id -> Ward.of(id, "Balham", 1, comp(CON, 1))),
        Arguments.of(
            "ward result's ward id",
            (Function<String, Object>)
                id -> WardResult.builder(WANDSWORTH, id, 1).candidate("Ann", CON, 3).build()),
        Arguments.of(
            "election id",
            (Function<String, Object>)
                id -> Election.builder(id, POLLING_DAY, "Local elections").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idFactories")
  void aMillionCharacterIdIsTooLongNotAStackOverflow(String what, Function<String, Object> make) {
    assertThatThrownBy(() -> make.apply(MILLION))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is 1000000 characters long, more than the 200 allowed")
        .satisfies(e -> assertThat(((InvalidValueException) e).problem()).isEqualTo(Problem.TOO_LONG));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idFactories")
  void idsHoldOnlyPrintableAscii(String what, Function<String, Object> make) {
    for (String bad :
        new String[] {"PP\u000053", "PP\n53", "PP\u200B53", "PP 53", "P\u00C953", "PP\uD800"}) {
      assertThatThrownBy(() -> make.apply(bad))
          .as("%s %s", what, bad)
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessageContaining("ids are printable ASCII")
          .satisfies(
              e ->
                  assertThat(((InvalidValueException) e).problem())
                      .isEqualTo(Problem.FORBIDDEN_CHARACTER));
    }
  }

  @Test
  void anIdOfTheMaximumLengthIsAcceptedAndOneMoreIsNot() {
    String longest = "P".repeat(Checks.MAX_ID_LENGTH);
    assertThat(Party.of(longest, "Labour", "Lab").id()).hasSize(200);
    assertThatThrownBy(() -> Party.of(longest + "P", "Labour", "Lab"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("party id \"" + "P".repeat(40) + "...\" is 201 characters long");
  }

  @Test
  void aControlCharacterInAnIdIsShownEscaped() {
    assertThatThrownBy(() -> Party.of("PP\u000053", "Labour", "Lab"))
        .hasMessage(
            "party id \"PP\\u000053\" holds U+0000 at index 2; ids are printable ASCII (letters,"
                + " digits, punctuation), without spaces");
  }

  @Test
  void anElectionIdOfManySegmentsIsCheckedInOnePass() {
    // 95 segments: the old pattern recursed once per segment
    String id = "a.".repeat(95) + "2018-05-03";
    assertThat(id.length()).isLessThanOrEqualTo(Checks.MAX_ID_LENGTH);
    Election election =
        Election.builder(id, LocalDate.of(2018, 5, 3), "Local elections")
            .parties(CON, LAB)
            .contest(ExampleData.allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))
            .build();
    assertThat(election.id()).isEqualTo(id);
  }

  @Test
  void electionIdsKeepDemocracyClubsForm() {
    for (String bad :
        new String[] {
          "2018-05-03", ".2018-05-03", "local..2018-05-03", "local.-x.2018-05-03",
          "Local.2018-05-03", "local.2018-05-3x", "local.2018/05/03", "local2018-05-03",
          "local.x.2018-05-03."
        }) {
      assertThatThrownBy(() -> Election.builder(bad, POLLING_DAY, "Local elections").build())
          .as(bad)
          .isExactlyInstanceOf(InvalidValueException.class)
          .satisfies(
              e -> assertThat(((InvalidValueException) e).problem()).isEqualTo(Problem.MALFORMED));
    }
    for (String good : new String[] {"local.2018-05-03", "local.a-b.c1.2018-05-03", "x.2018-05-03"}) {
      assertThatThrownBy(() -> Election.builder(good, POLLING_DAY, "Local elections").build())
          .as(good)
          .hasMessage("election " + good + " has no parties");
    }
  }

  /** Every factory taking a name, as a function of the name. */
  static Stream<Arguments> nameFactories() {
    return Stream.of(
        Arguments.of("party name", (Function<String, Object>) name -> Party.of("PP53", name, "Lab")),
        Arguments.of(
            "party short name", (Function<String, Object>) name -> Party.of("PP53", "Labour", name)),
        Arguments.of(
            "council name",
            (Function<String, Object>)
                name -> Council.of("E1", name, CouncilType.LONDON_BOROUGH, "London", 60)),
        Arguments.of(
            "region",
            (Function<String, Object>)
                name -> Council.of("E1", "Wandsworth", CouncilType.LONDON_BOROUGH, name, 60)),
        Arguments.of(
            "ward name", (Function<String, Object>) name -> Ward.of("W1", name, 1, comp(CON, 1))),
        Arguments.of("candidate name", (Function<String, Object>) name -> Candidate.of(name, CON, 1)),
        Arguments.of(
            "alias", (Function<String, Object>) name -> PartyAliases.builder().alias(name, LAB)),
        Arguments.of(
            "election name",
            (Function<String, Object>) name -> Election.builder("local.2018-05-03", POLLING_DAY, name)
                .parties(CON, LAB)
                .contest(ExampleData.allOut(WANDSWORTH, comp(CON, 41, LAB, 19)))
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nameFactories")
  void namesRejectControlCharactersAndUnpairedSurrogates(
      String what, Function<String, Object> make) {
    String[][] bad = {
      {"Wand\u0000sworth", "the control character U+0000 at index 4"},
      {"Wand\nsworth", "the control character U+000A at index 4"},
      {"Wand\tsworth", "the control character U+0009 at index 4"},
      {"Wand\u0085sworth", "the control character U+0085 at index 4"},
      {"Wand\uD800sworth", "an unpaired surrogate U+D800 at index 4"},
      {"Wandsworth\uDC00", "an unpaired surrogate U+DC00 at index 10"},
      {"Wand\uDC00\uD800sworth", "an unpaired surrogate U+DC00 at index 4"},
    };
    for (String[] text : bad) {
      assertThatThrownBy(() -> make.apply(text[0]))
          .as("%s %s", what, text[1])
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessageEndingWith(text[1])
          .satisfies(
              e ->
                  assertThat(((InvalidValueException) e).problem())
                      .isEqualTo(Problem.FORBIDDEN_CHARACTER));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nameFactories")
  void namesAcceptFormatCharactersAndPairedSurrogates(String what, Function<String, Object> make) {
    for (String good : new String[] {"Ynys M\u00F4n", "Wand\u200Bsworth", "Wand\u200Dsworth", "Party \uD83C\uDF39"}) {
      assertThat(make.apply(good)).as("%s %s", what, good).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nameFactories")
  void namesHaveAMaximumLength(String what, Function<String, Object> make) {
    assertThat(make.apply("n".repeat(Checks.MAX_NAME_LENGTH))).isNotNull();
    assertThatThrownBy(() -> make.apply("n".repeat(Checks.MAX_NAME_LENGTH + 1)))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is 1001 characters long, more than the 1000 allowed");
    assertThatThrownBy(() -> make.apply(" \t"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith(" is blank");
  }
}
