package org.psephos.json.codec;

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
import org.psephos.json.ElectionDefinition;
import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedWardResult;
import org.psephos.json.Results;
import org.psephos.stv.CountSheet;
import org.psephos.tally.CountProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;
import org.psephos.ward.WardResult;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

/** The serializer and deserializer of each value type, as {@link org.psephos.json.PsephosModule} registers them. */
public final class Codecs {
  private Codecs() {}

  /**
   * Adds every serializer and deserializer to a module.
   *
   * @param module the module
   * @param ignoreUnknownFields whether members the format does not define are ignored
   */
  public static void addTo(SimpleModule module, boolean ignoreUnknownFields) {
    ReadOptions options = ReadOptions.of(ignoreUnknownFields);
    module.addSerializer(Party.class, new PartyCodec.Serializer());
    module.addDeserializer(Party.class, new PartyCodec.Deserializer(options));
    module.addSerializer(Council.class, new CouncilCodec.Serializer());
    module.addDeserializer(Council.class, new CouncilCodec.Deserializer(options));
    module.addSerializer(CouncilType.class, new CouncilCodec.TypeSerializer());
    module.addDeserializer(CouncilType.class, new CouncilCodec.TypeDeserializer(options));
    module.addSerializer(Composition.class, new CompositionCodec.Serializer());
    module.addDeserializer(Composition.class, new CompositionCodec.Deserializer(options));
    module.addSerializer(Contest.class, new ContestCodec.Serializer());
    module.addDeserializer(Contest.class, new ContestCodec.Deserializer(options));
    module.addSerializer(PartyAliases.class, new ElectionCodec.AliasesSerializer());
    module.addDeserializer(PartyAliases.class, new ElectionCodec.AliasesDeserializer(options));
    module.addSerializer(Election.class, new ElectionCodec.Serializer());
    module.addDeserializer(Election.class, new ElectionCodec.Deserializer(options));
    module.addSerializer(ElectionDefinition.class, new ElectionCodec.DefinitionSerializer());
    module.addDeserializer(ElectionDefinition.class, new ElectionCodec.DefinitionDeserializer(options));
    module.addSerializer(Declaration.class, new DeclarationCodec.Serializer());
    module.addDeserializer(Declaration.class, new DeclarationCodec.Deserializer(options));
    module.addSerializer(PublishedDeclaration.class, new DeclarationCodec.PublishedSerializer());
    module.addDeserializer(
        PublishedDeclaration.class, new DeclarationCodec.PublishedDeserializer(options));
    module.addSerializer(SeatBaseline.class, new RuleCodec.BaselineSerializer());
    module.addDeserializer(SeatBaseline.class, new RuleCodec.BaselineDeserializer(options));
    module.addSerializer(ControlRule.class, new RuleCodec.Serializer());
    module.addDeserializer(ControlRule.class, new RuleCodec.Deserializer(options));
    module.addSerializer(PartyStanding.class, new StandingsCodec.PartySerializer());
    module.addDeserializer(PartyStanding.class, new StandingsCodec.PartyDeserializer(options));
    module.addSerializer(Standings.class, new StandingsCodec.Serializer());
    module.addDeserializer(Standings.class, new StandingsCodec.Deserializer(options));
    module.addSerializer(Results.class, new ResultsCodec.Serializer());
    module.addDeserializer(Results.class, new ResultsCodec.Deserializer(options));
    module.addSerializer(Tally.class, new ResultsCodec.TallySerializer());
    module.addDeserializer(Tally.class, new ResultsCodec.TallyDeserializer(options));
    module.addSerializer(CouncilResult.class, new ResultsCodec.OutcomeSerializer());
    module.addSerializer(Ward.class, new WardCodec.Serializer());
    module.addDeserializer(Ward.class, new WardCodec.Deserializer(options));
    module.addSerializer(WardResult.class, new WardResultCodec.Serializer());
    module.addDeserializer(WardResult.class, new WardResultCodec.Deserializer(options));
    module.addSerializer(PublishedWardResult.class, new WardResultCodec.PublishedSerializer());
    module.addSerializer(
        org.psephos.json.PublishedWithdrawal.class, new WithdrawalCodec.Serializer());
    module.addSerializer(
        org.psephos.json.PublishedPostponement.class, new PostponementCodec.Serializer());
    module.addDeserializer(
        PublishedWardResult.class, new WardResultCodec.PublishedDeserializer(options));
    module.addSerializer(CountProgress.class, new ProgressCodec.ProgressSerializer());
    module.addDeserializer(CountProgress.class, new ProgressCodec.ProgressDeserializer(options));
    module.addSerializer(WardTotals.class, new ProgressCodec.TotalsSerializer());
    module.addDeserializer(WardTotals.class, new ProgressCodec.TotalsDeserializer(options));
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
    DeclarationCodec.writeDocument(electionId, declarations, generator);
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
    WardResultCodec.writeDocument(electionId, results, generator);
  }

  /**
   * Writes an STV count sheet document ({@code psephos.countsheet/1}).
   *
   * @param sheet the count sheet
   * @param generator where to write
   */
  public static void writeCountSheet(CountSheet sheet, JsonGenerator generator) {
    CountSheetCodec.write(sheet, generator);
  }
}
