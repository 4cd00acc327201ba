package org.psephos.tally;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.psephos.Council;
import org.psephos.CouncilType;

/**
 * Which councils standings cover: all, one region, one council type, or any predicate, with a
 * description for headings and output ("London", "London borough").
 *
 * <p>A {@link Tally} keeps standings for the whole election, for each region and for each council
 * type up to date as declarations arrive, so {@link #all()}, {@link #region} and {@link #type}
 * read in time proportional to the number of parties. Any other filter ({@link #matching}, {@link
 * #and}) is computed by scanning the election's councils, in time proportional to their number.
 *
 * <p>Equal by kind, region or type; filters made by {@link #matching} are equal only to
 * themselves. Immutable and thread-safe if the predicate is.
 */
public final class CouncilFilter implements Predicate<Council> {
  private static final CouncilFilter ALL = new CouncilFilter("All councils", null, null, null);
  private static final CouncilFilter WITHOUT_REGION =
      new CouncilFilter("Councils without a region", null, null, c -> c.region().isEmpty());

  private final String description;
  private final @Nullable String region;
  private final @Nullable CouncilType type;
  private final @Nullable Predicate<Council> predicate;

  private CouncilFilter(
      String description,
      @Nullable String region,
      @Nullable CouncilType type,
      @Nullable Predicate<Council> predicate) {
    this.description = description;
    this.region = region;
    this.type = type;
    this.predicate = predicate;
  }

  /**
   * Every council of the election.
   *
   * @return the filter
   */
  public static CouncilFilter all() {
    return ALL;
  }

  /**
   * The councils of one region, matched exactly. A council without a region is in no region's
   * filter (it counts in {@link #all()} and its type's filter only).
   *
   * @param region the region, such as "London"
   * @return the filter, described by the region's name
   */
  public static CouncilFilter region(String region) {
    requireNonNull(region, "region");
    return new CouncilFilter(region, region, null, null);
  }

  /**
   * The councils without a region: with the filters of every {@link
   * org.psephos.Election#regions() region} of an election, they cover its councils once each.
   * Standings for it are computed by a scan of the councils.
   *
   * @return the filter, described as "Councils without a region"
   */
  public static CouncilFilter withoutRegion() {
    return WITHOUT_REGION;
  }

  /**
   * The councils of one type.
   *
   * @param type the council type
   * @return the filter, described by the type's name in words ("London borough")
   */
  public static CouncilFilter type(CouncilType type) {
    requireNonNull(type, "type");
    String words = type.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return new CouncilFilter(
        Character.toUpperCase(words.charAt(0)) + words.substring(1), null, type, null);
  }

  /**
   * The councils a predicate accepts; standings for it are computed by a scan of the councils.
   *
   * @param description what the filter selects, for headings and output
   * @param predicate the test
   * @return the filter
   */
  public static CouncilFilter matching(String description, Predicate<Council> predicate) {
    requireNonNull(description, "description");
    requireNonNull(predicate, "predicate");
    return new CouncilFilter(description, null, null, predicate);
  }

  /**
   * The councils both filters accept.
   *
   * @param other the other filter
   * @return the conjunction, described as "this and other"
   */
  public CouncilFilter and(CouncilFilter other) {
    requireNonNull(other, "other");
    CouncilFilter self = this;
    return new CouncilFilter(
        description + " and " + other.description, null, null, c -> self.test(c) && other.test(c));
  }

  @Override
  public boolean test(Council council) {
    if (predicate != null) {
      return predicate.test(council);
    }
    if (region != null) {
      return council.region().filter(region::equals).isPresent();
    }
    if (type != null) {
      return type == council.type();
    }
    return true;
  }

  /**
   * What the filter selects, such as "London".
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether this filter selects every council.
   *
   * @return true for {@link #all()}
   */
  public boolean isAll() {
    return this == ALL;
  }

  @Nullable String regionOrNull() {
    return region;
  }

  @Nullable CouncilType typeOrNull() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CouncilFilter other
        && predicate == null
        && other.predicate == null
        && java.util.Objects.equals(region, other.region)
        && type == other.type;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(region, type, predicate);
  }

  @Override
  public String toString() {
    return "CouncilFilter[" + description + "]";
  }
}
