package org.psephos.feeds.pa;

import static java.util.Objects.requireNonNull;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Party;
import org.psephos.tally.CouncilFilter;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;

/**
 * Writes PA's {@code LocalStateOfParties} message from any tally, over the declared councils a
 * filter keeps, so that systems built on PA's message can be fed from Psephos. The message
 * validates against PA's schema: the election's date and PA id; one line per party with any seat
 * won, any council controlled or any change, in the election's party order, then the "No Overall
 * Control" line; and the councils included, in the tally's order, with PA's type and proportion.
 *
 * <p>Ids are PA's: a {@code pa:} prefix, as {@link PaElection} gives, is taken off; other ids are
 * written as they are. PA's type comes from the council's type; its proportion is {@code all} for
 * an all-out contest, {@code half} when half the seats are up, and {@code third} otherwise.
 * Changes are written with their sign ({@code +2}), as PA does.
 */
public final class PaStateOfPartiesWriter {
  private static final String NO_OVERALL_CONTROL = "No Overall Control";

  private PaStateOfPartiesWriter() {}

  /**
   * The message as a string.
   *
   * @param tally the tally
   * @param filter the councils to cover (of the declared ones), such as a region
   * @param region PA's region: {@code All}, {@code England}, {@code Scotland} or {@code Wales}
   * @param electionPaId PA's election id, such as {@code "252"}
   * @return the XML document
   * @throws IllegalArgumentException if the region is not one of PA's, or a council covered is of
   *     a type PA has no name for (a Northern Irish district)
   */
  public static String write(Tally tally, CouncilFilter filter, String region, String electionPaId) {
    StringWriter out = new StringWriter();
    write(tally, filter, region, electionPaId, out);
    return out.toString();
  }

  /**
   * The message of a tally of PA's election, as a string: as {@link #write(Tally, CouncilFilter,
   * String, String)}, with PA's election id, and each council's type and proportion as its
   * nominations give them.
   *
   * @param election the election of PA's nominations
   * @param tally a tally of that election
   * @param filter the councils to cover (of the declared ones)
   * @param region PA's region: {@code All}, {@code England}, {@code Scotland} or {@code Wales}
   * @return the XML document
   * @throws IllegalArgumentException if the region is not one of PA's, or the tally is not of the
   *     election
   */
  public static String write(PaElection election, Tally tally, CouncilFilter filter, String region) {
    if (!tally.election().equals(election.election())) {
      throw new IllegalArgumentException(
          "the tally is of " + tally.election().id() + ", not of " + election);
    }
    StringWriter out = new StringWriter();
    write(tally, filter, region, election.paId(), out, election);
    return out.toString();
  }

