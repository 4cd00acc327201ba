package org.psephos.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psephos.examples.WardsSynthetic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vote shares, share changes and swing of the bundled synthetic feed, computed from the raw JSON
 * with plain Jackson trees and the rules of docs/rules.md, "Ward level", independently of Psephos:
 * each ward's last result counts; a party's votes in a ward are its best-placed candidate's (the
 * top-candidate convention); uncontested wards have no votes; share changes compare the wards with
 * previous top-candidate votes, like for like; the Butler swing from A to B is half B's change less
 * A's.
 */
final class WardVotesOracle {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Top-candidate votes by party over every declared ward. */
  final Map<String, Long> votes = new LinkedHashMap<>();

  /** Top-candidate votes now, by party, over the wards with previous votes. */
  final Map<String, Long> comparable = new LinkedHashMap<>();

  /** Previous top-candidate votes, by party, over the same wards. */
  final Map<String, Long> previous = new LinkedHashMap<>();

  /** The oracle after the first {@code lines} lines of the feed. */
  WardVotesOracle(int lines) {
    JsonNode election = read(WardsSynthetic.openElection());
    Map<String, JsonNode> previousByWard = new LinkedHashMap<>();
    for (JsonNode council : election.get("councils")) {
      JsonNode wards = council.get("contest").get("wards");
      if (wards != null) {
        for (JsonNode ward : wards) {
          JsonNode votes = ward.get("previousVotes");
          if (votes != null && votes.get("top-candidate") != null) {
            previousByWard.put(ward.get("id").asString(), votes.get("top-candidate"));
          }
        }
      }
    }
    Map<String, JsonNode> lastResult = new LinkedHashMap<>();
    List<String> feed = Cli.wardLines();
    for (String line : feed.subList(0, Math.min(lines, feed.size()))) {
      JsonNode result = MAPPER.readTree(line);
      if (result.get("ward") != null) {
        lastResult.put(result.get("ward").asString(), result);
      }
    }
    for (Map.Entry<String, JsonNode> entry : lastResult.entrySet()) {
      Map<String, Long> top = new LinkedHashMap<>();
      for (JsonNode candidate : entry.getValue().get("candidates")) {
        JsonNode count = candidate.get("votes");
        String party = candidate.get("party").asString();
        if (party.equals("Labour and Co-operative Party")) {
          party = "PP53";
        }
        long n = count == null ? 0 : count.asLong();
        top.merge(party, n, Math::max);
      }
      top.forEach((party, n) -> votes.merge(party, n, Long::sum));
      JsonNode before = previousByWard.get(entry.getKey());
      if (before != null) {
        top.forEach((party, n) -> comparable.merge(party, n, Long::sum));
        before.properties().forEach(
            p -> previous.merge(p.getKey(), p.getValue().asLong(), Long::sum));
      }
    }
  }

  private static JsonNode read(InputStream in) {
    try (in) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long total(Map<String, Long> byParty) {
    return byParty.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A party's share of the votes, in per cent. */
  double share(String party) {
    return votes.getOrDefault(party, 0L) * 100.0 / total(votes);
  }

  /** A party's share change over the comparable wards, in points. */
  double change(String party) {
    return comparable.getOrDefault(party, 0L) * 100.0 / total(comparable)
        - previous.getOrDefault(party, 0L) * 100.0 / total(previous);
  }

  /** The Butler swing from one party to another, in points. */
  double swing(String from, String to) {
    return (change(to) - change(from)) / 2;
  }
}
