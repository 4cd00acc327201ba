package org.psephos.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psephos.ExampleData.BRENT;
import static org.psephos.ExampleData.POSTPONSHIRE;
import static org.psephos.ExampleData.THIRDSBY;
import static org.psephos.ExampleData.WANDSWORTH;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psephos.Council;
import org.psephos.CouncilType;

class CouncilFilterTest {

  @Test
  void allSelectsEveryCouncil() {
    CouncilFilter all = CouncilFilter.all();
    assertThat(all.isAll()).isTrue();
    assertThat(all.test(WANDSWORTH)).isTrue();
    assertThat(all.test(THIRDSBY)).isTrue();
    assertThat(all.description()).isEqualTo("All councils");
    assertThat(all.toString()).isEqualTo("CouncilFilter[All councils]");
  }

  @Test
  void regionSelectsTheCouncilsOfThatRegionExactly() {
    CouncilFilter london = CouncilFilter.region("London");
    assertThat(london.test(WANDSWORTH)).isTrue();
    assertThat(london.test(BRENT)).isTrue();
    assertThat(london.test(THIRDSBY)).isFalse();
    assertThat(CouncilFilter.region("london").test(WANDSWORTH)).isFalse();
    assertThat(london.description()).isEqualTo("London");
    assertThat(london.isAll()).isFalse();
  }

  @Test
  void typeSelectsTheCouncilsOfThatType() {
    CouncilFilter metropolitan = CouncilFilter.type(CouncilType.METROPOLITAN_BOROUGH);
    assertThat(metropolitan.test(THIRDSBY)).isTrue();
    assertThat(metropolitan.test(WANDSWORTH)).isFalse();
    assertThat(metropolitan.isAll()).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "LONDON_BOROUGH, London borough",
    "METROPOLITAN_BOROUGH, Metropolitan borough",
    "UNITARY_AUTHORITY, Unitary authority",
    "SHIRE_DISTRICT, Shire district",
    "COUNTY, County",
    "WELSH_PRINCIPAL_AREA, Welsh principal area",
    "SCOTTISH_COUNCIL, Scottish council",
    "NORTHERN_IRISH_DISTRICT, Northern irish district"
  })
  void typeIsDescribedInWords(CouncilType type, String description) {
    assertThat(CouncilFilter.type(type).description()).isEqualTo(description);
  }

  @Test
  void matchingSelectsWhatItsPredicateAccepts() {
    CouncilFilter big =
        CouncilFilter.matching("Councils of more than 50 seats", c -> c.size() > 50);
    assertThat(big.test(BRENT)).isTrue(); // 63
    assertThat(big.test(THIRDSBY)).isTrue(); // 51
    assertThat(big.test(POSTPONSHIRE)).isFalse(); // 45
    assertThat(big.description()).isEqualTo("Councils of more than 50 seats");
    assertThat(big.isAll()).isFalse();
  }

  @Test
  void andSelectsWhatBothSelect() {
    CouncilFilter londonBig =
        CouncilFilter.region("London")
            .and(CouncilFilter.matching("over 60 seats", c -> c.size() > 60));
    assertThat(londonBig.test(BRENT)).isTrue();
    assertThat(londonBig.test(WANDSWORTH)).isFalse();
    assertThat(londonBig.test(THIRDSBY)).isFalse();
    assertThat(londonBig.description()).isEqualTo("London and over 60 seats");
    assertThat(
            CouncilFilter.region("London")
                .and(CouncilFilter.type(CouncilType.LONDON_BOROUGH))
                .description())
        .isEqualTo("London and London borough");
  }

  @Test
  void filtersAreEqualByKindRegionOrType() {
    assertThat(CouncilFilter.region("London"))
        .isEqualTo(CouncilFilter.region("London"))
        .hasSameHashCodeAs(CouncilFilter.region("London"))
        .isNotEqualTo(CouncilFilter.region("North West"))
        .isNotEqualTo(CouncilFilter.all())
        .isNotEqualTo(CouncilFilter.type(CouncilType.LONDON_BOROUGH));
    assertThat(CouncilFilter.type(CouncilType.COUNTY))
        .isEqualTo(CouncilFilter.type(CouncilType.COUNTY))
        .hasSameHashCodeAs(CouncilFilter.type(CouncilType.COUNTY))
        .isNotEqualTo(CouncilFilter.type(CouncilType.SHIRE_DISTRICT));
    assertThat(CouncilFilter.all()).isEqualTo(CouncilFilter.all());
  }

  @Test
  void filtersMadeFromPredicatesAreEqualOnlyToThemselves() {
    Predicate<Council> big = c -> c.size() > 50;
    CouncilFilter one = CouncilFilter.matching("big", big);
    assertThat(one).isNotEqualTo(CouncilFilter.matching("big", big));
    CouncilFilter london = CouncilFilter.region("London");
    assertThat(london.and(london)).isNotEqualTo(london.and(london)).isNotEqualTo(london);
  }
}
