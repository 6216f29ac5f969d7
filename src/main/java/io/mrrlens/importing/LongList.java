package io.mrrlens.importing;

import java.util.Arrays;

/** A growable list of primitive longs (line numbers of accepted rows), without boxing. */
final class LongList {
  private long[] values;
  private int size;

  /** An empty list with room for {@code capacity} values (a file's rows, so it need not grow). */
  LongList(int capacity) {
    values = new long[Math.max(16, capacity)];
  }

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  void addAll(LongList other) {
    if (values.length - size < other.size) {
      values = Arrays.copyOf(values, size + other.size);
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
