package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.Election;
import org.psephos.examples.London2018;
import org.psephos.json.PsephosJson;
import org.psephos.json.PublishedWardResult;
import org.psephos.tally.Tally;

/** psephos import --from csv, leap, handbook and dc. */
class TableImportCommandTest {
  private static final String ELECTION = "id,date,name\nlocal.2019-05-02,2019-05-02,Adur 2019\n";
  private static final String PARTIES =
      "party_id,name,short_name,cohesive,aliases\n"
          + "PP53,Labour,Lab,true,Lab\n"
          + "ynmp-party:2,Independent,Ind,false,Ind\n";
  private static final String COUNCILS =
      "council_id,council_name,type,region,size,seats_up,party,previous_seats,seats_defended\n"
          + "E07000223,Adur,shire-district,South East,29,1,PP53,29,1\n";
  private static final String WARDS =
      "council_id,ward_id,ward_name,seats,party,seats_defended\n"
          + "E07000223,E05007568,Marine,1,PP53,1\n";
  private static final String LEAP =
      "\"Adur\",\"E07000223\",\"Marine\",\"E05007568\",\"Ann Loader\",\"Ind\",\"933\",\"1\"\n"
          + "\"Adur\",\"E07000223\",\"Marine\",\"E05007568\",\"Kim Davis\",\"Lab\",\"283\",\"0\"\n";

  private static Path desk(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("desk"));
    Files.writeString(folder.resolve("election.csv"), ELECTION);
    Files.writeString(folder.resolve("parties.csv"), PARTIES);
    Files.writeString(folder.resolve("councils.csv"), COUNCILS);
    Files.writeString(folder.resolve("wards.csv"), WARDS);
    return folder;
  }

  @Test
  void importFromCsvWritesTheElectionAsJson(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("london"));
    for (String name : List.of("election.csv", "parties.csv", "councils.csv")) {
      try (var in = London2018.class.getResourceAsStream("london-2018/csv/" + name)) {
        Files.write(folder.resolve(name), in.readAllBytes());
      }
    }
    Cli.Result run = Cli.run("import", "--from", "csv", folder.toString(), "-o", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote 32 councils to");
    Election read = PsephosJson.standard().readElection(dir.resolve("election.json")).election();
    assertThat(read).isEqualTo(London2018.election().election());
  }

  @Test
  void importFromLeapWritesWardResultsThatReadBackToTheSameTally(@TempDir Path dir)
      throws IOException {
    Path folder = desk(dir);
    Path leap = Files.writeString(dir.resolve("leap.csv"), LEAP);
    Cli.Result run = Cli.run("import", "--from", "leap", leap.toString(), "--election",
        folder.toString(), "-o", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote 1 ward results to");
    Election election =
        org.psephos.feeds.tables.SpreadsheetElection.read(folder);
    List<PublishedWardResult> back =
        PsephosJson.standard().readWardResults(election, Files.readString(
            dir.resolve("wardresults.json")));
    Tally fromJson = Tally.of(election).applyWardResults(
        back.stream().map(PublishedWardResult::result).toList());
    Tally direct = Tally.of(election).applyWardResults(
        org.psephos.feeds.tables.LeapReader.read(leap).wardResults(election));
    assertThat(fromJson.standings()).isEqualTo(direct.standings());
    assertThat(fromJson.standings().seatsWon()).isEqualTo(1);
  }

  @Test
  void importFromLeapAloneWritesTheImpliedElectionAndReadsBackToTheSameTally(@TempDir Path dir)
      throws IOException {
    Path leap = Files.writeString(dir.resolve("adur.csv"), LEAP);
    Cli.Result run = Cli.run("import", "--from", "leap", leap.toString(), "--date", "2019-05-02",
        "-o", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote 1 councils and 1 ward results to " + dir + "\n");
    Election election =
        PsephosJson.standard().readElection(dir.resolve("election.json")).election();
    // Adur's Marine ward: Ann Loader (Ind) 933, Kim Davis (Lab) 283; one seat, no history
    assertThat(election.contest("E07000223").orElseThrow().hasPreviousResult()).isFalse();
    assertThat(election.ward("E05007568").orElseThrow().seats()).isEqualTo(1);
    List<PublishedWardResult> back =
        PsephosJson.standard().readWardResults(election, Files.readString(
            dir.resolve("wardresults.json")));
    Tally fromJson = Tally.of(election).applyWardResults(
        back.stream().map(PublishedWardResult::result).toList());
    Tally direct = Tally.of(election).applyWardResults(
        org.psephos.feeds.tables.LeapReader.read(leap).wardResults(election));
    assertThat(fromJson.standings()).isEqualTo(direct.standings());
    assertThat(fromJson.standings().seatsWon()).isEqualTo(1);
    assertThat(fromJson.outcome(election.councils().get(0)).orElseThrow().describe())
        .isEqualTo("No overall control");
  }

  @Test
  void aBadFileWritesNothingAndNamesLineColumnAndValue(@TempDir Path dir) throws IOException {
    Path folder = desk(dir);
    Path leap = Files.writeString(dir.resolve("leap.csv"), LEAP.replace("283", "28x"));
    Cli.Result run = Cli.run("import", "--from", "leap", leap.toString(), "--election",
        folder.toString(), "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(run.err()).contains("leap.csv, line 2, column 7 (\"28x\"): votes must be a whole");
    assertThat(dir.resolve("wardresults.json")).doesNotExist();
    Cli.Result noElection = Cli.run("import", "--from", "leap", leap.toString(), leap.toString());
    assertThat(noElection.exitCode()).isEqualTo(Psephos.BAD_USAGE);
    assertThat(noElection.err())
        .contains("--from leap without --election takes one table (whose implied election is"
            + " written too), not 2");
    Cli.Result unknownCode = Cli.run("import", "--from", "leap",
        Files.writeString(dir.resolve("grn.csv"), LEAP.replace("\"Lab\"", "\"Grn\"")).toString(),
        "--election", folder.toString(), "-o", dir.toString());
    assertThat(unknownCode.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(unknownCode.err()).contains("grn.csv, line 2, column 6 (\"Grn\")");
    Cli.Result charset = Cli.run("import", "--from", "dc", leap.toString(), "--election",
        folder.toString(), "--charset", "nonesuch");
    assertThat(charset.exitCode()).isEqualTo(Psephos.BAD_USAGE);
  }

  @Test
  void tallyTakesASpreadsheetFolderAndACandidateTableToldFromItsContent(@TempDir Path dir)
      throws IOException {
    Path folder = desk(dir);
    Path leap = Files.writeString(dir.resolve("leap.csv"), LEAP);
    Cli.Result run = Cli.run("tally", folder.toString(), leap.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"seatsWon\": 1").contains("ynmp-party:2");
    Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
    Cli.Result unknown = Cli.run("tally", folder.toString(), other.toString());
    assertThat(unknown.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(unknown.err()).contains("other.csv: not JSON, and not a candidate table this"
        + " command can tell");
  }
}
