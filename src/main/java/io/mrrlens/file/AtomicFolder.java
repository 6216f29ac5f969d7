package io.mrrlens.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a folder of outputs (the report's HTML, PDF, charts and tables) so that a reader sees the
 * last run's files or this run's, never a mix of two runs: everything is written into a new hidden
 * folder beside the target first, then moved into place. A target that holds only what the run
 * writes is replaced whole, in two renames; a target that also holds other files keeps them, and
 * each written entry (a file, or a folder such as {@code charts/}) replaces its namesake in one
 * rename. The staging folder is removed when the writing fails and, through a shutdown hook, when
 * the run is interrupted (Ctrl-C).
 */
public final class AtomicFolder {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    try {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(AtomicFolder::removePending, "mrrlens-folder-cleanup"));
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: nothing is left to write
    }
  }

  private AtomicFolder() {}

  /** Fills the staging folder with what the target is to hold. */
  @FunctionalInterface
  public interface Filler {
    void fill(Path staging);
  }

  /**
   * Writes the target folder through {@code filler}, as the class says.
   *
   * @throws UncheckedIOException "cannot write the folder PATH: REASON" when it cannot be written;
   *     the target is then as it was
   */
  public static void write(Path target, Filler filler) {
    Path absolute = target.toAbsolutePath().normalize();
    Path staging = null;
    try {
      Path parent = absolute.getParent();
      Files.createDirectories(parent);
      staging = Files.createDirectory(hidden(parent, absolute.getFileName().toString(), "tmp"));
      PENDING.add(staging);
      filler.fill(staging);
      swap(staging, absolute);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the folder " + target + ": " + FileFailure.reason(e, target), e);
    } finally {
      if (staging != null) {
        delete(staging);
        PENDING.remove(staging);
      }
    }
  }

  private static void swap(Path staging, Path target) throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IOException(target + " is a file, not a folder");
    }
    List<Path> written = list(staging);
    Set<Path> names = Set.copyOf(written.stream().map(Path::getFileName).toList());
    boolean ours = list(target).stream().allMatch(p -> names.contains(p.getFileName()));
    Path old = hidden(target.getParent(), target.getFileName().toString(), "old");
    PENDING.add(old);
    try {
      if (ours) {
        move(target, old);
        move(staging, target);
        return;
      }
      Files.createDirectory(old);
      for (Path entry : written) {
        Path namesake = target.resolve(entry.getFileName());
        if (Files.exists(namesake)) {
          move(namesake, old.resolve(entry.getFileName()));
        }
        move(entry, namesake);
      }
    } finally {
      delete(old);
      PENDING.remove(old);
    }
  }

  /** A random hidden name beside the target: {@code .report.3f9c0a1b2d4e5f60.tmp}. */
  private static Path hidden(Path parent, String name, String suffix) {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return parent.resolve("." + name + "." + HexFormat.of().formatHex(random) + "." + suffix);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Removes a folder and what it holds, links not followed; what cannot go is left. */
  static void delete(Path folder) {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException ignored) {
      // hidden and named .tmp or .old: harmless if a file in it could not be removed
    }
  }

  /** The staging folders of writes under way (tests check that none is left). */
  static Set<Path> pending() {
    return Set.copyOf(PENDING);
  }

  /** Removes the staging folders of interrupted writes; run by the shutdown hook. */
  static void removePending() {
    PENDING.forEach(AtomicFolder::delete);
  }
}
