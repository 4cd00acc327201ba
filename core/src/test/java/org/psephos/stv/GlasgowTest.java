package org.psephos.stv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Glasgow 2007, all 21 wards, counted under Scottish rules and compared with droop's reference
 * reports: every candidate's total, the non-transferable votes and the loss at every stage, to
 * 5 decimal places, and who was elected.
 */
class GlasgowTest {
  static Stream<String> wards() {
    return Stream.of(
        "Anderston-City", "Baillieston", "Calton", "Canal", "Craigton", "Drumchapel-Anniesland",
        "East-Centre", "Garscadden-Scotsounhill", "Govan", "Greater-Pollock", "Hillhead",
        "Langside", "Linn", "Maryhill-Kelvin", "Newlands-Auldburn", "North-East", "Partick-West",
        "Pollokshields", "Shettleston", "Southside-Central", "Springburn");
  }

  static String resource(String path) throws IOException {
    try (InputStream in = GlasgowTest.class.getResourceAsStream("/stv/" + path)) {
      if (in == null) {
        throw new IOException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("wards")
  void everyStageMatchesDroopToFiveDecimalPlaces(String ward) throws IOException {
    BallotProfile profile = BallotProfile.parseBlt(resource("glasgow-2007/" + ward + "-2007.blt"));
    DroopReport report = DroopReport.parse(resource("glasgow-2007/" + ward + "-2007.report.txt"));
    CountSheet sheet = StvRules.SCOTLAND.count(profile);

    assertThat(sheet.votes(sheet.quota()).toPlainString()).isEqualTo(report.quota());
    assertThat(sheet.stages()).hasSameSizeAs(report.stages());
    for (int s = 0; s < sheet.stages().size(); s++) {
      Stage stage = sheet.stages().get(s);
      DroopReport.ReportStage expected = report.stages().get(s);
      String where = ward + " stage " + stage.number();
      if (s > 0) {
        assertThat(stage.kind())
            .as(where)
            .isEqualTo(expected.action().startsWith("Surplus")
                ? StageKind.SURPLUS : StageKind.EXCLUSION);
        assertThat(sheet.candidates().get(stage.from().get(0)).name())
            .as(where)
            .isEqualTo(expected.from());
      }
      for (int c = 0; c < sheet.candidates().size(); c++) {
        String name = sheet.candidates().get(c).name();
        assertThat(sheet.votes(stage.totals().get(c)))
            .as(where + ", " + name)
            .isEqualTo(expected.totals().get(name));
      }
      assertThat(sheet.votes(stage.nonTransferable()))
          .as(where + ", non-transferable")
          .isEqualTo(expected.nonTransferable());
      assertThat(sheet.votes(stage.loss())).as(where + ", loss").isEqualTo(expected.residual());
    }
    List<String> elected = new ArrayList<>();
    sheet.electedCandidates().forEach(candidate -> elected.add(candidate.name()));
    assertThat(elected).containsExactlyInAnyOrderElementsOf(report.elected());
  }
}
