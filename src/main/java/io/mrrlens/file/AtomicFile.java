package io.mrrlens.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes every file mrrlens writes, whole or not at all: the content goes to a new temporary file
 * of a random name in the target's folder, created exclusively and without following links, and
 * that file is then moved over the target in one step. The temporary file is removed when the write
 * fails and, through a shutdown hook, when the run is interrupted (Ctrl-C).
 */
public final class AtomicFile {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static final Thread CLEANER = new Thread(AtomicFile::removePending, "mrrlens-cleanup");

  static {
    try {
      Runtime.getRuntime().addShutdownHook(CLEANER);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: nothing is left to write
    }
  }

  private AtomicFile() {}

  /** Writes a file's content into a stream. */
  @FunctionalInterface
  public interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a file's content through a channel, which can also write at a position. */
  @FunctionalInterface
  public interface ChannelContent {
    void write(FileChannel channel) throws IOException;
  }

  /**
   * Writes text as UTF-8, whole or not at all.
   *
   * @throws UncheckedIOException "cannot write PATH: REASON" when the file cannot be written
   */
  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes whole or not at all, as {@link #write(Path, String)}. */
  public static void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} puts into the stream, whole or not at all, creating the target's
   * folder. A file or link already at the target is replaced, never written through.
   *
   * @throws UncheckedIOException "cannot write PATH: REASON" when the file cannot be written
   */
  public static void write(Path target, Content content) {
    try {
      writeChecked(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + target + ": " + FileFailure.reason(e, target), e);
    }
  }

  /** As {@link #write(Path, Content)}, the failure left to the caller to word. */
  public static void writeChecked(Path target, Content content) throws IOException {
    write(target, false, channel -> content.write(Channels.newOutputStream(channel)));
  }

  /**
   * As {@link #writeChecked(Path, Content)} through a channel (a header can be written last, at the
   * start), the file readable by its owner only where the file system has POSIX permissions: for
   * what holds the books' data outside the books (the import cache).
   */
  public static void writePrivately(Path target, ChannelContent content) throws IOException {
    write(target, true, content);
  }

  private static void write(Path target, boolean owner, ChannelContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temp = create(folder, absolute.getFileName().toString());
    try {
      // CREATE_NEW fails on anything already at the name, a planted link included, and
      // NOFOLLOW_LINKS refuses a link outright: the bytes go to the new file and nowhere else.
      // Not Files.createTempFile: its files are private (0600) and would stay so after the move.
      Set<OpenOption> options =
          Set.of(
              StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileAttribute<?>[] attributes =
          owner && folder.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
              }
              : new FileAttribute<?>[0];
      try (FileChannel channel = FileChannel.open(temp, options, attributes)) {
        content.write(channel);
      }
      move(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
      PENDING.remove(temp);
    }
  }

  /**
   * A random, hidden name next to the target ({@code .tickets.csv.3f9c0a1b2d4e5f60.tmp}), recorded
   * for removal on interruption; its name does not end in the target's extension, so a book reader
   * never takes it for a book file.
   */
  private static Path create(Path folder, String name) {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    Path temp = folder.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
    PENDING.add(temp);
    return temp;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The temporary files of writes under way (tests check that none is left). */
  static Set<Path> pending() {
    return Set.copyOf(PENDING);
  }

  /** Removes the temporary files of interrupted writes; run by the shutdown hook. */
  static void removePending() {
    for (Path temp : PENDING) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the run is ending; a temporary file that cannot go is left, hidden and named .tmp
      }
    }
  }
}
