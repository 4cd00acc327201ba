package org.psephos.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code psephos} command: replay an election night, tally declarations, chart the standings
 * and validate documents.
 *
 * <pre>
 * java -jar examples/target/psephos.jar replay            # the bundled London 2018 night
 * java -jar examples/target/psephos.jar tally ELECTION DECLARATIONS --format json
 * java -jar examples/target/psephos.jar chart -o london-2018.svg
 * java -jar examples/target/psephos.jar validate election.json declarations.ndjson
 * java -jar examples/target/psephos.jar watch PA_FOLDER --results-json results.json
 * java -jar examples/target/psephos.jar import --from pa PA_FOLDER -o out/
 * java -jar examples/target/psephos.jar serve --example london-2018 --replay-every 2s
 * </pre>
 *
 * <p>Exit status: 0 on success, 1 on bad data (an input file missing, unreadable or invalid), 2 on
 * bad usage (an unknown option, a missing or malformed argument). Errors go to standard error and
 * name the file, the place in it and the reason: {@code feed.ndjson:3:88: council "E09000099" is
 * not part of election local.2018-05-03 (at /council)}.
 */
@Command(
    name = "psephos",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Tallies UK local election results as they are declared: council control, seats won and"
          + " changed, no overall control, and the running state of parties.",
      "",
      "With no files, replay, tally and chart use the bundled London 2018 election (all 32"
          + " boroughs, real results)."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:bad data: an input file is missing, unreadable or invalid",
      "2:bad usage: an unknown option, a missing or malformed argument"
    })
public final class Psephos implements Runnable {
  /** Exit status of a run that read bad data. */
  static final int BAD_DATA = 1;

  /** Exit status of a command line that is wrong. */
  static final int BAD_USAGE = 2;

  @Spec CommandSpec spec = CommandSpec.create();

  /** Picocli creates the command. */
  Psephos() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command ready to run, with its subcommands and error handling, reading the real terminal
   * and clock. Embedders and tests may set its output and error writers ({@link
   * CommandLine#setOut}, {@link CommandLine#setErr}) and call {@link CommandLine#execute}, which
   * returns the exit status instead of exiting.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return commandLine(Environment.system());
  }

  static CommandLine commandLine(Environment environment) {
    CommandLine commandLine =
        new CommandLine(new Psephos())
            .addSubcommand(new ReplayCommand(environment))
            .addSubcommand(new TallyCommand(environment))
            .addSubcommand(new ChartCommand(environment))
            .addSubcommand(new ValidateCommand(environment))
            .addSubcommand(new CountCommand())
            .addSubcommand(new WatchCommand())
            .addSubcommand(new ImportCommand())
            .addSubcommand(new ServeCommand(environment))
            .addSubcommand(new CommandLine.HelpCommand());
    commandLine.setParameterExceptionHandler(Psephos::usageError);
    commandLine.setExecutionExceptionHandler(Psephos::dataError);
    return commandLine;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is required: replay, tally, serve, chart, validate, count, watch, import or"
            + " help");
  }

  /** Prints a usage error and a hint on standard error: exit status 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return BAD_USAGE;
  }

  /** Prints a bad-data error on standard error: exit status 1; anything else is a bug. */
  private static int dataError(Exception e, CommandLine commandLine, ParseResult parseResult)
      throws Exception {
    if (e instanceof BadDataException) {
      PrintWriter err = commandLine.getErr();
      err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      err.flush();
      return BAD_DATA;
    }
    throw e;
  }

  /** The version: the jar's Implementation-Version, or "development" outside the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Psephos.class.getPackage().getImplementationVersion();
      return new String[] {"psephos " + (version == null ? "(development build)" : version)};
    }
  }
}
