package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTest {

  @Test
  void partiesAreCohesiveByDefault() {
    Party labour = Party.of("PP53", "Labour", "Lab");
    assertThat(labour.cohesive()).isTrue();
    assertThat(labour.id()).isEqualTo("PP53");
    assertThat(labour.name()).isEqualTo("Labour");
    assertThat(labour.shortName()).isEqualTo("Lab");
    assertThat(labour).isEqualTo(new Party("PP53", "Labour", "Lab", true));
  }

  @Test
  void independentsAreNotCohesive() {
    Party independents = Party.independent("ynmp-party:2", "Independent", "Ind");
    assertThat(independents.cohesive()).isFalse();
    assertThat(independents).isEqualTo(new Party("ynmp-party:2", "Independent", "Ind", false));
  }

  @Test
  void withCohesiveChangesOnlyTheCohesion() {
    Party independents = Party.independent("ynmp-party:2", "Independent", "Ind");
    Party group = independents.withCohesive(true);
    assertThat(group.cohesive()).isTrue();
    assertThat(group.id()).isEqualTo(independents.id());
    assertThat(group.name()).isEqualTo(independents.name());
    assertThat(group.shortName()).isEqualTo(independents.shortName());
    assertThat(group).isNotEqualTo(independents);
    assertThat(group.withCohesive(false)).isEqualTo(independents);
  }

  @Test
  void partiesAreEqualByEveryComponent() {
    Party labour = Party.of("PP53", "Labour", "Lab");
    assertThat(labour).isEqualTo(Party.of("PP53", "Labour", "Lab"));
    assertThat(labour).hasSameHashCodeAs(Party.of("PP53", "Labour", "Lab"));
    assertThat(labour).isNotEqualTo(Party.of("PP53", "Labour Party", "Lab"));
    assertThat(labour).isNotEqualTo(Party.of("PP53", "Labour", "LAB"));
    assertThat(labour).isNotEqualTo(Party.of("joint-party:53-119", "Labour", "Lab"));
  }

  @Test
  void labelIsTheNameFollowedByTheIdInBrackets() {
    assertThat(Party.of("joint-party:53-119", "Labour and Co-operative", "Lab Co-op").label())
        .isEqualTo("Labour and Co-operative (joint-party:53-119)");
  }
}
