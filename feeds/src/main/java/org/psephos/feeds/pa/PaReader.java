package org.psephos.feeds.pa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.psephos.Checks;
import org.psephos.DataSubject;

/**
 * Reads PA's local elections messages: {@code LocalElectionNominations}, {@code
 * LocalElectionResult} and {@code LocalStateOfParties}, by their root element. Values are checked
 * against PA's schema (council types and proportions, outcomes, non-negative seats, signed
 * changes); the election's own rules are checked when the message is applied.
 *
 * <p>XML is read with StAX; DTDs and external entities are refused, and a document holding a
 * DOCTYPE is rejected. Thread-safe: it keeps no state.
 */
public final class PaReader {
  /** PA's council types (its schema's {@code CouncilType}). */
  static final Set<String> COUNCIL_TYPES =
      Set.of("England", "Scotland", "Wales", "Metro", "Non-Met", "Unitary", "London");

  /** PA's proportions of seats up ({@code CouncilProportion}). */
  static final Set<String> PROPORTIONS = Set.of("all", "half", "third");

  /** The outcomes of local elections in PA's {@code GainOrHold}. */
  static final Set<String> OUTCOMES = Set.of("gain", "no change", "lose to NOC", "hold", "win");

  /** The regions of a state-of-parties message. */
  static final Set<String> REGIONS = Set.of("All", "England", "Scotland", "Wales");

  private PaReader() {}

  /**
   * Reads one file.
   *
   * @param file the file
   * @return the message
   * @throws PaFeedException if the file is not one of PA's local elections messages, is not
   *     well-formed (a truncated file) or holds a value PA's schema does not allow, naming the
   *     file, the element path and the value
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PaMessage read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Path name = file.getFileName();
    return read(name == null ? file.toString() : name.toString(), bytes);
  }

  /**
   * Reads one document.
   *
   * @param file the file's name, for messages
   * @param bytes the document
   * @return the message
   * @throws PaFeedException if the document is not one of PA's local elections messages, is not
   *     well-formed or holds a value PA's schema does not allow
   */
  public static PaMessage read(String file, byte[] bytes) {
    XmlElement root = PaXml.read(file, bytes);
    return switch (root.name()) {
      case "LocalElectionNominations" -> nominations(root);
      case "LocalElectionResult" -> result(root);
      case "LocalStateOfParties" -> stateOfParties(root);
      default -> throw root.error(
            PaFeedException.Kind.NOT_PA_XML,
            "root element " + root.name() + " is not one of PA's local elections messages"
                + " (LocalElectionNominations, LocalElectionResult, LocalStateOfParties)");
    };
  }

  private static PaNominations nominations(XmlElement root) {
    XmlElement election = root.child("Election");
    List<PaCouncilNominations> councils = new ArrayList<>();
    for (XmlElement council : requireSome(election, "Council")) {
      List<PaPartyNominations> parties = new ArrayList<>();
      for (XmlElement party : council.children("Party")) {
        int held = party.optionalInt("seatsHeld", 0, Checks.MAX_SEATS, 0);
        int offered = party.optionalInt("seatsOffered", 0, Checks.MAX_SEATS, 0);
        if (offered > held) {
          throw party.error(
              PaFeedException.Kind.INVALID_VALUE,
              "seatsOffered (" + offered + ") exceed seatsHeld (" + held + ")",
              DataSubject.none().withCouncil("pa:" + council.required("paId")));
        }
        parties.add(
            new PaPartyNominations(
                party.required("paId"),
                party.required("name"),
                party.required("abbreviation"),
                held,
                offered,
                party.path()));
      }
      councils.add(
          new PaCouncilNominations(
              council.required("paId"),
              council.required("name"),
              oneOf(council, "type", COUNCIL_TYPES),
              oneOf(council, "proportion", PROPORTIONS),
              council.flag("boundaryChange"),
              parties,
              council.path()));
    }
    return new PaNominations(
        root.file(), date(election), election.required("paId"), councils);
  }

