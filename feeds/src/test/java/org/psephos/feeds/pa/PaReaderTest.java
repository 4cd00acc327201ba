package org.psephos.feeds.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psephos.feeds.pa.Fixtures.bytes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaReaderTest {

  @Test
  void readsTheTestFeedsNominationsWithCrlfAndEscapedNames() {
    PaNominations message =
        (PaNominations)
            PaReader.read(Fixtures.testFeed().resolve("Local_Test_nominations_Basingstoke___Deane.xml"));
    assertThat(message.file()).isEqualTo("Local_Test_nominations_Basingstoke___Deane.xml");
    assertThat(message.date()).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(message.electionPaId()).isEqualTo("252");
    PaCouncilNominations council = message.councils().get(0);
    assertThat(council.name()).isEqualTo("Basingstoke & Deane");
    assertThat(council.paId()).isEqualTo("4766");
    assertThat(council.type()).isEqualTo("Non-Met");
    assertThat(council.proportion()).isEqualTo("third");
    assertThat(council.boundaryChange()).isFalse();
    assertThat(council.parties()).hasSize(6);
    PaPartyNominations ind = council.parties().get(2);
    assertThat(ind)
        .isEqualTo(
            new PaPartyNominations(
                "661",
                "Independent/Other",
                "Ind",
                17,
                6,
                "/LocalElectionNominations/Election/Council[1]/Party[3]"));
    assertThat(ind.continuing()).isEqualTo(11);
  }

  @Test
  void readsAResultWithRevisionElectedChangesAndNewCouncil() {
    PaResult result = Fixtures.result("Local_Test_result_Newcastle_under_Lyme_2.xml");
    assertThat(result.revision()).isEqualTo(2);
    PaCouncilResult council = result.councils().get(0);
    assertThat(council.name()).isEqualTo("Newcastle-under-Lyme");
    assertThat(council.winningParty()).contains("C");
    assertThat(council.gainOrHold()).contains("no change");
    assertThat(council.sittingParty()).contains("C");
    assertThat(council.elected()).isEmpty();
    assertThat(council.changes().orElseThrow())
        .extracting(PaPartyFigure::name, PaPartyFigure::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Reform", 7),
            org.assertj.core.groups.Tuple.tuple("Lab", -5),
            org.assertj.core.groups.Tuple.tuple("C", -2));
    assertThat(council.newCouncil()).extracting(PaPartyFigure::value).containsExactly(24, 12, 8);
    assertThat(council.newCouncil().get(2).path())
        .isEqualTo("/LocalElectionResult/Election/Council[1]/NewCouncil/Party[3]");
  }

  @Test
  void readsAStateOfParties() {
    PaStateOfParties sop =
        (PaStateOfParties) PaReader.read(Fixtures.testFeed().resolve("Local_Test_SOP_34.xml"));
    assertThat(sop.region()).isEqualTo("All");
    assertThat(sop.numberOfResults()).isEqualTo(34);
    assertThat(sop.totalNumberOfCouncils()).isEqualTo(136);
    assertThat(sop.electionPaId()).isEqualTo("252");
    assertThat(sop.councils()).hasSize(34);
    assertThat(sop.parties().get(2))
        .isEqualTo(new PaPartyState(Optional.of("667"), "Liberal Democrat", "LD", 5, 1, 223, 39));
    PaPartyState noc = sop.parties().get(7);
    assertThat(noc.isNoOverallControl()).isTrue();
    assertThat(noc.totalCouncils()).isEqualTo(11);
    assertThat(noc.changeInControl()).isEqualTo(3);
  }

  @Test
  void aResultWithoutRevisionIsRevisionOne() {
    String xml =
        "<LocalElectionResult><Election date='2026-05-07' paId='252'>"
            + "<Council name='X' paId='1' type='London' proportion='all'>"
            + "<NewCouncil><Party name='Lab' paId='662' seats='3'/></NewCouncil>"
            + "</Council></Election></LocalElectionResult>";
    PaResult result = (PaResult) PaReader.read("x.xml", bytes(xml));
    assertThat(result.revision()).isEqualTo(1);
    assertThat(result.councils().get(0).winningParty()).isEmpty();
    assertThat(result.councils().get(0).changes()).isEmpty();
    assertThat(result.councils().get(0).figures()).isEqualTo("1|||" + "|elected=-|changes=-|new=662:3,");
  }

  @Test
  void aDoctypeWithAnExternalEntityIsRefused(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "leaked");
    String xml =
        "<?xml version='1.0'?>\n<!DOCTYPE LocalElectionResult [<!ENTITY x SYSTEM '"
            + secret.toUri() + "'>]>\n<LocalElectionResult revision='1'>&x;</LocalElectionResult>";
    assertThatThrownBy(() -> PaReader.read("evil.xml", bytes(xml)))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.NOT_PA_XML);
              assertThat(e.file()).isEqualTo("evil.xml");
              assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("leaked");
            });
  }

  @Test
  void anInternalEntityDeclarationIsRefusedToo() {
    String xml =
        "<!DOCTYPE a [<!ENTITY b 'bbbbbbbbbb'><!ENTITY c '&b;&b;&b;&b;&b;'>]><a>&c;</a>";
    assertThatThrownBy(() -> PaReader.read("bomb.xml", bytes(xml)))
        .isInstanceOfSatisfying(
            PaFeedException.class, e -> assertThat(e.kind()).isEqualTo(PaFeedException.Kind.NOT_PA_XML));
  }

  @Test
  void aTruncatedFileNamesTheFileAndTheElementItBrokeIn() {
    String whole = Fixtures.text("Local_Test_result_Bexley_1.xml");
    String truncated = whole.substring(0, whole.indexOf("<Party name='Lab' paId='662' seats='16'"));
    assertThatThrownBy(() -> PaReader.read("Local_Test_result_Bexley_1.xml", bytes(truncated)))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.MALFORMED);
              assertThat(e.elementPath())
                  .isEqualTo("/LocalElectionResult/Election/Council[1]/NewCouncil");
              assertThat(e.getMessage())
                  .startsWith("Local_Test_result_Bexley_1.xml at /LocalElectionResult/")
                  .contains("truncated");
            });
  }

  @Test
  void textThatIsNotXmlAndXmlThatIsNotPaAreRejected() {
    assertThatThrownBy(() -> PaReader.read("notes.txt", bytes("council,seats\nBolton,60\n")))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.MALFORMED);
              assertThat(e.elementPath()).isEqualTo("/");
            });
    assertThatThrownBy(() -> PaReader.read("rss.xml", bytes("<rss><channel/></rss>")))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.NOT_PA_XML);
              assertThat(e.getMessage()).contains("root element rss");
            });
    assertThatThrownBy(() -> PaReader.read("empty.xml", new byte[0]))
        .isInstanceOf(PaFeedException.class);
  }

  @Test
  void valuesOutsidePasSchemaAreRejectedWithTheElementAndTheValue() {
    String badType =
        Fixtures.nominations(
            "Bolton", "4735", "Borough", "third", Fixtures.nominated("Labour", "Lab", "662", 25, 7));
    assertThatThrownBy(() -> PaReader.read("n.xml", bytes(badType)))
        .hasMessageContaining("n.xml at /LocalElectionNominations/Election/Council[1]")
        .hasMessageContaining("type is \"Borough\"");
    String offeredAboveHeld =
        Fixtures.nominations(
            "Bolton", "4735", "Metro", "third", Fixtures.nominated("Labour", "Lab", "662", 5, 7));
    assertThatThrownBy(() -> PaReader.read("n.xml", bytes(offeredAboveHeld)))
        .isInstanceOfSatisfying(
            PaFeedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PaFeedException.Kind.INVALID_VALUE);
              assertThat(e.getMessage()).contains("seatsOffered (7) exceed seatsHeld (5)");
              assertThat(e.councilId()).contains("pa:4735");
            });
    String notANumber =
        Fixtures.nominations(
            "Bolton", "4735", "Metro", "third",
            "<Party name='Labour' abbreviation='Lab' paId='662' seatsHeld='x' seatsOffered='1'/>");
    assertThatThrownBy(() -> PaReader.read("n.xml", bytes(notANumber)))
        .hasMessageContaining("seatsHeld is \"x\", not a whole number");
    String badDate = Fixtures.nominations("B", "1", "Metro", "all").replace("2026-05-07", "7 May");
    assertThatThrownBy(() -> PaReader.read("n.xml", bytes(badDate)))
        .hasMessageContaining("date is \"7 May\"");
  }

  @Test
  void resultFiguresAreCheckedAgainstTheSchema() {
    String zeroSeats =
        "<LocalElectionResult revision='1'><Election date='2026-05-07' paId='252'>"
            + "<Council name='X' paId='1' type='London' proportion='all' gainOrHold='won big'>"
            + "<NewCouncil><Party name='Lab' paId='662' seats='3'/></NewCouncil>"
            + "</Council></Election></LocalElectionResult>";
    assertThatThrownBy(() -> PaReader.read("r.xml", bytes(zeroSeats)))
        .hasMessageContaining("gainOrHold is \"won big\"");
    String noNewCouncil =
        "<LocalElectionResult revision='1'><Election date='2026-05-07' paId='252'>"
            + "<Council name='X' paId='1' type='London' proportion='all'/>"
            + "</Election></LocalElectionResult>";
    assertThatThrownBy(() -> PaReader.read("r.xml", bytes(noNewCouncil)))
        .hasMessageContaining("element NewCouncil is missing");
    String noCouncil =
        "<LocalElectionResult revision='1'><Election date='2026-05-07' paId='252'/>"
            + "</LocalElectionResult>";
    assertThatThrownBy(() -> PaReader.read("r.xml", bytes(noCouncil)))
        .hasMessageContaining("no Council element");
    String revisionZero = noCouncil.replace("revision='1'", "revision='0'");
    assertThatThrownBy(() -> PaReader.read("r.xml", bytes(revisionZero)))
        .hasMessageContaining("revision is 0, outside 1 to");
  }

  @Test
  void everyFileOfTheKeptTestFeedReads() {
    List<Path> files = Fixtures.files("Local_Test_");
    assertThat(files).hasSize(70);
    for (Path file : files) {
      assertThat(PaReader.read(file).file()).isEqualTo(file.getFileName().toString());
    }
    assertThat(new String(bytes("é"), StandardCharsets.UTF_8)).isEqualTo("é");
  }
}
