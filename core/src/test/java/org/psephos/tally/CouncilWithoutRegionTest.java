package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.CON;
import static org.psephos.ExampleData.LAB;
import static org.psephos.ExampleData.WANDSWORTH;
import static org.psephos.ExampleData.allOut;
import static org.psephos.ExampleData.comp;
import static org.psephos.ExampleData.election;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;

/**
 * A council without a region: counted in the whole election and its type, in no region. Wandsworth
 * (London) as declared in 2018; Thirdsby, the examples' invented council by thirds, given no
 * region as most sources outside London give none.
 */
class CouncilWithoutRegionTest {
  private static final Council THIRDSBY_NO_REGION =
      Council.of("E08999999", "Thirdsby", CouncilType.METROPOLITAN_BOROUGH, 51);
  private static final Election ELECTION =
      election(
          allOut(WANDSWORTH, comp(CON, 41, LAB, 19)),
          Contest.builder(THIRDSBY_NO_REGION)
              .contested(17)
              .continuing(comp(CON, 20, LAB, 14))
              .previous(comp(CON, 27, LAB, 24))
              .defended(comp(CON, 7, LAB, 10))
              .build());
  private static final Tally TALLY =
      Tally.of(ELECTION)
          .applyAll(
              List.of(
                  Declaration.builder(WANDSWORTH).won(CON, 33).won(LAB, 27).build(),
                  Declaration.builder(THIRDSBY_NO_REGION).won(CON, 5).won(LAB, 12).build()));

  @Test
  void aCouncilWithoutARegionHasNone() {
    assertThat(THIRDSBY_NO_REGION.region()).isEmpty();
    assertThat(ELECTION.regions()).containsExactly("London");
  }

  @Test
  void itCountsInTheWholeElectionAndItsTypeButInNoRegion() {
    // Conservative: Wandsworth 33 and Thirdsby 5 won; Labour 27 and 12
    assertThat(TALLY.standings().councilsDeclared()).isEqualTo(2);
    assertThat(TALLY.standings().party(CON).orElseThrow().seatsWon()).isEqualTo(38);
    assertThat(TALLY.standings().party(LAB).orElseThrow().seatsWon()).isEqualTo(39);
    Standings london = TALLY.standings(CouncilFilter.region("London"));
    assertThat(london.councilsExpected()).isEqualTo(1);
    assertThat(london.party(CON).orElseThrow().seatsWon()).isEqualTo(33);
    Standings metropolitan =
        TALLY.standings(CouncilFilter.type(CouncilType.METROPOLITAN_BOROUGH));
    assertThat(metropolitan.councilsExpected()).isEqualTo(1);
    assertThat(metropolitan.party(LAB).orElseThrow().seatsWon()).isEqualTo(12);
    for (String region : List.of("", "North West", "no region")) {
      assertThat(TALLY.standings(CouncilFilter.region(region)).councilsExpected())
          .as(region)
          .isZero();
      assertThat(CouncilFilter.region(region).test(THIRDSBY_NO_REGION)).as(region).isFalse();
    }
    assertThat(CouncilFilter.region("London").test(THIRDSBY_NO_REGION)).isFalse();
    assertThat(CouncilFilter.withoutRegion().test(THIRDSBY_NO_REGION)).isTrue();
    assertThat(CouncilFilter.withoutRegion().test(WANDSWORTH)).isFalse();
    Standings without = TALLY.standings(CouncilFilter.withoutRegion());
    assertThat(without.councilsExpected()).isEqualTo(1);
    assertThat(without.party(CON).orElseThrow().seatsWon()).isEqualTo(5);
    assertThat(london.merge(without)).isEqualTo(TALLY.standings());
    assertThat(CouncilFilter.region("London").test(WANDSWORTH)).isTrue();
  }
}
