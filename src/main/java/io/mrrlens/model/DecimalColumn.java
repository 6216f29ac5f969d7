package io.mrrlens.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A column of exact decimals (hours, money): each an unscaled {@code long} and a scale, so a value
 * comes back equal to the one added, scale included; null is kept as null. A value whose digits do
 * not fit a {@code long} is kept aside as it is.
 */
public final class DecimalColumn {
  private static final byte NULL = Byte.MIN_VALUE;
  private static final byte ASIDE = Byte.MIN_VALUE + 1;
  private long[] unscaled;
  private byte[] scales;
  private Map<Integer, BigDecimal> aside;
  private int size;

  /** An empty column. */
  public DecimalColumn() {
    this(16);
  }

  /** An empty column with room for {@code rows} rows. */
  public DecimalColumn(int rows) {
    unscaled = new long[Math.max(16, rows)];
    scales = new byte[Math.max(16, rows)];
  }

  private DecimalColumn(long[] unscaled, byte[] scales, Map<Integer, BigDecimal> aside, int size) {
    this.unscaled = unscaled;
    this.scales = scales;
    this.aside = aside;
    this.size = size;
  }

  /**
   * Writes the column whole (for the import cache): the unscaled values and scales, then the values
   * kept aside, each as its row, unscaled bytes and scale.
   */
  public void write(DataOutput out) throws IOException {
    out.writeInt(size);
    Columns.writeLongs(out, unscaled, size);
    Columns.writeBytes(out, scales, size);
    Map<Integer, BigDecimal> sorted = aside == null ? Map.of() : new TreeMap<>(aside);
    out.writeInt(sorted.size());
    for (Map.Entry<Integer, BigDecimal> entry : sorted.entrySet()) {
      byte[] digits = entry.getValue().unscaledValue().toByteArray();
      out.writeInt(entry.getKey());
      out.writeInt(digits.length);
      out.write(digits);
      out.writeInt(entry.getValue().scale());
    }
  }

  /**
   * A column as {@link #write} wrote it.
   *
   * @param limit the bytes left to read, which no count read may exceed
   * @throws IOException when the bytes are not such a column
   */
  public static DecimalColumn read(DataInput in, long limit) throws IOException {
    int size = Columns.count(in, limit, Long.BYTES + 1);
    long[] unscaled = Columns.readLongs(in, size);
    byte[] scales = Columns.readBytes(in, size);
    int asideCount = Columns.count(in, limit, 3 * Integer.BYTES);
    Map<Integer, BigDecimal> aside = asideCount == 0 ? null : new HashMap<>();
    for (int k = 0; k < asideCount; k++) {
      int row = in.readInt();
      Columns.check(row >= 0 && row < size && scales[row] == ASIDE, "a value aside of no row");
      byte[] digits = Columns.readBytes(in, Columns.count(in, limit, 1));
      Columns.check(digits.length > 0, "a value aside without digits");
      aside.put(row, new BigDecimal(new BigInteger(digits), in.readInt()));
    }
    int expected = 0;
    for (int i = 0; i < size; i++) {
      if (scales[i] == ASIDE) {
        expected++;
      }
    }
    Columns.check(expected == asideCount, "a row aside without its value");
    return new DecimalColumn(unscaled, scales, aside, size);
  }

  /** Appends a decimal, or null. */
  public void add(BigDecimal value) {
    if (size == scales.length) {
      int grown = size + (size >> 1) + 16;
      unscaled = Arrays.copyOf(unscaled, grown);
      scales = Arrays.copyOf(scales, grown);
    }
    int i = size++;
    if (value == null) {
      scales[i] = NULL;
    } else if (value.scale() > ASIDE
        && value.scale() <= Byte.MAX_VALUE
        && value.unscaledValue().bitLength() < 64) {
      unscaled[i] = value.unscaledValue().longValue();
      scales[i] = (byte) value.scale();
    } else {
      if (aside == null) {
        aside = new HashMap<>();
      }
      aside.put(i, value);
      scales[i] = ASIDE;
    }
  }

