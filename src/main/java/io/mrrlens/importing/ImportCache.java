package io.mrrlens.importing;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.model.Books;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The import cache: a book imported without rejected rows is kept in a cache folder, and the next
 * command on the same files with the same settings loads it instead of parsing.
 *
 * <p>The key is the SHA-256 of a canonical text naming: the program (its jar's path, size and
 * modification time), every import setting ({@link ImportOptions}' components, each in a canonical
 * form, so a new setting is part of the key without being listed here), the books folder, and for
 * every file the import may read (the folder's CSV and JSON files, files given explicitly, mapping
 * files) its path, size, modification time and the CRC32C of its bytes.
 *
 * <p>A cache file is {@code MAGIC}, the format version, the key, the payload's length and CRC32C,
 * then the payload ({@link BooksCodec}). A file whose magic, version, key, length or checksum does
 * not match, or whose payload does not decode, is ignored and rewritten. Files are written to a
 * temporary file in the cache folder and moved into place atomically, so a reader sees the old file
 * or the new one, never a part.
 */
public final class ImportCache {
  /** The first bytes of every cache file: {@code MRRLCACH}. */
  static final long MAGIC = 0x4D52524C43414348L;

  /** The format version; a file of another version is ignored and rewritten. */
  static final int VERSION = 4;

  static final int HEADER = 8 + 4 + 32 + 8 + 4;

  /** Where the cache folder is overridden, e.g. for a shared cache disk. */
  public static final String FOLDER_VARIABLE = "MRRLENS_CACHE_DIR";

  /**
   * The same as a Java system property, read when the variable is not set: the build's tests set it
   * so that no test writes a cache into the repository's books.
   */
  public static final String FOLDER_PROPERTY = "mrrlens.cache.dir";

  private final Path folder;

  /** A cache kept in {@code folder}. */
  public ImportCache(Path folder) {
    this.folder = folder;
  }

  /** The cache folder. */
  public Path folder() {
    return folder;
  }

  /**
   * What the cache did for one import: the books, whether they came from the cache, and a sentence
   * for {@code check}. Books just imported are saved on a thread of their own while the caller goes
   * on with them (they are only read from then on); {@link #status()} and {@link #close()} wait for
   * the saving to end, so a caller that closes what it loaded never leaves it half done.
   */
  public static final class Loaded implements AutoCloseable {
    private final Books books;
    private final boolean used;
    private final CompletableFuture<String> status;

    Loaded(Books books, boolean used, String status) {
      this(books, used, CompletableFuture.completedFuture(status));
    }

    private Loaded(Books books, boolean used, CompletableFuture<String> status) {
      this.books = books;
      this.used = used;
      this.status = status;
    }

    public Books books() {
      return books;
    }

    public boolean used() {
      return used;
    }

    /** E.g. {@code used}; once the books being saved are saved (or could not be). */
    public String status() {
      try {
        return status.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }

    /** Waits for the books being saved, if they are. */
    @Override
    public void close() {
      status();
    }
  }

  /**
   * The cache folder of a book: {@code $MRRLENS_CACHE_DIR} (or the system property {@code
   * mrrlens.cache.dir}) when set; else {@code BOOKS/.mrrlens/cache} when the books folder is
   * writable; else {@code $XDG_CACHE_HOME/mrrlens}, by default {@code ~/.cache/mrrlens}.
   */
  public static Path folderFor(Path books, UnaryOperator<String> environment) {
    String set = environment.apply(FOLDER_VARIABLE);
    if (set == null || set.isBlank()) {
      set = System.getProperty(FOLDER_PROPERTY);
    }
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    Path own = books.resolve(".mrrlens").resolve("cache");
    if (Files.isDirectory(own) ? Files.isWritable(own) : Files.isWritable(books)) {
      return own;
    }
    String xdg = environment.apply("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "mrrlens");
    }
    String home = environment.apply("HOME");
    return Path.of(home == null ? System.getProperty("user.home") : home, ".cache", "mrrlens");
  }

