package org.psephos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CouncilTypeTest {

  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource({
    "E06000023, UNITARY_AUTHORITY",
    "E07000178, SHIRE_DISTRICT",
    "E08000026, METROPOLITAN_BOROUGH",
    "E09000032, LONDON_BOROUGH",
    "E10000002, COUNTY",
    "W06000015, WELSH_PRINCIPAL_AREA",
    "S12000036, SCOTTISH_COUNCIL",
    "N09000003, NORTHERN_IRISH_DISTRICT"
  })
  void gssCodePrefixTellsTheType(String code, CouncilType type) {
    assertThat(CouncilType.ofGssCode(code)).contains(type);
    assertThat(code).startsWith(type.gssPrefix());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"E05000001", "E92000001", "e09000032", "PP53", "", "E0", "W05000001"})
  void codesWithoutACouncilPrefixHaveNoType(String code) {
    assertThat(CouncilType.ofGssCode(code)).isEmpty();
  }

  @Test
  void everyTypeHasItsOwnThreeCharacterPrefix() {
    assertThat(CouncilType.values())
        .extracting(CouncilType::gssPrefix)
        .containsExactly("E09", "E08", "E06", "E07", "E10", "W06", "S12", "N09");
  }

  @Test
  void onlyScottishCouncilsAndNorthernIrishDistrictsElectByTransferableVote() {
    for (CouncilType type : CouncilType.values()) {
      assertThat(type.electsByTransferableVote())
          .as(type.name())
          .isEqualTo(type == CouncilType.SCOTTISH_COUNCIL
              || type == CouncilType.NORTHERN_IRISH_DISTRICT);
    }
    assertThat(CouncilType.SCOTTISH_COUNCIL.electsByTransferableVote()).isTrue();
    assertThat(CouncilType.LONDON_BOROUGH.electsByTransferableVote()).isFalse();
  }
}
