package org.psephos.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.CouncilType;
import org.psephos.Election;
import org.psephos.SeatBaseline;
import org.psephos.VoteConvention;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.Tally;
import org.psephos.text.Scoreboard;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The options shared by replay, tally and chart: the bundled example used without files, which
 * councils, the seat-change baseline and the vote convention.
 */
final class TallyOptions {
  @Option(
      names = "--example",
      paramLabel = "NAME",
      converter = Example.Names.class,
      completionCandidates = Example.Names.class,
      defaultValue = "london-2018",
      description = {
        "The bundled data used when no file is named (default: ${DEFAULT-VALUE}):",
        "london-2018: the London borough elections of 2018, real results, whole declarations;",
        "wards-synthetic: an invented night counted ward by ward (three synthetic councils)."
      })
  Example example = Example.LONDON_2018;

  @Option(
      names = "--convention",
      paramLabel = "CONVENTION",
      converter = Conventions.class,
      completionCandidates = Conventions.class,
      defaultValue = "top-candidate",
      description = {
        "How votes count in multi-member wards, for vote shares and swing (default:"
            + " ${DEFAULT-VALUE}):",
        "top-candidate: each party's best-placed candidate per ward;",
        "all-votes: every vote cast for each of a party's candidates."
      })
  VoteConvention convention = VoteConvention.TOP_CANDIDATE;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Only the councils of this region, such as London.")
  @Nullable String region;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = CouncilTypes.class,
      completionCandidates = CouncilTypes.class,
      description = "Only the councils of this type: ${COMPLETION-CANDIDATES}.")
  @Nullable CouncilType type;

  @Option(
      names = "--baseline",
      paramLabel = "BASELINE",
      converter = Baselines.class,
      completionCandidates = Baselines.class,
      defaultValue = "last-fought",
      description = {
        "What seat changes are measured against (default: ${DEFAULT-VALUE}):",
        "last-fought: the seats as won when last fought, notional after boundary changes"
            + " (most broadcasters);",
        "pre-election: the seats held on the eve of the poll, counting by-elections and"
            + " defections (PA Media); where the election file's previous seats equal the seats"
            + " defended everywhere, both give the same figures, which a note on standard error"
            + " says."
      })
  SeatBaseline baseline = SeatBaseline.LAST_FOUGHT;

  /**
   * An empty tally of the election with the chosen baseline; cohesive parties only may control.
   *
   * @param election the election
   * @return the tally
   */
  Tally emptyTally(Election election) {
    return Tally.of(election, baseline, ControlRule.cohesiveOnly());
  }

  /**
   * A note for {@code --baseline pre-election} when it cannot change a figure: every selected
   * council's seats held on the eve of the poll equal its seats as last fought (the data records
   * no by-election or defection), so both baselines give the same seat changes.
   *
   * @param election the election
   * @param filter the councils selected
   * @return the note, or empty when the baseline is last-fought or the baselines differ
   */
  Optional<String> baselineNote(Election election, CouncilFilter filter) {
    if (baseline != SeatBaseline.PRE_ELECTION) {
      return Optional.empty();
    }
    for (Contest contest : election.contests()) {
      if (filter.test(contest.council())
          && !SeatBaseline.PRE_ELECTION.of(contest).equals(SeatBaseline.LAST_FOUGHT.of(contest))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "note: --baseline pre-election gives the same seat changes as last-fought here: in every"
            + " council the seats held on the eve of the poll equal the seats as last fought (the"
            + " election file records no by-election or defection)");
  }

  /**
   * The councils the options select.
   *
   * @param election the election, whose regions and types the options must name
   * @param commandLine the command, for the usage error
   * @return the filter
   * @throws ParameterException if no council of the election is in the region or of the type
   */
  CouncilFilter filter(Election election, CommandLine commandLine) {
    CouncilFilter filter = CouncilFilter.all();
    String chosenRegion = region;
    if (chosenRegion != null) {
      if (!election.regions().contains(chosenRegion)) {
        throw new ParameterException(
            commandLine,
            "--region "
                + chosenRegion
                + ": no council of election "
                + election.id()
                + " is in that region; its regions are "
                + String.join(", ", election.regions()));
      }
      filter = CouncilFilter.region(chosenRegion);
    }
    CouncilType chosenType = type;
    if (chosenType != null) {
      if (election.councils().stream().noneMatch(c -> c.type() == chosenType)) {
        throw new ParameterException(
            commandLine,
            "--type "
                + CouncilTypes.name(chosenType)
                + ": no council of election "
                + election.id()
                + " is of that type");
      }
      CouncilFilter byType = CouncilFilter.type(chosenType);
      filter = filter.isAll() ? byType : filter.and(byType);
    }
    return filter;
  }

  /**
   * The scoreboard for the councils the options select: the default heading ("State of parties
   * after 20 of 32 councils declare") for all councils, "... of 32 London councils" for a region,
   * "... of 32 London borough councils" for a type.
   *
   * @return the scoreboard
   */
  Scoreboard scoreboard() {
    return scoreboard(region, type);
  }

  /**
   * The scoreboard for the councils of a region, of a type, or both, with its heading as {@link
   * #scoreboard()} gives it.
   *
   * @param chosenRegion the region, or null for every region
   * @param chosenType the type, or null for every type
   * @return the scoreboard
   */
  static Scoreboard scoreboard(@Nullable String chosenRegion, @Nullable CouncilType chosenType) {
    if (chosenRegion == null && chosenType == null) {
      return Scoreboard.standard();
    }
    String councils;
    if (chosenType == null) {
      councils = chosenRegion + " councils";
    } else if (chosenRegion == null) {
      councils = CouncilTypes.words(chosenType) + " councils";
    } else {
      councils = "councils (" + chosenRegion + ", " + CouncilTypes.words(chosenType) + ")";
    }
    String safe = councils.replace('{', '(').replace('}', ')');
    return Scoreboard.standard()
        .withHeading("State of parties after {declared} of {expected} " + safe);
  }

  /** The council types as the JSON format names them: london-borough, shire-district, ... */
  static final class CouncilTypes implements ITypeConverter<CouncilType>, Iterable<String> {
    static String name(CouncilType type) {
      return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type in words for a heading: "London borough", "shire district", "Welsh principal area". */
    static String words(CouncilType type) {
      String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      for (String proper : List.of("London", "Welsh", "Scottish", "Northern Irish")) {
        String lower = proper.toLowerCase(Locale.ROOT);
        if (words.startsWith(lower)) {
          words = proper + words.substring(lower.length());
        }
      }
      return words;
    }

    @Override
    public CouncilType convert(String value) {
      for (CouncilType type : CouncilType.values()) {
        if (name(type).equalsIgnoreCase(value)) {
          return type;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a council type; the types are " + String.join(", ", this));
    }

    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (CouncilType type : CouncilType.values()) {
        names.add(name(type));
      }
      return names.iterator();
    }
  }

  /**
   * Checks that {@code --example} is given only without files.
   *
   * @param filesGiven whether ELECTION was given
   * @param commandLine the command
   * @throws ParameterException if both are given
   */
  void checkExample(boolean filesGiven, CommandLine commandLine) {
    if (filesGiven && commandLine.getParseResult().hasMatchedOption("--example")) {
      throw new ParameterException(
          commandLine, "--example " + example.id() + " is for running without files; give"
              + " ELECTION and RESULTS, or --example alone");
    }
  }

  /** The vote conventions: top-candidate and all-votes. */
  static final class Conventions implements ITypeConverter<VoteConvention>, Iterable<String> {
    @Override
    public VoteConvention convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "top-candidate" -> VoteConvention.TOP_CANDIDATE;
        case "all-votes" -> VoteConvention.ALL_VOTES;
        default -> throw new TypeConversionException(
            "'" + value + "' is not a vote convention; the conventions are top-candidate,"
                + " all-votes");
      };
    }

    @Override
    public Iterator<String> iterator() {
      return List.of("top-candidate", "all-votes").iterator();
    }
  }

  /** The seat-change baselines: last-fought and pre-election. */
  static final class Baselines implements ITypeConverter<SeatBaseline>, Iterable<String> {
    @Override
    public SeatBaseline convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "last-fought" -> SeatBaseline.LAST_FOUGHT;
        case "pre-election" -> SeatBaseline.PRE_ELECTION;
        default -> throw new TypeConversionException(
            "'" + value + "' is not a baseline; the baselines are last-fought, pre-election");
      };
    }

    @Override
    public Iterator<String> iterator() {
      return List.of("last-fought", "pre-election").iterator();
    }
  }
}
