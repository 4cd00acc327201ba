package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top command: its help, version, and a missing or unknown command. */
class PsephosTest {

  @Test
  void helpListsTheCommandsAndTheExitStatuses() {
    for (String[] args : new String[][] {{"--help"}, {"help"}, {"-h"}}) {
      Cli.Result result = Cli.run(args);

      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .startsWith("Usage: psephos [-hV] COMMAND")
          .contains("replay", "tally", "chart", "validate", "Exit status:", "0   success",
              "1   bad data", "2   bad usage");
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"replay", "tally", "chart", "validate"}) {
      Cli.Result result = Cli.run(command, "--help");
      Cli.Result viaHelp = Cli.run("help", command);

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).startsWith("Usage: psephos " + command).contains("Exit status:");
      assertThat(viaHelp.out()).isEqualTo(result.out());
    }
  }

  @Test
  void versionNamesTheCommand() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("psephos ");
  }

  @Test
  void aMissingOrUnknownCommandIsBadUsage() {
    Cli.Result none = Cli.run();
    Cli.Result unknown = Cli.run("replya");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err())
        .isEqualTo("psephos: a command is required: replay, tally, serve, chart, validate, count,"
            + " watch, import or help\n"
            + "Try 'psephos --help' for more information.\n");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("psephos: Unmatched argument at index 0: 'replya'")
        .contains("Did you mean: psephos replay");
  }
}
