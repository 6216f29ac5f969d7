package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of the importer: thousands of books mutated from a small one (bytes, quotes, lines,
 * line breaks, BOM, encodings, cells) through {@code check --on-error skip}, in one JVM. Every run
 * ends in exit 0 or 3, never an escaped exception or an internal error; every error is located (a
 * file, and a line where there is one) without a Java class name; and every file's rows read are
 * its rows accepted, rejected and skipped. {@code -Dfuzz.books=N} runs more books, {@code
 * -Dfuzz.seed=S} another sequence.
 */
class ImportFuzzTest {
  private static final Path BOOK = Path.of("src/test/resources/books/mini-analysis");
  private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
  private static final int BOOKS = Integer.getInteger("fuzz.books", 1500);
  private static final Pattern COUNTS =
      Pattern.compile(
          "\"rows_read\": (\\d+),\\s*\"rows_accepted\": (\\d+),\\s*"
              + "\"rows_rejected\": (\\d+),\\s*\"rows_skipped\": (\\d+)");
  private static final Pattern LOCATED =
      Pattern.compile("mrrlens: (no books found in .*|[^:\\s]+\\.csv(:\\d+)?: .*)");
  private static final String[] CELLS = {
    "",
    "\"He \"said",
    "\"never closed",
    "1,5h",
    "-0",
    "31/12/2026",
    "2026-02-30",
    "NaN",
    "\u001b[2J",
    "x".repeat(300),
    "=cmd|' /C calc'!A0",
    "2026-10-01 25:61",
    "(1,234.50)",
  };
  private static final int[] BYTES = {
    0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x00, 0xFF, 0xC3, 0x1B, '\r', '\n', ';', '\t', ',', '"'
  };

  @TempDir Path temp;

  @Test
  void mutatedBooksEndInALocatedErrorOrAnHonestCount() throws IOException {
    Map<String, byte[]> original = new TreeMap<>();
    try (Stream<Path> files = Files.list(BOOK)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        original.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    List<String> names = new ArrayList<>(original.keySet());
    Random random = new Random(SEED);
    int[] exits = new int[4];
    for (int n = 0; n < BOOKS; n++) {
      Path book = temp.resolve("book-" + n);
      Files.createDirectories(book);
      String mutated = names.get(random.nextInt(names.size()));
      StringBuilder how = new StringBuilder();
      for (Map.Entry<String, byte[]> file : original.entrySet()) {
        byte[] bytes = file.getValue();
        if (file.getKey().equals(mutated)) {
          int mutations = 1 + random.nextInt(3);
          for (int m = 0; m < mutations; m++) {
            bytes = mutate(bytes, random, how);
          }
        }
        Files.write(book.resolve(file.getKey()), bytes);
      }
      String label = "book " + n + " (" + mutated + ":" + how + ")";
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit;
      try {
        exit =
            Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                GoldenCliTest.CLOCK,
                "check",
                book.toString(),
                "--on-error",
                "skip",
                "--format",
                "json",
                "--rejects",
                temp.resolve("rejects-" + n).toString());
      } catch (RuntimeException | Error e) {
        throw new AssertionError(label + ": an exception escaped", e);
      }
      String stderr = err.toString(StandardCharsets.UTF_8);
      if (exit == 3) {
        String first = stderr.lines().findFirst().orElse("");
        assertTrue(LOCATED.matcher(first).matches(), label + ": not located: " + first);
        assertTrue(stderr.contains("\n  fix: "), label + ": no fix: " + stderr);
      } else if (exit != 0) {
        fail(label + ": exit " + exit + ": " + stderr);
      } else {
        checkCounts(label, out.toString(StandardCharsets.UTF_8));
      }
      for (String forbidden : List.of("internal error", "Exception", "org.apache", "java.")) {
        assertTrue(!stderr.contains(forbidden), label + ": " + stderr);
      }
      exits[exit]++;
      deleteTree(book);
    }
    // the mutations reach both outcomes, so neither check above is idle
    assertTrue(exits[0] > BOOKS / 20, "books read: " + Arrays.toString(exits));
    assertTrue(exits[3] > BOOKS / 20, "books refused: " + Arrays.toString(exits));
  }

  private static void checkCounts(String label, String json) {
    Matcher m = COUNTS.matcher(json);
    int found = 0;
    while (m.find()) {
      long read = Long.parseLong(m.group(1));
      long accounted =
          Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4));
      assertEquals(read, accounted, label + ": read = accepted + rejected + skipped");
      found++;
    }
    assertTrue(found >= 2, label + ": no counts in " + json);
  }

  private static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    int kind = random.nextInt(10);
    how.append(' ').append(kind).append('@').append(at);
    return switch (kind) {
      case 0 ->
          replace(
              bytes, at, Math.min(1, bytes.length - at), new byte[] {(byte) random.nextInt(256)});
      case 1 -> replace(bytes, at, 0, new byte[] {'"'});
      case 2 -> replace(bytes, at, Math.min(1, bytes.length - at), new byte[0]);
      case 3 -> lines(bytes, random, true);
      case 4 -> lines(bytes, random, false);
      case 5 -> replace(bytes, at, 0, new byte[] {(byte) BYTES[random.nextInt(BYTES.length)]});
      case 6 -> lineBreaks(bytes, random.nextBoolean() ? "\r" : "\r\n");
      case 7 -> replace(bytes, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 8 -> cell(bytes, random);
      default -> Arrays.copyOf(bytes, at);
    };
  }

  private static byte[] replace(byte[] bytes, int at, int length, byte[] with) {
    byte[] out = new byte[bytes.length - length + with.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(bytes, at + length, out, at + with.length, bytes.length - at - length);
    return out;
  }

  /** Duplicates or drops a random line. */
  private static byte[] lines(byte[] bytes, Random random, boolean duplicate) {
    List<String> lines =
        new ArrayList<>(
            Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    int i = random.nextInt(lines.size());
    if (duplicate) {
      lines.add(i, lines.get(i));
    } else {
      lines.remove(i);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] lineBreaks(byte[] bytes, String newline) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.replace("\r\n", "\n").replace("\n", newline).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Replaces the text between two commas with a hostile cell. */
  private static byte[] cell(byte[] bytes, Random random) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int from = text.indexOf(',', random.nextInt(Math.max(1, text.length())));
    if (from < 0) {
      return bytes;
    }
    int to = text.indexOf(',', from + 1);
    if (to < 0) {
      to = text.length();
    }
    String value = CELLS[random.nextInt(CELLS.length)];
    // the file's bytes are kept as they are (Latin-1 maps each byte to one character)
    return (text.substring(0, from + 1) + value + text.substring(to))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
