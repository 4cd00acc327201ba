package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.Metadata;
import org.psephos.json.PsephosJsonException.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psephos.Contest;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.PartyAliases;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The election definition document ({@code "psephos.election/1"}) as {@link ElectionDefinition}
 * and as {@link Election} (colours and metadata dropped), and {@link PartyAliases} as an object of
 * alias to party id. A {@link Party}: {@code {"id": "PP53", "name": "Labour", "shortName": "Lab",
 * "cohesive": true, "colour": "#E4003B"}}; {@code cohesive} defaults to true, {@code colour} is
 * optional.
 */
final class ElectionCodec {
  static final Set<String> MEMBERS =
      Set.of("format", "id", "date", "name", "metadata", "parties", "aliases", "councils");
  static final Set<String> METADATA_MEMBERS = Set.of("source", "licence");
  static final Set<String> PARTY_MEMBERS = Set.of("id", "name", "shortName", "cohesive", "colour");

  private ElectionCodec() {}

  /** Reads every council, failing at the first fault. */
  static final BiPredicate<Tokens, List<Contest>> STRICT = (in, into) -> {
    Tokens.Elements elements = in.array(() -> "the councils", JsonLimits.MAX_COUNCILS);
    Wards wards = new Wards();
    while (elements.next()) {
      into.add(wards.count(in));
    }
    return true;
  };

  /**
   * Reads an election definition document at the current token. The councils and aliases name
   * the parties, so if they come before the parties, they are read again afterwards from the
   * start of the document, by a parser {@code again} gives (a deserializer, which cannot, fails).
   * {@code councils} reads the councils array at the current token, with the context of the
   * election's parties, into a list; false if it stopped early (a validator's, at its limit of
   * problems).
   *
   * @return the definition, or null if {@code councils} stopped early
   */
  static @Nullable ElectionDefinition read(Tokens in, @Nullable Supplier<JsonParser> again,
      BiPredicate<Tokens, List<Contest>> councils) {
    in.require(JsonToken.START_OBJECT, () -> "a " + DocumentKind.ELECTION.formatName()
        + " document");
    Tokens.Members members = in.object(() -> "an election", MEMBERS);
    Header header = new Header();
    boolean deferred = false;
    boolean stopped = false;
    for (String name = members.next(); name != null; name = members.next()) {
      if (name.equals("format")) {
        in.format(DocumentKind.ELECTION);
      } else if (header.parties == null && (name.equals("councils") || name.equals("aliases"))) {
        if (again == null) {
          throw in.fail(Kind.INVALID_VALUE, "the election's \"" + name + "\" come before its"
              + " parties, which they name; a document read within another must list the"
              + " parties first", null);
        }
        in.skip();
        deferred = true;
      } else {
        stopped |= !header.read(name, in, councils);
      }
    }
    if (!members.has("format")) {
      throw in.noFormat(DocumentKind.ELECTION, members);
    }
    String id = members.required(header.id, "id");
    LocalDate date = members.required(header.date, "date");
    String name = members.required(header.name, "name");
    List<Party> parties = members.required(header.parties, "parties");
    if (deferred) {
      stopped = !again(requireNonNull(again), in.context, header, councils);
    }
    List<Contest> contests = members.required(header.contests, "councils");
    if (stopped) {
      return null;
    }
    Election election =
        members.core(() -> Election.of(id, date, name, parties, header.aliases, contests));
    return new ElectionDefinition(election, header.colours, header.metadata);
  }

  /** Reads the aliases and councils of a document again, now that its parties are known. */
  private static boolean again(Supplier<JsonParser> again, ReadContext outer, Header header,
      BiPredicate<Tokens, List<Contest>> councils) {
    try (JsonParser parser = again.get()) {
      Tokens in = new Tokens(parser, ReadContext.withParties(outer.options,
          requireNonNull(header.parties)));
      in.next();
      Tokens.Members members = in.object(() -> "an election", MEMBERS);
      boolean going = true;
      for (String name = members.next(); name != null; name = members.next()) {
        if (name.equals("councils") || name.equals("aliases")) {
          going &= header.read(name, in, councils);
        } else {
          parser.skipChildren();
        }
      }
      return going;
    }
  }

  /** What an election file says besides its councils, as read so far. */
  private static final class Header {
    @Nullable String id;
    @Nullable LocalDate date;
    @Nullable String name;
    Metadata metadata = Metadata.none();
    @Nullable List<Party> parties;
    Map<String, String> colours = new LinkedHashMap<>();
    PartyAliases aliases = PartyAliases.empty();
    @Nullable List<Contest> contests;

    /** Reads a member of the root at the current token; false if reading councils stopped. */
    boolean read(String member, Tokens in, BiPredicate<Tokens, List<Contest>> councils) {
      switch (member) {
        case "id" -> id = in.id(() -> "the election's \"id\"");
        case "date" -> {
          String text = in.string("the election's \"date\"");
          try {
            date = LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw in.fail(Kind.INVALID_VALUE, "the election's date \"" + text
                + "\" is not a date YYYY-MM-DD", e);
          }
        }
        case "name" -> name = in.string("the election's \"name\"");
        case "metadata" -> {
          Tokens.Members meta = in.object(() -> "the metadata", METADATA_MEMBERS);
          String source = null;
          String licence = null;
          for (String key = meta.next(); key != null; key = meta.next()) {
            if (key.equals("source")) {
              source = in.string("the metadata's \"source\"");
            } else {
              licence = in.string("the metadata's \"licence\"");
            }
          }
          metadata = new Metadata(source, licence);
        }
        case "parties" -> {
          Tokens.Elements elements = in.array(() -> "the parties", JsonLimits.MAX_PARTIES);
          List<Party> read = new ArrayList<>();
          while (elements.next()) {
            PartyRead party = readParty(in);
            read.add(party.party());
            if (party.colour() != null) {
              colours.putIfAbsent(party.party().id(), party.colour());
            }
          }
          parties = read;
        }
        case "aliases" -> aliases = readAliases(
            new Tokens(in.parser, ReadContext.withParties(in.context.options,
                requireNonNull(parties))));
        default -> {
          List<Contest> read = new ArrayList<>();
          contests = read;
          return councils.test(new Tokens(in.parser,
              ReadContext.withParties(in.context.options, requireNonNull(parties))), read);
        }
      }
      return true;
    }
  }

