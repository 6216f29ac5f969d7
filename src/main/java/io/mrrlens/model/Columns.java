package io.mrrlens.model;

/** What the column classes share: when an array is worth cutting to its size. */
final class Columns {
  private Columns() {}

  /**
   * True when an array of {@code capacity} holding {@code used} wastes more than an eighth: cutting
   * it costs a copy (and the old array becomes garbage), so a small slack is kept.
   */
  static boolean wasteful(int capacity, int used) {
    return capacity - used > used / 8 + 64;
  }
}
