package org.psephos.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;

/**
 * The golden example of docs/format.md built by hand with core's builders: the oracle the golden
 * files are read against and written from.
 */
final class Golden {
  static final Party CON = Party.of("PP52", "Conservative", "Con");
  static final Party LAB = Party.of("PP53", "Labour", "Lab");
  static final Party LD = Party.of("PP90", "Liberal Democrats", "LD");
  static final Party GREEN = Party.of("PP63", "Green", "Green");
  static final Party UKIP = Party.of("PP85", "UKIP", "UKIP");
  static final Party IND = Party.independent("ynmp-party:2", "Independent", "Ind");

  static final Council WANDSWORTH =
      Council.of("E09000032", "Wandsworth", CouncilType.LONDON_BOROUGH, "London", 60);
  static final Council BRENT =
      Council.of("E09000005", "Brent", CouncilType.LONDON_BOROUGH, "London", 63);
  static final Council KINGSTON =
      Council.of("E09000021", "Kingston upon Thames", CouncilType.LONDON_BOROUGH, "London", 48);
  static final Council THIRDSBY =
      Council.of("E08999999", "Thirdsby", CouncilType.METROPOLITAN_BOROUGH, "North West", 51);

  static final Election ELECTION =
      Election.builder("local.2018-05-03", LocalDate.of(2018, 5, 3),
              "Local elections 2018 (format example)")
          .parties(CON, LAB, LD, GREEN, UKIP, IND)
          .alias("joint-party:53-119", LAB)
          .alias("Labour and Co-operative Party", LAB)
          .contest(
              Contest.builder(WANDSWORTH).previous(seats(CON, 41, LAB, 19)).defended(seats(CON, 41, LAB, 19)).build())
          .contest(
              Contest.builder(BRENT).previous(seats(LAB, 56, CON, 6, LD, 1)).defended(seats(LAB, 56, CON, 6, LD, 1)).build())
          .contest(
              Contest.builder(KINGSTON).previous(seats(CON, 28, LD, 18, LAB, 2)).defended(seats(CON, 28, LD, 18, LAB, 2)).build())
          .contest(
              Contest.builder(THIRDSBY)
            .contested(17)
            .continuing(seats(CON, 20, LAB, 14))
            .previous(Composition.of(map(CON, 27, LAB, 23), 1))
            .defended(seats(CON, 7, LAB, 10))
            .build())
          .build();

  static final ElectionDefinition DEFINITION =
      new ElectionDefinition(
          ELECTION,
          Map.of("PP52", "#0087DC", "PP53", "#E4003B", "PP90", "#FAA61A"),
          new Metadata(
              "Psephos format example: London figures from the 2018 results, Thirdsby"
                  + " (E08999999) invented",
              "CC0-1.0"));

  static final List<PublishedDeclaration> DECLARATIONS =
      List.of(
          new PublishedDeclaration("local.2018-05-03", 1, at("2018-05-04T04:31:00+01:00"),
              Declaration.of(WANDSWORTH, map(CON, 33, LAB, 26, IND, 1))),
          PublishedDeclaration.of("local.2018-05-03", 2,
              Declaration.of(THIRDSBY, map(CON, 5, LAB, 12))),
          new PublishedDeclaration("local.2018-05-03", 3, at("2018-05-04T05:02:00+01:00"),
              Declaration.provisional(BRENT, map(LAB, 57, CON, 3), 3, map(LAB, 3))),
          new PublishedDeclaration("local.2018-05-03", 4, at("2018-05-04T06:15:00+01:00"),
              Declaration.of(KINGSTON, map(LD, 39, CON, 9))),
          new PublishedDeclaration("local.2018-05-03", 5, at("2018-05-25T01:10:00+01:00"),
              Declaration.of(BRENT, map(LAB, 60, CON, 3))));

  private Golden() {}

  static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }

  static Map<Party, Integer> map(Object... partyThenSeats) {
    Map<Party, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < partyThenSeats.length; i += 2) {
      map.put((Party) partyThenSeats[i], (Integer) partyThenSeats[i + 1]);
    }
    return map;
  }

  static Composition seats(Object... partyThenSeats) {
    return Composition.of(map(partyThenSeats));
  }

  /** A test resource as UTF-8 text. */
  static String resource(String name) {
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
