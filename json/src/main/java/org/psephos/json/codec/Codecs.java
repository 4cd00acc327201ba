package org.psephos.json.codec;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Contest;
import org.psephos.ControlRule;
import org.psephos.Council;
import org.psephos.CouncilType;
import org.psephos.Declaration;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.PartyAliases;
import org.psephos.SeatBaseline;
import org.psephos.Ward;
import org.psephos.json.DocumentKind;
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PsephosModule;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedPostponement;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.PublishedWithdrawal;
import org.psephos.json.Results;
import org.psephos.stv.BallotProfile;
import org.psephos.stv.CountSheet;
import org.psephos.stv.LotDraw;
import org.psephos.stv.Stage;
import org.psephos.stv.StvCandidate;
import org.psephos.tally.CountProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;
import org.psephos.ward.WardResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializer and deserializer of each value type, as {@link org.psephos.json.PsephosModule}
 * registers them.
 */
public final class Codecs {
  private final SimpleModule module;
  private final ReadOptions options;

  private Codecs(SimpleModule module, ReadOptions options) {
    this.module = module;
    this.options = options;
  }

  /**
   * Adds every serializer and deserializer to a module.
   *
   * @param module the module
   * @param ignoreUnknownFields whether members the format does not define are ignored
   */
  public static void addTo(SimpleModule module, boolean ignoreUnknownFields) {
    Codecs add = new Codecs(module, ReadOptions.of(ignoreUnknownFields));
    add.type(Party.class, (value, generator) -> ElectionCodec.writeParty(value, null, generator),
        in -> ElectionCodec.readParty(in).party());
    add.type(Council.class, (value, generator) -> {
      generator.writeStartObject();
      ContestCodec.writeMembers(value, generator);
      generator.writeEndObject();
    }, ContestCodec::readCouncil);
    add.type(CouncilType.class, (value, generator) -> generator.writeString(Codec.name(value)),
        ContestCodec::readType);
    add.type(Composition.class, Codec::writeComposition,
        inElection("a composition", in -> Codec.readComposition(in, () -> "a composition")));
    add.type(Contest.class, ContestCodec::write, inElection("a contest", ContestCodec::read));
    add.type(ElectionDefinition.class, ElectionCodec::write,
        in -> requireNonNull(ElectionCodec.read(in, null, ElectionCodec.STRICT)));
    add.type(Election.class,
        (value, generator) -> ElectionCodec.write(ElectionDefinition.of(value), generator),
        in -> requireNonNull(ElectionCodec.read(in, null, ElectionCodec.STRICT)).election());
    add.type(PartyAliases.class, ElectionCodec::writeAliases,
        inElection("party aliases", ElectionCodec::readAliases));
    add.type(Declaration.class, (value, generator) -> {
      generator.writeStartObject();
      DeclarationCodec.writeBody(value, null, generator);
      generator.writeEndObject();
    }, in -> (Declaration) DeclarationCodec.read(in, false, false, 0, null));
    add.type(PublishedDeclaration.class, (value, generator) -> DeclarationCodec.writePublished(
            value, generator.streamWriteContext().inRoot(), generator),
        alone("a declaration",
            (in, check) -> DeclarationCodec.readPublished(in, in.pointer().isEmpty(), 0, check)));
    add.type(SeatBaseline.class, (value, generator) -> generator.writeString(Codec.name(value)),
        ResultsCodec::readBaseline);
    add.type(ControlRule.class, ResultsCodec::writeRule, ResultsCodec::readRule);
    add.type(PartyStanding.class, StandingsCodec::writeParty, StandingsCodec::readParty);
    add.type(Standings.class, StandingsCodec::write, StandingsCodec::read);
    add.type(CountProgress.class, StandingsCodec::writeProgress, StandingsCodec::readProgress);
    add.type(WardTotals.class, StandingsCodec::writeWardTotals,
        in -> StandingsCodec.readWardTotals(in).totals());
    add.type(Results.class, ResultsCodec::write, ResultsCodec::read);
    add.type(Tally.class, (value, generator) -> ResultsCodec.write(Results.of(value), generator),
        in -> ResultsCodec.read(in).tally());
    add.type(CouncilResult.class,
        (value, generator) -> ResultsCodec.writeOutcome(value, null, generator), null);
    add.type(Ward.class, ContestCodec::writeWard,
        inElection("a ward", in -> ContestCodec.readWard(in, () -> "a ward")));
    add.type(WardResult.class, (value, generator) -> {
      generator.writeStartObject();
      generator.writeStringProperty("council", value.council().id());
      WardResultCodec.writeBody(value, false, null, generator);
      generator.writeEndObject();
    }, in -> (WardResult) WardResultCodec.read(in, false, false, 0, null));
    add.type(PublishedWardResult.class, (value, generator) -> WardResultCodec.writePublished(
            value, generator.streamWriteContext().inRoot(), generator),
        alone("a ward result", (in, check) -> (PublishedWardResult) WardResultCodec.read(
            in, in.pointer().isEmpty(), true, 0, check)));
    add.type(PublishedWithdrawal.class, WardLineCodec::write, alone("a withdrawal",
        (in, check) -> (PublishedWithdrawal) WardLineCodec.read(
            in, DocumentKind.WITHDRAWAL, 0, check)));
    add.type(PublishedPostponement.class, WardLineCodec::write, alone("a postponement",
        (in, check) -> (PublishedPostponement) WardLineCodec.read(
            in, DocumentKind.POSTPONEMENT, 0, check)));
  }

