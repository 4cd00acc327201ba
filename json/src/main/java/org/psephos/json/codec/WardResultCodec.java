package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.DocumentKind;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.PsephosJsonException.Kind;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Contest;
import org.psephos.Council;
import org.psephos.UnresolvedTieException;
import org.psephos.DataSubject;
import org.psephos.Election;
import org.psephos.ElectionDataException;
import org.psephos.Party;
import org.psephos.UnknownIdException;
import org.psephos.Ward;
import org.psephos.tally.Tally;
import org.psephos.ward.Candidate;
import org.psephos.ward.CandidateStatus;
import org.psephos.ward.WardResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Ward results. The body: {@code {"ward": "E05000611", "candidates": [{"name": "Ann Smith",
 * "party": "PP53", "votes": 1520}, ...], "electorate": 11234, "ballotsCast": 4120,
 * "ballotsRejected": 12, "drawnWinners": ["Ann Smith"]}}, the ballot figures and drawn winners
 * optional and written only when known or given. A candidate's {@code party} is a party id or one of
 * the election's aliases (written as the id); {@code votes} is required in a contested ward and
 * left out in an uncontested one. A {@link WardResult} on its own adds {@code "council"} before
 * {@code "ward"}; a {@link PublishedWardResult} adds {@code "sequence"} first and the optional
 * {@code "declaredAt"} after {@code "ward"}, and at the top of a document (a stream line, {@code
 * "psephos.wardresult/1"}) also {@code "format"} and {@code "election"}; the ward results document
 * ({@code "psephos.wardresults/1"}) holds them in an array. In a results document each ward of an
 * outcome is a body whose candidates also state their {@code "status"}, a derived figure checked
 * when read.
 */
final class WardResultCodec {
  static final Set<String> BODY_MEMBERS =
      Set.of("ward", "candidates", "electorate", "ballotsCast", "ballotsRejected",
          "drawnWinners");
  static final Set<String> VALUE_MEMBERS = union(BODY_MEMBERS, "council");
  static final Set<String> PUBLISHED_MEMBERS =
      union(BODY_MEMBERS, "sequence", "council", "declaredAt");
  static final Set<String> LINE_MEMBERS = union(PUBLISHED_MEMBERS, "format", "election");
  static final Set<String> DOCUMENT_MEMBERS = Set.of("format", "election", "wardResults");
  static final Set<String> CANDIDATE_MEMBERS = Set.of("name", "party", "votes");
  static final Set<String> STATED_CANDIDATE_MEMBERS = union(CANDIDATE_MEMBERS, "status");

  private WardResultCodec() {}

  private static Set<String> union(Set<String> set, String... more) {
    Set<String> union = new HashSet<>(set);
    Collections.addAll(union, more);
    return Set.copyOf(union);
  }

