package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psephos.Party;
import org.psephos.feeds.tables.LeapReader;
import org.psephos.feeds.tables.TableElection;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosJson;
import org.w3c.dom.Document;

/**
 * tally, replay and chart given candidate tables: LEAP's file of 2 May 2019 (the feeds module's
 * test resource, whose source and licence are beside it: Local Elections Archive Project, Andrew
 * Teale, CC BY-SA 3.0), whole, and its ten Tamworth wards.
 */
class TableTallyCommandTest {
  /** LEAP 2019 as bundled with the feeds module's tests, gzipped. */
  private static final Path LEAP_GZ =
      Path.of("..", "feeds", "src", "test", "resources", "leap-2019", "leap-2019-05-02.csv.gz");

  @TempDir static Path shared;

  private static Path leap;
  private static Path tamworth;

  @TempDir Path dir;

  @BeforeAll
  static void unzip() {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(LEAP_GZ))) {
      byte[] bytes = in.readAllBytes();
      leap = Files.write(shared.resolve("leap-2019-05-02.csv"), bytes);
      List<String> rows =
          new String(bytes, StandardCharsets.UTF_8)
              .lines()
              .filter(line -> line.contains("\"E07000199\""))
              .toList();
      tamworth = Files.write(shared.resolve("tamworth.csv"), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void tallyOfLeap2019AloneGivesTheFlagsSumsNationally() {
    Cli.Result run = Cli.run("tally", leap.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // the file's own elected flags (the data's README): Con 3,566, Lab 2,022, LD 1,360, Green
    // 265, UKIP 31, Independents 763 of 8,435 seats in 257 council codes; control of the seats
    // fought counted by hand from the flags (Con 91, Lab 56, LD 20, no overall control 86)
    assertThat(run.outLines())
        .startsWith(
            "State of parties after 257 of 257 councils declare",
            "Conservative: 91 councils; 3,566 seats",
            "Labour: 56 councils; 2,022 seats",
            "Liberal Democrats: 20 councils; 1,360 seats",
            "Green: 265 seats",
            "UKIP: 31 seats",
            "Scottish National Party: 1 council; 1 seat",
            "Independent: 763 seats")
        .contains(
            "No overall control: 86 councils",
            "Changes exclude 257 councils with no previous result");
    assertThat(run.errLines())
        .hasSize(6)
        .anySatisfy(line -> assertThat(line).startsWith(
            "psephos tally: " + leap + ", line 1361: Bedford (E06000055), \"Elected Mayor\""))
        .anySatisfy(line -> assertThat(line).startsWith(
            "psephos tally: 154 party codes of " + leap + " are not national parties"));
  }

  @Test
  void replayOfATableAloneDeclaresWardByWard() {
    Cli.Result run = Cli.run("replay", "--date", "2019-05-02", tamworth.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // LEAP's flags: Amington C, Belgrave C, Bolehall Lab, Castle C, Glascote UKIP, Mercian C,
    // Spital C, Stonydelph C, Trinity C, Wilnecote C: the sixth Conservative seat of ten (a
    // majority) with the eighth ward
    assertThat(run.outLines())
        .startsWith(
            "Tamworth: 1 of 10 wards declared (Amington: Con win)",
            "Tamworth: 2 of 10 wards declared (Belgrave: Con win)",
            "Tamworth: 3 of 10 wards declared (Bolehall: Lab win)")
        .containsSubsequence(
            "Tamworth: 8 of 10 wards declared (Stonydelph: Con win)",
            "Tamworth: Conservative control decided (8 of 10 wards in)",
            "Tamworth: 10 of 10 wards declared (Wilnecote: Con win)",
            "Tamworth: Conservative win",
            "State of parties after 1 of 1 councils declare",
            "Conservative: 1 council; 8 seats",
            "Labour: 1 seat",
            "UKIP: 1 seat",
            "Changes exclude 1 council with no previous result");
  }

  @Test
  void chartOfATableAloneDrawsItsSeats() throws IOException {
    Path svg = dir.resolve("tamworth.svg");
    Cli.Result run =
        Cli.run("chart", "--date", "2019-05-02", tamworth.toString(), "-o", svg.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Wrote a chart of 1 of 1 councils to " + svg + "\n");
    Document chart = ChartCommandTest.parse(Files.readString(svg));
    assertThat(ChartCommandTest.bars(chart, "data-seats"))
        .extracting(b -> b.getAttribute("data-party") + "=" + b.getAttribute("data-seats"))
        .containsExactly("PP52=8", "PP53=1", "PP85=1");
  }

  @Test
  void fromNamesTheKindOfTheResultsAgainstAnElectionFile() throws IOException {
    Party con = Party.of("PP52", "Conservative", "Con");
    Party lab = Party.of("PP53", "Labour", "Lab");
    Party ukip = Party.of("PP85", "UKIP", "UKIP");
    Party green = Party.of("PP63", "Green", "Green");
    var election =
        TableElection.builder("local.2019-05-02", LocalDate.of(2019, 5, 2), "Tamworth 2019")
            .parties(con, lab, ukip, green)
            .alias("C", con)
            .alias("Grn", green)
            .ownPartyForUnknownCodes()
            .build(LeapReader.read(tamworth))
            .election();
    Path file =
        Cli.write(
            dir.resolve("election.json"),
            PsephosJson.standard()
                .writeElection(ElectionDefinition.of(election), PsephosJson.Style.PRETTY));
    Cli.Result run = Cli.run("tally", "--from", "leap", file.toString(), tamworth.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).contains("Conservative: 1 council; 8 seats", "UKIP: 1 seat");
    Cli.Result replay =
        Cli.run("replay", "--from", "leap", file.toString(), tamworth.toString());
    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.outLines()).contains("Tamworth: Conservative win");

    Cli.Result wrongKind =
        Cli.run("tally", "--from", "handbook", file.toString(), tamworth.toString());
    assertThat(wrongKind.exitCode()).isEqualTo(1);
    assertThat(wrongKind.err()).contains(tamworth + ", line 1");
    Cli.Result notAKind = Cli.run("tally", "--from", "xls", file.toString(), tamworth.toString());
    assertThat(notAKind.exitCode()).isEqualTo(2);
    assertThat(notAKind.err()).contains("--from: one of csv, leap, handbook or dc, not xls");
    Cli.Result notCsv = Cli.run("tally", "--from", "csv", file.toString(), tamworth.toString());
    assertThat(notCsv.exitCode()).isEqualTo(1);
    assertThat(notCsv.err())
        .contains(file + ": --from csv needs ELECTION to be a folder of an election in the"
            + " spreadsheet layout");
  }

  @Test
  void aTableOfNoKnownKindGetsAClearMessage() {
    Path odd = Cli.write(dir.resolve("odd-2019-05-02.csv"), "ward,votes\nAmington,838\n");
    Cli.Result alone = Cli.run("tally", odd.toString());
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.err())
        .contains(odd + ": not JSON, and not a candidate table this command can tell")
        .contains("name its kind with --from leap|handbook|dc");
    Cli.Result noDate = Cli.run("tally", tamworth.toString());
    assertThat(noDate.exitCode()).isEqualTo(1);
    assertThat(noDate.err())
        .contains(tamworth + ": the name holds no polling day (YYYY-MM-DD)")
        .contains("give it with --date");
    Cli.Result dateWithoutTable =
        Cli.run("tally", "--date", "2019-05-02");
    assertThat(dateWithoutTable.exitCode()).isEqualTo(2);
    assertThat(dateWithoutTable.err())
        .contains("--previous and --date go with a candidate table given alone");
  }

  @Test
  void aPreviousTableGivesChanges() throws IOException {
    // an invented "previous" Tamworth: 2019's rows with Bolehall's Labour and Conservative
    // candidates' parties swapped, so Bolehall was last won by the Conservatives (Con 9, UKIP 1)
    List<String> previous =
        Files.readAllLines(tamworth).stream()
            .map(row -> row.contains("\"Bolehall\"")
                ? row.replace("\"Lab\"", "\"x\"").replace("\"C\"", "\"Lab\"")
                    .replace("\"x\"", "\"C\"")
                : row)
            .toList();
    Path before = Cli.write(dir.resolve("tamworth-before.csv"), previous);
    Cli.Result run =
        Cli.run("tally", "--outcomes", "--date", "2023-05-04", "--previous", before.toString(),
            tamworth.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines())
        .contains(
            "Conservative: 1 council; 8 seats (-1)",
            "Labour: 1 seat (+1)",
            "UKIP: 1 seat",
            "Tamworth: Conservative hold")
        .noneMatch(line -> line.startsWith("Changes exclude"));
  }
}
