package org.psephos.json.codec;

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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The election definition document ({@code "psephos.election/1"}) as {@link ElectionDefinition}
 * and as {@link Election} (colours and metadata dropped), and {@link PartyAliases} as an object of
 * alias to party id.
 */
final class ElectionCodec {
  static final Set<String> MEMBERS =
      Set.of("format", "id", "date", "name", "metadata", "parties", "aliases", "councils");
  static final Set<String> METADATA_MEMBERS = Set.of("source", "licence");

  private ElectionCodec() {}

  static ElectionDefinition read(Node root, ReadContext outer) {
    Header header = readHeader(root, outer);
    List<Contest> contests = new ArrayList<>();
    Wards wards = new Wards();
    for (Node councilNode :
        Bind.array(header.councils(), "the councils", JsonLimits.MAX_COUNCILS)) {
      contests.add(wards.count(ContestCodec.read(councilNode, header.context()), councilNode));
    }
    return header.definition(root, contests);
  }

  /**
   * What an election file says besides its councils, which every council is read with: the
   * councils' node, null when a streaming reader reads them as they come.
   */
  record Header(
      String id,
      LocalDate date,
      String name,
      Metadata metadata,
      List<Party> parties,
      Map<String, String> colours,
      PartyAliases aliases,
      ReadContext context,
      Node councils) {

    /** The definition of the election with these contests, checked by core at the root. */
    ElectionDefinition definition(Node root, List<Contest> contests) {
      Election election =
          Bind.core(root, () -> Election.of(id, date, name, parties, aliases, contests));
      return new ElectionDefinition(election, colours, metadata);
    }
  }

  /** The wards of the councils read so far, within {@link JsonLimits#MAX_WARDS}. */
  static final class Wards {
    private int wards;

    Contest count(Contest contest, Node councilNode) {
      wards += contest.wards().size();
      if (wards > JsonLimits.MAX_WARDS) {
        throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, "the councils list more than the limit of " + JsonLimits.MAX_WARDS + " wards",
            councilNode.pointer(), councilNode.line, councilNode.column, null);
      }
      return contest;
    }
  }

  /** Reads and checks every member of an election's root object but its councils. */
  static Header readHeader(Node root, ReadContext outer) {
    Bind.checkFormat(DocumentKind.ELECTION, root);
    Bind.Members members = Bind.object(root, "an election", MEMBERS, outer.options);
    String id = Bind.id(members.required("id"), "the election's \"id\"");
    Node dateNode = members.required("date");
    String dateText = Bind.string(dateNode, "the election's \"date\"");
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw Bind.invalid(
          dateNode, "the election's date \"" + dateText + "\" is not a date YYYY-MM-DD", e);
    }
    String name = Bind.string(members.required("name"), "the election's \"name\"");
    Metadata metadata = Metadata.none();
    Node metadataNode = members.optional("metadata");
    if (metadataNode != null) {
      Bind.Members meta =
          Bind.object(metadataNode, "the metadata", METADATA_MEMBERS, outer.options);
      Node source = meta.optional("source");
      Node licence = meta.optional("licence");
      metadata =
          new Metadata(
              source == null ? null : Bind.string(source, "the metadata's \"source\""),
              licence == null ? null : Bind.string(licence, "the metadata's \"licence\""));
    }
    List<Party> parties = new ArrayList<>();
    Map<String, String> colours = new LinkedHashMap<>();
    for (Node partyNode :
        Bind.array(members.required("parties"), "the parties", JsonLimits.MAX_PARTIES)) {
      PartyCodec.Read read = PartyCodec.read(partyNode, outer);
      parties.add(read.party());
      if (read.colour() != null) {
        colours.putIfAbsent(read.party().id(), read.colour());
      }
    }
    ReadContext context = ReadContext.withParties(outer.options, parties);
    Node aliasesNode = members.optional("aliases");
    PartyAliases aliases =
        aliasesNode == null ? PartyAliases.empty() : readAliases(aliasesNode, context);
    return new Header(
        id, date, name, metadata, parties, colours, aliases, context,
        members.required("councils"));
  }

  static PartyAliases readAliases(Node node, ReadContext context) {
    Bind.requireType(node, Node.Type.OBJECT, "the aliases");
    if (node.members().size() > JsonLimits.MAX_ALIASES) {
      throw new PsephosJsonException(Kind.LIMIT_EXCEEDED, "the aliases number " + node.members().size() + ", more than the limit of "
              + JsonLimits.MAX_ALIASES,
          node.pointer(), node.line, node.column, null);
    }
    PartyAliases.Builder builder = PartyAliases.builder();
    for (Map.Entry<String, Node> alias : node.members().entrySet()) {
      Node value = alias.getValue();
      String partyId = Bind.string(value, "the party id of alias \"" + alias.getKey() + "\"");
      Party party = context.party(partyId, value, "alias \"" + alias.getKey() + "\"");
      Bind.core(value, () -> builder.alias(alias.getKey(), party));
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
      PartyCodec.write(party, definition.colours().get(party.id()), generator);
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

  static final class DefinitionSerializer extends StdSerializer<ElectionDefinition> {
    DefinitionSerializer() {
      super(ElectionDefinition.class);
    }

    @Override
    public void serialize(
        ElectionDefinition value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }

  static final class DefinitionDeserializer extends Codec.NodeDeserializer<ElectionDefinition> {
    DefinitionDeserializer(ReadOptions options) {
      super(ElectionDefinition.class, options);
    }

    @Override
    ElectionDefinition read(Node node, ReadContext context) {
      return ElectionCodec.read(node, context);
    }
  }

  static final class Serializer extends StdSerializer<Election> {
    Serializer() {
      super(Election.class);
    }

    @Override
    public void serialize(Election value, JsonGenerator generator, SerializationContext context) {
      write(ElectionDefinition.of(value), generator);
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<Election> {
    Deserializer(ReadOptions options) {
      super(Election.class, options);
    }

    @Override
    Election read(Node node, ReadContext context) {
      return ElectionCodec.read(node, context).election();
    }
  }

  static final class AliasesSerializer extends StdSerializer<PartyAliases> {
    AliasesSerializer() {
      super(PartyAliases.class);
    }

    @Override
    public void serialize(
        PartyAliases value, JsonGenerator generator, SerializationContext context) {
      writeAliases(value, generator);
    }
  }

  static final class AliasesDeserializer extends Codec.NodeDeserializer<PartyAliases> {
    AliasesDeserializer(ReadOptions options) {
      super(PartyAliases.class, options);
    }

    @Override
    PartyAliases read(Node node, ReadContext context) {
      context.election("party aliases");
      return readAliases(node, context);
    }
  }
}
