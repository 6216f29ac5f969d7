package io.mrrlens.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte scans that look at eight bytes at a time (the UTF-8 check of a file, where a second part
 * of a file starts) give what a scan of one byte at a time gives, on random bytes of every kind
 * that matters to them: quotes, LF, CR, CRLF, multi-byte UTF-8, bytes that are not UTF-8, a BOM.
 */
class ByteScanTest {
  @TempDir Path dir;

  private static final byte[][] PIECES = {
    "a".getBytes(StandardCharsets.US_ASCII),
    "client,".getBytes(StandardCharsets.US_ASCII),
    "0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
    {'"'},
    {'"', '"'},
    {'\n'},
    {'\r'},
    {'\r', '\n'},
    "\u00e9".getBytes(StandardCharsets.UTF_8),
    "\u20ac".getBytes(StandardCharsets.UTF_8),
    "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
    {(byte) 0xE9},
    {(byte) 0x80},
    {(byte) 0xF0, (byte) 0x9F},
  };

  /** Random bytes of the pieces; {@code valid} keeps to valid UTF-8 (the first 11 pieces). */
  private static byte[] randomBytes(Random random, boolean valid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(4) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int pieces = random.nextInt(400);
    for (int i = 0; i < pieces; i++) {
      // mostly plain text, as in a real export, so that the eight-byte steps are taken
      int kind = random.nextInt(3) == 0 ? random.nextInt(valid ? 11 : PIECES.length) : 2;
      out.writeBytes(PIECES[kind]);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void theUtf8CheckFindsTheByteAOneByteScanFinds(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = randomBytes(random, random.nextBoolean());
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      int bad = oneByteAtATime(bytes, from);
      assertEquals(
          bad, CsvSource.firstInvalidUtf8(bytes, from), "seed " + seed + " round " + round);
      // and the line feeds, counted as it checks, when the bytes are valid
      assertEquals(
          bad >= 0 ? -1 : lineFeeds(bytes, from, bytes.length),
          lineFeedsOfUtf8(bytes, from),
          "seed " + seed + " round " + round);
    }
  }

  /**
   * The UTF-8 check reads 1 MB windows with three bytes more: a line feed or a sequence of two to
   * four bytes at every place around a window's end (valid, or cut short) is judged and counted
   * once, as a one-byte scan does.
   */
  @Test
  void aWindowsEdgeChangesNothing() {
    int edge = 1 << 20;
    byte[][] pieces = {
      {'\n'},
      {(byte) 0xC3, (byte) 0xA9},
      {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}
    };
    for (byte[] piece : pieces) {
      for (int at = edge - 5; at <= edge + 4; at++) {
        for (int size : new int[] {at + piece.length, edge + 3, edge + 4, edge + 9}) {
          if (size < at + piece.length) {
            continue;
          }
          byte[] bytes = new byte[size];
          Arrays.fill(bytes, (byte) 'a');
          bytes[100] = '\n';
          System.arraycopy(piece, 0, bytes, at, piece.length);
          int bad = oneByteAtATime(bytes, 0);
          String where = "piece of " + piece.length + " at " + at + " in " + size;
          assertEquals(bad, CsvSource.firstInvalidUtf8(bytes, 0), where);
          assertEquals(bad >= 0 ? -1 : lineFeeds(bytes, 0, size), lineFeedsOfUtf8(bytes, 0), where);
        }
      }
    }
  }

  /** The line feeds the import's check counts when the bytes are valid UTF-8; else -1. */
  private static long lineFeedsOfUtf8(byte[] bytes, int from) {
    CsvSource.Utf8Check check = new CsvSource.Utf8Check();
    return check.firstInvalid(FileBytes.of(ByteBuffer.wrap(bytes)), from) < 0
        ? check.lineFeeds
        : -1;
  }

  private static long lineFeeds(byte[] bytes, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void aSecondPartStartsWhereAOneByteScanSaysItDoes(long seed) throws IOException {
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      byte[] bytes = randomBytes(random, random.nextInt(4) != 0);
      Path file = dir.resolve("time.csv");
      Files.write(file, bytes);
      CsvSource source = CsvSource.read(file, "time.csv", null);
      boolean utf8 = source.charset().equals(StandardCharsets.UTF_8);
      int start = source.encodingName().endsWith("(BOM)") ? 3 : 0;
      int from = random.nextInt((int) source.size() + 1);
      assertArrayEquals(
          partStartOneByteAtATime(bytes, start, from, utf8),
          source.partStart(from),
          "seed " + seed + " round " + round);
    }
  }

  /** A file of several of the scans' 1 MB chunks: the chunks' edges change nothing. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void aLargeFileScansLikeOneByteAtATime(long seed) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (out.size() < 5_000_000) {
      out.writeBytes(randomBytes(random, true));
    }
    byte[] bytes = out.toByteArray();
    Path file = dir.resolve("time.csv");
    Files.write(file, bytes);
    CsvSource source = CsvSource.read(file, "time.csv", null);
    int start = source.encodingName().endsWith("(BOM)") ? 3 : 0;
    assertEquals(-1, CsvSource.firstInvalidUtf8(bytes, 0));
    // the file is read in windows: every line feed is counted once, so its rows are known
    assertEquals(lineFeeds(bytes, start, bytes.length), source.lineFeeds());
    assertTrue(source.estimatedRows() <= source.lineFeeds() + 1);
    for (int from : new int[] {0, (1 << 20) - 5, 1 << 20, 2_500_000, 4_999_000}) {
      assertArrayEquals(
          partStartOneByteAtATime(bytes, start, from, true), source.partStart(from), "at " + from);
    }
  }

  /** The scan of one byte at a time that {@link CsvSource#firstInvalidUtf8} must agree with. */
  private static int oneByteAtATime(byte[] b, int from) {
    int i = from;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int extra;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return i;
      }
      int code = c & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        if (i + k >= n || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
        code = (code << 6) | (b[i + k] & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return i;
      }
      i += extra + 1;
    }
    return -1;
  }

  /** The scan of one byte at a time that {@link CsvSource#partStart} must agree with. */
  private static long[] partStartOneByteAtATime(byte[] b, int start, int from, boolean utf8) {
    long chars = 0;
    long breaks = 0;
    long quotes = 0;
    boolean candidate = false;
    for (int at = start; at < b.length; at++) {
      if (candidate && quotes % 2 == 0) {
        return new long[] {at - start, chars, breaks};
      }
      candidate = false;
      byte c = b[at];
      if (c == '\n') {
        breaks++;
        candidate = at - start >= from;
      } else if (c == '\r') {
        if (at + 1 >= b.length || b[at + 1] != '\n') {
          breaks++;
        }
      } else if (c == '"') {
        quotes++;
      }
      if (!utf8 || (c & 0xC0) != 0x80) {
        chars += utf8 && (c & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return null;
  }
}