  /**
   * The books of {@code folder}: loaded from the cache when a valid entry for these files and
   * settings is there, else imported by {@code importer} and, when no row was rejected, written to
   * the cache. A cache that cannot be read or written never fails the import.
   */
  public Loaded read(ImportOptions options, Path books, Supplier<Books> importer) {
    String name;
    try {
      name = hex(sha256(settingsText(options, books).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | UncheckedIOException e) {
      return new Loaded(importer.get(), false, NOT_STAMPED);
    }
    // The files' stamp reads every input file whole (their checksums): it is made on a thread of
    // its own while this one checks the cache file's checksum, or imports the books.
    CompletableFuture<byte[]> key = new CompletableFuture<>();
    AtomicBoolean unwanted = new AtomicBoolean();
    Thread stamping =
        new Thread(
            () -> {
              try {
                String text = keyText(options, books, unwanted::get);
                key.complete(sha256(text.getBytes(StandardCharsets.UTF_8)));
              } catch (IOException | RuntimeException | Error e) {
                key.completeExceptionally(e);
              }
            },
            "mrrlens-stamp");
    stamping.setDaemon(true);
    stamping.start();
    Path file = folder.resolve(name.substring(0, 32) + ".bin");
    String miss = "not used: first import of these files and settings";
    if (Files.exists(file)) {
      try {
        return new Loaded(load(file, key), true, "used");
      } catch (StaleException e) {
        miss = "not used: the files or settings changed since it was written";
      } catch (NotStampedException e) {
        return new Loaded(importer.get(), false, NOT_STAMPED);
      } catch (IOException | RuntimeException e) {
        miss = "not used: the cache file was damaged";
      }
    }
    // The files as they are before they are read: one changed while it was imported or stamped
    // (its size or modification time) keeps the import out of the cache, so that rows read before
    // a change are never kept under a stamp made after it.
    String before;
    try {
      before = attributes(options, books);
    } catch (IOException | UncheckedIOException e) {
      return new Loaded(importer.get(), false, NOT_STAMPED);
    }
    Books imported = importer.get();
    if (!imported.rejections().isEmpty()) {
      // nothing is kept: the stamp stops at the next file rather than read the book for nothing
      unwanted.set(true);
      return new Loaded(imported, false, "not used: rows were rejected, so the import is not kept");
    }
    String missed = miss;
    CompletableFuture<String> saved = new CompletableFuture<>();
    Thread saving =
        new Thread(
            () -> {
              byte[] stamp;
              try {
                stamp = stamp(key);
                if (!before.equals(attributes(options, books))) {
                  saved.complete(
                      missed + "; a file changed while it was read, so the import is not kept");
                  return;
                }
              } catch (IOException | UncheckedIOException e) {
                saved.complete(NOT_STAMPED);
                return;
              } catch (Error e) {
                saved.completeExceptionally(e);
                return;
              }
              try {
                write(file, stamp, imported);
                saved.complete(missed + "; saved for next time");
              } catch (IOException | UncheckedIOException e) {
                saved.complete(
                    missed + "; it could not be saved in " + folder + " (" + e.getMessage() + ")");
              } catch (RuntimeException | Error e) {
                saved.completeExceptionally(e);
              }
            },
            "mrrlens-cache");
    saving.start();
    return new Loaded(imported, false, saved);
  }

  private static final String NOT_STAMPED = "not used: the files could not be stamped";

  /** Thrown when the files could not be stamped (read for their checksums). */
  private static final class NotStampedException extends IOException {
    NotStampedException(Throwable cause) {
      super("not stamped", cause);
    }
  }

  /**
   * The files' stamp, once made. A stamp that failed in any way but an {@link Error} only means the
   * cache is not used: the cache never fails a command.
   */
  private static byte[] stamp(CompletableFuture<byte[]> key) throws NotStampedException {
    try {
      return key.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException || cause instanceof RuntimeException) {
        throw new NotStampedException(cause);
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Thrown when a valid cache file holds another key: the files or settings changed. */
  private static final class StaleException extends IOException {
    StaleException() {
      super("stale");
    }
  }

  /**
   * The books of a cache file, read twice a window at a time: once for the checksum, then (when it
   * matches) to decode, so the payload is never whole in memory next to the books.
   */
  private static Books load(Path file, CompletableFuture<byte[]> key) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < HEADER) {
        throw new IOException("shorter than a header");
      }
      ByteBuffer in = ByteBuffer.allocate(HEADER);
      while (in.hasRemaining() && channel.read(in) >= 0) {
        // a header is read whole
      }
      in.flip();
      if (in.remaining() < HEADER || in.getLong() != MAGIC || in.getInt() != VERSION) {
        throw new IOException("not a cache file of this version");
      }
      byte[] stored = new byte[32];
      in.get(stored);
      long length = in.getLong();
      int crc = in.getInt();
      if (length != size - HEADER) {
        throw new IOException("truncated");
      }
      CRC32C check = new CRC32C();
      ByteBuffer window = ByteBuffer.allocate(1 << 20);
      long left = length;
      while (left > 0) {
        window.clear().limit((int) Math.min(window.capacity(), left));
        int read = channel.read(window);
        if (read < 0) {
          throw new IOException("truncated");
        }
        check.update(window.flip());
        left -= read;
      }
      if ((int) check.getValue() != crc) {
        throw new IOException("checksum mismatch");
      }
      if (!Arrays.equals(stored, stamp(key))) {
        throw new StaleException();
      }
      channel.position(HEADER);
      return BooksCodec.decode(channel, length, crc);
    }
  }

  private void write(Path file, byte[] key, Books books) throws IOException {
    // the payload is streamed to the file (its body through a scratch file), the header last
    Files.createDirectories(folder);
    Path scratch = Files.createTempFile(folder, "import-", ".body");
    try {
      AtomicFile.writePrivately(
          file,
          channel -> {
            channel.position(HEADER);
            CRC32C crc = new CRC32C();
            OutputStream out =
                new CheckedOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), crc);
            BooksCodec.encode(books, out, scratch);
            out.flush();
            long length = channel.size() - HEADER;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            header.putLong(MAGIC).putInt(VERSION).put(key).putLong(length);
            header.putInt((int) crc.getValue());
            header.flip();
            while (header.hasRemaining()) {
              channel.write(header, header.position());
            }
          });
    } finally {
      Files.deleteIfExists(scratch);
    }
  }

