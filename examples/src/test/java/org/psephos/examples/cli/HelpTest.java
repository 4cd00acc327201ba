package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --help} of the command and of every subcommand, found through picocli's model so that a
 * new subcommand is covered too, prints its usage and nothing on standard error: picocli writes
 * its own warnings (such as "Could not format" for a lone {@code %} in a description) to the
 * process's standard error, which the test captures as well.
 */
class HelpTest {

  /** Every command's words: [], [replay], [tally], ..., found in the command's model. */
  static List<List<String>> commands() {
    List<List<String>> commands = new ArrayList<>();
    collect(Psephos.commandLine(Environment.notTerminal(new Cli.RecordingSleeper())), List.of(),
        commands);
    return commands;
  }

  private static void collect(
      CommandLine commandLine, List<String> words, List<List<String>> commands) {
    commands.add(words);
    commandLine.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandSpec().name().equals(name)) {
        List<String> more = new ArrayList<>(words);
        more.add(name);
        collect(sub, more, commands);
      }
    });
  }

  @Test
  void everyCommandsHelpPrintsNoWarning() {
    List<List<String>> commands = commands();
    assertThat(commands).extracting(c -> String.join(" ", c))
        .contains("", "replay", "tally", "chart", "validate", "help");

    for (List<String> words : commands) {
      List<String> args = new ArrayList<>(words);
      args.add("--help");
      PrintStream systemErr = System.err;
      ByteArrayOutputStream processErr = new ByteArrayOutputStream();
      Cli.Result result;
      System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
      try {
        result = Cli.run(args.toArray(String[]::new));
      } finally {
        System.setErr(systemErr);
      }
      String what = String.join(" ", args);
      assertThat(result.exitCode()).as(what).isZero();
      assertThat(result.out()).as(what).contains("Usage: psephos");
      assertThat(result.err()).as(what).isEmpty();
      assertThat(processErr.toString(StandardCharsets.UTF_8)).as(what).isEmpty();
    }
  }

  @Test
  void theSwingOptionsHelpShowsItsPercentSign() {
    Cli.Result result = Cli.run("tally", "--help");

    assertThat(result.out()).contains("3.8%\"").doesNotContain("%%");
  }
}
