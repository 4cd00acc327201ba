package org.psephos.feeds.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.psephos.DataSubject;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a page of Democracy Club's results API ({@code /api/next/results/?election_date=...}):
 * {@code {"next": url or null, "results": [{"ballot": {"ballot_paper_id"}, "candidate_results":
 * [{"person": {"id", "name"}, "party": {"ec_id", "legacy_slug", "name"}, "num_ballots",
 * "elected"}], "num_turnout_reported", "num_spoilt_ballots", "total_electorate",
 * "last_updated"}]}}. See docs/tables.md.
 *
 * <p>Each result is a ballot as {@link DemocracyClubResults} makes one (ward id the ballot paper id,
 * council id its election group id). The results API does not give the seats: they are the
 * candidates marked elected, so a result whose {@code elected} marks are all null has no result
 * yet and is left out with a notice; the marks are checked against "most votes win" as in {@link
 * TableWard}, a tie for the last seat broken for the marked. The party is its Electoral Commission
 * id ({@code ec_id}, {@code PP53}) or, without one, its {@code legacy_slug} ({@code ynmp-party:2},
 * {@code joint-party:53-119}); never its name.
 *
 * <p>JSON is read with Jackson's streaming parser (jackson-core, no data binding), the library the
 * project's JSON module is built on. Faults are {@link TableFormatException}s naming the page and
 * the value, with the line and column where the JSON itself is malformed, and otherwise the path of
 * the value in the page (such as {@code results[3].candidate_results[0].num_ballots}) with line 1;
 * nothing is returned from a failing page.
 */
public final class DemocracyClubApi {
  /** JSON's null. */
  static final Object NULL = new Object();
  private static final JsonFactory FACTORY = new JsonFactory();

  private DemocracyClubApi() {}

  /**
   * One page of results: its ballots, the next page's address if any, and the latest {@code
   * last_updated} of its results (the cursor for the next poll).
   *
   * @param table the page's ballots and notices
   * @param next the next page's URL, empty on the last page
   * @param lastUpdated the greatest {@code last_updated} of the page's results, empty if none
   */
  public record Page(CandidateTable table, Optional<String> next, Optional<String> lastUpdated) {
    /**
     * Checks the components are present.
     *
     * @param table the page's ballots
     * @param next the next page's URL
     * @param lastUpdated the greatest {@code last_updated}
     */
    public Page {
      java.util.Objects.requireNonNull(table, "table");
      java.util.Objects.requireNonNull(next, "next");
      java.util.Objects.requireNonNull(lastUpdated, "lastUpdated");
    }
  }