  /**
   * Appends the decimal {@code digits * 10^-scale} (equal to adding that BigDecimal), or null when
   * {@code scale} is below 0: for an import that reads values without making a BigDecimal.
   */
  public void add(long digits, int scale) {
    if (scale > Byte.MAX_VALUE) {
      add(BigDecimal.valueOf(digits, scale));
      return;
    }
    if (size == scales.length) {
      int grown = size + (size >> 1) + 16;
      unscaled = Arrays.copyOf(unscaled, grown);
      scales = Arrays.copyOf(scales, grown);
    }
    int i = size++;
    if (scale < 0) {
      scales[i] = NULL;
    } else {
      unscaled[i] = digits;
      scales[i] = (byte) scale;
    }
  }

  /** Appends every row of another column. */
  public void addAll(DecimalColumn other) {
    if (scales.length - size < other.size) {
      unscaled = Arrays.copyOf(unscaled, size + other.size);
      scales = Arrays.copyOf(scales, size + other.size);
    }
    System.arraycopy(other.unscaled, 0, unscaled, size, other.size);
    System.arraycopy(other.scales, 0, scales, size, other.size);
    if (other.aside != null) {
      if (aside == null) {
        aside = new HashMap<>();
      }
      int first = size;
      other.aside.forEach((i, value) -> aside.put(first + i, value));
    }
    size += other.size;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** The decimal at {@code i}, or null. */
  public BigDecimal get(int i) {
    byte scale = scales[i];
    if (scale == NULL) {
      return null;
    }
    if (scale == ASIDE) {
      return aside.get(i);
    }
    return BigDecimal.valueOf(unscaled[i], scale);
  }

  /** True when the value at {@code i} is null. */
  public boolean isNull(int i) {
    return scales[i] == NULL;
  }

  /**
   * The value at {@code i} in units of {@code 10^-scale}, exact, or {@code fallback} when that is
   * not a whole number of units that fits a {@code long} (the caller then works on {@link #get}).
   */
  public long units(int i, int scale, long fallback) {
    byte own = scales[i];
    if (own == NULL || own == ASIDE) {
      return fallback;
    }
    long value = unscaled[i];
    int shift = scale - own;
    if (shift >= 0) {
      if (shift >= POWERS.length) {
        return fallback;
      }
      try {
        return Math.multiplyExact(value, POWERS[shift]);
      } catch (ArithmeticException e) {
        return fallback;
      }
    }
    if (-shift >= POWERS.length || value % POWERS[-shift] != 0) {
      return fallback;
    }
    return value / POWERS[-shift];
  }

  /**
   * The number of decimals the value at {@code i} needs (its scale without trailing zeros), or
   * {@link Integer#MIN_VALUE} for null.
   */
  public int neededScale(int i) {
    byte own = scales[i];
    if (own == NULL) {
      return Integer.MIN_VALUE;
    }
    if (own == ASIDE) {
      BigDecimal value = aside.get(i);
      return value.signum() == 0 ? 0 : value.stripTrailingZeros().scale();
    }
    long value = unscaled[i];
    if (value == 0) {
      return 0;
    }
    int scale = own;
    while (value % 10 == 0) {
      value /= 10;
      scale--;
    }
    return scale;
  }

  /** The own scale of the value at {@code i}, or {@link Integer#MIN_VALUE} for null. */
  public int scale(int i) {
    byte own = scales[i];
    if (own == NULL) {
      return Integer.MIN_VALUE;
    }
    return own == ASIDE ? aside.get(i).scale() : own;
  }

  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /** The column with its arrays cut to its size. */
  void trim() {
    if (Columns.wasteful(scales.length, size)) {
      unscaled = Arrays.copyOf(unscaled, size);
      scales = Arrays.copyOf(scales, size);
    }
  }
}
