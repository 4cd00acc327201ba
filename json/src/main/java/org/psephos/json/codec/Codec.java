package org.psephos.json.codec;

import org.psephos.json.DocumentKind;
import org.psephos.json.JsonLimits;
import org.psephos.json.PublishedResult;
import org.psephos.json.PsephosJsonException.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.psephos.Composition;
import org.psephos.Election;
import org.psephos.Party;
import org.psephos.SeatCountException;
import org.psephos.VoteConvention;
import tools.jackson.core.JsonGenerator;

/** What the serializers and deserializers of the module share. */
final class Codec {
  static final Set<String> COMPOSITION_MEMBERS = Set.of("seats", "vacancies");

  private Codec() {}

  /**
   * A seat map as read, with the place of its first negative count (which core rejects), if any.
   */
  record Seats(Map<Party, Integer> seats, @Nullable Where negative) {
    /** The seats as a composition, core's failure reported at the first negative count or at. */
    Composition composition(Where at) {
      Where first = negative;
      return (first != null ? first : at).core(() -> Composition.of(seats));
    }
  }

  /**
   * Reads a seat map at the current token: an object of party id to seats. Counts above {@link
   * JsonLimits#MAX_SEATS}, or a total above it, are out of range; negative counts are passed on for
   * core to reject.
   */
  static Seats readSeats(Tokens in, Supplier<String> what) {
    return readCounts(in, what, JsonLimits.MAX_SEATS, true);
  }

  /**
   * Reads a map of party id to votes at the current token. Counts above {@link
   * JsonLimits#MAX_VOTES} are out of range; negative counts are passed on for core to reject.
   */
  static Seats readVotes(Tokens in, Supplier<String> what) {
    return readCounts(in, what, JsonLimits.MAX_VOTES, false);
  }

  private static Seats readCounts(Tokens in, Supplier<String> what, int max, boolean seatMap) {
    Tokens.Members members = in.object(what, null);
    Map<Party, Integer> seats = new LinkedHashMap<>();
    long total = 0;
    Where negative = null;
    for (String id = members.next(); id != null; id = members.next()) {
      Party party = in.context.party(id, in, what);
      String named = id;
      int count = in.count(() -> what.get() + " of " + named, max);
      if (count < 0 && negative == null) {
        negative = in.place();
      }
      seats.put(party, count);
      total += Math.max(0, count);
    }
    if (seatMap && total > JsonLimits.MAX_SEATS) {
      throw members.place().fail(Kind.NUMBER_OUT_OF_RANGE, what.get() + " total " + total
          + " seats, more than the limit of " + JsonLimits.MAX_SEATS, null);
    }
    return new Seats(seats, negative);
  }

  /**
   * Reads a {@link Composition} at the current token: {@code {"seats": {"PP52": 27, "PP53": 24},
   * "vacancies": 1}}, seats by party id in order; {@code vacancies} defaults to 0 (and is written
   * only when not 0). What it is is worked out on failure.
   */
  static Composition readComposition(Tokens in, Supplier<String> what) {
    Tokens.Members members = in.object(what, COMPOSITION_MEMBERS);
    Codec.Seats seats = null;
    int vacancies = 0;
    Where negativeVacancies = null;
    for (String name = members.next(); name != null; name = members.next()) {
      if (name.equals("seats")) {
        seats = Codec.readSeats(in, what);
      } else {
        vacancies = in.count(() -> what.get() + " vacancies", JsonLimits.MAX_SEATS);
        negativeVacancies = vacancies < 0 ? in.place() : null;
      }
    }
    Codec.Seats read = members.required(seats, "seats");
    Where at = members;
    long total = vacancies;
    for (int n : read.seats().values()) {
      total += Math.max(0, n);
    }
    if (total > JsonLimits.MAX_SEATS) {
      throw at.fail(Kind.NUMBER_OUT_OF_RANGE, what.get() + " totals " + total
          + " seats, more than the limit of " + JsonLimits.MAX_SEATS, null);
    }
    Where blame = read.negative() != null ? read.negative()
        : negativeVacancies != null ? negativeVacancies : at;
    try {
      return Composition.of(read.seats(), vacancies);
    } catch (SeatCountException e) {
      throw (e.actual() < 0 ? blame : at).invalid(e);
    } catch (org.psephos.ElectionDataException e) {
      throw at.invalid(e);
    }
  }

  static void writeComposition(Composition composition, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("seats");
    Codec.writeSeatMap(generator, composition);
    if (composition.vacancies() != 0) {
      generator.writeNumberProperty("vacancies", composition.vacancies());
    }
    generator.writeEndObject();
  }

  /** Writes a seat map: party id to seats, in the composition's order. */
  static void writeSeatMap(JsonGenerator generator, Composition seats) {
    writePartyNumbers(generator, seats.asMap());
  }

