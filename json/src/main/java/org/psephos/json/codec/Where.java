package org.psephos.json.codec;

import org.jspecify.annotations.Nullable;
import org.psephos.json.PsephosJsonException;
import org.psephos.json.PsephosJsonException.Kind;

/** Where a value is in a document: its JSON pointer and the line and column it starts at. */
interface Where {
  String pointer();

  long line();

  int column();

  /** The module's exception for a fault of the value here. */
  default PsephosJsonException fail(Kind kind, String reason, @Nullable Throwable cause) {
    return new PsephosJsonException(kind, reason, pointer(), line(), column(), cause);
  }

  /** A place remembered for a failure found later. */
  record Place(String pointer, long line, int column) implements Where {}
}
