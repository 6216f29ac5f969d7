package io.mrrlens.importing;

/**
 * A column of a canonical file: its header name, whether a row needs a value in it, and whether it
 * holds dates (whose pattern is detected per file).
 */
record Field(String name, boolean required, boolean date) {

  static Field required(String name) {
    return new Field(name, true, false);
  }

  static Field optional(String name) {
    return new Field(name, false, false);
  }

  static Field requiredDate(String name) {
    return new Field(name, true, true);
  }

  static Field optionalDate(String name) {
    return new Field(name, false, true);
  }
}
