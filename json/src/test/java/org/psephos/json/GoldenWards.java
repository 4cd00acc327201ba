package org.psephos.json;

import static org.psephos.json.Golden.CON;
import static org.psephos.json.Golden.GREEN;
import static org.psephos.json.Golden.IND;
import static org.psephos.json.Golden.LAB;
import static org.psephos.json.Golden.LD;
import static org.psephos.json.Golden.at;
import static org.psephos.json.Golden.map;
import static org.psephos.json.Golden.seats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.VoteConvention;
import org.psephos.Ward;
import org.psephos.tally.Tally;
import org.psephos.ward.WardResult;

/**
 * The ward-level golden example of docs/format.md, built by hand with core's builders: three
 * invented councils, Easton declared as a whole, Northam ward by ward (a split three-member ward,
 * a gain, an uncontested ward, a tie decided by lot) and Southam in progress with Labour's control
 * decided after two of its three wards.
 */
final class GoldenWards {
  static final String ELECTION_ID = "local.2022-05-05";

  static final Council EASTON =
      Council.of("E07999903", "Easton", CouncilType.SHIRE_DISTRICT, "East Midlands", 30);
  static final Council NORTHAM =
      Council.of("E07999901", "Northam", CouncilType.SHIRE_DISTRICT, "East Midlands", 7);
  static final Council SOUTHAM =
      Council.of("E07999902", "Southam", CouncilType.SHIRE_DISTRICT, "East Midlands", 5);

