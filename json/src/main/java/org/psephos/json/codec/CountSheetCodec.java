package org.psephos.json.codec;

import java.util.List;
import org.psephos.json.DocumentKind;
import org.psephos.stv.BallotProfile;
import org.psephos.stv.CountSheet;
import org.psephos.stv.LotDraw;
import org.psephos.stv.Stage;
import org.psephos.stv.StvCandidate;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an STV count sheet as a {@code psephos.countsheet/1} document: the ward, the rules, the
 * valid vote and the quota, every stage with each candidate's change and total, and the
 * candidates elected in order.
 *
 * <p>Vote figures are written as JSON numbers with exactly the count's decimal places (5 under
 * Scottish rules, 2 under Northern Irish rules), the exact figures of the count; candidates are
 * 0-based positions in {@code candidates}.
 */
final class CountSheetCodec {
  private CountSheetCodec() {}

  static void write(CountSheet sheet, JsonGenerator g) {
    BallotProfile profile = sheet.profile();
    g.writeStartObject();
    g.writeStringProperty("format", DocumentKind.COUNT_SHEET.format());
    g.writeStringProperty("ward", profile.title());
    g.writeStringProperty("rules", Codec.name(sheet.rules()));
    g.writeNumberProperty("decimals", sheet.decimals());
    g.writeNumberProperty("seats", profile.seats());
    g.writeName("candidates");
    g.writeStartArray();
    List<StvCandidate> candidates = sheet.candidates();
    for (int c = 0; c < candidates.size(); c++) {
      StvCandidate candidate = candidates.get(c);
      g.writeStartObject();
      g.writeStringProperty("name", candidate.name());
      g.writeStringProperty("party", candidate.party());
      if (profile.withdrawn().contains(c)) {
        g.writeBooleanProperty("withdrawn", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberProperty("validPapers", profile.validPapers());
    g.writeNumberProperty("rejectedPapers", profile.rejectedPapers());
    figure(g, sheet, "quota", sheet.quota());
    g.writeName("stages");
    g.writeStartArray();
    for (Stage stage : sheet.stages()) {
      writeStage(sheet, stage, g);
    }
    g.writeEndArray();
    positions(g, "elected", sheet.elected());
    g.writeEndObject();
  }

  private static void writeStage(CountSheet sheet, Stage stage, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("stage", stage.number());
    g.writeStringProperty("kind", Codec.name(stage.kind()));
    if (!stage.from().isEmpty()) {
      positions(g, "from", stage.from());
      figure(g, sheet, "transferred", stage.transferred());
      if (stage.transferValue() >= 0) {
        figure(g, sheet, "transferValue", stage.transferValue());
      }
    }
    figures(g, sheet, "changes", stage.changes());
    figures(g, sheet, "totals", stage.totals());
    figure(g, sheet, "nonTransferable", stage.nonTransferable());
    figure(g, sheet, "nonTransferableChange", stage.nonTransferableChange());
    figure(g, sheet, "loss", stage.loss());
    figure(g, sheet, "lossChange", stage.lossChange());
    positions(g, "elected", stage.elected());
    positions(g, "excluded", stage.excluded());
    if (!stage.lots().isEmpty()) {
      g.writeName("lots");
      g.writeStartArray();
      for (LotDraw lot : stage.lots()) {
        g.writeStartObject();
        g.writeStringProperty("purpose", Codec.name(lot.purpose()));
        g.writeName("tied");
        g.writeArray(lot.tied().toArray(String[]::new), 0, lot.tied().size());
        g.writeStringProperty("drawn", lot.drawn());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void positions(JsonGenerator g, String name, List<Integer> positions) {
    g.writeName(name);
    g.writeArray(positions.stream().mapToInt(Integer::intValue).toArray(), 0, positions.size());
  }

  private static void figures(JsonGenerator g, CountSheet sheet, String name, List<Long> units) {
    g.writeName(name);
    g.writeStartArray();
    for (long u : units) {
      g.writeNumber(decimal(sheet, u));
    }
    g.writeEndArray();
  }

  private static void figure(JsonGenerator g, CountSheet sheet, String name, long units) {
    g.writeName(name);
    g.writeNumber(decimal(sheet, units));
  }

  private static String decimal(CountSheet sheet, long units) {
    return sheet.votes(units).toPlainString();
  }
}
