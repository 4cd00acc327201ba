package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.Contest;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;

class SpreadsheetElectionTest {
  private static final String ELECTION = "id,date,name\nlocal.2026-05-07,2026-05-07,Test night\n";
  private static final String PARTIES =
      "party_id,name,short_name,cohesive,aliases\n"
          + "PP53,Labour,Lab,true,Labour and Co-operative Party|joint-party:53-119\n"
          + "PP52,Conservative,Con,true,\n"
          + "ynmp-party:2,Independent,Ind,false,\n";
  private static final String COUNCILS =
      "council_id,council_name,type,region,size,seats_up,party,previous_seats,seats_defended\n"
          + "E08999999,Thirdsby,metropolitan-borough,North West,20,7,PP53,10,4\n"
          + "E08999999,Thirdsby,metropolitan-borough,North West,20,7,PP52,8,3\n"
          + "E08999999,Thirdsby,metropolitan-borough,North West,20,7,vacant,2,0\n"
          + "E09000032,Wandsworth,london-borough,London,60,60,PP52,41,41\n"
          + "E09000032,Wandsworth,london-borough,London,60,60,PP53,19,19\n";
  private static final String WARDS =
      "council_id,ward_id,ward_name,seats,party,seats_defended\n"
          + "E08999999,E05999991,North,4,PP53,3\n"
          + "E08999999,E05999991,North,4,PP52,1\n"
          + "E08999999,E05999992,South,3,PP53,1\n"
          + "E08999999,E05999992,South,3,PP52,2\n";

