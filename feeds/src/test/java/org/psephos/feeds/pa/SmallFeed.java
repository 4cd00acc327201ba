package org.psephos.feeds.pa;

import java.util.List;

/**
 * A small election written for the tests in PA's schema: Thirdsby (Metro, a third up: Lab 10 held
 * 4 offered, C 8 and 3, Ind 2 and 1; 20 seats, 8 up) and Allton (London, all up: Lab 5, LD 4).
 */
final class SmallFeed {
  static final String THIRDSBY = "9001";
  static final String ALLTON = "9002";

  private SmallFeed() {}

  static String thirdsbyNominations() {
    return Fixtures.nominations(
        "Thirdsby", THIRDSBY, "Metro", "third",
        Fixtures.nominated("Labour", "Lab", "662", 10, 4),
        Fixtures.nominated("Conservative", "C", "659", 8, 3),
        Fixtures.nominated("Independent/Other", "Ind", "661", 2, 1));
  }

  static String alltonNominations() {
    return Fixtures.nominations(
        "Allton", ALLTON, "London", "all",
        Fixtures.nominated("Labour", "Lab", "662", 5, 5),
        Fixtures.nominated("Liberal Democrat", "LD", "667", 4, 4));
  }

  static PaElection election() {
    return PaElection.of(
        List.of(
            (PaNominations) PaReader.read("n_Thirdsby.xml", Fixtures.bytes(thirdsbyNominations())),
            (PaNominations) PaReader.read("n_Allton.xml", Fixtures.bytes(alltonNominations()))));
  }

  /** "C:3" is PA id 659 with 3 seats; parties by abbreviation: Lab 662, C 659, Ind 661, LD 667. */
  static String id(String abbreviation) {
    return switch (abbreviation) {
      case "Lab" -> "662";
      case "C" -> "659";
      case "Ind" -> "661";
      case "LD" -> "667";
      default -> "999";
    };
  }

  static String block(String tag, String attribute, String... figures) {
    StringBuilder xml = new StringBuilder("<" + tag + ">");
    for (String figure : figures) {
      String[] parts = figure.split(":", 2);
      xml.append("<Party name='").append(parts[0]).append("' paId='").append(id(parts[0]))
          .append("' ").append(attribute).append("='").append(parts[1]).append("'/>");
    }
    return xml.append("</").append(tag).append(">").toString();
  }

  /** A Thirdsby result: seats won, and the NewCouncil PA would give for them. */
  static String thirdsby(int revision, String... won) {
    int lab = 6;
    int c = 5;
    int ind = 1;
    for (String figure : won) {
      String[] parts = figure.split(":", 2);
      int seats = Integer.parseInt(parts[1]);
      switch (parts[0]) {
        case "Lab" -> lab += seats;
        case "C" -> c += seats;
        case "Ind" -> ind += seats;
        default -> { }
      }
    }
    return "<LocalElectionResult revision='" + revision + "'><Election date='2026-05-07' paId='252'>"
        + "<Council name='Thirdsby' paId='" + THIRDSBY + "' type='Metro' proportion='third'>"
        + block("ElectedCouncillors", "seats", won)
        + block("NewCouncil", "seats", "Lab:" + lab, "C:" + c, "Ind:" + ind)
        + "</Council></Election></LocalElectionResult>";
  }

  static PaResult thirdsbyResult(int revision, String... won) {
    return (PaResult)
        PaReader.read("r_Thirdsby_" + revision + ".xml", Fixtures.bytes(thirdsby(revision, won)));
  }

  /** An Allton result without ElectedCouncillors: NewCouncil is the seats won. */
  static PaResult alltonResult(int revision, int lab, int ld) {
    String xml =
        "<LocalElectionResult revision='" + revision + "'><Election date='2026-05-07' paId='252'>"
            + "<Council name='Allton' paId='" + ALLTON + "' type='London' proportion='all'>"
            + block("NewCouncil", "seats", "Lab:" + lab, "LD:" + ld)
            + "</Council></Election></LocalElectionResult>";
    return (PaResult) PaReader.read("r_Allton_" + revision + ".xml", Fixtures.bytes(xml));
  }
}
