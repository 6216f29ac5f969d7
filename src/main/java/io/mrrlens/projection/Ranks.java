package io.mrrlens.projection;

import java.util.Arrays;

/**
 * Nearest-rank percentiles over paths without sorting: the value {@link Projection#rank(int,
 * double)} points at in the sorted values, found by selection (a three-way quickselect). The values
 * are reordered, not sorted; the value found is the one {@code Arrays.sort} would put at that rank
 * (doubles in {@link Double#compare} order, as {@code Arrays.sort} orders them).
 */
final class Ranks {
  /** Below this many values, the rest is sorted by insertion. */
  private static final int SMALL = 16;

  /** Past this many rounds (a run of bad pivots), the rest is sorted. */
  private static final int ROUNDS = 64;

  private Ranks() {}

  /** The value at rank {@code q} (0 &lt; q &lt;= 1) of {@code values}, which are reordered. */
  static long at(long[] values, double q) {
    return select(values, Projection.rank(values.length, q));
  }

  /** The value at rank {@code q} (0 &lt; q &lt;= 1) of {@code values}. */
  static double at(double[] values, double q) {
    return select(values, Projection.rank(values.length, q));
  }

  /** The k-th smallest of {@code a} (0 for the smallest); {@code a} is reordered. */
  static long select(long[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    for (int round = 0; hi - lo >= SMALL; round++) {
      if (round == ROUNDS) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      long pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
      // three parts: [lo, lt) below the pivot, [lt, i) equal to it, (gt, hi] above it
      int lt = lo;
      int i = lo;
      int gt = hi;
      while (i <= gt) {
        long v = a[i];
        if (v < pivot) {
          a[i++] = a[lt];
          a[lt++] = v;
        } else if (v > pivot) {
          a[i] = a[gt];
          a[gt--] = v;
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return pivot;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      long v = a[i];
      int j = i - 1;
      while (j >= lo && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
    return a[k];
  }

  /**
   * The k-th smallest of {@code a} in {@link Double#compare} order: selected as longs whose signed
   * order is that order (a negative double's bits below the sign flipped), and turned back.
   */
  static double select(double[] a, int k) {
    long[] keys = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      keys[i] = key(a[i]);
    }
    long key = select(keys, k);
    return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }

  /** A long whose signed order is {@link Double#compare}'s order of doubles (NaN last, as one). */
  private static long key(double value) {
    long bits = Double.doubleToLongBits(value);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
