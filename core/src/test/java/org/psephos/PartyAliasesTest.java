package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.IND;
import static org.psephos.ExampleData.LAB;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyAliasesTest {
  private static final Party RESIDENTS = Party.of("residents", "Ratepayers and Residents", "R&R");

  private static PartyAliases aliases() {
    return PartyAliases.builder()
        .alias("Labour and Co-operative Party", LAB)
        .alias("joint-party:53-119", LAB)
        .alias("Epsom and Ewell Residents Association", RESIDENTS)
        .alias("Havering Residents Association", RESIDENTS)
        .build();
  }

  @Test
  void matchingIgnoresCaseAndRunsOfWhiteSpace() {
    PartyAliases aliases = aliases();
    assertThat(aliases.resolve("Labour and Co-operative Party")).contains(LAB);
    assertThat(aliases.resolve("  labour   AND co-operative\tparty ")).contains(LAB);
    assertThat(aliases.resolve("JOINT-PARTY:53-119")).contains(LAB);
    assertThat(aliases.resolve("havering residents association")).contains(RESIDENTS);
  }

  @Test
  void aDescriptionThatIsNoAliasResolvesToNothing() {
    PartyAliases aliases = aliases();
    assertThat(aliases.resolve("Labour")).isEmpty();
    assertThat(aliases.resolve("Labour and Co-operative")).isEmpty();
    assertThat(aliases.resolve("Labourand Co-operative Party")).isEmpty();
    assertThat(PartyAliases.empty().resolve("Labour and Co-operative Party")).isEmpty();
  }

  @Test
  void asMapKeepsTheAliasesAsGivenInOrder() {
    assertThat(aliases().asMap())
        .containsExactly(
            entry("Labour and Co-operative Party", LAB),
            entry("joint-party:53-119", LAB),
            entry("Epsom and Ewell Residents Association", RESIDENTS),
            entry("Havering Residents Association", RESIDENTS));
    assertThat(aliases().size()).isEqualTo(4);
  }

  @Test
  void ofKeepsTheMapsOrder() {
    Map<String, Party> given = new LinkedHashMap<>();
    given.put("Independent", IND);
    given.put("Conservative and Unionist Party", CON);
    PartyAliases aliases = PartyAliases.of(given);
    assertThat(aliases.asMap().keySet())
        .containsExactly("Independent", "Conservative and Unionist Party");
    given.put("Labour Party", LAB);
    assertThat(aliases.size()).isEqualTo(2);
  }

  @Test
  void emptyHasNoAliases() {
    assertThat(PartyAliases.empty().size()).isZero();
    assertThat(PartyAliases.empty().asMap()).isEmpty();
    assertThat(PartyAliases.builder().build()).isEqualTo(PartyAliases.empty());
    assertThat(PartyAliases.of(Map.of())).isEqualTo(PartyAliases.empty());
    assertThat(PartyAliases.empty().toString()).isEqualTo("PartyAliases[]");
  }

  @Test
  void aliasesAreEqualByValue() {
    assertThat(aliases()).isEqualTo(aliases()).hasSameHashCodeAs(aliases());
    assertThat(aliases())
        .isNotEqualTo(PartyAliases.builder().alias("Labour and Co-operative Party", LAB).build());
    assertThat(PartyAliases.builder().alias("Lab Co-op", LAB).build())
        .isNotEqualTo(PartyAliases.builder().alias("Lab Co-op", CON).build());
  }

  @Test
  void toStringListsEachAliasWithItsPartyId() {
    assertThat(
            PartyAliases.builder()
                .alias("Labour and Co-operative Party", LAB)
                .alias("Independent", IND)
                .build()
                .toString())
        .isEqualTo(
            "PartyAliases[Independent -> ynmp-party:2, Labour and Co-operative Party -> PP53]");
  }
}
