package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Party;

/** Outcome lines name parties by their adjective: the documented rule and its override. */
class PartyNamesTest {

  @Test
  void aPluralNounForMembersAsTheLastWordLosesItsFinalS() {
    String[][] table = {
      {"Liberal Democrats", "Liberal Democrat"},
      {"Conservatives", "Conservative"},
      {"Scottish Greens", "Scottish Green"},
      {"Independents", "Independent"},
      {"Ulster Unionists", "Ulster Unionist"},
      {"Social Democrats", "Social Democrat"},
    };
    for (String[] row : table) {
      assertThat(PartyNames.adjective(row[0])).as(row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void anyOtherNameIsItsOwnAdjective() {
    for (String name :
        new String[] {
          "Labour", "Conservative", "Green", "Residents", "Ratepayers and Residents",
          "People's Alliance of Tower Hamlets", "Plaid Cymru", "UKIP", "Democrats and Veterans Party"
        }) {
      assertThat(PartyNames.adjective(name)).as(name).isEqualTo(name);
    }
  }

  @Test
  void anOverrideByPartyIdWinsOverTheRule() {
    Party libDems = Party.of("PP90", "Liberal Democrats", "LD");
    Party labour = Party.of("PP53", "Labour", "Lab");
    PartyNames names = PartyNames.adjectives(Map.of("PP90", "Lib Dem"));

    assertThat(names.apply(libDems)).isEqualTo("Lib Dem");
    assertThat(names.apply(labour)).isEqualTo("Labour");
    assertThat(PartyNames.adjectives(Map.of()).apply(libDems)).isEqualTo("Liberal Democrat");
  }
}
