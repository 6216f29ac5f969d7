package io.mrrlens.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * What the column classes share: when an array is worth cutting to its size, and how their arrays
 * are written and read whole (big-endian, a piece at a time, for the import cache).
 */
final class Columns {
  private Columns() {}

  /** How many bytes an array is written or read in at a time. */
  private static final int PIECE = 1 << 16;

  /**
   * True when an array of {@code capacity} holding {@code used} wastes more than an eighth: cutting
   * it costs a copy (and the old array becomes garbage), so a small slack is kept.
   */
  static boolean wasteful(int capacity, int used) {
    return capacity - used > used / 8 + 64;
  }

  /**
   * A count read back, checked: at least 0, and {@code count * width} bytes no more than the {@code
   * limit} of bytes that are left (so a damaged count never allocates past what the file holds).
   *
   * @throws IOException when the count cannot be right
   */
  static int count(DataInput in, long limit, int width) throws IOException {
    int count = in.readInt();
    if (count < 0 || (long) count * width > limit) {
      throw new IOException("a count of " + count + " does not fit the bytes left");
    }
    return count;
  }

  static void writeBytes(DataOutput out, byte[] values, int n) throws IOException {
    out.write(values, 0, n);
  }

  static byte[] readBytes(DataInput in, int n) throws IOException {
    byte[] values = new byte[n];
    in.readFully(values);
    return values;
  }

  /** Copies {@code count} values from {@code from} between an array and a piece of bytes. */
  private interface Piece {
    void copy(ByteBuffer piece, int from, int count);
  }

  private static void write(DataOutput out, int n, int width, Piece piece) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(PIECE);
    for (int i = 0; i < n; ) {
      int m = Math.min(n - i, PIECE / width);
      piece.copy(buffer.clear(), i, m);
      out.write(buffer.array(), 0, m * width);
      i += m;
    }
  }

  private static void read(DataInput in, int n, int width, Piece piece) throws IOException {
    byte[] bytes = new byte[PIECE];
    for (int i = 0; i < n; ) {
      int m = Math.min(n - i, PIECE / width);
      in.readFully(bytes, 0, m * width);
      piece.copy(ByteBuffer.wrap(bytes, 0, m * width), i, m);
      i += m;
    }
  }

  static void writeInts(DataOutput out, int[] values, int n) throws IOException {
    write(out, n, Integer.BYTES, (piece, from, m) -> piece.asIntBuffer().put(values, from, m));
  }

  static int[] readInts(DataInput in, int n) throws IOException {
    int[] values = new int[n];
    read(in, n, Integer.BYTES, (piece, from, m) -> piece.asIntBuffer().get(values, from, m));
    return values;
  }

  static void writeLongs(DataOutput out, long[] values, int n) throws IOException {
    write(out, n, Long.BYTES, (piece, from, m) -> piece.asLongBuffer().put(values, from, m));
  }

  static long[] readLongs(DataInput in, int n) throws IOException {
    long[] values = new long[n];
    read(in, n, Long.BYTES, (piece, from, m) -> piece.asLongBuffer().get(values, from, m));
    return values;
  }

  /** Writes the flags as one byte each. */
  static void writeBooleans(DataOutput out, boolean[] values, int n) throws IOException {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) (values[i] ? 1 : 0);
    }
    out.write(bytes);
  }

  /**
   * Reads flags of one byte each.
   *
   * @throws IOException when a byte is neither 0 nor 1
   */
  static boolean[] readBooleans(DataInput in, int n) throws IOException {
    byte[] bytes = readBytes(in, n);
    boolean[] values = new boolean[n];
    for (int i = 0; i < n; i++) {
      if ((bytes[i] & ~1) != 0) {
        throw new IOException("a flag of " + bytes[i]);
      }
      values[i] = bytes[i] == 1;
    }
    return values;
  }

  /**
   * Checks what a column read back must hold.
   *
   * @throws IOException when it does not
   */
  static void check(boolean holds, String what) throws IOException {
    if (!holds) {
      throw new IOException("a column does not decode: " + what);
    }
  }

  /**
   * Checks that the columns read back for a list of {@code size} rows have as many.
   *
   * @throws IOException when one has not
   */
  static void checkSizes(int size, int... columnSizes) throws IOException {
    for (int rows : columnSizes) {
      check(rows == size, "columns of different lengths");
    }
  }
}
