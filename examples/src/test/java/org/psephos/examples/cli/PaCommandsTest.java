package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** psephos import --from pa and psephos watch, on a small PA folder written here. */
class PaCommandsTest {

  private static String nominations(String council, String paId, String type, String proportion,
      String parties) {
    return "<?xml version='1.0' encoding='UTF-8'?>\r\n<LocalElectionNominations>"
        + "<Election date='2026-05-07' paId='252'><Council name='" + council + "' paId='" + paId
        + "' type='" + type + "' proportion='" + proportion + "'>" + parties
        + "</Council></Election></LocalElectionNominations>";
  }

  private static String party(String name, String abbreviation, String paId, int held, int offered) {
    return "<Party name='" + name + "' abbreviation='" + abbreviation + "' paId='" + paId
        + "' seatsHeld='" + held + "' seatsOffered='" + offered + "'/>";
  }

  private static String result(int revision, String council, String paId, String newCouncil) {
    return "<LocalElectionResult revision='" + revision + "'><Election date='2026-05-07' paId='252'>"
        + "<Council name='" + council + "' paId='" + paId + "' type='London' proportion='all'>"
        + "<NewCouncil>" + newCouncil + "</NewCouncil></Council></Election></LocalElectionResult>";
  }

  static Path folder(Path dir) throws Exception {
    Path pa = Files.createDirectories(dir.resolve("pa"));
    Files.writeString(pa.resolve("n_Allton.xml"), nominations("Allton", "9002", "London", "all",
        party("Labour", "Lab", "662", 5, 5) + party("Liberal Democrat", "LD", "667", 4, 4)));
    Files.writeString(pa.resolve("n_Bowton.xml"), nominations("Bowton", "9003", "London", "all",
        party("Labour", "Lab", "662", 3, 3) + party("Conservative", "C", "659", 6, 6)));
    Files.writeString(pa.resolve("r_Allton_1.xml"), result(1, "Allton", "9002",
        "<Party name='Lab' paId='662' seats='3'/><Party name='LD' paId='667' seats='6'/>"));
    Files.writeString(pa.resolve("r_Bowton_1.xml"), result(1, "Bowton", "9003",
        "<Party name='Lab' paId='662' seats='6'/><Party name='C' paId='659' seats='3'/>"));
    return pa;
  }

