package org.psephos.json.codec;

/** How strictly documents are read: whether unknown members are rejected (the default). */
record ReadOptions(boolean ignoreUnknownFields) {
  static final ReadOptions STRICT = new ReadOptions(false);
  static final ReadOptions LENIENT = new ReadOptions(true);

  static ReadOptions of(boolean ignoreUnknownFields) {
    return ignoreUnknownFields ? LENIENT : STRICT;
  }
}