  /** Writes a map of party to a number (seat changes, votes), by party id, in its order. */
  static void writePartyNumbers(JsonGenerator generator, Map<Party, ? extends Number> numbers) {
    generator.writeStartObject();
    for (Map.Entry<Party, ? extends Number> entry : numbers.entrySet()) {
      generator.writeNumberProperty(entry.getKey().id(), entry.getValue().longValue());
    }
    generator.writeEndObject();
  }

  /** The names of a set and more. */
  static Set<String> union(Set<String> set, String... more) {
    Set<String> union = new HashSet<>(set);
    Collections.addAll(union, more);
    return Set.copyOf(union);
  }

  /** A constant's name in the format: lower case, words joined by {@code -}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The conventions by their member names, in the order written. */
  static final Map<String, VoteConvention> CONVENTIONS = byName(VoteConvention.values());

  /** Constants by their names in the format ({@link #name}), in declaration order. */
  static <E extends Enum<E>> Map<String, E> byName(E[] constants) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : constants) {
      byName.put(name(constant), constant);
    }
    return Collections.unmodifiableMap(byName);
  }

  /**
   * A percentage or percentage-point figure as the format writes it: rounded half up to two
   * decimal places, such as {@code 41.23}, {@code 0.00} or {@code -2.50}.
   */
  static BigDecimal percent(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(2) : rounded;
  }

  /** Writes a percentage figure with two decimal places, if there is one. */
  static void writePercent(JsonGenerator generator, String name, OptionalDouble value) {
    if (value.isPresent()) {
      generator.writeName(name);
      generator.writeNumber(percent(value.getAsDouble()));
    }
  }

  /**
   * Starts a published input's object: its format and election if it is a document ({@code
   * document}, its kind), then its sequence number.
   */
  static void writeStart(
      JsonGenerator generator, PublishedResult published, @Nullable DocumentKind document) {
    generator.writeStartObject();
    if (document != null) {
      generator.writeStringProperty("format", document.format());
      generator.writeStringProperty("election", published.electionId());
    }
    generator.writeNumberProperty("sequence", published.sequence());
  }

  /** Writes {@code "declaredAt"}, if given. */
  static void writeDeclaredAt(JsonGenerator generator, @Nullable OffsetDateTime declaredAt) {
    if (declaredAt != null) {
      generator.writeStringProperty(
          "declaredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(declaredAt));
    }
  }

  /** Writes a figure that the format leaves out when it is 0. */
  static void writeUnlessZero(JsonGenerator generator, String name, int value) {
    if (value != 0) {
      generator.writeNumberProperty(name, value);
    }
  }

  /**
   * A document of published inputs, in an array after its {@code "format"} and {@code
   * "election"}: declarations ({@code "psephos.declarations/1"}) or ward results.
   *
   * @param words what the document holds, in messages: {@code "ward results"}
   * @param parts the array's member name
   * @param part reads one element, after the sequence number of the one before it
   * @param writePart writes one element
   */
  record Document<T extends PublishedResult>(DocumentKind kind, String words, String parts,
      int max, Part<T> part, BiConsumer<T, JsonGenerator> writePart) {

    /** Reads one published input of a document at its first token, after a sequence number. */
    interface Part<T> {
      T read(Tokens in, long previous, Check check);
    }

    /** Reads the document at the current token; every element is checked once, by check. */
    List<T> read(Tokens in, Check check) {
      Election election = in.context.election(words);
      List<T> elements = new ArrayList<>();
      read(in, election, array -> {
        Tokens.Elements each = array.array(() -> "the " + words, max);
        long last = 0;
        while (each.next()) {
          T element = part.read(array, last, check);
          last = element.sequence();
          elements.add(element);
        }
        return true;
      });
      return Collections.unmodifiableList(elements);
    }

    /**
     * Reads the document at the current token, its array with {@code array}, which returns false
     * if it stopped early; false then.
     */
    boolean read(Tokens in, Election election, Predicate<Tokens> array) {
      String what = "a " + words + " document";
      var head = new WardLineCodec.LineHead(
          in, election, kind, what, true, Set.of("format", "election", parts));
      Tokens.Members members = head.members;
      for (String name = members.next(); name != null; name = members.next()) {
        if (!head.read(name, in) && !array.test(in)) {
          return false;
        }
      }
      head.requireDocument(in);
      members.require(parts);
      return true;
    }

    void write(String electionId, List<T> elements, JsonGenerator generator) {
      generator.writeStartObject();
      generator.writeStringProperty("format", kind.format());
      generator.writeStringProperty("election", electionId);
      generator.writeName(parts);
      generator.writeStartArray();
      for (T element : elements) {
        writePart.accept(element, generator);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }
}
