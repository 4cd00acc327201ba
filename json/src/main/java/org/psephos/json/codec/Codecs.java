package org.psephos.json.codec;

import org.psephos.json.PublishedDeclaration;
import org.psephos.json.PublishedWardResult;
import org.psephos.stv.CountSheet;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleModule;

/**
 * The serializer and deserializer of each value type, as {@link org.psephos.json.PsephosModule}
 * registers them.
 */
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
    CompositionCodec.addTo(module, options);
    ContestCodec.addTo(module, options);
    ElectionCodec.addTo(module, options);
    DeclarationCodec.addTo(module, options);
    RuleCodec.addTo(module, options);
    StandingsCodec.addTo(module, options);
    ResultsCodec.addTo(module, options);
    WardResultCodec.addTo(module, options);
    WardLineCodec.addTo(module, options);
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