  private static Map<String, byte[]> files(String election, String parties, String councils) {
    Map<String, byte[]> files = new HashMap<>();
    files.put("election.csv", election.getBytes(StandardCharsets.UTF_8));
    files.put("parties.csv", parties.getBytes(StandardCharsets.UTF_8));
    files.put("councils.csv", councils.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static Election read(String election, String parties, String councils) {
    return SpreadsheetElection.read("desk", files(election, parties, councils), null);
  }

  @Test
  void aThirdsCouncilContinuesItsPreviousSeatsLessThoseDefended() {
    Election election = read(ELECTION, PARTIES, COUNCILS);
    assertThat(election.id()).isEqualTo("local.2026-05-07");
    assertThat(election.date()).isEqualTo(LocalDate.of(2026, 5, 7));
    Party lab = election.party("PP53").orElseThrow();
    Party con = election.party("PP52").orElseThrow();
    assertThat(election.resolveParty("joint-party:53-119")).contains(lab);
    assertThat(election.party("ynmp-party:2").orElseThrow().cohesive()).isFalse();
    Contest thirdsby = election.contest("E08999999").orElseThrow();
    assertThat(thirdsby.council().type()).isEqualTo(CouncilType.METROPOLITAN_BOROUGH);
    assertThat(thirdsby.contested()).isEqualTo(7);
    assertThat(thirdsby.previous().seats(lab)).isEqualTo(10);
    assertThat(thirdsby.previous().vacancies()).isEqualTo(2);
    // continuing: Lab 10 - 4 = 6, Con 8 - 3 = 5, and 2 vacancies make up 20 - 7 = 13
    assertThat(thirdsby.continuing().seats(lab)).isEqualTo(6);
    assertThat(thirdsby.continuing().seats(con)).isEqualTo(5);
    assertThat(thirdsby.continuing().vacancies()).isEqualTo(2);
    assertThat(election.contest("E09000032").orElseThrow().isAllOut()).isTrue();
  }

  @Test
  void wardsComeFromTheOptionalWardsFile(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("election.csv"), ELECTION);
    Files.writeString(folder.resolve("parties.csv"), PARTIES);
    Files.writeString(folder.resolve("councils.csv"), COUNCILS);
    assertThat(SpreadsheetElection.read(folder).contest("E08999999").orElseThrow().hasWards())
        .isFalse();
    Files.writeString(folder.resolve("wards.csv"), WARDS);
    Election election = SpreadsheetElection.read(folder);
    Contest thirdsby = election.contest("E08999999").orElseThrow();
    assertThat(thirdsby.wardIds()).containsExactly("E05999991", "E05999992");
    assertThat(thirdsby.ward("E05999991").orElseThrow().defended().seats(
        election.party("PP53").orElseThrow())).isEqualTo(3);
    Files.writeString(folder.resolve("wards.csv"), WARDS.replace("South,3,PP52,2", "South,3,PP52,1"));
    assertThatThrownBy(() -> SpreadsheetElection.read(folder))
        .isInstanceOf(TableFormatException.class)
        .hasMessageContaining("councils.csv, line 2")
        .hasMessageContaining(
            "Thirdsby (E08999999): the wards' defended seats of Conservative (PP52) add up to 2,"
                + " not the contest's 3");
  }

  @Test
  void badCellsAreNamedWithFileLineColumnAndValue() {
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace("20,7,PP52,8", "20,7,PP52,8x")))
        .hasMessage("desk/councils.csv, line 3, column 8 (\"8x\"): previous_seats must be a whole"
            + " number from 0 to 10000000");
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace("7,PP52,8", "7,PP99,8")))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.UNKNOWN_PARTY))
        .hasMessageContaining("line 3, column 7 (\"PP99\"): not a party id of parties.csv");
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace(
            "Thirdsby,metropolitan-borough,North West,20,7,vacant",
            "Thirdsby,metropolitan-borough,North West,21,7,vacant")))
        .hasMessageContaining("line 4, column 5 (\"21\"): size: differs from line 2");
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace("metropolitan-borough", "metro")))
        .hasMessageContaining("column 3 (\"metro\"): type: not a council type");
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace("vacant,2,0", "vacant,2,1")))
        .hasMessageContaining("vacant seats defend none");
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace("PP52,8,3", "PP52,2,3")))
        .hasMessageContaining("Conservative (PP52) defends 3 seats but held 2");
    assertThatThrownBy(() -> read(ELECTION.replace("2026-05-07,Test", "7 May,Test"), PARTIES,
            COUNCILS))
        .hasMessageContaining("desk/election.csv, line 2, column 2 (\"7 May\"): date");
    assertThatThrownBy(() -> read(ELECTION, PARTIES.replace("Ind,false", "Ind,no"), COUNCILS))
        .hasMessageContaining("parties.csv, line 4, column 4 (\"no\"): cohesive: must be true or");
    assertThatThrownBy(() -> read(ELECTION, PARTIES + "PP53,Labour,Lab,true,\n", COUNCILS))
        .hasMessageContaining("party id given twice");
  }

  @Test
  void wardRowsAreCheckedAsCouncilRowsAre() {
    Map<String, byte[]> files = files(ELECTION, PARTIES, COUNCILS);
    files.put("wards.csv", WARDS.replace("South,3,PP52,2", "South,3,PP99,2")
        .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SpreadsheetElection.read("desk", files, null))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TableFormatException.Kind.UNKNOWN_PARTY);
              assertThat(e.subject().wardId()).hasValue("E05999992");
            })
        .hasMessage("desk/wards.csv, line 5, column 5 (\"PP99\"): not a party id of parties.csv");
    files.put("wards.csv", (WARDS + "E08999999,E05999993,East,1,,1\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SpreadsheetElection.read("desk", files, null))
        .hasMessage("desk/wards.csv, line 6, column 6 (\"1\"): seats_defended: seats defended"
            + " without a party");
  }

  @Test
  void headersAreCheckedAndFilesRequired() {
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS.replace("seats_up", "up")))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.UNKNOWN_HEADER))
        .hasMessageContaining("desk/councils.csv, line 1, column 6 (\"up\"): not a column of"
            + " councils.csv; expected council_id,council_name,type,region,size,seats_up,party,"
            + "previous_seats,seats_defended");
    assertThatThrownBy(() -> read(ELECTION, PARTIES.replace(",aliases", ""), COUNCILS))
        .hasMessageContaining("column aliases missing");
    Map<String, byte[]> files = files(ELECTION, PARTIES, COUNCILS);
    files.remove("parties.csv");
    assertThatThrownBy(() -> SpreadsheetElection.read("desk", files, null))
        .hasMessageContaining("desk/parties.csv, line 1: missing");
    assertThatThrownBy(() -> read(ELECTION + "local.2026-05-08,2026-05-08,Again\n", PARTIES,
            COUNCILS))
        .hasMessageContaining("one row of id, date and name expected, 2 found");
    assertThatThrownBy(() -> read(ELECTION, PARTIES, COUNCILS + "E09000033,Westminster\n"))
        .isInstanceOfSatisfying(TableFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(TableFormatException.Kind.COLUMN_COUNT))
        .hasMessageContaining("line 7");
  }
}
