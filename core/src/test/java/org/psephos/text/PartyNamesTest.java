package org.psephos.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psephos.Party;

/** Control outcomes name parties by their adjective: the documented rule and its overrides. */
class PartyNamesTest {
  static final Party LIB_DEMS = Party.of("PP90", "Liberal Democrats", "LD");
  static final Party LABOUR = Party.of("PP53", "Labour", "Lab");

  @Test
  void aPluralNounForMembersAsTheLastWordLosesItsFinalS() {
    String[][] table = {
      {"Liberal Democrats", "Liberal Democrat"},
      {"Conservatives", "Conservative"},
      {"Scottish Greens", "Scottish Green"},
      {"Independents", "Independent"},
      {"Ulster Unionists", "Ulster Unionist"},
      {"Social Democrats", "Social Democrat"},
      {"Scottish Socialists", "Scottish Socialist"},
      {"Welsh Nationalists", "Welsh Nationalist"},
      {"Liberals", "Liberal"},
      {"Young Republicans", "Young Republican"},
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
          "People's Alliance of Tower Hamlets", "Plaid Cymru", "UKIP", "Democrats and Veterans Party",
          "democrats", "Greens Party", "X"
        }) {
      assertThat(PartyNames.adjective(name)).as(name).isEqualTo(name);
    }
  }

  @Test
  void anOverrideByPartyIdWinsOverTheRule() {
    PartyNames names = PartyNames.adjectives().withOverride("PP90", "Lib Dem");

    assertThat(names.apply(LIB_DEMS)).isEqualTo("Lib Dem");
    assertThat(names.apply(LABOUR)).isEqualTo("Labour");
    assertThat(PartyNames.adjectives().apply(LIB_DEMS)).isEqualTo("Liberal Democrat");
    assertThat(names.withOverride("PP90", "LD").apply(LIB_DEMS)).isEqualTo("LD");
  }

  @Test
  void severalOverridesAtOnce() {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("PP90", "Lib Dem");
    overrides.put("PP53", "Labour Party");
    PartyNames names = PartyNames.adjectives().withOverrides(overrides);

    assertThat(names.apply(LIB_DEMS)).isEqualTo("Lib Dem");
    assertThat(names.apply(LABOUR)).isEqualTo("Labour Party");
    assertThat(names.toString()).isEqualTo("PartyNames[overrides={PP53=Labour Party, PP90=Lib Dem}]");
    assertThat(PartyNames.adjectives().withOverrides(Map.of())).isSameAs(PartyNames.adjectives());
  }

  @Test
  void aBlankOverrideIsRefusedAndTheNamingIsUnchanged() {
    PartyNames names = PartyNames.adjectives();
    assertThatThrownBy(() -> names.withOverride("PP90", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the adjective for party PP90 is blank; give the words outcomes use");
    assertThat(names.apply(LIB_DEMS)).isEqualTo("Liberal Democrat");
  }
}