  /**
   * Writes the message.
   *
   * @param tally the tally
   * @param filter the councils to cover (of the declared ones)
   * @param region PA's region: {@code All}, {@code England}, {@code Scotland} or {@code Wales}
   * @param electionPaId PA's election id
   * @param out where to write; not closed
   * @throws IllegalArgumentException if the region is not one of PA's, or a council covered is of
   *     a type PA has no name for
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(
      Tally tally, CouncilFilter filter, String region, String electionPaId, Writer out) {
    write(tally, filter, region, electionPaId, out, null);
  }

  private static void write(
      Tally tally,
      CouncilFilter filter,
      String region,
      String electionPaId,
      Writer out,
      @Nullable PaElection election) {
    requireNonNull(tally, "tally");
    requireNonNull(filter, "filter");
    requireNonNull(electionPaId, "electionPaId");
    if (!PaReader.REGIONS.contains(region)) {
      throw new IllegalArgumentException(
          "region \"" + region + "\" is not one of PA's: All, England, Scotland, Wales");
    }
    List<Council> declared = tally.declaredCouncils().stream().filter(filter).toList();
    for (Council council : declared) {
      paType(council.type());
    }
    long expected = tally.election().councils().stream().filter(filter).count();
    Standings standings = tally.standings(filter);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("LocalStateOfParties");
      xml.writeAttribute("region", region);
      xml.writeAttribute("numberOfResults", Integer.toString(declared.size()));
      xml.writeAttribute("totalNumberOfCouncils", Long.toString(expected));
      xml.writeCharacters("\n  ");
      xml.writeEmptyElement("Election");
      xml.writeAttribute("date", tally.election().date().toString());
      xml.writeAttribute("paId", electionPaId);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("Parties");
      for (PartyStanding standing : standings.parties()) {
        if (!PaStateOfPartiesCheck.isZero(standing)) {
          writeParty(xml, standing);
        }
      }
      writeLine(xml, null, NO_OVERALL_CONTROL, "NOC", standings.noOverallControl(),
          standings.noOverallControlChange(), 0, 0);
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
      xml.writeStartElement("CouncilsIncluded");
      for (Council council : declared) {
        writeCouncil(xml, tally.election().requireContest(council), election);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new java.io.UncheckedIOException(
          new java.io.IOException("cannot write the state of parties: " + e.getMessage(), e));
    }
  }

  private static void writeParty(XMLStreamWriter xml, PartyStanding standing)
      throws XMLStreamException {
    Party party = standing.party();
    writeLine(
        xml,
        PaElection.paIdOf(party.id()),
        party.name(),
        party.shortName(),
        standing.councils(),
        standing.councilsChange(),
        standing.seatsWon(),
        standing.seatsChange());
  }

  private static void writeLine(
      XMLStreamWriter xml,
      @Nullable String paId,
      String name,
      String abbreviation,
      int councils,
      int councilsChange,
      int seatsWon,
      int seatsChange)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("Party");
    if (paId != null) {
      xml.writeAttribute("paId", paId);
    }
    xml.writeAttribute("name", name);
    xml.writeAttribute("abbreviation", abbreviation);
    xml.writeAttribute("totalCouncils", Integer.toString(councils));
    xml.writeAttribute("changeInControl", PaResultCheck.signed(councilsChange));
    xml.writeAttribute("seatsWon", Integer.toString(seatsWon));
    xml.writeAttribute("netChangeInSeats", PaResultCheck.signed(seatsChange));
  }

  private static void writeCouncil(
      XMLStreamWriter xml, Contest contest, @Nullable PaElection election)
      throws XMLStreamException {
    Council council = contest.council();
    PaCouncilNominations nominations = election == null ? null : election.nominations(council);
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("Council");
    xml.writeAttribute("name", council.name());
    xml.writeAttribute("paId", PaElection.paIdOf(council.id()));
    xml.writeAttribute(
        "type", nominations == null ? paType(council.type()) : nominations.type());
    xml.writeAttribute(
        "proportion", nominations == null ? proportion(contest) : nominations.proportion());
  }

  /**
   * PA's name of a council type.
   *
   * @param type core's council type
   * @return PA's name: London, Metro, Unitary, Non-Met, England (a county), Wales or Scotland
   * @throws IllegalArgumentException for a Northern Irish district, which PA's local messages do
   *     not cover
   */
  public static String paType(CouncilType type) {
    return switch (type) {
      case LONDON_BOROUGH -> "London";
      case METROPOLITAN_BOROUGH -> "Metro";
      case UNITARY_AUTHORITY -> "Unitary";
      case SHIRE_DISTRICT -> "Non-Met";
      case COUNTY -> "England";
      case WELSH_PRINCIPAL_AREA -> "Wales";
      case SCOTTISH_COUNCIL -> "Scotland";
      case NORTHERN_IRISH_DISTRICT ->
          throw new IllegalArgumentException("PA's local messages have no council type for " + type);
    };
  }

  private static String proportion(Contest contest) {
    if (contest.isAllOut()) {
      return "all";
    }
    return contest.contested() * 2 == contest.council().size() ? "half" : "third";
  }
}