  private static PaResult result(XmlElement root) {
    int revision = root.optionalInt("revision", 1, Integer.MAX_VALUE, 1);
    XmlElement election = root.child("Election");
    List<PaCouncilResult> councils = new ArrayList<>();
    for (XmlElement council : requireSome(election, "Council")) {
      oneOf(council, "type", COUNCIL_TYPES);
      oneOf(council, "proportion", PROPORTIONS);
      Optional<String> outcome = council.optional("gainOrHold");
      if (outcome.isPresent()) {
        oneOf(council, "gainOrHold", OUTCOMES);
      }
      councils.add(
          new PaCouncilResult(
              council.required("paId"),
              council.required("name"),
              council.optional("winningParty"),
              outcome,
              council.optional("sittingParty"),
              council.optionalChild("ElectedCouncillors").map(e -> figures(e, "seats", 1)),
              council.optionalChild("Changes").map(e -> figures(e, "change", -Checks.MAX_SEATS)),
              figures(council.child("NewCouncil"), "seats", 1),
              council.path()));
    }
    return new PaResult(root.file(), revision, councils);
  }

  private static List<PaPartyFigure> figures(XmlElement parent, String attribute, int min) {
    List<PaPartyFigure> figures = new ArrayList<>();
    for (XmlElement party : parent.children("Party")) {
      figures.add(
          new PaPartyFigure(
              party.required("paId"),
              party.required("name"),
              party.requiredInt(attribute, min, Checks.MAX_SEATS),
              party.path()));
    }
    return figures;
  }

  private static PaStateOfParties stateOfParties(XmlElement root) {
    XmlElement election = root.child("Election");
    List<PaPartyState> parties = new ArrayList<>();
    for (XmlElement party : root.child("Parties").children("Party")) {
      parties.add(
          new PaPartyState(
              party.optional("paId"),
              party.required("name"),
              party.required("abbreviation"),
              party.requiredInt("totalCouncils", 0, Checks.MAX_CONTESTS),
              party.requiredInt("changeInControl", -Checks.MAX_CONTESTS, Checks.MAX_CONTESTS),
              party.requiredInt("seatsWon", 0, Integer.MAX_VALUE),
              party.requiredInt("netChangeInSeats", -Integer.MAX_VALUE, Integer.MAX_VALUE)));
    }
    List<PaCouncilRef> councils = new ArrayList<>();
    Optional<XmlElement> included = root.optionalChild("CouncilsIncluded");
    for (XmlElement council : included.map(e -> e.children("Council")).orElse(List.of())) {
      councils.add(
          new PaCouncilRef(
              council.required("paId"),
              council.required("name"),
              oneOf(council, "type", COUNCIL_TYPES),
              oneOf(council, "proportion", PROPORTIONS),
              council.path()));
    }
    return new PaStateOfParties(
        root.file(),
        root.optional("region").isPresent() ? oneOf(root, "region", REGIONS) : "All",
        root.optionalInt("numberOfResults", 0, Checks.MAX_CONTESTS, councils.size()),
        root.optionalInt("totalNumberOfCouncils", 0, Checks.MAX_CONTESTS, 0),
        election.optional("paId").orElse(""),
        parties,
        councils);
  }

  private static List<XmlElement> requireSome(XmlElement parent, String name) {
    List<XmlElement> found = parent.children(name);
    if (found.isEmpty()) {
      throw parent.error(PaFeedException.Kind.NOT_PA_XML, "no " + name + " element");
    }
    return found;
  }

  private static String oneOf(XmlElement element, String attribute, Set<String> allowed) {
    String value = element.required(attribute);
    if (!allowed.contains(value)) {
      throw element.error(
          PaFeedException.Kind.INVALID_VALUE,
          "attribute " + attribute + " is \"" + value + "\", not one of " + new java.util.TreeSet<>(
              allowed));
    }
    return value;
  }

  private static LocalDate date(XmlElement election) {
    String text = election.required("date");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw election.error(
          PaFeedException.Kind.INVALID_VALUE, "attribute date is \"" + text + "\", not a date");
    }
  }
}