  /** The name of a candidate's status: {@code "elected-by-lot"}. */
  static String statusName(CandidateStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The party a candidate stands for: a party id of the election, or one of its aliases (matched as
   * aliases match, ignoring case and runs of white space).
   */
  static Party candidateParty(Node node, Election election, Supplier<String> what) {
    String text = Bind.string(node, what);
    Optional<Party> party = election.party(text);
    if (party.isEmpty()) {
      party = election.aliases().resolve(text);
    }
    return party.orElseThrow(
        () -> {
          String reason =
              what.get() + " is \"" + text + "\", which is neither a party id nor an alias of election "
                  + election.id();
          return new PsephosJsonException(Kind.UNKNOWN_REFERENCE, reason,
              node.pointer(),
              node.line,
              node.column,
              new UnknownIdException(
                  UnknownIdException.Kind.PARTY, text, reason, DataSubject.none()));
        });
  }

  /** The ward of a contest a {@code "ward"} member names. */
  static Ward ward(Node wardNode, Contest contest, Election election) {
    Council council = contest.council();
    String wardId =
        Bind.string(wardNode, () -> council.label() + ": a ward result's \"ward\"");
    Optional<Ward> ward = contest.ward(wardId);
    if (ward.isPresent()) {
      return ward.get();
    }
    Optional<Contest> other = election.contestOfWard(wardId);
    String reason =
        council.label()
            + ": ward "
            + wardId
            + (other.isPresent()
                ? " belongs to " + other.get().council().label() + ", not to this council"
                : contest.hasWards()
                    ? " is not one of its wards in election " + election.id()
                    : " is unknown: its contest lists no wards, so it is tallied from whole"
                        + " declarations");
    throw new PsephosJsonException(Kind.UNKNOWN_REFERENCE, reason,
        wardNode.pointer(),
        wardNode.line,
        wardNode.column,
        new UnknownIdException(
            UnknownIdException.Kind.WARD,
            wardId,
            reason,
            DataSubject.council(council).withWard(wardId)));
  }

  /**
   * Reads a ward result's body for a council's contest. With {@code stated}, each candidate also
   * states its status, which must be the one the count decides.
   */
  static WardResult readBody(
      Node node, Bind.Members members, Contest contest, ReadContext context, boolean stated) {
    Election election = context.election("a ward result");
    Council council = contest.council();
    Ward ward = ward(members.required("ward"), contest, election);
    Supplier<String> where = () -> council.label() + ", ward " + ward.label();
    Node candidatesNode = members.required("candidates");
    List<Node> candidateNodes =
        Bind.array(
            candidatesNode, () -> where.get() + ": the candidates", JsonLimits.MAX_CANDIDATES);
    boolean contested = candidateNodes.size() > ward.seats();
    WardResult.Builder builder = WardResult.builder(council, ward.id(), ward.seats());
    List<@Nullable Node> statusNodes = new ArrayList<>();
    boolean anyVotes = false;
    for (Node candidateNode : candidateNodes) {
      Bind.Members candidate =
          Bind.object(
              candidateNode, () -> where.get() + ": a candidate",
              stated ? STATED_CANDIDATE_MEMBERS : CANDIDATE_MEMBERS, context.options);
      String name =
          Bind.string(candidate.required("name"), () -> where.get() + ": a candidate's \"name\"");
      Party party =
          candidateParty(
              candidate.required("party"), election,
              () -> where.get() + ": the party of candidate " + name);
      Node votesNode = contested ? candidate.required("votes") : candidate.optional("votes");
      int votes =
          votesNode == null
              ? 0
              : Bind.count(
                  votesNode, () -> where.get() + ": the votes of " + name, JsonLimits.MAX_VOTES);
      anyVotes |= votes != 0;
      Node blame = votesNode != null && votes < 0 ? votesNode : candidateNode;
      Bind.core(blame, () -> builder.candidate(name, party, votes));
      statusNodes.add(stated ? candidate.required("status") : null);
    }
    Node electorate = figure(members, "electorate", where, builder::electorate);
    Node ballotsCast = figure(members, "ballotsCast", where, builder::ballotsCast);
    Node ballotsRejected = figure(members, "ballotsRejected", where, builder::ballotsRejected);
    Node drawnNode = members.optional("drawnWinners");
    if (drawnNode != null) {
      for (Node name :
          Bind.array(
              drawnNode, () -> where.get() + ": the drawn winners", JsonLimits.MAX_CANDIDATES)) {
        builder.drawnWinner(Bind.string(name, () -> where.get() + ": a drawn winner"));
      }
    }
    WardResult result;
    try {
      result = builder.build();
    } catch (org.psephos.InvalidValueException e) {
      throw Bind.invalid(candidatesNode, e);
    } catch (UnresolvedTieException e) {
      // a tie with no winner drawn is the candidates' problem; a wrong drawn winner, the list's
      throw Bind.invalid(
          drawnNode != null && !e.drawnWinners().isEmpty() ? drawnNode : candidatesNode, e);
    } catch (ElectionDataException e) {
      throw Bind.invalid(
          contested || !anyVotes
              ? ballotBlame(candidatesNode, electorate, ballotsCast, ballotsRejected)
              : candidatesNode,
          e);
    }
    if (stated) {
      for (int i = 0; i < candidateNodes.size(); i++) {
        Node statusNode = java.util.Objects.requireNonNull(statusNodes.get(i), "status");
        Candidate candidate = result.candidates().get(i);
        String statedStatus =
            Bind.string(
                statusNode, () -> where.get() + ": the status of candidate " + candidate.name());
        String status = statusName(result.status(candidate));
        if (!status.equals(statedStatus)) {
          throw new PsephosJsonException(Kind.INCONSISTENT_RESULTS, where.get() + ": the status of candidate " + candidate.name() + " is stated as "
                  + statedStatus + " but the count gives " + status,
              statusNode.pointer(), statusNode.line, statusNode.column, null);
        }
      }
    }
    return result;
  }

  /**
   * Where a count that does not add up is reported: the ballots rejected if they exceed the
   * ballots cast, the ballots cast if they exceed the electorate or fall short of the votes, and
   * otherwise (an uncontested ward with votes) the candidates.
   */
  private static Node ballotBlame(
      Node candidates, @Nullable Node electorate, @Nullable Node cast, @Nullable Node rejected) {
    if (cast != null && rejected != null && rejected.longValue() > cast.longValue()) {
      return rejected;
    }
    if (cast != null) {
      return cast;
    }
    return rejected != null ? rejected : electorate != null ? electorate : candidates;
  }

  /** An optional ballot figure, given to the builder; returns its node, or null if absent. */
  private static @Nullable Node figure(
      Bind.Members members,
      String name,
      Supplier<String> where,
      java.util.function.IntConsumer setter) {
    Node node = members.optional(name);
    if (node != null) {
      int value = Bind.count(node, () -> where.get() + ": \"" + name + "\"", JsonLimits.MAX_VOTES);
      Bind.core(node, () -> {
        setter.accept(value);
        return value;
      });
    }
    return node;
  }

  /** Reads a ward result on its own: its body with {@code "council"}. */
  static WardResult readValue(Node node, ReadContext context) {
    Election election = context.election("a ward result");
    Bind.Members members = Bind.object(node, "a ward result", VALUE_MEMBERS, context.options);
    Contest contest =
        DeclarationCodec.contest(members.required("council"), election,
            "a ward result's \"council\"");
    return readBody(node, members, contest, context, false);
  }

  /**
   * Reads a published ward result: a stream line when {@code document}, otherwise an element of a
   * ward results document. The caller checks it against its tally.
   */
  static PublishedWardResult readPublished(
      Node node, ReadContext context, boolean document) {
    if (document) {
      Bind.checkFormat(DocumentKind.WARD_RESULT, node);
    }
    Bind.Members members =
        Bind.object(node, "a ward result", document ? LINE_MEMBERS : PUBLISHED_MEMBERS,
            context.options);
    Election election = context.election("a ward result");
    if (document) {
      DeclarationCodec.requireElection(members.required("election"), election);
    }
    long sequence =
        Bind.wholeNumber(
            members.required("sequence"), "a ward result's \"sequence\"", 1,
            JsonLimits.MAX_SEQUENCE);
    OffsetDateTime declaredAt =
        DeclarationCodec.declaredAt(members.optional("declaredAt"), "a ward result");
    Contest contest =
        DeclarationCodec.contest(members.required("council"), election,
            "a ward result's \"council\"");
    WardResult result = readBody(node, members, contest, context, false);
    return Bind.core(
        node, () -> new PublishedWardResult(election.id(), sequence, declaredAt, result));
  }

  /** Reads a ward results document; every result is checked once, after its sequence number. */
  static List<PublishedWardResult> readDocument(
      Node root, ReadContext context, Check check) {
    Bind.checkFormat(DocumentKind.WARD_RESULTS, root);
    Bind.Members members =
        Bind.object(root, "a ward results document", DOCUMENT_MEMBERS, context.options);
    Election election = context.election("ward results");
    DeclarationCodec.requireElection(members.required("election"), election);
    List<PublishedWardResult> results = new ArrayList<>();
    long last = 0;
    for (Node element :
        Bind.array(
            members.required("wardResults"), "the ward results", JsonLimits.MAX_WARD_RESULTS)) {
      PublishedWardResult result = readPublished(element, context, false);
      DeclarationCodec.checkSequence(result, last, element);
      check.accept(element, result);
      last = result.sequence();
      results.add(result);
    }
    return Collections.unmodifiableList(results);
  }

  /**
   * Writes a ward result's members after {@code "ward"}: the candidates (with their status when
   * {@code stated}), the ballot figures known and the drawn winners.
   */
  static void writeBody(
      WardResult result, boolean stated, @Nullable OffsetDateTime declaredAt,
      JsonGenerator generator) {
    generator.writeStringProperty("ward", result.wardId());
    if (declaredAt != null) {
      generator.writeStringProperty(
          "declaredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(declaredAt));
    }
    generator.writeName("candidates");
    generator.writeStartArray();
    boolean uncontested = result.isUncontested();
    for (Candidate candidate : result.candidates()) {
      generator.writeStartObject();
      generator.writeStringProperty("name", candidate.name());
      generator.writeStringProperty("party", candidate.party().id());
      if (!uncontested) {
        generator.writeNumberProperty("votes", candidate.votes());
      }
      if (stated) {
        generator.writeStringProperty("status", statusName(result.status(candidate)));
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
    writeFigure(generator, "electorate", result.electorate());
    writeFigure(generator, "ballotsCast", result.ballotsCast());
    writeFigure(generator, "ballotsRejected", result.ballotsRejected());
    if (!result.drawnWinners().isEmpty()) {
      generator.writeName("drawnWinners");
      generator.writeStartArray();
      for (String name : result.drawnWinners()) {
        generator.writeString(name);
      }
      generator.writeEndArray();
    }
  }

  private static void writeFigure(JsonGenerator generator, String name, OptionalInt figure) {
    if (figure.isPresent()) {
      generator.writeNumberProperty(name, figure.getAsInt());
    }
  }

  static void writePublished(
      PublishedWardResult published, boolean document, JsonGenerator generator) {
    generator.writeStartObject();
    if (document) {
      generator.writeStringProperty("format", DocumentKind.WARD_RESULT.format());
      generator.writeStringProperty("election", published.electionId());
    }
    generator.writeNumberProperty("sequence", published.sequence());
    generator.writeStringProperty("council", published.council().id());
    writeBody(published.result(), false, published.declaredAt(), generator);
    generator.writeEndObject();
  }

  static void writeDocument(
      String electionId, List<PublishedWardResult> results, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeStringProperty("format", DocumentKind.WARD_RESULTS.format());
    generator.writeStringProperty("election", electionId);
    generator.writeName("wardResults");
    generator.writeStartArray();
    for (PublishedWardResult result : results) {
      writePublished(result, false, generator);
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }

  static final class Serializer extends StdSerializer<WardResult> {
    Serializer() {
      super(WardResult.class);
    }

    @Override
    public void serialize(WardResult value, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject();
      generator.writeStringProperty("council", value.council().id());
      writeBody(value, false, null, generator);
      generator.writeEndObject();
    }
  }

  static final class Deserializer extends Codec.NodeDeserializer<WardResult> {
    Deserializer(ReadOptions options) {
      super(WardResult.class, options);
    }

    @Override
    WardResult read(Node node, ReadContext context) {
      return readValue(node, context);
    }
  }

  static final class PublishedSerializer extends StdSerializer<PublishedWardResult> {
    PublishedSerializer() {
      super(PublishedWardResult.class);
    }

    @Override
    public void serialize(
        PublishedWardResult value, JsonGenerator generator, SerializationContext context) {
      writePublished(value, generator.streamWriteContext().inRoot(), generator);
    }
  }

  static final class PublishedDeserializer extends Codec.NodeDeserializer<PublishedWardResult> {
    PublishedDeserializer(ReadOptions options) {
      super(PublishedWardResult.class, options);
    }

    @Override
    PublishedWardResult read(Node node, ReadContext context) {
      Election election = context.election("a ward result");
      PublishedWardResult read = readPublished(node, context, node.pointer().isEmpty());
      Check.validating(Tally.of(election)).accept(node, read);
      return read;
    }
  }
}
