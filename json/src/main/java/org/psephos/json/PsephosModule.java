package org.psephos.json;

import org.psephos.json.codec.Codecs;
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
import org.psephos.tally.CountProgress;
import org.psephos.tally.CouncilResult;
import org.psephos.tally.PartyStanding;
import org.psephos.tally.Standings;
import org.psephos.tally.Tally;
import org.psephos.tally.WardTotals;
import org.psephos.ward.WardResult;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of Psephos's JSON format: one serializer and one deserializer per value
 * type, so that any {@code ObjectMapper} reads and writes Psephos values in the format of {@code
 * docs/format.md}.
 *
 * <p>Registered by hand ({@code JsonMapper.builder().addModule(new PsephosModule())}) or found by
 * {@link java.util.ServiceLoader} ({@code JsonMapper.builder().findAndAddModules()}): the module
 * declares {@code provides tools.jackson.databind.JacksonModule} and has a {@code
 * META-INF/services} entry. {@link PsephosJson} is a ready-made facade over a mapper with this
 * module and the {@link JsonLimits}.
 *
 * <p>The types: {@link Party}, {@link Council}, {@link CouncilType}, {@link Composition}, {@link
 * Contest}, {@link Ward}, {@link PartyAliases}, {@link Election}, {@link ElectionDefinition}, {@link
 * Declaration}, {@link PublishedDeclaration}, {@link WardResult}, {@link PublishedWardResult},
 * {@link PublishedWithdrawal}, {@link PublishedPostponement}, {@link SeatBaseline}, {@link ControlRule}, {@link PartyStanding}, {@link CountProgress}, {@link
 * WardTotals}, {@link Standings}, {@link Results} and {@link Tally}; {@link CouncilResult} is
 * written only, as part of a results document (without its wards), and read back through {@link
 * Results}.
 *
 * <p>Deserializers build values with core's factories, so validation lives in core; a core {@link
 * org.psephos.ElectionDataException} surfaces as a {@link PsephosJsonException} with the JSON
 * location of the value. Values whose ids refer to an election (every type but {@link Party},
 * {@link Council}, {@link CouncilType}, {@link SeatBaseline}, {@link Election} and {@link
 * ElectionDefinition}) need it as the reader attribute {@link #ELECTION}: {@code
 * mapper.readerFor(Declaration.class).withAttribute(PsephosModule.ELECTION, election)}.
 *
 * <p>Unknown members are rejected unless the module is made {@link #withUnknownFieldsIgnored()}.
 * Stream read limits belong to the mapper's factory: build it with {@link
 * JsonLimits#streamReadConstraints()}.
 */
public final class PsephosModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The key of the reader attribute holding the {@link Election} that ids refer to. */
  public static final String ELECTION = "org.psephos.json.election";

  /** This module's version, as the build wrote it into {@code version.properties}. */
  private static final Version VERSION = readVersion();

  /** Whether unknown members are ignored rather than rejected. */
  private final boolean ignoreUnknownFields;

  /** The module rejecting unknown members; the constructor {@link java.util.ServiceLoader} uses. */
  public PsephosModule() {
    this(false);
  }

  private PsephosModule(boolean ignoreUnknownFields) {
    super("psephos-json", VERSION,
        ignoreUnknownFields ? "psephos-json-lenient" : "psephos-json");
    this.ignoreUnknownFields = ignoreUnknownFields;
    Codecs.addTo(this, ignoreUnknownFields);
  }

  /**
   * Registers the module, and has the mapper's parsers reject a member name given twice in one
   * object ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), which the format forbids.
   *
   * @param context the mapper being built
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    if (context.getOwner() instanceof MapperBuilder<?, ?> builder) {
      builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
  }

  /**
   * A copy of this module that ignores members the format does not define, instead of rejecting
   * them with {@link PsephosJsonException}.
   *
   * @return the lenient module
   */
  public PsephosModule withUnknownFieldsIgnored() {
    return new PsephosModule(true);
  }

  /**
   * Whether unknown members are ignored rather than rejected.
   *
   * @return true for a module made by {@link #withUnknownFieldsIgnored()}
   */
  public boolean ignoresUnknownFields() {
    return ignoreUnknownFields;
  }

  /** The version in the module's {@code version.properties}, or unknown if it cannot be read. */
  static Version readVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = PsephosModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (java.io.IOException e) {
      return Version.unknownVersion();
    }
    return tools.jackson.core.util.VersionUtil.parseVersion(
        properties.getProperty("version", ""), "org.psephos", "psephos-json");
  }
}
