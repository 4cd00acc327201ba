package org.psephos.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.psephos.json.PsephosJson.Style;
import org.psephos.stv.BallotProfile;
import org.psephos.stv.CountSheet;
import org.psephos.stv.Lot;
import org.psephos.stv.Stage;
import org.psephos.stv.StvRules;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The count sheet document, {@code psephos.countsheet/1}: the hand-worked Scottish example's
 * figures written exactly, Northern Irish figures to two places, lots and withdrawn candidates,
 * and for random counts every figure of every stage read back as the count's units.
 */
class CountSheetJsonTest {
  private static final PsephosJson JSON = PsephosJson.standard();
  /** Reads numbers as decimals with their trailing zeros, so a figure's text can be compared. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** The worked example of the rules document: 3 seats, 116 papers, quota 30. */
  private static BallotProfile handWorked() {
    return BallotProfile.builder("Worked example", 3)
        .candidate("A", "Red").candidate("B", "Blue").candidate("C", "Green")
        .candidate("D", "Gold").candidate("E", "")
        .papers(40, "A", "B", "C")
        .papers(20, "A", "C")
        .papers(7, "A")
        .papers(9, "B", "A", "D")
        .papers(14, "C", "E")
        .papers(11, "D", "B")
        .papers(12, "E", "D")
        .papers(3, "D")
        .build();
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    for (JsonNode item : array) {
      list.add(item.asString());
    }
    return list;
  }

  @Test
  void theHandWorkedExampleIsWrittenToTheLastHundredThousandth() {
    String json = JSON.writeCountSheet(StvRules.SCOTLAND.count(handWorked()), Style.PRETTY);
    assertThat(SchemaTest.errors(DocumentKind.COUNT_SHEET, json)).isEmpty();
    JsonNode root = MAPPER.readTree(json);
    assertThat(root.get("format").asString()).isEqualTo("psephos.countsheet/1");
    assertThat(root.get("ward").asString()).isEqualTo("Worked example");
    assertThat(root.get("rules").asString()).isEqualTo("scotland");
    assertThat(root.get("decimals").asInt()).isEqualTo(5);
    assertThat(root.get("seats").asInt()).isEqualTo(3);
    assertThat(root.get("validPapers").asLong()).isEqualTo(116);
    assertThat(root.get("rejectedPapers").asLong()).isZero();
    // Numbers are written as the count's decimals, exactly: compare their text.
    assertThat(json).contains("\"quota\": 30.00000");
    assertThat(root.get("candidates").get(4).get("name").asString()).isEqualTo("E");
    assertThat(root.get("candidates").get(0).get("party").asString()).isEqualTo("Red");
    assertThat(root.get("candidates").get(0).has("withdrawn")).isFalse();

    JsonNode stages = root.get("stages");
    assertThat(stages.size()).isEqualTo(5);
    JsonNode first = stages.get(0);
    assertThat(first.get("kind").asString()).isEqualTo("first-preferences");
    assertThat(first.has("from")).isFalse();
    assertThat(first.get("totals").toString())
        .isEqualTo("[67.00000,9.00000,14.00000,14.00000,12.00000]");
    assertThat(first.get("elected").toString()).isEqualTo("[0]");

    // A's surplus of 37 at trunc5(37/67) = 0.55223.
    JsonNode second = stages.get(1);
    assertThat(second.get("kind").asString()).isEqualTo("surplus");
    assertThat(second.get("from").toString()).isEqualTo("[0]");
    assertThat(second.get("transferred").toString()).isEqualTo("37.00000");
    assertThat(second.get("transferValue").toString()).isEqualTo("0.55223");
    assertThat(second.get("totals").toString())
        .isEqualTo("[30.00000,31.08920,25.04460,14.00000,12.00000]");
    assertThat(second.get("changes").toString())
        .isEqualTo("[-37.00000,22.08920,11.04460,0.00000,0.00000]");
    assertThat(second.get("nonTransferable").toString()).isEqualTo("3.86561");
    assertThat(second.get("loss").toString()).isEqualTo("0.00059");
    assertThat(second.get("lossChange").toString()).isEqualTo("0.00059");
    assertThat(second.get("elected").toString()).isEqualTo("[1]");

    // B's surplus of 1.08920: papers of two values, so no single transfer value.
    JsonNode third = stages.get(2);
    assertThat(third.get("transferred").toString()).isEqualTo("1.08920");
    assertThat(third.has("transferValue")).isFalse();
    assertThat(third.get("totals").toString())
        .isEqualTo("[30.00000,30.00000,25.81820,14.31527,12.00000]");
    assertThat(third.get("loss").toString()).isEqualTo("0.00092");

    assertThat(stages.get(3).get("kind").asString()).isEqualTo("exclusion");
    assertThat(stages.get(3).get("excluded").toString()).isEqualTo("[4]");
    assertThat(stages.get(3).get("totals").get(3).toString()).isEqualTo("26.31527");
    // C excluded; D elected below the quota as the last continuing candidate.
    JsonNode fifth = stages.get(4);
    assertThat(fifth.get("excluded").toString()).isEqualTo("[2]");
    assertThat(fifth.get("elected").toString()).isEqualTo("[3]");
    assertThat(fifth.get("nonTransferable").toString()).isEqualTo("29.68381");
    assertThat(root.get("elected").toString()).isEqualTo("[0,1,3]");
    assertThat(stages.get(4).has("lots")).isFalse();
  }

