package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilTest {

  @ParameterizedTest(name = "size {0} needs {1}")
  @CsvSource({"1, 1", "2, 2", "3, 2", "45, 23", "50, 26", "51, 26", "54, 28", "60, 31", "63, 32"})
  void majorityIsMoreThanHalfOfTheSize(int size, int majority) {
    Council council = Council.of("E07000901", "Anyshire", CouncilType.SHIRE_DISTRICT, "East", size);
    assertThat(council.majority()).isEqualTo(majority);
    // more than half: twice the majority exceeds the size, twice one less does not
    assertThat(2 * majority).isGreaterThan(size);
    assertThat(2 * (majority - 1)).isLessThanOrEqualTo(size);
  }

  @Test
  void labelIsTheNameFollowedByTheIdInBrackets() {
    Council wandsworth =
        Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60);
    assertThat(wandsworth.label()).isEqualTo("Wandsworth (E09000032)");
  }

  @Test
  void councilsAreEqualByEveryComponent() {
    Council wandsworth =
        Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60);
    assertThat(wandsworth)
        .isEqualTo(new Council("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60))
        .isNotEqualTo(
            Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 58))
        .isNotEqualTo(
            Council.of("E09000032", "Wandsworth", CouncilType.UNITARY_AUTHORITY, "London", 60))
        .isNotEqualTo(
            Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "Inner London", 60));
    assertThat(wandsworth.type()).isEqualTo(CouncilType.LONDON_BOROUGH);
    assertThat(wandsworth.region()).hasValue("London");
    assertThat(wandsworth.size()).isEqualTo(60);
  }

  @Test
  void anyNonBlankIdIsAccepted() {
    Council council =
        Council.of("wandsworth", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60);
    assertThat(council.id()).isEqualTo("wandsworth");
  }

  @Test
  void theRegionIsOptional() {
    Council eastSuffolk = Council.of("E07000244", "East Suffolk", CouncilType.SHIRE_DISTRICT, 55);
    assertThat(eastSuffolk.region()).isEmpty();
    assertThat(eastSuffolk)
        .hasToString("Council[id=E07000244, name=East Suffolk, type=SHIRE_DISTRICT, size=55]");
    assertThat(eastSuffolk)
        .isEqualTo(
            new Council(
                "E07000244", "East Suffolk", CouncilType.SHIRE_DISTRICT, Optional.empty(), 55))
        .isNotEqualTo(
            Council.of("E07000244", "East Suffolk", CouncilType.SHIRE_DISTRICT, "East", 55));
  }

  @Test
  void aGivenRegionIsNotBlank() {
    assertThatThrownBy(
            () -> Council.of("E07000244", "East Suffolk", CouncilType.SHIRE_DISTRICT, " ", 55))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("region of East Suffolk (E07000244)");
  }
}