  static final Ward ABBEY =
      Ward.of("E05999901", "Abbey", 3, seats(CON, 2, LAB, 1))
          .withPreviousVotes(VoteConvention.ALL_VOTES, map(CON, 4200, LAB, 3300, LD, 600))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, map(CON, 1500, LAB, 1200, LD, 600));
  static final Ward BRIDGE =
      Ward.of("E05999902", "Bridge", 2, seats(CON, 1, LAB, 1))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, map(CON, 800, LAB, 900));
  static final Ward CASTLE = Ward.of("E05999903", "Castle", 1, seats(LAB, 1));
  static final Ward DALE =
      Ward.of("E05999904", "Dale", 1, seats(CON, 1))
          .withPreviousVotes(VoteConvention.ALL_VOTES, map(CON, 700, LAB, 500, LD, 100))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, map(CON, 700, LAB, 500, LD, 100));
  static final Ward EAST =
      Ward.of("E05999911", "East", 2, seats(LAB, 2))
          .withPreviousVotes(VoteConvention.TOP_CANDIDATE, map(LAB, 1000, CON, 700));
  static final Ward WEST = Ward.of("E05999912", "West", 2, seats(LAB, 1, CON, 1));
  static final Ward MOOR = Ward.of("E05999913", "Moor", 1, seats(CON, 1));

  static final Election ELECTION =
      Election.builder(ELECTION_ID, LocalDate.of(2022, 5, 5),
              "Local elections 2022 (ward-level format example)")
          .parties(CON, LAB, LD, GREEN, IND)
          .alias("joint-party:53-119", LAB)
          .alias("Labour and Co-operative Party", LAB)
          .contest(Contest.builder(EASTON).previous(seats(CON, 16, LD, 14)).defended(seats(CON, 16, LD, 14)).build())
          .contest(
              Contest.builder(NORTHAM).previous(seats(CON, 4, LAB, 3)).defended(seats(CON, 4, LAB, 3)).build()
                  .withWards(ABBEY, BRIDGE, CASTLE, DALE))
          .contest(
              Contest.builder(SOUTHAM).previous(seats(LAB, 3, CON, 2)).defended(seats(LAB, 3, CON, 2)).build()
                  .withWards(EAST, WEST, MOOR))
          .build();

  static final ElectionDefinition DEFINITION =
      new ElectionDefinition(
          ELECTION,
          Map.of("PP52", "#0087DC", "PP53", "#E4003B", "PP90", "#FAA61A"),
          new Metadata(
              "Psephos format example: invented councils, wards, candidates and votes",
              "CC0-1.0"));

  static final WardResult ABBEY_RESULT =
      WardResult.builder(NORTHAM, "E05999901", 3)
          .candidate("Alice Archer", CON, 1450)
          .candidate("Bob Baker", CON, 1390)
          .candidate("Carol Cole", CON, 1310)
          .candidate("Dev Dhillon", LAB, 1420)
          .candidate("Ella Evans", LAB, 1280)
          .candidate("Finn Ford", LAB, 1205)
          .candidate("Gita Gill", LD, 410)
          .electorate(9800)
          .ballotsCast(3620)
          .ballotsRejected(14)
          .build();
  static final WardResult BRIDGE_RESULT =
      WardResult.builder(NORTHAM, "E05999902", 2)
          .candidate("Harry Hill", CON, 780)
          .candidate("Iris Ingram", CON, 744)
          .candidate("Jon Jones", LAB, 902)
          .candidate("Kim King", LAB, 861)
          .electorate(5200)
          .ballotsCast(1730)
          .ballotsRejected(6)
          .build();
  static final WardResult EAST_RESULT =
      WardResult.builder(SOUTHAM, "E05999911", 2)
          .candidate("Pat Price", LAB, 1104)
          .candidate("Quinn Reid", LAB, 1050)
          .candidate("Rosa Shah", CON, 640)
          .candidate("Sam Tate", CON, 598)
          .candidate("Tom Usher", IND, 300)
          .electorate(6100)
          .ballotsCast(2050)
          .ballotsRejected(9)
          .build();
  static final Declaration EASTON_DECLARATION = Declaration.of(EASTON, map(LD, 17, CON, 13));
  static final WardResult CASTLE_RESULT =
      WardResult.builder(NORTHAM, "E05999903", 1).unopposed("Lena Lowe", LAB).build();
  static final WardResult WEST_RESULT =
      WardResult.builder(SOUTHAM, "E05999912", 2)
          .candidate("Uma Vale", LAB, 820)
          .candidate("Vic Wade", LD, 790)
          .candidate("Wyn Xu", CON, 700)
          .candidate("Yara Young", CON, 655)
          .build();
  static final WardResult DALE_RESULT =
      WardResult.builder(NORTHAM, "E05999904", 1)
          .candidate("Mark Moss", CON, 612)
          .candidate("Nia Nash", LAB, 612)
          .candidate("Owen Orr", LD, 150)
          .electorate(2900)
          .ballotsCast(1380)
          .ballotsRejected(6)
          .drawnWinner("Nia Nash")
          .build();

  /** The ward results in the order of the feed, sequence 4 being Easton's whole declaration. */
  static final List<PublishedWardResult> WARD_RESULTS =
      List.of(
          new PublishedWardResult(ELECTION_ID, 1, at("2022-05-06T01:10:00+01:00"), ABBEY_RESULT),
          new PublishedWardResult(ELECTION_ID, 2, at("2022-05-06T01:25:00+01:00"), BRIDGE_RESULT),
          new PublishedWardResult(ELECTION_ID, 3, at("2022-05-06T01:40:00+01:00"), EAST_RESULT),
          new PublishedWardResult(ELECTION_ID, 5, at("2022-05-06T01:55:00+01:00"), CASTLE_RESULT),
          PublishedWardResult.of(ELECTION_ID, 6, WEST_RESULT),
          new PublishedWardResult(ELECTION_ID, 7, at("2022-05-06T02:30:00+01:00"), DALE_RESULT));

  /** The whole feed: the ward results with Easton's declaration as sequence 4. */
  static final List<PublishedResult> FEED =
      List.of(
          WARD_RESULTS.get(0),
          WARD_RESULTS.get(1),
          WARD_RESULTS.get(2),
          new PublishedDeclaration(
              ELECTION_ID, 4, at("2022-05-06T01:50:00+01:00"), EASTON_DECLARATION),
          WARD_RESULTS.get(3),
          WARD_RESULTS.get(4),
          WARD_RESULTS.get(5));

  private GoldenWards() {}

  /** The tally after the whole feed. */
  static Tally tally() {
    Tally tally = Tally.of(ELECTION);
    for (PublishedResult result : FEED) {
      tally = result.applyTo(tally);
    }
    return tally;
  }
}
