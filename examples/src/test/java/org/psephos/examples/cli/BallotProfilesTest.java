package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tally} and {@code replay} take ballot profiles where they take results: two real
 * Scottish wards (Highland 2017 Ward 7 Tain and Easter Ross; Moray 2022 Ward 6 Elgin City North,
 * see {@code stv/README.md}) counted by STV into a test election of one ward per council. The
 * winners expected are the councils' published ones: Robertson (Ind), Louden (SNP) and Stone (LD)
 * in Tain and Easter Ross; Fernandes (SNP), Keith (Lab) and Dunbar (Con) in Elgin City North.
 */
class BallotProfilesTest {
  @TempDir Path dir;
  private Path election;
  private Path ballots;

  private Path copy(String resource, Path to) throws IOException {
    try (InputStream in = BallotProfilesTest.class.getResourceAsStream("/stv/" + resource)) {
      Files.write(to, java.util.Objects.requireNonNull(in, resource).readAllBytes());
    }
    return to;
  }

  @BeforeEach
  void files() throws IOException {
    election = copy("scotland-wards.json", dir.resolve("election.json"));
    ballots = Files.createDirectory(dir.resolve("ballots"));
    // Highland's file is found by its title ("Ward 7 - Tain and Easter Ross"), Moray's by its
    // file's name, the ward's id.
    copy("highland_2017_ward7.blt", ballots.resolve("highland_2017_ward7.blt"));
    copy("moray_2022_ward6.blt", ballots.resolve("S13999902.blt"));
    Files.writeString(ballots.resolve("notes.txt"), "not a profile: left alone\n");
  }

  @Test
  void aFolderOfProfilesTalliesAsTheirWardsResults() {
    Cli.Result result = Cli.run("tally", "--outcomes", election.toString(), ballots.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    // SNP 1 + 1 won against 1 + 2 defended; Ind 1 against 2; Lab, LD 1 against 0; Con 1 against 1.
    assertThat(result.outLines())
        .containsExactly(
            "State of parties after 2 of 3 councils declare",
            "Scottish Conservative and Unionist: 1 seat",
            "Scottish Labour Party: 1 seat (+1)",
            "Scottish Liberal Democrats: 1 seat (+1)",
            "Scottish National Party (SNP): 0 councils (-1); 2 seats (-1)",
            "Independent: 0 councils (-1); 1 seat (-1)",
            "No overall control: 2 councils (+2)",
            "",
            "Test Highland: Independent lose to no overall control",
            "Test Moray: Scottish National Party (SNP) lose to no overall control",
            "");
  }

  @Test
  void theWinnersAreTheCountsAndTheVotesTheFirstPreferences() {
    Cli.Result result =
        Cli.run("tally", "--format", "json", election.toString(), ballots.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    // Tain and Easter Ross's first preferences: Louden 831, Robertson 708, Stone 679 (elected),
    // Rhind 569, Ferguson 558, Skinner 139; the candidates by name and status.
    assertThat(result.out())
        .contains("\"name\": \"Fiona ROBERTSON (Ind)\",", "\"votes\": 708,")
        .contains("\"name\": \"Derek LOUDEN (SNP)\",", "\"votes\": 831,")
        .contains("\"name\": \"Jamie STONE (LD)\",", "\"votes\": 679,")
        .contains("\"name\": \"Ron FERGUSON (C)\",", "\"votes\": 558,")
        .contains("\"name\": \"Sandy KEITH\"", "\"name\": \"Amber DUNBAR\"");
    assertThat(result.out().split("\"status\": \"elected\"", -1)).hasSize(7);
  }

  @Test
  void oneProfileAndTheReplayOfAFolder() throws IOException {
    Cli.Result one = Cli.run("tally", election.toString(),
        ballots.resolve("highland_2017_ward7.blt").toString());
    Cli.Result replay = Cli.run("replay", "--every", "0", election.toString(), ballots.toString());

    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.outLines()).startsWith("State of parties after 1 of 3 councils declare");
    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.outLines())
        .contains(
            "Test Moray: 1 of 1 wards declared (Elgin City North: Con 1, Lab 1, SNP 1; Lab +1,"
                + " SNP -1)",
            "Test Highland: 1 of 1 wards declared (Tain and Easter Ross: LD 1, SNP 1, Ind 1;"
                + " LD +1, Ind -1)");
  }

  @Test
  void aProfileThatFitsNoWardIsAnErrorNamingTheFile() throws IOException {
    Path stray = copy("highland_2017_ward7.blt", dir.resolve("stray.blt"));
    Files.writeString(stray, Files.readString(stray)
        .replace("Ward 7 - Tain and Easter Ross", "Ward 9 - Nowhere"));

    Cli.Result result = Cli.run("tally", election.toString(), stray.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("psephos tally: " + stray + ": the ballot profile belongs to no single ward of"
            + " election local.scotland-test.2022-05-05: no ward has the id \"stray\" (the file's"
            + " name) and no ward of a Scottish or Northern Irish council is named \"Ward 9 -"
            + " Nowhere\" (the profile's title); name the file after its ward's id\n");
  }

  @Test
  void aWardElectedByMostVotesTakesNoProfile() throws IOException {
    Path english = copy("moray_2022_ward6.blt", dir.resolve("E05999901.blt"));

    Cli.Result result = Cli.run("tally", election.toString(), english.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("psephos tally: " + english + ": Test Borough (E09999901) elects by most votes,"
            + " not by the single transferable vote: give its wards' results, not ballot"
            + " profiles\n");
  }

  @Test
  void aTieOnlyALotBreaksSendsTheUserToTheCount() throws IOException {
    Path tied = copy("weak-surplus.blt", dir.resolve("S13999901.blt"));

    Cli.Result result = Cli.run("tally", election.toString(), tied.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("psephos tally: " + tied + ": ")
        .contains("E, F are tied at every stage for exclusion")
        .endsWith("; count the ward with the lot drawn at the count (psephos count " + tied
            + " --lot NAME) and give its ward result instead\n");
  }

  @Test
  void aFolderWithoutProfilesAndAnUnknownPartyAreErrors() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path unknown = copy("moray_2022_ward6.blt", dir.resolve("S13999902.blt"));
    Files.writeString(unknown, Files.readString(unknown)
        .replace("Scottish Green Party", "Scottish Pirate Party"));

    Cli.Result none = Cli.run("tally", election.toString(), empty.toString());
    Cli.Result party = Cli.run("tally", election.toString(), unknown.toString());

    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err())
        .isEqualTo("psephos tally: " + empty + ": the folder holds no ballot profile (*.blt) and"
            + " is not results\n");
    assertThat(party.exitCode()).isEqualTo(1);
    assertThat(party.err())
        .startsWith("psephos tally: " + unknown + ": Test Moray (S12999902), ward S13999902:"
            + " candidate ")
        .endsWith(" stands as \"Scottish Pirate Party\", which is neither a party nor an alias of"
            + " election local.scotland-test.2022-05-05\n");
  }
}