  @Test
  void northernIrishFiguresHaveTwoPlacesAndWithdrawnCandidatesAreMarked() {
    // 2 seats, 30 papers, quota 11; C withdrew. A's surplus of 4 over 15 transferable papers
    // goes at trunc2(4/15) = 0.26: B +10 x 0.26 = 2.60, D +5 x 0.26 = 1.30; 0.10 non-transferable.
    BallotProfile profile = BallotProfile.builder("Example", 2)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .withdraw(3)
        .papers(10, "A", "B")
        .papers(5, "A", "D")
        .papers(8, "B")
        .papers(7, "D")
        .build();
    CountSheet sheet = StvRules.NORTHERN_IRELAND.count(profile);
    String json = JSON.writeCountSheet(sheet, Style.COMPACT);
    assertThat(SchemaTest.errors(DocumentKind.COUNT_SHEET, json)).isEmpty();
    JsonNode root = MAPPER.readTree(json);
    assertThat(root.get("rules").asString()).isEqualTo("northern-ireland");
    assertThat(root.get("decimals").asInt()).isEqualTo(2);
    assertThat(root.get("quota").toString()).isEqualTo("11.00");
    assertThat(root.get("candidates").get(2).get("withdrawn").asBoolean()).isTrue();
    JsonNode second = root.get("stages").get(1);
    assertThat(second.get("transferValue").toString()).isEqualTo("0.26");
    assertThat(second.get("totals").toString()).isEqualTo("[11.00,10.60,0.00,8.30]");
    assertThat(json).endsWith("}\n").doesNotContain("\n ");
  }

  @Test
  void aLotIsWrittenWhereItWasDrawn() {
    // 1 seat, 9 papers, quota 5: A 4, B 2, C 2 (never apart), D 1. D's paper is
    // non-transferable; B and C tie at every stage for exclusion, and the lot draws C.
    BallotProfile profile = BallotProfile.builder("Tied", 1)
        .candidate("A", "").candidate("B", "").candidate("C", "").candidate("D", "")
        .papers(4, "A").papers(2, "B").papers(2, "C").papers(1, "D")
        .build();
    CountSheet sheet = StvRules.SCOTLAND.count(profile, Lot.ofDrawn(List.of("C")));
    String json = JSON.writeCountSheet(sheet, Style.PRETTY);
    assertThat(SchemaTest.errors(DocumentKind.COUNT_SHEET, json)).isEmpty();
    JsonNode root = MAPPER.readTree(json);
    List<JsonNode> withLots = new ArrayList<>();
    for (JsonNode stage : root.get("stages")) {
      if (stage.has("lots")) {
        withLots.add(stage);
      }
    }
    assertThat(withLots).hasSize(1);
    JsonNode lot = withLots.get(0).get("lots").get(0);
    assertThat(lot.get("purpose").asString()).isEqualTo("exclusion");
    assertThat(texts(lot.get("tied"))).containsExactly("B", "C");
    assertThat(lot.get("drawn").asString()).isEqualTo("C");
    assertThat(withLots.get(0).get("excluded").toString()).isEqualTo("[2]");
  }

  @Test
  void everyFigureOfARandomCountReadsBackAsItsUnits() {
    qt().withExamples(Integer.getInteger("psephos.examples", 300))
        .forAll(integers().between(2, 7), integers().between(1, 40), longs().all())
        .checkAssert((candidates, kinds, seed) -> {
          Random random = new Random(seed);
          int seats = 1 + random.nextInt(candidates - 1);
          BallotProfile.Builder builder = BallotProfile.builder("Random", seats);
          for (int c = 0; c < candidates; c++) {
            builder.candidate("C" + c, random.nextBoolean() ? "P" + random.nextInt(3) : "");
          }
          for (int k = 0; k < kinds; k++) {
            int length = 1 + random.nextInt(candidates);
            List<Integer> order = new ArrayList<>();
            for (int c = 1; c <= candidates; c++) {
              order.add(c);
            }
            java.util.Collections.shuffle(order, random);
            int[] marks = order.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
            builder.papers(1 + random.nextInt(500), marks);
          }
          StvRules rules = random.nextBoolean() ? StvRules.SCOTLAND : StvRules.NORTHERN_IRELAND;
          CountSheet sheet = rules.count(builder.build(), Lot.seeded(seed));
          String json = JSON.writeCountSheet(sheet, Style.COMPACT);
          assertThat(SchemaTest.errors(DocumentKind.COUNT_SHEET, json)).isEmpty();
          JsonNode root = MAPPER.readTree(json);
          assertThat(units(root.get("quota"), sheet)).isEqualTo(sheet.quota());
          assertThat(root.get("stages").size()).isEqualTo(sheet.stages().size());
          for (int s = 0; s < sheet.stages().size(); s++) {
            Stage stage = sheet.stages().get(s);
            JsonNode node = root.get("stages").get(s);
            assertThat(node.get("stage").asInt()).isEqualTo(stage.number());
            for (int c = 0; c < candidates; c++) {
              assertThat(units(node.get("totals").get(c), sheet)).isEqualTo(stage.totals().get(c));
              assertThat(units(node.get("changes").get(c), sheet))
                  .isEqualTo(stage.changes().get(c));
            }
            assertThat(units(node.get("nonTransferable"), sheet))
                .isEqualTo(stage.nonTransferable());
            assertThat(units(node.get("loss"), sheet)).isEqualTo(stage.loss());
            assertThat(node.get("excluded").size()).isEqualTo(stage.excluded().size());
          }
          List<Integer> elected = new ArrayList<>();
          root.get("elected").forEach(e -> elected.add(e.asInt()));
          assertThat(elected).isEqualTo(sheet.elected()).hasSize(seats);
        });
  }

  /** A written figure as the count's units, exactly (the text, not a double). */
  private static long units(JsonNode figure, CountSheet sheet) {
    BigDecimal value = new BigDecimal(figure.toString());
    assertThat(value.scale()).isEqualTo(sheet.decimals());
    return value.movePointRight(sheet.decimals()).longValueExact();
  }
}
