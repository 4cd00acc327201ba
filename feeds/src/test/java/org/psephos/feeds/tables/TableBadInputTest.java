package org.psephos.feeds.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.ward.WardResult;

class TableBadInputTest {
  private static final String ROW1 =
      "\"Adur\",\"E07000223\",\"Marine\",\"E05007568\",\"Ann Loader\",\"Ind\",\"933\",\"1\"\n";
  private static final String ROW2 =
      "\"Adur\",\"E07000223\",\"Marine\",\"E05007568\",\"Kim Davis\",\"Lab\",\"283\",\"0\"\n";
  private static final String HEADER =
      "ID,Local authority code ,ONS local authority code,Local authority name,Ward code,Ward name"
          + " ,Local authority type,Election type,Vacancies,Candidate number,Electorate,Total"
          + " votes,Turnout (%),Name,Gender,Incumbent,Votes,Elected,Party ID,Party name,Party"
          + " Group,Vote effective\n";

  private static CandidateTable leap(String text) {
    return LeapReader.read("t.csv", text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static String handbookRow(String name, String votes, String elected, String vacancies) {
    return "3801004,3801,E07000223,Adur,E05007568,Marine ,SD,By thirds," + vacancies
        + ",1,3544,1378,0.38,\"" + name + "\",F,1," + votes + "," + elected + ",401,IND,IND,1\n";
  }

  private static CandidateTable handbook(String text) {
    return HandbookReader.read("h.csv", text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static void fails(
      ThrowingCallable read,
      TableFormatException.Kind kind,
      long line,
      int column,
      String value,
      String... inMessage) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.value()).isEqualTo(value);
              assertThat(e.getMessage()).contains(inMessage);
            });
  }

  @Test
  void aLeapRowOfSevenColumnsNamesItsLineAndCount() {
    fails(
        () -> leap(ROW1 + "\"Adur\",\"E07000223\",\"Marine\",\"E05007568\",\"Kim\",\"Lab\",\"283\"\n"),
        TableFormatException.Kind.COLUMN_COUNT,
        2,
        0,
        "Adur,E07000223,Marine,E05007568,Kim,Lab,283",
        "t.csv, line 2", "8 columns", "this one 7");
  }

  @Test
  void votesThatAreNotWholeNumbersNameLineColumnAndValue() {
    fails(
        () -> leap(ROW1 + ROW2.replace("\"283\"", "\"28.5\"")),
        TableFormatException.Kind.INVALID_VALUE, 2, 7, "28.5",
        "t.csv, line 2, column 7 (\"28.5\"): votes must be a whole number");
    fails(
        () -> leap(ROW1 + ROW2.replace("\"283\"", "\"-3\"")),
        TableFormatException.Kind.INVALID_VALUE, 2, 7, "-3", "whole number");
    fails(
        () -> leap(ROW1 + ROW2.replace("\"283\"", "\"99999999\"")),
        TableFormatException.Kind.INVALID_VALUE, 2, 7, "99999999", "from 0 to 10000000");
  }

  @Test
  void anElectedFlagOtherThanOneOrZeroIsRejected() {
    fails(
        () -> leap(ROW1 + ROW2.replace("\"0\"\n", "\"no\"\n")),
        TableFormatException.Kind.INVALID_VALUE, 2, 8, "no", "elected must be 1 or 0");
  }

  @Test
  void windows1252IsDetectedAndNamedOrReadWhenTheCharsetSaysSo() {
    byte[] bytes = (ROW1 + ROW2.replace("Kim Davis", "Kim Dav\u00e9s"))
        .getBytes(TableText.WINDOWS_1252);
    fails(
        () -> LeapReader.read("old.csv", bytes, null),
        TableFormatException.Kind.ENCODING, 2, 49, "0xE9",
        "old.csv, line 2, column 49", "not UTF-8", "reads as Windows-1252", "--charset");
    CandidateTable table = LeapReader.read("old.csv", bytes, TableText.WINDOWS_1252);
    assertThat(table.wards().get(0).candidates().get(1).name()).isEqualTo("Kim Dav\u00e9s");
  }

