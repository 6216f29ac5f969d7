package io.mrrlens.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Selection gives the value a sort puts at each rank, whatever the values and their order. */
class RanksTest {
  private static final double[] QUANTILES = {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aLongAtARankIsTheSortedOnes(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      long[] values = new long[1 + random.nextInt(round < 250 ? 200 : 5000)];
      int kind = random.nextInt(5);
      for (int i = 0; i < values.length; i++) {
        values[i] =
            switch (kind) {
              case 0 -> random.nextLong();
              case 1 -> random.nextInt(5) - 2; // many repeats
              case 2 -> i; // sorted
              case 3 -> values.length - i; // sorted backwards
              default -> random.nextInt(3) == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            };
      }
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      for (double q : QUANTILES) {
        long[] copy = values.clone();
        assertEquals(
            sorted[Projection.rank(values.length, q)],
            Ranks.at(copy, q),
            "seed " + seed + " round " + round + " q " + q);
        long[] reordered = copy.clone();
        Arrays.sort(reordered);
        assertEquals(Arrays.toString(sorted), Arrays.toString(reordered), "values kept");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aDoubleAtARankIsTheSortedOnes(long seed) {
    Random random = new Random(seed);
    double[] odd = {
      -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE
    };
    for (int round = 0; round < 300; round++) {
      double[] values = new double[1 + random.nextInt(round < 250 ? 200 : 5000)];
      int kind = random.nextInt(4);
      for (int i = 0; i < values.length; i++) {
        values[i] =
            switch (kind) {
              case 0 -> random.nextGaussian() * 1000;
              case 1 -> odd[random.nextInt(odd.length)];
              case 2 -> Math.round(random.nextGaussian() * 3) / 2.0; // many repeats
              default -> i % 7 == 0 ? -i : i;
            };
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (double q : QUANTILES) {
        double[] copy = values.clone();
        double found = Ranks.at(copy, q);
        double expected = sorted[Projection.rank(values.length, q)];
        assertEquals(
            Double.doubleToLongBits(expected),
            Double.doubleToLongBits(found),
            "seed " + seed + " round " + round + " q " + q + ": " + expected + " vs " + found);
      }
    }
  }
}