  /**
   * Reads a page of the results API.
   *
   * @param name the page's name or URL, for messages
   * @param json the page's UTF-8 bytes
   * @return the page
   * @throws TableFormatException if the page is not JSON of the results API
   */
  public static Page read(String name, byte[] json) {
    Map<String, Object> page = object(name, parse(name, json), "the page");
    Object next = page.getOrDefault("next", NULL);
    List<Object> results = list(name, page.getOrDefault("results", NULL), "results");
    WardAssembler wards = new WardAssembler(name);
    String lastUpdated = null;
    long index = 0;
    for (Object item : results) {
      index++;
      String where = "results[" + (index - 1) + "]";
      Map<String, Object> result = object(name, item, where);
      Map<String, Object> ballot = object(name, result.getOrDefault("ballot", NULL), where + ".ballot");
      String ballotId = text(name, ballot.getOrDefault("ballot_paper_id", NULL),
          where + ".ballot.ballot_paper_id");
      Object updated = result.getOrDefault("last_updated", NULL);
      if (updated instanceof String text && (lastUpdated == null || text.compareTo(lastUpdated) > 0)) {
        lastUpdated = text;
      }
      String council =
          DemocracyClubResults.councilGroupId(ballotId)
              .orElseThrow(() -> invalid(name, ballotId, where, "not a ballot paper id"));
      List<Object> candidates =
          list(name, result.getOrDefault("candidate_results", NULL), where + ".candidate_results");
      int elected = 0;
      boolean anyMark = false;
      for (Object c : candidates) {
        Object mark = object(name, c, where).getOrDefault("elected", NULL);
        anyMark |= mark instanceof Boolean;
        elected += Boolean.TRUE.equals(mark) ? 1 : 0;
      }
      if (!anyMark || elected == 0) {
        wards.notice(name + ", " + where + ": ballot " + ballotId
            + " has no one marked elected (no result yet): left out");
        continue;
      }
      OptionalInt turnout = whole(name, result.getOrDefault("num_turnout_reported", NULL), where);
      OptionalInt spoilt = whole(name, result.getOrDefault("num_spoilt_ballots", NULL), where);
      OptionalInt electorate = whole(name, result.getOrDefault("total_electorate", NULL), where);
      boolean uncontested = candidates.size() <= elected;
      int i = 0;
      for (Object c : candidates) {
        String at = where + ".candidate_results[" + i++ + "]";
        Map<String, Object> candidate = object(name, c, at);
        Map<String, Object> person = object(name, candidate.getOrDefault("person", NULL), at);
        Map<String, Object> party = object(name, candidate.getOrDefault("party", NULL), at);
        Object ecId = party.getOrDefault("ec_id", NULL);
        String partyId =
            ecId instanceof String text && !text.isBlank()
                ? text
                : text(name, party.getOrDefault("legacy_slug", NULL), at + ".party.legacy_slug");
        Object mark = candidate.getOrDefault("elected", NULL);
        if (!(mark instanceof Boolean)) {
          throw invalid(name, String.valueOf(mark == NULL ? "null" : mark), at + ".elected",
              "elected is null while other candidates of the ballot are marked");
        }
        wards.add(
            council,
            council,
            ballotId,
            ballotId,
            elected,
            uncontested ? OptionalInt.empty() : electorate,
            uncontested ? OptionalInt.empty() : turnout,
            uncontested ? OptionalInt.empty() : spoilt,
            new TableCandidate(
                text(name, person.getOrDefault("name", NULL), at + ".person.name"),
                partyId,
                uncontested
                    ? OptionalInt.empty()
                    : whole(name, candidate.getOrDefault("num_ballots", NULL), at),
                (Boolean) mark,
                1),
            0);
      }
    }
    List<TableWard> read = wards.wards();
    return new Page(
        new CandidateTable(name, read, wards.notices(), 0, 0),
        next instanceof String url ? Optional.of(url) : Optional.empty(),
        Optional.ofNullable(lastUpdated));
  }

  /** A page's JSON as maps, lists, strings, longs, doubles, booleans and {@link #NULL}. */
  static Object parse(String name, byte[] json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return value(parser);
    } catch (JacksonException e) {
      var at = e.getLocation();
      throw new TableFormatException(
          TableFormatException.Kind.MALFORMED, name, at == null ? 1 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), "", "not JSON: " + e.getOriginalMessage(),
          DataSubject.none());
    }
  }

  private static Object value(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new TableFormatException(TableFormatException.Kind.MALFORMED, "page", 1, 0, "",
          "empty", DataSubject.none());
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          map.put(key, value(parser));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser));
        }
        return list;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return NULL;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String name, Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw invalid(name, describe(value), where, "an object expected");
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(String name, Object value, String where) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw invalid(name, describe(value), where, "an array expected");
  }

  static String text(String name, Object value, String where) {
    if (value instanceof String text && !text.isBlank()) {
      return text;
    }
    throw invalid(name, describe(value), where, "a non-empty string expected");
  }

  static OptionalInt whole(String name, Object value, String where) {
    if (value == NULL) {
      return OptionalInt.empty();
    }
    if (value instanceof Long number && number >= 0 && number <= Cells.MAX) {
      return OptionalInt.of(number.intValue());
    }
    throw invalid(name, describe(value), where, "a whole number from 0 to " + Cells.MAX
        + " expected");
  }

  private static String describe(Object value) {
    return value == NULL ? "null" : value instanceof Map ? "{...}"
        : value instanceof List ? "[...]" : String.valueOf(value);
  }

  static TableFormatException invalid(
      String name, String value, String where, String detail) {
    return new TableFormatException(
        TableFormatException.Kind.INVALID_VALUE, name, 1, 0, value, where + ": " + detail,
        DataSubject.none());
  }
}