  /** The wards of the councils read so far, within {@link JsonLimits#MAX_WARDS}. */
  static final class Wards {
    private int wards;

    /** Reads a council with its contest at the current token, and counts its wards. */
    Contest count(Tokens in) {
      long start = in.mark();
      Contest contest = ContestCodec.read(in);
      wards += contest.wards().size();
      if (wards > JsonLimits.MAX_WARDS) {
        throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, "the councils list more than the"
            + " limit of " + JsonLimits.MAX_WARDS + " wards", in.pointer(), Tokens.lineOf(start),
            Tokens.columnOf(start), null);
      }
      return contest;
    }
  }

  /** Reads the aliases at the current token: an object of alias to party id. */
  static PartyAliases readAliases(Tokens in) {
    Tokens.Members members = in.object(() -> "the aliases", null);
    PartyAliases.Builder builder = PartyAliases.builder();
    int count = 0;
    for (String alias = members.next(); alias != null; alias = members.next()) {
      if (++count > JsonLimits.MAX_ALIASES) {
        do {
          in.skip();
        } while (members.next() != null && ++count > 0);
        throw members.fail(Kind.LIMIT_EXCEEDED, "the aliases number " + count
            + ", more than the limit of " + JsonLimits.MAX_ALIASES, null);
      }
      String name = alias;
      String partyId = in.string("the party id of alias \"" + alias + "\"");
      Party party = in.context.party(partyId, in, () -> "alias \"" + name + "\"");
      in.core(() -> builder.alias(name, party));
    }
    return builder.build();
  }

  static void writeAliases(PartyAliases aliases, JsonGenerator generator) {
    generator.writeStartObject();
    for (Map.Entry<String, Party> alias : aliases.asMap().entrySet()) {
      generator.writeStringProperty(alias.getKey(), alias.getValue().id());
    }
    generator.writeEndObject();
  }

  static void write(ElectionDefinition definition, JsonGenerator generator) {
    Election election = definition.election();
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.ELECTION.format());
    generator.writeStringProperty("id", election.id());
    generator.writeStringProperty("date", election.date().toString());
    generator.writeStringProperty("name", election.name());
    Metadata metadata = definition.metadata();
    if (!metadata.isEmpty()) {
      generator.writeName("metadata");
      generator.writeStartObject();
      if (metadata.source() != null) {
        generator.writeStringProperty("source", metadata.source());
      }
      if (metadata.licence() != null) {
        generator.writeStringProperty("licence", metadata.licence());
      }
      generator.writeEndObject();
    }
    generator.writeName("parties");
    generator.writeStartArray();
    for (Party party : election.parties()) {
      writeParty(party, definition.colours().get(party.id()), generator);
    }
    generator.writeEndArray();
    if (election.aliases().size() > 0) {
      generator.writeName("aliases");
      writeAliases(election.aliases(), generator);
    }
    generator.writeName("councils");
    generator.writeStartArray();
    for (Contest contest : election.contests()) {
      ContestCodec.write(contest, generator);
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  /** A party read with its colour, if any. */
  record PartyRead(Party party, @Nullable String colour) {}

  /** Reads a party at the current token. */
  static PartyRead readParty(Tokens in) {
    Tokens.Members members = in.object(() -> "a party", PARTY_MEMBERS);
    String id = null;
    String name = null;
    String shortName = null;
    boolean cohesive = true;
    String colour = null;
    Where colourAt = null;
    for (String member = members.next(); member != null; member = members.next()) {
      switch (member) {
        case "id" -> id = in.id(() -> "a party's \"id\"");
        case "name" -> name = in.string("a party's \"name\"");
        case "shortName" -> shortName = in.string("a party's \"shortName\"");
        case "cohesive" -> cohesive = in.bool("a party's \"cohesive\"");
        default -> {
          colour = in.string("a party's \"colour\"");
          colourAt = in.place();
        }
      }
    }
    String partyId = members.required(id, "id");
    String partyName = members.required(name, "name");
    String partyShortName = members.required(shortName, "shortName");
    if (colour != null) {
      try {
        colour = ElectionDefinition.requireColour(colour);
      } catch (IllegalArgumentException e) {
        throw requireNonNull(colourAt)
            .fail(Kind.INVALID_VALUE, "party " + partyId + ": " + e.getMessage(), e);
      }
    }
    boolean isCohesive = cohesive;
    Party party = members.core(() -> new Party(partyId, partyName, partyShortName, isCohesive));
    return new PartyRead(party, colour);
  }

  static void writeParty(Party party, @Nullable String colour, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("id", party.id());
    generator.writeStringProperty("name", party.name());
    generator.writeStringProperty("shortName", party.shortName());
    generator.writeBooleanProperty("cohesive", party.cohesive());
    if (colour != null) {
      generator.writeStringProperty("colour", colour);
    }
    generator.writeEndObject();
  }
}
