package org.psephos.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psephos.ElectionDataException;
import org.psephos.json.PsephosJson;
import org.psephos.stv.BallotProfile;
import org.psephos.stv.CountOption;
import org.psephos.stv.CountSheet;
import org.psephos.stv.Lot;
import org.psephos.stv.StvRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psephos count}: counts a ward's ballot profile by STV and prints the count sheet. */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    versionProvider = Psephos.Version.class,
    description = {
      "Counts a ward by the single transferable vote from its ballot profile (BLT, as Scottish"
          + " councils publish it) and prints the count sheet: the quota and, stage by stage,"
          + " each candidate's change and total, the non-transferable votes, the loss to"
          + " truncation, and who was elected or excluded.",
      "",
      "--format json writes the sheet as a psephos.countsheet/1 document instead.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:counted",
      "1:bad data: the file is missing, unreadable or not a valid profile, or a tie needs a lot",
      "2:bad usage: no FILE, an unknown option or value"
    })
final class CountCommand implements Callable<Integer> {

  /** The rules a count follows, as the option spells them. */
  enum Rules {
    scotland(StvRules.SCOTLAND),
    ni(StvRules.NORTHERN_IRELAND);

    final StvRules rules;

    Rules(StvRules rules) {
      this.rules = rules;
    }
  }

  /** The output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "WARD.blt", description = "The ballot profile, - for"
      + " standard input.")
  Path file = Path.of("-");

  @Option(names = "--rules", paramLabel = "RULES", description = "scotland (default) or ni.")
  Rules rules = Rules.scotland;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), or json: a psephos.countsheet/1 document, figures exact"
          + " to the count's decimal places.")
  Format format = Format.text;

  @Option(
      names = "--lot",
      paramLabel = "NAME",
      description = "A candidate drawn by lot at the count, in the order drawn; repeat for each"
          + " draw. Without it, a tie that earlier stages do not break stops the count.")
  List<String> lots = new ArrayList<>();

  @Option(
      names = "--loss-in-non-transferable",
      description = "Show the loss to truncation inside the non-transferable votes.")
  boolean lossInNonTransferable;

  @Option(
      names = "--final-transfers",
      description = "Scottish rules: once every seat is filled, transfer the surpluses left as the"
          + " e-count reports them (allowed since 2021; elects no one). Off by default.")
  boolean finalTransfers;

  @Override
  public Integer call() {
    String name = Inputs.name(file);
    BallotProfile profile;
    try (InputStream in = Inputs.open(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      profile = BallotProfile.readBlt(reader);
    } catch (IOException e) {
      throw Inputs.unreadable(name, e);
    } catch (ElectionDataException e) {
      throw new BadDataException(name + ": " + e.getMessage(), e);
    }
    if (finalTransfers && rules.rules != StvRules.SCOTLAND) {
      throw new ParameterException(spec.commandLine(),
          "--final-transfers applies to Scottish rules only (--rules scotland)");
    }
    CountSheet sheet;
    try {
      Lot lot = lots.isEmpty() ? Lot.none() : Lot.ofDrawn(lots);
      sheet = finalTransfers
          ? rules.rules.count(profile, lot, CountOption.FINAL_SURPLUS_TRANSFERS)
          : rules.rules.count(profile, lot);
    } catch (ElectionDataException e) {
      throw new BadDataException(name + ": " + e.getMessage(), e);
    }
    if (format == Format.json && lossInNonTransferable) {
      throw new ParameterException(spec.commandLine(),
          "--loss-in-non-transferable changes the text layout only; the JSON sheet gives the loss"
              + " apart (nonTransferable, loss)");
    }
    spec.commandLine().getOut().print(format == Format.json
        ? PsephosJson.standard().writeCountSheet(sheet, PsephosJson.Style.PRETTY)
        : sheet.toText(lossInNonTransferable));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
