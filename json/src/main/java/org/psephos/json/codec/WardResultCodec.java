package org.psephos.json.codec;

import org.psephos.json.PsephosJsonException;
import org.psephos.json.JsonLimits;
import org.psephos.json.DocumentKind;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.PsephosJsonException.Kind;
import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.psephos.ward.Candidate;
import org.psephos.ward.WardResult;
import tools.jackson.core.JsonGenerator;

/**
 * Ward results. The body: {@code {"ward": "E05000611", "candidates": [{"name": "Ann Smith",
 * "party": "PP53", "votes": 1520}, ...], "electorate": 11234, "ballotsCast": 4120,
 * "ballotsRejected": 12, "drawnWinners": ["Ann Smith"]}}, the ballot figures and drawn winners
 * optional and written only when known or given. A candidate's {@code party} is a party id or one of
 * the election's aliases (written as the id); {@code votes} is required in a contested ward and
 * left out in an uncontested one; its optional {@code id} (a source's person id or candidate
 * number) tells namesakes apart, and drawn winners may name a candidate by it. A {@link
 * WardResult} on its own adds {@code "council"} before
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
  static final Set<String> VALUE_MEMBERS = Codec.union(BODY_MEMBERS, "council");
  static final Set<String> PUBLISHED_MEMBERS =
      Codec.union(BODY_MEMBERS, "sequence", "council", "declaredAt");
  static final Set<String> LINE_MEMBERS = Codec.union(PUBLISHED_MEMBERS, "format", "election");
  static final Codec.Document<PublishedWardResult> DOCUMENT = new Codec.Document<>(
      DocumentKind.WARD_RESULTS, "ward results", "wardResults", JsonLimits.MAX_WARD_RESULTS,
      (in, previous, check) -> (PublishedWardResult) read(in, false, true, previous, check),
      (result, generator) -> writePublished(result, false, generator));
  static final Set<String> CANDIDATE_MEMBERS = Set.of("name", "party", "votes", "id");
  static final Set<String> STATED_CANDIDATE_MEMBERS = Codec.union(CANDIDATE_MEMBERS, "status");

  private WardResultCodec() {}

  /** The party a candidate stands for, at the current token: an id or an alias. */
  static Party candidateParty(Tokens in, Election election, Supplier<String> what) {
    String text = in.string(what);
    Optional<Party> party = election.party(text);
    if (party.isEmpty()) {
      party = election.aliases().resolve(text);
    }
    if (party.isEmpty()) {
      String reason = what.get() + " is \"" + text
          + "\", which is neither a party id nor an alias of election " + election.id();
      throw in.fail(Kind.UNKNOWN_REFERENCE, reason,
          new UnknownIdException(UnknownIdException.Kind.PARTY, text, reason, DataSubject.none()));
    }
    return party.get();
  }

  /** The ward of a contest a {@code "ward"} value names; a failure is reported at {@code at}. */
  static Ward ward(String wardId, Where at, Contest contest, Election election) {
    Council council = contest.council();
    Optional<Ward> ward = contest.ward(wardId);
    if (ward.isPresent()) {
      return ward.get();
    }
    Optional<Contest> other = election.contestOfWard(wardId);
    String reason = council.label() + ": ward " + wardId
        + (other.isPresent()
            ? " belongs to " + other.get().council().label() + ", not to this council"
            : contest.hasWards()
                ? " is not one of its wards in election " + election.id()
                : " is unknown: its contest lists no wards, so it is tallied from whole"
                    + " declarations");
    throw at.fail(Kind.UNKNOWN_REFERENCE, reason, new UnknownIdException(
        UnknownIdException.Kind.WARD, wardId, reason,
        DataSubject.council(council).withWard(wardId)));
  }

  /** A candidate as read; its votes are -1 when not given, and its place is worked out on failure. */
  private record ReadCandidate(
      String name, Party party, boolean hasVotes, int votes, @Nullable String status,
      long start, @Nullable Where negativeVotes,
      long statusAt, @Nullable String id, @Nullable Where idAt) {}

  /** A ballot figure as read, with where its value is. */
  private record Figure(int value, long at) {}

  /** A ward result's members, as read. */
  static final class Body {
    @Nullable Contest contest;
    @Nullable Ward ward;
    @Nullable String wardId;
    @Nullable Where wardAt;
    @Nullable List<ReadCandidate> candidates;
    long candidatesAt;
    @Nullable Figure electorate;
    @Nullable Figure ballotsCast;
    @Nullable Figure ballotsRejected;
    @Nullable List<String> drawnWinners;
    long drawnAt;

    /**
     * The name of the candidate being read, once read; the suppliers of what the parts of a
     * candidate are, made once per result, name it.
     */
    private @Nullable String candidateName;
    private final Supplier<String> aCandidate = () -> where() + ": a candidate";
    private final Supplier<String> aCandidatesName = () -> where() + ": a candidate's \"name\"";
    private final Supplier<String> aCandidatesParty =
        () -> where() + ": the party of candidate " + candidateNamed();
    private final Supplier<String> aCandidatesVotes =
        () -> where() + ": the votes of candidate " + candidateNamed();

    /** The candidate being read as messages name it: "?" until its name is read. */
    private String candidateNamed() {
      String named = candidateName;
      return named == null ? "?" : named;
    }

    String where() {
      Contest known = contest;
      Ward in = ward;
      return known == null ? "a ward result"
          : in == null ? known.council().label()
          : known.council().label() + ", ward " + in.label();
    }

    /**
     * Reads a member of a ward result's body at the current token; false if it is not one. With
     * {@code stated}, each candidate also states its status.
     */
    boolean read(String name, Tokens in, boolean stated) {
      Election election = in.context.election("a ward result");
      switch (name) {
        case "ward" -> {
          String id = in.string(() -> where() + ": a ward result's \"ward\"");
          Contest known = contest;
          if (known != null) {
            ward = WardResultCodec.ward(id, in, known, election);
          } else {
            wardId = id;
            wardAt = in.place();
          }
        }
        case "candidates" -> {
          candidatesAt = in.mark();
          Tokens.Elements elements =
              in.array(() -> where() + ": the candidates", JsonLimits.MAX_CANDIDATES);
          List<ReadCandidate> read = new ArrayList<>();
          while (elements.next()) {
            read.add(candidate(in, election, stated));
          }
          candidates = read;
        }
        case "electorate" -> electorate = figure(in, name);
        case "ballotsCast" -> ballotsCast = figure(in, name);
        case "ballotsRejected" -> ballotsRejected = figure(in, name);
        case "drawnWinners" -> {
          drawnAt = in.mark();
          Tokens.Elements elements =
              in.array(() -> where() + ": the drawn winners", JsonLimits.MAX_CANDIDATES);
          List<String> names = new ArrayList<>();
          while (elements.next()) {
            names.add(in.string(() -> where() + ": a drawn winner"));
          }
          drawnWinners = names;
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    private Figure figure(Tokens in, String name) {
      return new Figure(in.count(() -> where() + ": \"" + name + "\"", JsonLimits.MAX_VOTES),
          in.mark());
    }

    private ReadCandidate candidate(Tokens in, Election election, boolean stated) {
      Tokens.Members members =
          in.object(aCandidate, stated ? STATED_CANDIDATE_MEMBERS : CANDIDATE_MEMBERS);
      candidateName = null;
      long start = members.start();
      String name = null;
      Party party = null;
      boolean hasVotes = false;
      int votes = 0;
      Where negative = null;
      String status = null;
      long statusAt = 0;
      String id = null;
      Where idAt = null;
      for (String member = members.next(); member != null; member = members.next()) {
        switch (member) {
          case "name" -> {
            name = in.string(aCandidatesName);
            candidateName = name;
          }
          case "id" -> {
            id = in.string(() -> where() + ": a candidate's \"id\"");
            idAt = in.place();
          }
          case "party" -> party = candidateParty(in, election, aCandidatesParty);
          case "votes" -> {
            votes = in.count(aCandidatesVotes, JsonLimits.MAX_VOTES);
            hasVotes = true;
            negative = votes < 0 ? in.place() : null;
          }
          default -> {
            status = in.string(() -> where() + ": the status of candidate " + candidateNamed());
            statusAt = in.mark();
          }
        }
      }
      return new ReadCandidate(members.required(name, "name"), members.required(party, "party"),
          hasVotes, votes, stated ? members.required(status, "status") : null, start, negative,
          statusAt, id, idAt);
    }

    /** The result, once the whole object is read. */
    WardResult build(Tokens in, Tokens.Members members, boolean stated) {
      Contest known = members.required(contest, "council");
      Council council = known.council();
      if (ward == null && wardId != null) {
        ward = WardResultCodec.ward(wardId, requireNonNull(wardAt), known,
            in.context.election("a ward result"));
      }
      Ward named = members.required(ward, "ward");
      List<ReadCandidate> read = members.required(candidates, "candidates");
      Where candidatesWhere = members.at("candidates", candidatesAt);
      boolean contested = read.size() > named.seats();
      WardResult.Builder builder = WardResult.builder(council, named.id(), named.seats());
      boolean anyVotes = false;
      for (int i = 0; i < read.size(); i++) {
        ReadCandidate candidate = read.get(i);
        if (contested && !candidate.hasVotes()) {
          Where candidateAt = members.at("candidates", i, candidate.start());
          throw new PsephosJsonException(Kind.MISSING_FIELD, where() + ": a candidate lacks the"
              + " required member \"votes\"", candidateAt.pointer() + "/votes",
              candidateAt.line(), candidateAt.column(), null);
        }
        int votes = candidate.votes();
        anyVotes |= votes != 0;
        String id = candidate.id();
        Where idAt = candidate.idAt();
        try {
          if (id == null || idAt == null) {
            builder.candidate(candidate.name(), candidate.party(), votes);
          } else {
            builder.candidate(candidate.name(), candidate.party(), votes, id);
          }
        } catch (ElectionDataException e) {
          Where negative = candidate.negativeVotes();
          Where blame =
              negative != null ? negative : members.at("candidates", i, candidate.start());
          throw (id == null || idAt == null || votes < 0 ? blame : idAt).invalid(e);
        }
      }
      setFigure(members, "electorate", electorate, builder::electorate);
      setFigure(members, "ballotsCast", ballotsCast, builder::ballotsCast);
      setFigure(members, "ballotsRejected", ballotsRejected, builder::ballotsRejected);
      Where drawnWhere = drawnAt == 0 ? null : members.at("drawnWinners", drawnAt);
      for (String winner : drawnWinners == null ? List.<String>of() : drawnWinners) {
        builder.drawnWinner(winner);
      }
      WardResult result;
      try {
        result = builder.build();
      } catch (org.psephos.InvalidValueException e) {
        throw candidatesWhere.invalid(e);
      } catch (UnresolvedTieException e) {
        // a tie with no winner drawn is the candidates' problem; a wrong drawn winner, the list's
        throw (drawnWhere != null && !e.drawnWinners().isEmpty() ? drawnWhere : candidatesWhere)
            .invalid(e);
      } catch (ElectionDataException e) {
        throw (contested || !anyVotes ? ballotBlame(members, candidatesWhere)
            : candidatesWhere).invalid(e);
      }
      if (stated) {
        for (int i = 0; i < read.size(); i++) {
          ReadCandidate candidate = read.get(i);
          String status = Codec.name(result.status(result.candidates().get(i)));
          if (!status.equals(candidate.status())) {
            long statusAt = candidate.statusAt();
            throw members.at("candidates/" + i + "/status", statusAt).fail(
                Kind.INCONSISTENT_RESULTS, where() + ": the status of candidate "
                    + candidate.name() + " is stated as " + candidate.status()
                    + " but the count gives " + status, null);
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
    private Where ballotBlame(Tokens.Members members, Where candidatesWhere) {
      Figure cast = ballotsCast;
      Figure rejected = ballotsRejected;
      if (cast != null && rejected != null && rejected.value() > cast.value()) {
        return members.at("ballotsRejected", rejected.at());
      }
      if (cast != null) {
        return members.at("ballotsCast", cast.at());
      }
      return rejected != null ? members.at("ballotsRejected", rejected.at())
          : electorate != null ? members.at("electorate", electorate.at()) : candidatesWhere;
    }

    private static void setFigure(Tokens.Members members, String name, @Nullable Figure figure,
        java.util.function.IntConsumer setter) {
      if (figure != null) {
        try {
          setter.accept(figure.value());
        } catch (ElectionDataException e) {
          throw members.at(name, figure.at()).invalid(e);
        }
      }
    }
  }

  /**
   * Reads a ward result at the current token: a stream line or one ward result document ({@code
   * line}), an element of a ward results document ({@code published}), or a {@link WardResult} on
   * its own (with {@code "council"}). A published result's sequence number must follow {@code
   * previous}; it is then checked by {@code check}.
   */
  static Object read(
      Tokens in, boolean line, boolean published, long previous, @Nullable Check check) {
    Election election = in.context.election("a ward result");
    var head = new WardLineCodec.LineHead(in, election, DocumentKind.WARD_RESULT, "a ward result",
        line, line ? LINE_MEMBERS : published ? PUBLISHED_MEMBERS : VALUE_MEMBERS);
    Tokens.Members members = head.members;
    Body body = new Body();
    for (String name = members.next(); name != null; name = members.next()) {
      if (name.equals("council")) {
        body.contest = DeclarationCodec.contest(in, election, "a ward result's \"council\"");
      } else if (!head.read(name, in)) {
        body.read(name, in, false);
      }
    }
    if (line) {
      head.requireDocument(in);
    }
    if (published) {
      head.sequenceAt();
    }
    WardResult result = body.build(in, members, false);
    if (!published) {
      return result;
    }
    return head.publish(previous, check,
        (number, time) -> new PublishedWardResult(election.id(), number, time, result));
  }

  /**
   * Writes a ward result's members after {@code "ward"}: the candidates (with their status when
   * {@code stated}), the ballot figures known and the drawn winners.
   */
  static void writeBody(
      WardResult result, boolean stated, @Nullable OffsetDateTime declaredAt,
      JsonGenerator generator) {
    generator.writeStringProperty("ward", result.wardId());
    Codec.writeDeclaredAt(generator, declaredAt);
    generator.writeName("candidates");
    generator.writeStartArray();
    boolean uncontested = result.isUncontested();
    for (Candidate candidate : result.candidates()) {
      generator.writeStartObject();
      generator.writeStringProperty("name", candidate.name());
      if (candidate.id().isPresent()) {
        generator.writeStringProperty("id", candidate.id().get());
      }
      generator.writeStringProperty("party", candidate.party().id());
      if (!uncontested) {
        generator.writeNumberProperty("votes", candidate.votes());
      }
      if (stated) {
        generator.writeStringProperty("status", Codec.name(result.status(candidate)));
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
    Codec.writeStart(generator, published, document ? DocumentKind.WARD_RESULT : null);
    generator.writeStringProperty("council", published.council().id());
    writeBody(published.result(), false, published.declaredAt(), generator);
    generator.writeEndObject();
  }
}
