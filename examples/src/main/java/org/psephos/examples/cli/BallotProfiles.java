package org.psephos.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.UnresolvedTieException;
import org.psephos.Ward;
import org.psephos.json.PublishedWardResult;
import org.psephos.stv.BallotProfile;
import org.psephos.stv.CountSheet;
import org.psephos.stv.StvRules;
import org.psephos.tally.Tally;

/**
 * Ballot profiles (BLT files, as Scottish councils publish each ward's preferences) given where
 * results go: each is counted by the single transferable vote under its council's rules (Scottish
 * or Northern Irish) and becomes that ward's result, so {@code tally} and {@code replay} take an
 * STV election's wards as they take ward results.
 *
 * <p>A profile belongs to the ward whose id is its file's name without {@code .blt}
 * ({@code S13002836.blt}); failing that, to the one ward of an STV council whose name is the
 * profile's title, ignoring case and a leading "Ward N - " ({@code "Ward 7 - Tain and Easter
 * Ross"}). Anything else is an error naming the file: no guess is made.
 */
final class BallotProfiles {
  private static final String EXTENSION = ".blt";

  private BallotProfiles() {}

  /**
   * Whether results given as this path are ballot profiles: a folder, or a file named {@code
   * *.blt}, or one whose first character that is not white space is a digit (a BLT file starts
   * with its numbers of candidates and seats; a JSON document or stream with a brace).
   *
   * @param file the path given for the results
   * @param in the file's content, when it is a file, which must support mark and reset
   * @return whether to read it as ballot profiles
   * @throws IOException if the file cannot be read
   */
  static boolean are(Path file, BufferedInputStream in) throws IOException {
    if (file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
      return true;
    }
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b < 0) {
          return false;
        }
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
          continue;
        }
        return b >= '0' && b <= '9';
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /**
   * The ward results of the profiles in a folder (its {@code *.blt} files, in the order of their
   * names), counted.
   *
   * @param folder the folder
   * @param tally the tally they are for
   * @return the ward results, numbered from 1 in that order
   * @throws BadDataException if the folder holds no profile, or a profile is bad, belongs to no
   *     ward of an STV council, or needs a lot drawn
   */
  static List<PublishedWardResult> readFolder(Path folder, Tally tally) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(EXTENSION) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw Inputs.unreadable(folder.toString(), e);
    }
    if (files.isEmpty()) {
      throw new BadDataException(Problem.ofFile(folder.toString(),
          "the folder holds no ballot profile (*.blt) and is not results").toString());
    }
    files.sort(null);
    List<PublishedWardResult> results = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        results.add(count(file.toString(), stem(file), in, tally, results.size() + 1));
      } catch (IOException e) {
        throw Inputs.unreadable(file.toString(), e);
      }
    }
    return List.copyOf(results);
  }

  /**
   * The ward result of one profile, counted.
   *
   * @param name the input's name, for messages
   * @param stem the file's name without {@code .blt}, tried as the ward's id; empty for
   *     standard input
   * @param in the profile
   * @param tally the tally it is for
   * @param sequence the result's sequence number
   * @return the ward result
   * @throws BadDataException as {@link #readFolder}
   */
  static PublishedWardResult count(
      String name, String stem, InputStream in, Tally tally, long sequence) {
    Election election = tally.election();
    BallotProfile profile;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      profile = BallotProfile.readBlt(reader);
    } catch (IOException e) {
      throw Inputs.unreadable(name, e);
    } catch (ElectionDataException e) {
      throw new BadDataException(Problem.ofFile(name, String.valueOf(e.getMessage())).toString(), e);
    }
    String wardId = wardOf(name, stem, profile, election);
    Contest contest = election.contestOfWard(wardId).orElseThrow();
    StvRules rules = rulesOf(name, contest);
    try {
      CountSheet sheet = rules.count(profile);
      return PublishedWardResult.of(election.id(), sequence, sheet.toWardResult(election, wardId));
    } catch (UnresolvedTieException e) {
      throw new BadDataException(Problem.ofFile(name, e.getMessage()
          + "; count the ward with the lot drawn at the count (psephos count " + name
          + " --lot NAME) and give its ward result instead").toString(), e);
    } catch (ElectionDataException e) {
      throw new BadDataException(Problem.ofFile(name, String.valueOf(e.getMessage())).toString(), e);
    }
  }

  /** The file's name without {@code .blt} (in any case), or the whole name without it. */
  private static String stem(Path file) {
    String name = String.valueOf(file.getFileName());
    return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)
        ? name.substring(0, name.length() - EXTENSION.length())
        : name;
  }

  /** The ward a profile belongs to: by the file's name as an id, else by the profile's title. */
  private static String wardOf(String name, String stem, BallotProfile profile, Election election) {
    if (!stem.isEmpty() && election.contestOfWard(stem).isPresent()) {
      return stem;
    }
    String title = wardName(profile.title());
    List<String> matches = new ArrayList<>();
    for (Contest contest : election.contests()) {
      if (contest.council().type().electsByTransferableVote()) {
        for (Ward ward : contest.wards()) {
          if (!title.isEmpty() && wardName(ward.name()).equals(title)) {
            matches.add(ward.id());
          }
        }
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String tried = (stem.isEmpty() ? "" : "no ward has the id \"" + stem + "\" (the file's name)"
        + " and ") + (matches.isEmpty()
            ? "no ward of a Scottish or Northern Irish council is named \"" + profile.title()
                + "\" (the profile's title)"
            : "wards " + String.join(", ", matches) + " are all named \"" + profile.title()
                + "\" (the profile's title)");
    throw new BadDataException(Problem.ofFile(name, "the ballot profile belongs to no single ward"
        + " of election " + election.id() + ": " + tried + "; name the file after its ward's id")
        .toString());
  }

  /** A ward's name compared: lower case, single spaces, without a leading "Ward 7 - ". */
  private static String wardName(String name) {
    String folded = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return folded.replaceFirst("^ward [0-9]+ ?[-:\u2013] ?", "");
  }

  private static StvRules rulesOf(String name, Contest contest) {
    return switch (contest.council().type()) {
      case SCOTTISH_COUNCIL -> StvRules.SCOTLAND;
      case NORTHERN_IRISH_DISTRICT -> StvRules.NORTHERN_IRELAND;
      default -> throw new BadDataException(Problem.ofFile(name, contest.council().label()
          + " elects by most votes, not by the single transferable vote: give its wards' results,"
          + " not ballot profiles").toString());
    };
  }

  /**
   * The ward result of a profile read from an input that is not a folder.
   *
   * @param name the input's name
   * @param file the path given
   * @param in the input
   * @param tally the tally it is for
   * @return the ward result, numbered 1
   */
  static List<PublishedWardResult> readFile(
      String name, Path file, InputStream in, Tally tally) {
    String stem = Inputs.isStandardInput(file) || file.getFileName() == null ? "" : stem(file);
    return List.of(count(name, stem, in, tally, 1));
  }
}