  @Test
  void importWritesTheProjectsJsonThatValidateAccepts(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    Path out = Files.createDirectories(dir.resolve("out"));
    Cli.Result run = Cli.run("import", "--from", "pa", pa.toString(), "-o", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("wrote 2 councils and 2 declarations");
    assertThat(Files.readString(out.resolve("election.json"))).contains("pa:9002", "Liberal Democrat");
    Cli.Result validate = Cli.run("validate", out.resolve("election.json").toString(),
        out.resolve("declarations.json").toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    Cli.Result tally = Cli.run("tally", out.resolve("election.json").toString(),
        out.resolve("declarations.json").toString());
    assertThat(tally.exitCode()).as(tally.err()).isZero();
    assertThat(tally.out()).contains("Liberal Democrat");
  }

  @Test
  void importReportsBadFilesAndGaps(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    Files.writeString(pa.resolve("r_Bowton_3.xml"), result(3, "Bowton", "9003",
        "<Party name='Lab' paId='662' seats='2'/><Party name='C' paId='659' seats='7'/>"));
    Files.writeString(pa.resolve("junk.xml"), "<rss/>");
    Cli.Result run = Cli.run("import", "--from", "pa", pa.toString(), "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(run.err())
        .contains("bad file, skipped: junk.xml at /rss")
        .contains("r_Bowton_3.xml at /LocalElectionResult/Election/Council[1]")
        .contains("revision 2 is missing");
    Cli.Result unknown = Cli.run("import", "--from", "xml", pa.toString());
    assertThat(unknown.exitCode()).isEqualTo(Psephos.BAD_USAGE);
    Cli.Result empty = Cli.run("import", "--from", "pa", dir.resolve("nowhere").toString());
    assertThat(empty.exitCode()).isEqualTo(Psephos.BAD_DATA);
  }

  @Test
  void watchOncePrintsEachOutcomeAndTheScoreboardAndWritesTheResults(@TempDir Path dir)
      throws Exception {
    Path pa = folder(dir);
    Path json = dir.resolve("results.json");
    Cli.Result run = Cli.run("watch", pa.toString(), "--once", "--results-json", json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Allton: Liberal Democrat gain from Labour")
        .contains("Bowton: Labour gain from Conservative")
        .contains("2 of 2");
    assertThat(Files.readString(json)).contains("psephos.results/1");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void validateChecksAPaFolderWhole(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    Cli.Result clean = Cli.run("validate", pa.toString());
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).contains(pa + ": PA folder, 2 councils, 2 declared: valid");
    Files.writeString(pa.resolve("r_Bowton_2.xml"), result(2, "Bowton", "9003",
        "<Party name='Lab' paId='662' seats='2'/><Party name='C' paId='659' seats='6'/>"));
    Cli.Result bad = Cli.run("validate", pa.toString());
    assertThat(bad.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(bad.err()).contains("the seats won (8) do not add up to the seats offered (9)");
    assertThat(bad.out()).contains(pa + ": PA folder, 2 councils, 2 declared: 1 problem\n");
    Cli.Result none = Cli.run("validate", dir.toString());
    assertThat(none.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(none.out()).contains("not a PA folder");
  }

  /**
   * The exit status of validate counts every file's problems: a PA folder (or PA files) with one
   * problem beside a JSON file with one problem of each kind validate reports (a file it cannot
   * read, an invalid election, a stream for an election not given, an invalid document) is two
   * problems, never none.
   */
  @Test
  void validateCountsTheProblemsOfPaAndJsonFilesTogether(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    String allton = pa.resolve("n_Allton.xml").toString();
    String bowton = pa.resolve("n_Bowton.xml").toString();
    String bowtonResult = pa.resolve("r_Bowton_1.xml").toString();
    Path wrong = pa.resolve("r_Bowton_2.xml");
    Files.writeString(wrong, result(2, "Bowton", "9003",
        "<Party name='Lab' paId='662' seats='2'/><Party name='C' paId='659' seats='6'/>"));
    Path json = Files.createDirectories(dir.resolve("json"));
    Cli.copyLondon(json);
    Path election = json.resolve("election.json");
    String electionText = Files.readString(election);
    Path missing = json.resolve("missing.json");
    // an election whose id no longer ends with its polling day: one problem
    Path badElection = Cli.write(json.resolve("bad-election.json"),
        electionText.replaceFirst("\"local.2018-05-03\"", "\"local.2018-05-04\""));
    // the same election under another id, so that two elections are given
    Path other = Cli.write(json.resolve("other.json"),
        electionText.replaceFirst("\"local.2018-05-03\"", "\"local.other.2018-05-03\""));
    Path strayStream = Cli.write(json.resolve("stray.ndjson"),
        Files.readString(json.resolve("declarations.ndjson"))
            .replace("\"local.2018-05-03\"", "\"local.2019-05-02\""));
    Path badDocument = Cli.write(json.resolve("one.json"),
        "{\"format\": \"psephos.declaration/1\", \"election\": \"local.2018-05-03\","
            + " \"sequence\": 1, \"council\": \"E09000002\", \"seatsWon\": {\"PP53\": 52}}\n");

    List<List<String>> jsonFiles =
        List.of(
            List.of(missing.toString()),
            List.of(badElection.toString()),
            List.of(election.toString(), other.toString(), strayStream.toString()),
            List.of(election.toString(), badDocument.toString()));
    for (List<String> files : jsonFiles) {
      for (List<String> paFiles :
          List.of(List.of(pa.toString()), List.of(allton, bowton, bowtonResult, wrong.toString()))) {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(paFiles);
        args.addAll(files);
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err())
            .isEqualTo(Psephos.BAD_DATA);
        // the PA folder's or files' line, and the last JSON file's, each with its one problem
        assertThat(result.outLines()).as(String.join(" ", args))
            .anySatisfy(line -> assertThat(line).startsWith(paFiles.get(0)).endsWith(": 1 problem"))
            .anySatisfy(line ->
                assertThat(line).startsWith(files.get(files.size() - 1) + ": ")
                    .endsWith(": 1 problem"));
      }
    }
  }

  /**
   * A stream for an election that is not given, beside only an invalid election of another id, is
   * not checked and says why: the election it could have been has problems.
   */
  @Test
  void aStreamBesideOnlyAnInvalidElectionIsNotChecked(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    Path badElection = Cli.write(dir.resolve("bad-election.json"),
        Files.readString(dir.resolve("election.json"))
            .replaceFirst("\"local.2018-05-03\"", "\"local.2018-05-04\""));
    Path declarations = dir.resolve("declarations.ndjson");

    Cli.Result result = Cli.run("validate", badElection.toString(), declarations.toString());

    assertThat(result.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(result.outLines())
        .containsExactly(
            badElection + ": election definition: 1 problem",
            declarations + ": not checked: its election definition " + badElection
                + " has problems",
            "");
  }

  /**
   * With several elections given, a stream is checked against the election its first line names,
   * blank lines before it skipped: the bundled night checks against London's election, not the
   * other one given first.
   */
  @Test
  void aStreamIsCheckedAgainstTheElectionOfItsFirstLine(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    String electionText = Files.readString(dir.resolve("election.json"));
    // another election of the same day, whose councils are not London's
    Path other = Cli.write(dir.resolve("other.json"),
        electionText.replaceFirst("\"local.2018-05-03\"", "\"local.other.2018-05-03\"")
            .replace("\"E09000002\"", "\"E07000001\""));
    Path blankFirst = Cli.write(dir.resolve("blank-first.ndjson"),
        "\n   \n" + Files.readString(dir.resolve("declarations.ndjson")));

    Cli.Result result = Cli.run("validate", other.toString(), dir.resolve("election.json").toString(),
        blankFirst.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(blankFirst + ": declaration stream, 36 lines, 34 valid declarations: valid");
  }

  @Test
  void tallyReplayAndValidateTakePaFilesOneByOne(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    String allton = pa.resolve("n_Allton.xml").toString();
    String bowton = pa.resolve("n_Bowton.xml").toString();
    String alltonResult = pa.resolve("r_Allton_1.xml").toString();
    String bowtonResult = pa.resolve("r_Bowton_1.xml").toString();

    Cli.Result all = Cli.run("tally", allton, bowton, alltonResult, bowtonResult, "--outcomes");
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out())
        .contains("State of parties after 2 of 2 councils declare")
        .contains("Bowton: Labour gain from Conservative");
    Cli.Result one = Cli.run("tally", allton, bowton, alltonResult);
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).contains("State of parties after 1 of 2 councils declare");

    // replay: the results in the order given
    Cli.Result replay =
        Cli.run("replay", "--every", "0", allton, bowton, bowtonResult, alltonResult);
    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.outLines())
        .startsWith("Bowton: Labour gain from Conservative",
            "Allton: Liberal Democrat gain from Labour", "");

    Cli.Result clean = Cli.run("validate", allton, bowton, alltonResult, bowtonResult);
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out())
        .isEqualTo(allton + " and 3 more files: PA files, 2 councils, 2 declared: valid\n");
    Path wrong = pa.resolve("r_Bowton_2.xml");
    Files.writeString(wrong, result(2, "Bowton", "9003",
        "<Party name='Lab' paId='662' seats='2'/><Party name='C' paId='659' seats='6'/>"));
    Cli.Result bad = Cli.run("validate", allton, bowton, bowtonResult, wrong.toString());
    assertThat(bad.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(bad.err()).contains("the seats won (8) do not add up to the seats offered (9)");
    assertThat(bad.out())
        .isEqualTo(allton + " and 3 more files: PA files, 2 councils, 1 declared: 1 problem\n");
    Cli.Result results = Cli.run("validate", alltonResult, bowtonResult);
    assertThat(results.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(results.err())
        .contains("no LocalElectionNominations among the PA files given (2)");
    assertThat(results.out()).isEqualTo(alltonResult + " and 1 more file: not PA files\n");
  }

  @Test
  void onlyPaResultFilesFollowResults(@TempDir Path dir) throws Exception {
    Cli.copyLondon(dir);
    String declarations = dir.resolve("declarations.ndjson").toString();
    Cli.Result extra =
        Cli.run("tally", dir.resolve("election.json").toString(), declarations, declarations);
    assertThat(extra.exitCode()).isEqualTo(2);
    assertThat(extra.err()).contains("only PA result files may follow RESULTS (" + declarations);
  }

  @Test
  void tallyTakesAPaFolderWithPasConventions(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    Cli.Result text = Cli.run("tally", pa.toString(), "--outcomes");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("State of parties after 2 of 2 councils declare")
        .contains("Bowton: Labour gain from Conservative");
    Cli.Result json = Cli.run("tally", pa.toString(), "--format", "json");
    assertThat(json.out()).contains("psephos.results/1").contains("pre-election");
  }

  @Test
  void replayTakesAPaFolderCouncilByCouncil(@TempDir Path dir) throws Exception {
    Path pa = folder(dir);
    // A correction: Bowton's revision 2 moves one seat from Labour to the Conservatives.
    Files.writeString(pa.resolve("r_Bowton_2.xml"), result(2, "Bowton", "9003",
        "<Party name='Lab' paId='662' seats='5'/><Party name='C' paId='659' seats='4'/>"));
    Cli.Result replay = Cli.run("replay", "--every", "0", pa.toString());
    Cli.Result tally = Cli.run("tally", pa.toString());

    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.outLines())
        .startsWith("Allton: Liberal Democrat gain from Labour",
            "Bowton: Labour gain from Conservative", "");
    // The replay ends with the same state of parties as the tally of the folder: Lab 3 + 5 won.
    String scoreboard = tally.out();
    assertThat(replay.out()).endsWith(scoreboard);
    assertThat(scoreboard).contains("State of parties after 2 of 2 councils declare");
    assertThat(scoreboard).contains("8 seats");

    Files.writeString(pa.resolve("r_broken.xml"), "<LocalElectionResult");
    Cli.Result bad = Cli.run("replay", "--every", "0", pa.toString());
    assertThat(bad.exitCode()).isEqualTo(Psephos.BAD_DATA);
    assertThat(bad.err()).contains("bad file, skipped");
    assertThat(bad.out()).endsWith(scoreboard);
  }
}
