package org.psephos.stv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link CountSheet} as "votes per stage" text. */
final class CountSheetText {
  private CountSheetText() {}

  static String render(CountSheet sheet, boolean lossInNonTransferable) {
    StringBuilder text = new StringBuilder();
    BallotProfile profile = sheet.profile();
    text.append(profile.title().isEmpty() ? "(untitled ward)" : profile.title())
        .append(": ").append(profile.seats()).append(profile.seats() == 1 ? " seat, " : " seats, ")
        .append(sheet.rules().title()).append('\n')
        .append("Valid papers ").append(profile.validPapers())
        .append(", rejected ").append(profile.rejectedPapers())
        .append(", quota ").append(figure(sheet, sheet.quota())).append('\n');
    int width = "Non-transferable".length();
    for (StvCandidate candidate : sheet.candidates()) {
      width = Math.max(width, label(candidate).length());
    }
    for (Stage stage : sheet.stages()) {
      text.append('\n').append("Stage ").append(stage.number()).append(": ")
          .append(action(sheet, stage)).append('\n');
      text.append(row(width, "Candidate", "Change", "Total"));
      for (int c = 0; c < sheet.candidates().size(); c++) {
        if (!sheet.profile().withdrawn().contains(c)) {
          text.append(row(width, label(sheet.candidates().get(c)),
              change(sheet, stage.changes().get(c)), figure(sheet, stage.totals().get(c))));
        }
      }
      long nt = stage.nonTransferable() + (lossInNonTransferable ? stage.loss() : 0);
      long ntChange =
          stage.nonTransferableChange() + (lossInNonTransferable ? stage.lossChange() : 0);
      text.append(row(width, "Non-transferable", change(sheet, ntChange), figure(sheet, nt)));
      if (!lossInNonTransferable) {
        text.append(row(width, "Loss", change(sheet, stage.lossChange()),
            figure(sheet, stage.loss())));
      }
      text.append(row(width, "Total", "",
          figure(sheet, profile.validPapers() * scale(sheet))));
      for (LotDraw lot : stage.lots()) {
        text.append("Lot drawn among ").append(String.join(", ", lot.tied())).append(": ")
            .append(lot.drawn()).append('\n');
      }
      if (!stage.excluded().isEmpty()) {
        text.append("Excluded: ").append(names(sheet, stage.excluded())).append('\n');
      }
      if (!stage.elected().isEmpty()) {
        text.append("Elected: ").append(names(sheet, stage.elected())).append('\n');
      }
    }
    text.append('\n').append("Elected: ").append(names(sheet, sheet.elected())).append('\n');
    return text.toString();
  }

  private static String action(CountSheet sheet, Stage stage) {
    String value = stage.transferValue() < 0 ? ""
        : ", papers at " + figure(sheet, stage.transferValue());
    return switch (stage.kind()) {
      case FIRST_PREFERENCES -> "first preferences";
      case SURPLUS -> "surplus of " + names(sheet, stage.from()) + " ("
          + figure(sheet, stage.transferred()) + ")" + value;
      case EXCLUSION -> "exclusion of " + names(sheet, stage.from()) + " ("
          + figure(sheet, stage.transferred()) + " transferred)" + value;
      case FINAL_SURPLUS -> "surplus of " + names(sheet, stage.from()) + " ("
          + figure(sheet, stage.transferred()) + ")" + value
          + ", after every seat was filled (e-count report; elects no one)";
    };
  }

  private static String label(StvCandidate candidate) {
    return candidate.party().isEmpty() ? candidate.name()
        : candidate.name() + " (" + candidate.party() + ")";
  }

  private static String names(CountSheet sheet, List<Integer> positions) {
    List<String> names = new ArrayList<>();
    for (int c : positions) {
      names.add(sheet.candidates().get(c).name());
    }
    return String.join(", ", names);
  }

  private static String row(int width, String label, String change, String total) {
    return String.format(Locale.ROOT, "%-" + width + "s %16s %16s%n", label, change, total)
        .stripTrailing() + "\n";
  }

  private static long scale(CountSheet sheet) {
    long scale = 1;
    for (int i = 0; i < sheet.decimals(); i++) {
      scale *= 10;
    }
    return scale;
  }

  private static String figure(CountSheet sheet, long units) {
    return sheet.votes(units).toPlainString();
  }

  private static String change(CountSheet sheet, long units) {
    return units > 0 ? "+" + figure(sheet, units) : units == 0 ? "" : figure(sheet, units);
  }
}
