package io.mrrlens.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files or none, never written through a planted link, no temporary file left behind. */
class AtomicFileTest {
  @TempDir Path temp;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheFileAndCreatesItsFolder() throws IOException {
    Path target = temp.resolve("a/b/report.csv");
    AtomicFile.write(target, "x,y\r\n");
    assertEquals("x,y\r\n", Files.readString(target));
    assertEquals(List.of("report.csv"), names(target.getParent()));
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path target = temp.resolve("report.csv");
    Files.writeString(target, "old and longer than the new text");
    AtomicFile.write(target, "new");
    assertEquals("new", Files.readString(target));
  }

  @Test
  void replacesAPlantedLinkInsteadOfWritingThroughIt() throws IOException {
    Path victim = temp.resolve("victim.txt");
    Files.writeString(victim, "precious");
    Path target = temp.resolve("out/labor.csv");
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(target, victim);

    AtomicFile.write(target, "report");

    assertEquals("precious", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(target));
    assertEquals("report", Files.readString(target));
  }

  @Test
  void neverOpensAnExistingNameAsItsTemporaryFile() throws IOException {
    // Whatever name the temporary file gets, it is new: record the names seen during two writes.
    Path target = temp.resolve("labor.csv");
    List<Path> seen = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      AtomicFile.write(
          target,
          out -> {
            seen.addAll(AtomicFile.pending());
            out.write('x');
          });
    }
    assertEquals(2, seen.size());
    assertNotEquals(seen.get(0), seen.get(1), "random names, not one predictable name");
    for (Path name : seen) {
      String file = name.getFileName().toString();
      assertTrue(file.matches("\\.labor\\.csv\\.[0-9a-f]{16}\\.tmp"), file);
    }
    assertEquals(List.of("labor.csv"), names(temp));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = temp.resolve("labor.csv");
    Files.writeString(target, "old");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }));
    assertEquals("cannot write " + target + ": No space left on device", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("labor.csv"), names(temp));
    assertTrue(AtomicFile.pending().isEmpty());
  }

  @Test
  void anInterruptedWriteHasItsTemporaryFileRemoved() throws IOException {
    // What the shutdown hook does on Ctrl-C, run in the middle of a write.
    Path target = temp.resolve("report.pdf");
    List<List<String>> during = new ArrayList<>();
    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFile.write(
                target,
                out -> {
                  out.write('%');
                  out.flush();
                  during.add(names(temp));
                  AtomicFile.removePending();
                  during.add(names(temp));
                }));
    assertEquals(1, during.get(0).size());
    assertTrue(during.get(0).get(0).startsWith(".report.pdf."));
    assertEquals(List.of(), during.get(1));
    assertEquals(List.of(), names(temp));
  }

  @Test
  void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
    Path file = temp.resolve("tickets.csv");
    Files.writeString(file, "ticket_id\n");
    Path target = file.resolve("report.json");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, "{}"));
    assertEquals(
        "cannot write " + target + ": " + file + " is a file, not a folder", e.getMessage());
  }

  @Test
  void aFolderWhereTheFileShouldBeIsNamed() throws IOException {
    Path target = temp.resolve("labor.csv");
    Files.createDirectories(target.resolve("inside"));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, "x"));
    assertEquals(
        "cannot write " + target + ": " + target + " is a folder, not a file", e.getMessage());
    assertEquals(List.of("labor.csv"), names(temp));
  }

  @Test
  void aPrivateFileIsWrittenThroughAChannelHeaderLastAndReadableByItsOwnerOnly()
      throws IOException {
    Path target = temp.resolve("cache").resolve("book.bin");
    AtomicFile.writePrivately(
        target,
        channel -> {
          channel.position(4);
          channel.write(java.nio.ByteBuffer.wrap("body".getBytes(StandardCharsets.US_ASCII)));
          channel.write(java.nio.ByteBuffer.wrap("HEAD".getBytes(StandardCharsets.US_ASCII)), 0);
        });
    assertEquals("HEADbody", Files.readString(target, StandardCharsets.US_ASCII));
    if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(target)));
    }
    try (Stream<Path> left = Files.list(target.getParent())) {
      assertEquals(List.of(target), left.toList(), "no temporary file is left");
    }
  }

  @Test
  void aPrivateWriteThatFailsLeavesNothing() throws IOException {
    Path target = temp.resolve("book.bin");
    assertThrows(
        IOException.class,
        () ->
            AtomicFile.writePrivately(
                target,
                channel -> {
                  channel.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}));
                  throw new IOException("disk full");
                }));
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(), left.toList());
    }
  }
}
