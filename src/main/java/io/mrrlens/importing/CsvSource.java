package io.mrrlens.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file's bytes with how to read them: its encoding (UTF-8 with or without BOM, or
 * Windows-1252 when forced or when the bytes are not valid UTF-8) and its delimiter (comma,
 * semicolon or tab, from the header line).
 */
final class CsvSource {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String name;
  private final String text;
  private final boolean bom;
  private final Charset charset;
  private final String invalidUtf8;

  private CsvSource(String name, byte[] bytes, int start, Charset charset, String invalidUtf8) {
    this.name = name;
    // Decoding the whole file at once takes the JDK's fast path; the bytes are then let go.
    this.text = new String(bytes, start, bytes.length - start, charset);
    this.bom = start > 0;
    this.charset = charset;
    this.invalidUtf8 = invalidUtf8;
  }

  /**
   * Reads a file.
   *
   * @param forced the encoding to use, or null to detect
   * @throws UncheckedIOException when the file cannot be read
   * @throws ImportException when the file was forced to UTF-8 but is not
   */
  static CsvSource read(Path path, String name, Charset forced) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + reason(e), e);
    }
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    if (forced != null && !forced.equals(StandardCharsets.UTF_8)) {
      return new CsvSource(name, bytes, start, forced, null);
    }
    int bad = firstInvalidUtf8(bytes, start);
    if (bad < 0) {
      return new CsvSource(name, bytes, start, StandardCharsets.UTF_8, null);
    }
    String where = "line " + lineOf(bytes, bad);
    if (forced != null) {
      throw new ImportException(
          name + ":" + lineOf(bytes, bad) + ": the file is not valid UTF-8",
          "export it as UTF-8, or set --encoding windows-1252 (or the file's encoding)");
    }
    return new CsvSource(name, bytes, start, WINDOWS_1252, where);
  }

  private static String reason(IOException e) {
    String type = e.getClass().getSimpleName();
    if (type.equals("NoSuchFileException")) {
      return "no such file";
    }
    if (type.equals("AccessDeniedException")) {
      return "permission denied";
    }
    return e.getMessage() == null ? type : e.getMessage();
  }

  String name() {
    return name;
  }

  Charset charset() {
    return charset;
  }

  /** The encoding's name as the user would write it, e.g. {@code UTF-8 (BOM)}. */
  String encodingName() {
    String base = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    return bom ? base + " (BOM)" : base;
  }

  /** Where the bytes stopped being UTF-8 (e.g. "line 4"), when they were read as Windows-1252. */
  String invalidUtf8() {
    return invalidUtf8;
  }

  Reader reader() {
    return new StringReader(text);
  }

  /** The whole decoded text, BOM excluded (character positions match the parser's). */
  String text() {
    return text;
  }

  /** True when the file holds nothing but whitespace. */
  boolean isBlank() {
    return text.isBlank();
  }

  /** Comma, semicolon or tab: whichever the first non-blank line has most of, outside quotes. */
  char delimiter() {
    int i = 0;
    int n = text.length();
    while (i < n && (text.charAt(i) == '\r' || text.charAt(i) == '\n' || text.charAt(i) == ' ')) {
      i++;
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (; i < n; i++) {
      char b = text.charAt(i);
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        break;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      } else if (!quoted && b == '\t') {
        tabs++;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return ',';
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first byte that breaks UTF-8, or -1 when all is valid. */
  static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
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
}
