package org.psephos.json;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.psephos.Election;
import org.psephos.Party;

/**
 * An election definition as the JSON format carries it: the core {@link Election}, plus what only
 * displays and provenance need: a display colour per party (optional) and the data's {@link
 * Metadata}.
 *
 * <p>Colours are {@code #RRGGBB} hexadecimal, kept as written; each names a party of the election.
 *
 * <p>Equal by all components. Immutable and thread-safe.
 *
 * @param election the election
 * @param colours display colour by party id, in the election's party order
 * @param metadata the data's source and licence
 */
public record ElectionDefinition(Election election, Map<String, String> colours, Metadata metadata) {
  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  /**
   * Validates the colours.
   *
   * @param election the election
   * @param colours display colour by party id
   * @param metadata the data's source and licence
   * @throws IllegalArgumentException if a colour is not {@code #RRGGBB} or names no party of the
   *     election
   */
  public ElectionDefinition {
    requireNonNull(election, "election");
    requireNonNull(colours, "colours");
    requireNonNull(metadata, "metadata");
    Map<String, String> ordered = new LinkedHashMap<>();
    for (Party party : election.parties()) {
      String colour = colours.get(party.id());
      if (colour != null) {
        ordered.put(party.id(), requireColour(colour));
      }
    }
    for (String partyId : colours.keySet()) {
      if (election.party(partyId).isEmpty()) {
        throw new IllegalArgumentException(
            "colour given for party " + partyId + ", which is not a party of election "
                + election.id());
      }
    }
    colours = Collections.unmodifiableMap(ordered);
  }

  /**
   * A definition with no colours and no metadata.
   *
   * @param election the election
   * @return the definition
   */
  public static ElectionDefinition of(Election election) {
    return new ElectionDefinition(election, Map.of(), Metadata.none());
  }

  /**
   * Checks a display colour.
   *
   * @param colour the colour
   * @return the colour
   * @throws IllegalArgumentException if it is not {@code #} followed by six hexadecimal digits
   */
  public static String requireColour(String colour) {
    if (!COLOUR.matcher(colour).matches()) {
      throw new IllegalArgumentException(
          "colour \"" + colour + "\" is not # followed by six hexadecimal digits, such as #E4003B");
    }
    return colour;
  }

  /**
   * A party's display colour.
   *
   * @param party the party
   * @return its colour, or empty if none is given
   */
  public Optional<String> colour(Party party) {
    return Optional.ofNullable(colours.get(party.id()));
  }
}
