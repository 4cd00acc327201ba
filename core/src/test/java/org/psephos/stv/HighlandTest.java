package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Highland 2017, Ward 7 Tain and Easter Ross: the published ballot profile counted, against the
 * council's "votes per stage" sheet (stages 1-3 in whole votes) and the rounded figures published
 * for stages 4-6.
 */
class HighlandTest {
  private static final int FERGUSON = 0;
  private static final int LOUDEN = 1;
  private static final int RHIND = 2;
  private static final int ROBERTSON = 3;
  private static final int SKINNER = 4;
  private static final int STONE = 5;

  private static CountSheet count() throws IOException {
    return StvRules.SCOTLAND.count(
        BallotProfile.parseBlt(GlasgowTest.resource("scot-elex/highland_2017_ward7.blt")));
  }

  private static long rounded(CountSheet sheet, int stage, int candidate) {
    return sheet.votes(sheet.stages().get(stage - 1).totals().get(candidate))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  @Test
  void matchesTheOfficialSheet() throws IOException {
    CountSheet sheet = count();
    assertThat(sheet.profile().validPapers()).isEqualTo(3484);
    assertThat(sheet.quota()).isEqualTo(872_00000L);
    assertThat(sheet.firstPreferences()).containsExactly(558L, 831L, 569L, 708L, 139L, 679L);

    Stage second = sheet.stages().get(1);
    assertThat(second.excluded()).containsExactly(SKINNER);
    assertThat(second.changes())
        .containsExactly(25_00000L, 16_00000L, 18_00000L, 43_00000L, -139_00000L, 17_00000L);
    assertThat(second.nonTransferableChange()).isEqualTo(20_00000L);

    Stage third = sheet.stages().get(2);
    assertThat(third.excluded()).containsExactly(FERGUSON);
    assertThat(third.totals().get(LOUDEN)).isEqualTo(870_00000L);
    assertThat(third.totals().get(RHIND)).isEqualTo(722_00000L);
    assertThat(third.totals().get(ROBERTSON)).isEqualTo(903_00000L);
    assertThat(third.totals().get(STONE)).isEqualTo(851_00000L);
    assertThat(third.nonTransferable()).isEqualTo(138_00000L);
    assertThat(third.elected()).containsExactly(ROBERTSON);

    assertThat(sheet.stages().get(3).from()).containsExactly(ROBERTSON);
    assertThat(rounded(sheet, 4, LOUDEN)).isEqualTo(874);
    assertThat(rounded(sheet, 4, STONE)).isEqualTo(860);
    assertThat(rounded(sheet, 4, RHIND)).isEqualTo(736);
    assertThat(sheet.stages().get(3).elected()).containsExactly(LOUDEN);
    assertThat(rounded(sheet, 5, STONE)).isEqualTo(861);
    assertThat(sheet.stages().get(5).excluded()).containsExactly(RHIND);
    assertThat(rounded(sheet, 6, STONE)).isEqualTo(1342);
    assertThat(sheet.elected()).containsExactly(ROBERTSON, LOUDEN, STONE);
    assertThat(sheet.votes(sheet.stages().get(3).transferValue()))
        .isEqualTo(new BigDecimal("0.03433"));
  }

  @Test
  void rendersVotesPerStage() throws IOException {
    String text = count().toText();
    assertThat(text)
        .startsWith(String.join("\n",
            "Ward 7 - Tain and Easter Ross: 3 seats, Scottish rules",
            "Valid papers 3484, rejected 0, quota 872.00000",
            "",
            "Stage 1: first preferences",
            "Candidate                       Change            Total",
            "Ron FERGUSON (C)            +558.00000        558.00000"))
        .contains(String.join("\n",
            "Stage 4: surplus of Fiona ROBERTSON (Ind) (31.00000), papers at 0.03433",
            "Candidate                       Change            Total",
            "Ron FERGUSON (C)                                0.00000",
            "Derek LOUDEN (SNP)            +3.77630        873.77630"))
        .contains(String.join("\n",
            "Non-transferable              +4.35991        142.35991",
            "Loss                          +0.00001          0.00001",
            "Total                                        3484.00000",
            "Elected: Derek LOUDEN (SNP)"))
        .endsWith("\nElected: Fiona ROBERTSON (Ind), Derek LOUDEN (SNP), Jamie STONE (LD)\n");
    List<String> folded = count().toText(true).lines().toList();
    assertThat(folded).doesNotContain("Loss").contains(
        "Non-transferable              +4.35992        142.35992");
  }
}
