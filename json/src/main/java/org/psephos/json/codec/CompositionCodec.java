package org.psephos.json.codec;

import org.psephos.json.JsonLimits;
import org.psephos.json.PsephosJsonException.Kind;
import java.util.Set;
import org.psephos.Composition;
import org.psephos.SeatCountException;
import tools.jackson.core.JsonGenerator;

/**
 * A {@link Composition}: {@code {"seats": {"PP52": 27, "PP53": 24}, "vacancies": 1}}, seats by
 * party id in order; {@code vacancies} defaults to 0 and is written only when not 0.
 */
final class CompositionCodec {
  static final Set<String> MEMBERS = Set.of("seats", "vacancies");

  private CompositionCodec() {}

  /** Reads a composition at the current token; what it is is worked out on failure. */
  static Composition read(Tokens in, java.util.function.Supplier<String> what) {
    Tokens.Members members = in.object(what, MEMBERS);
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

  static void write(Composition composition, JsonGenerator generator) {
    generator.writeStartObject();
    generator.writeName("seats");
    Codec.writeSeatMap(generator, composition);
    if (composition.vacancies() != 0) {
      generator.writeNumberProperty("vacancies", composition.vacancies());
    }
    generator.writeEndObject();
  }
}
