package org.psephos.json.codec;

/** How strictly documents are read: whether unknown members are rejected (the default). */
record ReadOptions(boolean ignoreUnknownFields) {
  static ReadOptions of(boolean ignoreUnknownFields) {
    return new ReadOptions(ignoreUnknownFields);
  }
}
