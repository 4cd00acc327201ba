package org.psephos.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.psephos.Party;

/**
 * How the command names parties in control outcomes: by the adjective results services use
 * ("Liberal Democrat gain from Conservative"), while scoreboards keep the party's name as the
 * election file gives it ("Liberal Democrats: 3 councils").
 *
 * <p>The rule: when the last word of a party's name is one of the plural nouns for a party's
 * members in {@link #PLURAL_MEMBER_NOUNS} (Conservatives, Democrats, Greens, Independents,
 * Liberals, Nationalists, Republicans, Socialists, Unionists), it loses its final "s": "Liberal
 * Democrats" reads "Liberal Democrat", "Scottish Greens" "Scottish Green". Any other name is used
 * as it is ("Labour", "Conservative", "Residents", "People's Alliance of Tower Hamlets"). The
 * command's {@code --adjective ID=TEXT} option overrides the rule for one party.
 *
 * <p>Immutable.
 */
final class PartyNames implements Function<Party, String> {
  /** The last words of a name that lose their final "s" in the adjective. */
  static final Set<String> PLURAL_MEMBER_NOUNS =
      Set.of(
          "Conservatives",
          "Democrats",
          "Greens",
          "Independents",
          "Liberals",
          "Nationalists",
          "Republicans",
          "Socialists",
          "Unionists");

  private final Map<String, String> overrides;

  private PartyNames(Map<String, String> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * Adjectives by the rule, with overrides by party id.
   *
   * @param overrides the adjective by party id, for parties the rule does not suit
   * @return the naming
   */
  static PartyNames adjectives(Map<String, String> overrides) {
    return new PartyNames(requireNonNull(overrides, "overrides"));
  }

  /**
   * The adjective of a party name by the rule alone.
   *
   * @param name the party's name
   * @return the adjective
   */
  static String adjective(String name) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    return PLURAL_MEMBER_NOUNS.contains(last) ? name.substring(0, name.length() - 1) : name;
  }

  @Override
  public String apply(Party party) {
    String override = overrides.get(party.id());
    return override != null ? override : adjective(party.name());
  }
}