  /**
   * Registers a serializer writing values of a type with {@code write}, and a deserializer (unless
   * {@code read} is null) reading them token by token with {@code read}, in the election the
   * reader's {@link PsephosModule#ELECTION} attribute names (if any).
   */
  private <T> void type(
      Class<T> type, BiConsumer<T, JsonGenerator> write, @Nullable Function<Tokens, T> read) {
    module.addSerializer(type, new StdSerializer<T>(type) {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        write.accept(value, generator);
      }
    });
    if (read == null) {
      return;
    }
    module.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        Object election = context.getAttribute(PsephosModule.ELECTION);
        return Tokens.value(parser,
            ReadContext.of(options, election instanceof Election known ? known : null), read);
      }
    });
  }

  /** A reader of a value whose ids refer to the election ({@code reading} names it if absent). */
  private static <T> Function<Tokens, T> inElection(String reading, Function<Tokens, T> read) {
    return in -> {
      in.context.election(reading);
      return read.apply(in);
    };
  }

  /** A reader of a published input read alone: checked against an empty tally of the election. */
  private static <T> Function<Tokens, T> alone(String reading, BiFunction<Tokens, Check, T> read) {
    return in -> read.apply(in, Check.validating(Tally.of(in.context.election(reading))));
  }

  /**
   * Writes a declarations document.
   *
   * @param electionId the election's id
   * @param declarations the declarations
   * @param generator where to write
   */
  public static void writeDeclarations(
      String electionId, List<PublishedDeclaration> declarations, JsonGenerator generator) {
    DeclarationCodec.DOCUMENT.write(electionId, declarations, generator);
  }

  /**
   * Writes a ward results document.
   *
   * @param electionId the election's id
   * @param results the ward results
   * @param generator where to write
   */
  public static void writeWardResults(
      String electionId, List<PublishedWardResult> results, JsonGenerator generator) {
    WardResultCodec.DOCUMENT.write(electionId, results, generator);
  }

  /**
   * Writes an STV count sheet document ({@code psephos.countsheet/1}): the ward, the rules, the
   * valid vote and the quota, every stage with each candidate's change and total, and the
   * candidates elected in order. Vote figures are written as JSON numbers with exactly the count's
   * decimal places (5 under Scottish rules, 2 under Northern Irish rules), the exact figures of
   * the count; candidates are 0-based positions in {@code candidates}.
   *
   * @param sheet the count sheet
   * @param g where to write
   */
  public static void writeCountSheet(CountSheet sheet, JsonGenerator g) {
    BallotProfile profile = sheet.profile();
    g.writeStartObject();
    g.writeStringProperty("format", DocumentKind.COUNT_SHEET.format());
    g.writeStringProperty("ward", profile.title());
    g.writeStringProperty("rules", Codec.name(sheet.rules()));
    g.writeNumberProperty("decimals", sheet.decimals());
    g.writeNumberProperty("seats", profile.seats());
    g.writeName("candidates");
    g.writeStartArray();
    List<StvCandidate> candidates = sheet.candidates();
    for (int c = 0; c < candidates.size(); c++) {
      StvCandidate candidate = candidates.get(c);
      g.writeStartObject();
      g.writeStringProperty("name", candidate.name());
      g.writeStringProperty("party", candidate.party());
      if (profile.withdrawn().contains(c)) {
        g.writeBooleanProperty("withdrawn", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberProperty("validPapers", profile.validPapers());
    g.writeNumberProperty("rejectedPapers", profile.rejectedPapers());
    figure(g, sheet, "quota", sheet.quota());
    g.writeName("stages");
    g.writeStartArray();
    for (Stage stage : sheet.stages()) {
      writeStage(sheet, stage, g);
    }
    g.writeEndArray();
    positions(g, "elected", sheet.elected());
    g.writeEndObject();
  }

  private static void writeStage(CountSheet sheet, Stage stage, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("stage", stage.number());
    g.writeStringProperty("kind", Codec.name(stage.kind()));
    if (!stage.from().isEmpty()) {
      positions(g, "from", stage.from());
      figure(g, sheet, "transferred", stage.transferred());
      if (stage.transferValue() >= 0) {
        figure(g, sheet, "transferValue", stage.transferValue());
      }
    }
    figures(g, sheet, "changes", stage.changes());
    figures(g, sheet, "totals", stage.totals());
    figure(g, sheet, "nonTransferable", stage.nonTransferable());
    figure(g, sheet, "nonTransferableChange", stage.nonTransferableChange());
    figure(g, sheet, "loss", stage.loss());
    figure(g, sheet, "lossChange", stage.lossChange());
    positions(g, "elected", stage.elected());
    positions(g, "excluded", stage.excluded());
    if (!stage.lots().isEmpty()) {
      g.writeName("lots");
      g.writeStartArray();
      for (LotDraw lot : stage.lots()) {
        g.writeStartObject();
        g.writeStringProperty("purpose", Codec.name(lot.purpose()));
        g.writeName("tied");
        g.writeArray(lot.tied().toArray(String[]::new), 0, lot.tied().size());
        g.writeStringProperty("drawn", lot.drawn());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void positions(JsonGenerator g, String name, List<Integer> positions) {
    g.writeName(name);
    g.writeArray(positions.stream().mapToInt(Integer::intValue).toArray(), 0, positions.size());
  }

  private static void figures(JsonGenerator g, CountSheet sheet, String name, List<Long> units) {
    g.writeName(name);
    g.writeStartArray();
    for (long u : units) {
      g.writeNumber(decimal(sheet, u));
    }
    g.writeEndArray();
  }

  private static void figure(JsonGenerator g, CountSheet sheet, String name, long units) {
    g.writeName(name);
    g.writeNumber(decimal(sheet, units));
  }

  private static String decimal(CountSheet sheet, long units) {
    return sheet.votes(units).toPlainString();
  }
}