  /** The program, the books folder and every import setting, canonically: the cache file's name. */
  static String settingsText(ImportOptions options, Path books) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("format ").append(VERSION).append('\n');
    text.append("program ").append(program()).append('\n');
    text.append("books ").append(books.toAbsolutePath().normalize()).append('\n');
    for (RecordComponent component : ImportOptions.class.getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(options);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      text.append(component.getName()).append(' ').append(canonical(value)).append('\n');
    }
    return text.toString();
  }

  /** The settings, then each file the import may read, stamped: the key stored in the file. */
  static String keyText(ImportOptions options, Path books) throws IOException {
    return keyText(options, books, () -> false);
  }

  /** {@link #keyText(ImportOptions, Path)}, given up between files once {@code unwanted}. */
  private static String keyText(ImportOptions options, Path books, BooleanSupplier unwanted)
      throws IOException {
    StringBuilder text = new StringBuilder(settingsText(options, books));
    for (Path file : inputs(options, books)) {
      if (unwanted.getAsBoolean()) {
        throw new IOException("the stamp is no longer wanted");
      }
      text.append(attributes(file)).append(' ').append(hex(contentHash(file))).append('\n');
    }
    return text.toString();
  }

  /** Each file the import may read, with its size and modification time. */
  static String attributes(ImportOptions options, Path books) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path file : inputs(options, books)) {
      text.append(attributes(file)).append('\n');
    }
    return text.toString();
  }

  private static String attributes(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return "file "
        + file
        + ' '
        + attributes.size()
        + ' '
        + attributes.lastModifiedTime().toInstant();
  }

  /** The files the import may read, absolute, sorted and each once. */
  static List<Path> inputs(ImportOptions options, Path books) {
    TreeSet<Path> files = new TreeSet<>();
    if (Files.isDirectory(books)) {
      BookLocator.csvFiles(books).forEach(f -> files.add(f.toAbsolutePath().normalize()));
    }
    for (List<Path> given : options.files().values()) {
      given.forEach(f -> files.add(f.toAbsolutePath().normalize()));
    }
    for (Profile profile : options.profiles()) {
      if (profile.source() != null) {
        Path source = Path.of(profile.source());
        if (Files.isRegularFile(source)) {
          files.add(source.toAbsolutePath().normalize());
        }
      }
    }
    files.removeIf(f -> !Files.isRegularFile(f));
    return List.copyOf(files);
  }

  /** A setting's value in a form that is the same on every run: maps sorted, paths absolute. */
  private static String canonical(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
      StringBuilder out = new StringBuilder("{");
      sorted.forEach((k, v) -> out.append(quote(k)).append('=').append(quote(v)).append(';'));
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      list.forEach(v -> out.append(quote(canonical(v))).append(';'));
      return out.append(']').toString();
    }
    if (value instanceof Path path) {
      return path.toAbsolutePath().normalize().toString();
    }
    if (value instanceof Charset charset) {
      return charset.name();
    }
    if (value instanceof Profile profile) {
      // a built-in profile is part of the program; a mapping file is stamped as an input
      return profile.name() + " from " + profile.source();
    }
    return value.toString();
  }

  private static String quote(String text) {
    return text.length() + ":" + text;
  }

  /**
   * The program that imports: a change to it may change what an import gives. Its jar's path, size
   * and modification time (in a build folder, those of the importer's class file).
   */
  private static String program() throws IOException {
    try {
      URL location = ImportCache.class.getProtectionDomain().getCodeSource().getLocation();
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        path = path.resolve("io/mrrlens/importing/BooksImporter.class");
      }
      if (!Files.isRegularFile(path)) {
        return path.toString();
      }
      return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toInstant();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      throw new IOException("cannot locate the program", e);
    }
  }

  /**
   * The CRC32C of a file's bytes: what tells a file changed in place from the same one when its
   * size and modification time are kept. Computed by the processor's own instruction where it has
   * one (several GB/s), so stamping a book costs a read of its files and little more.
   */
  static byte[] contentHash(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (channel.read(buffer.clear()) > 0) {
        crc.update(buffer.flip());
      }
    }
    return ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).array();
  }

  private static byte[] sha256(byte[] bytes) {
    return newSha256().digest(bytes);
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