  @Test
  void bytesThatAreNeitherUtf8NorWindows1252AreNotCalledWindows1252() {
    byte[] bytes = (ROW1 + "\"Adur\"").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0x81;
    assertThatThrownBy(() -> LeapReader.read("bad.csv", bytes, null))
        .hasMessageContaining("not UTF-8")
        .hasMessageNotContaining("Windows-1252");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedAndUtf16IsRefused() {
    byte[] text = (ROW1 + ROW2).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(LeapReader.read("bom.csv", withBom, null).wards().get(0).councilName())
        .isEqualTo("Adur");
    fails(
        () -> LeapReader.read("u16.csv", ROW1.getBytes(StandardCharsets.UTF_16), null),
        TableFormatException.Kind.ENCODING, 1, 1, "0xFEFF", "UTF-16");
  }

  @Test
  void anUnclosedQuoteIsMalformed() {
    fails(
        () -> leap(ROW1 + "\"Adur\",\"E07000223\",\"Mar\"ine\",\"E05007568\"\n"),
        TableFormatException.Kind.MALFORMED, 2, 0, "", "t.csv, line 2", "malformed CSV");
  }

  @Test
  void flagsThatDifferFromMostVotesAreReportedWithWardAndFigures() {
    fails(
        () -> leap(ROW1.replace("\"1\"\n", "\"0\"\n") + ROW2.replace("\"0\"\n", "\"1\"\n")),
        TableFormatException.Kind.FLAGS_DIFFER, 1, 0, "",
        "1 ward's elected flags differ",
        "Adur (E07000223), ward Marine (E05007568) (line 1): flagged elected Kim Davis (Lab, 283"
            + " votes), but most votes elect Ann Loader (Ind, 933 votes)");
  }

  @Test
  void aTieForTheLastSeatIsDrawnByLotForTheFlaggedAndOtherwiseAnError() {
    String tied = ROW1 + ROW2.replace("283", "933");
    assertThat(leap(tied).wards().get(0).drawnWinners()).containsExactly("Ann Loader");
    fails(
        () -> leap(tied.replace("\"1\"\n", "\"0\"\n") + ROW2.replace("Kim Davis", "Al Bee")
            .replace("\"0\"\n", "\"1\"\n")),
        TableFormatException.Kind.FLAGS_DIFFER, 1, 0, "", "(a tie at 933 votes)");
  }

  @Test
  void aWardWithMoreWinnersThanVacanciesNamesTheWinners() {
    fails(
        () -> handbook(HEADER + handbookRow("Loader, J.", "933", "1", "1")
            + handbookRow("Davis, K.", "283", "1", "1")),
        TableFormatException.Kind.TOO_MANY_WINNERS, 3, 0, "",
        "2 candidates flagged elected for 1 seat (Loader, J. (IND, 933 votes), Davis, K. (IND,"
            + " 283 votes))");
  }

  @Test
  void anUnknownHeaderIsRejectedListingWhatIsExpected() {
    fails(
        () -> handbook("Title\n" + HEADER.replace("Gender", "Sex") + handbookRow("A", "1", "1", "1")),
        TableFormatException.Kind.UNKNOWN_HEADER, 2, 15, "Sex",
        "not a known column of a Handbook candidates sheet; expected COUNCIL_CODE: ONS local"
            + " authority code",
        "IGNORED (optional): ID or");
    fails(
        () -> handbook(HEADER.replace("Votes,", "ID,")),
        TableFormatException.Kind.UNKNOWN_HEADER, 1, 0, "",
        "required columns missing: VOTES (Votes)");
  }

  @Test
  void aStrayValuePastTheHeaderIsRejectedAndAnEmptyOneIgnored() {
    String row = handbookRow("Loader, J.", "933", "1", "1");
    assertThat(handbook(HEADER + row.replace("\n", ",\n")).wards()).hasSize(1);
    fails(
        () -> handbook(HEADER + row.replace("\n", ",x\n")),
        TableFormatException.Kind.COLUMN_COUNT, 2, 23, "x", "past the header's 22 columns");
    fails(
        () -> handbook(HEADER + row.replace(",1,401,IND,IND,1\n", ",1\n")),
        TableFormatException.Kind.COLUMN_COUNT, 2, 0,
        "3801004,3801,E07000223,Adur,E05007568,Marine ,SD,By thirds,1,1,3544,1378,0.38,"
            + "Loader, J.,F,1,933,1",
        "the header has 22 columns, this row 18");
  }

  @Test
  void aSecondBallotOfAWardIsKeptAsAByElectionAndAThirdRejected() {
    String other =
        "\"Adur\",\"E07000223\",\"Hillside\",\"E05007566\",\"Jo Bell\",\"C\",\"500\",\"1\"\n";
    CandidateTable table = leap(ROW1 + ROW2 + other + ROW1 + ROW2);
    assertThat(table.wards())
        .extracting(TableWard::wardId)
        .containsExactly("E05007568", "E05007566", "E05007568.by");
    assertThat(table.notices())
        .containsExactly(
            "t.csv, line 4: Adur (E07000223), ward Marine (E05007568) has a second ballot the same"
                + " day (a by-election): kept as ward E05007568.by");
    fails(
        () -> leap(ROW1 + other + ROW1 + other + ROW1),
        TableFormatException.Kind.INVALID_VALUE, 5, 4, "E05007568", "a third ballot");
  }

  @Test
  void aMayoralPlaceholderRowIsLeftOutAndNamed() {
    CandidateTable table =
        leap(ROW1 + "\"Adur\",\"E07000223\",\"Elected Mayor\",NULL,NULL,NULL,NULL,NULL\n");
    assertThat(table.wards()).hasSize(1);
    assertThat(table.notices())
        .containsExactly(
            "t.csv, line 2: Adur (E07000223), \"Elected Mayor\" has no ward code and no candidate"
                + " (LEAP's mark for a mayoral election the same day): left out");
  }

  @Test
  void aContestedWardWithoutVotesAndAWardWithoutWinnersAreRejected() {
    fails(
        () -> leap(ROW1 + ROW2.replace("\"283\"", "\"\"")),
        TableFormatException.Kind.INVALID_VALUE, 2, 0, "",
        "candidate Kim Davis has no votes, yet the ward is contested (2 candidates for 1 seat)");
    fails(
        () -> leap(ROW1.replace("\"1\"\n", "\"0\"\n")),
        TableFormatException.Kind.INVALID_VALUE, 1, 0, "",
        "no candidate is flagged elected");
  }

  private static Election election(Party... parties) {
    Council adur = Council.of("E07000223", "Adur", CouncilType.SHIRE_DISTRICT, "South East", 29);
    Election.Builder builder =
        Election.builder("local.2019-05-02", LocalDate.of(2019, 5, 2), "Test").parties(parties);
    return builder
        .contest(
            Contest.builder(adur)
                .contested(1)
                .continuing(Composition.of(Map.of(parties[0], 28)))
                .previous(Composition.of(Map.of(parties[0], 29)))
                .defended(Composition.of(Map.of(parties[0], 1)))
                .build())
        .build();
  }

  @Test
  void partyCodesResolveThroughTheElectionAndAnUnknownCodeIsNamed() {
    Party ind = Party.independent("ind", "Independent", "Ind");
    Party lab = Party.of("lab", "Labour", "Lab");
    CandidateTable table = leap(ROW1 + ROW2);
    List<WardResult> results = table.wardResults(election(ind, lab));
    assertThat(results.get(0).seatsWon().asMap()).containsExactly(Map.entry(ind, 1));
    assertThat(results.get(0).ballotsCast()).isEmpty();
    fails(
        () -> table.wardResults(election(ind)),
        TableFormatException.Kind.UNKNOWN_PARTY, 2, 6, "Lab",
        "candidate Kim Davis stands for party code \"Lab\", which is neither a party nor an alias"
            + " of election local.2019-05-02");
    fails(
        () -> leap(ROW1.replace("E07000223", "E07000224")).wardResults(election(ind, lab)),
        TableFormatException.Kind.UNKNOWN_COUNCIL, 1, 2, "E07000224",
        "Adur (E07000224) is not a council of election local.2019-05-02");
  }

  @Test
  void anUncontestedWardHasNoVotesAndNoBallotsAndVotesInOneAreRejected() {
    Party ind = Party.independent("ind", "Independent", "Ind");
    Party lab = Party.of("lab", "Labour", "Lab");
    CandidateTable table = handbook(HEADER + handbookRow("Loader, J.", "", "1", "1"));
    WardResult result = table.wardResults(election(ind, lab)).get(0);
    assertThat(result.isUncontested()).isTrue();
    assertThat(result.ballotsCast()).isEmpty();
    assertThat(result.electorate()).isEmpty();
    fails(
        () -> handbook(HEADER + handbookRow("Loader, J.", "12", "1", "1"))
            .wardResults(election(ind, lab)),
        TableFormatException.Kind.INVALID_WARD, 2, 0, "", "uncontested", "has votes");
  }

  @Test
  void ballotFiguresOfTheFileAreKeptAndCheckedByTheCore() {
    Party ind = Party.independent("ind", "Independent", "Ind");
    CandidateTable table =
        handbook(HEADER + handbookRow("Loader, J.", "933", "1", "1")
            + handbookRow("Davis, K.", "283", "0", "1"));
    WardResult result = table.wardResults(election(ind)).get(0);
    assertThat(result.electorate()).hasValue(3544);
    assertThat(result.ballotsCast()).hasValue(1378);
    fails(
        () -> handbook(HEADER + handbookRow("Loader, J.", "1933", "1", "1")
            + handbookRow("Davis, K.", "283", "0", "1")).wardResults(election(ind)),
        TableFormatException.Kind.INVALID_WARD, 2, 0, "", "more votes than valid ballots (1378)");
  }
}
