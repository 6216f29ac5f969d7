package io.mrrlens.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One input file's bytes with how to read them: its encoding (UTF-8 with or without BOM, or
 * Windows-1252 when forced or when the bytes are not valid UTF-8) and its delimiter (comma,
 * semicolon or tab, from the header line).
 */
final class CsvSource {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How much of the file {@link #delimiter()} decodes to find the header line. */
  private static final int HEAD = 64 * 1024;

  /** Files at least this large are mapped, not read into the heap. */
  private static final long MAP_FROM = 4L << 20;

  private final String name;
  private final ByteBuffer bytes;
  private final int start;
  private final boolean bom;
  private final Charset charset;
  private final String invalidUtf8;

  /** For a file converted to CSV (JSON): the file's line for each CSV line; null for a CSV file. */
  private final long[] lines;

  private CsvSource(String name, ByteBuffer bytes, int start, Charset charset, String invalidUtf8) {
    this(name, bytes, start, charset, invalidUtf8, null);
  }

  private CsvSource(
      String name, ByteBuffer bytes, int start, Charset charset, String invalidUtf8, long[] lines) {
    this.lines = lines;
    this.name = name;
    // A large file is mapped and decoded as the parser reads it, never copied whole into the heap
    // (as bytes or as one string): arrays that large land in the old generation and leave it full
    // of dead text once read, which costs a full collection later.
    this.bytes = bytes;
    this.start = start;
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
    if (isJson(path)) {
      return JsonRecords.read(path, name);
    }
    ByteBuffer bytes;
    try {
      bytes = load(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + reason(e), e);
    }
    boolean bom =
        bytes.limit() >= 3
            && (bytes.get(0) & 0xFF) == 0xEF
            && (bytes.get(1) & 0xFF) == 0xBB
            && (bytes.get(2) & 0xFF) == 0xBF;
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

  /** True for a {@code .json} file, read through {@link JsonRecords}. */
  static boolean isJson(Path path) {
    Path file = path.getFileName();
    return file != null && file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  /**
   * A file converted to comma-separated UTF-8 text (JSON records), with the line of the original
   * file that each line of the text stands for ({@code lines[csvLine]}).
   */
  static CsvSource converted(String name, byte[] csv, long[] lines) {
    return new CsvSource(name, ByteBuffer.wrap(csv), 0, StandardCharsets.UTF_8, null, lines);
  }

  /** The line of the file that a line of the text read stands for (the same for a CSV file). */
  long line(long textLine) {
    if (lines == null) {
      return textLine;
    }
    return lines[(int) Math.min(textLine, lines.length - 1)];
  }

  /** The file's bytes: read into the heap when small, mapped read-only when large. */
  private static ByteBuffer load(Path path) throws IOException {
    if (Files.size(path) < MAP_FROM) {
      return ByteBuffer.wrap(Files.readAllBytes(path));
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE) {
        throw new IOException("the file is larger than 2 GB; split the export by date");
      }
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
    }
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
    if (lines != null) {
      return "JSON";
    }
    String base = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    return bom ? base + " (BOM)" : base;
  }

  /** Where the bytes stopped being UTF-8 (e.g. "line 4"), when they were read as Windows-1252. */
  String invalidUtf8() {
    return invalidUtf8;
  }

  /** The decoded text, BOM excluded, as the parser reads it. */
  Reader reader() {
    return new InputStreamReader(new BufferInput(bytes.duplicate().position(start)), charset);
  }

  /** The bytes of a buffer as a stream, for the decoder. */
  private static final class BufferInput extends InputStream {
    private final ByteBuffer buffer;

    BufferInput(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public int read() {
      return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!buffer.hasRemaining()) {
        return -1;
      }
      int n = Math.min(length, buffer.remaining());
      buffer.get(target, offset, n);
      return n;
    }
  }

  private String decode(int length) {
    return charset.decode(bytes.duplicate().position(start).limit(start + length)).toString();
  }

  /**
   * The whole decoded text, BOM excluded (character positions match the parser's). Decoded anew at
   * each call: only the rows a run rejects need it.
   */
  String text() {
    return decode(bytes.limit() - start);
  }

  /** The file's size in bytes, BOM excluded. */
  long size() {
    return bytes.limit() - start;
  }

  /** The line break the file uses: CRLF when it has one, else LF. */
  String lineBreak() {
    for (int i = start + 1; i < bytes.limit(); i++) {
      if (bytes.get(i) == '\n' && bytes.get(i - 1) == '\r') {
        return "\r\n";
      }
    }
    return "\n";
  }

  /** True when the file holds nothing but whitespace. */
  boolean isBlank() {
    for (int i = start; i < bytes.limit(); i++) {
      int b = bytes.get(i);
      if (b < 0) {
        return text().isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** Comma, semicolon or tab: whichever the first non-blank line has most of, outside quotes. */
  char delimiter() {
    if (lines != null) {
      return ',';
    }
    if (bytes.limit() - start > HEAD) {
      char found = delimiter(decode(HEAD), false);
      if (found != 0) {
        return found;
      }
    }
    return delimiter(text(), true);
  }

  /**
   * The delimiter of the first non-blank line of {@code text}; 0 when {@code text} is only the
   * beginning of the file and the line does not end in it.
   */
  private static char delimiter(String text, boolean whole) {
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
    if (i == n && !whole) {
      return 0;
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return ',';
  }

  private static int lineOf(ByteBuffer bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes.get(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first byte that breaks UTF-8, or -1 when all is valid. */
  static int firstInvalidUtf8(byte[] b, int from) {
    return firstInvalidUtf8(ByteBuffer.wrap(b), from);
  }

  private static int firstInvalidUtf8(ByteBuffer b, int from) {
    int i = from;
    int n = b.limit();
    while (i < n) {
      int c = b.get(i);
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
        if (i + k >= n || (b.get(i + k) & 0xC0) != 0x80) {
          return i;
        }
        code = (code << 6) | (b.get(i + k) & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return i;
      }
      i += extra + 1;
    }
    return -1;
  }
}
