package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives {@code mvn package} builds hold both launchers (the POSIX one executable), the jar,
 * a man page per command, the completion scripts, LICENSE and INSTALL, under one folder.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("mrrlens.version", version());
  private static final String ROOT = "mrrlens-" + VERSION + "/";
  private static final List<String> EXPECTED =
      List.of(
          "bin/mrrlens",
          "bin/mrrlens.cmd",
          "lib/mrrlens.jar",
          "man/man1/mrrlens.1",
          "man/man1/mrrlens-check.1",
          "man/man1/mrrlens-labor.1",
          "man/man1/mrrlens-report.1",
          "man/man1/mrrlens-completion.1",
          "completion/mrrlens.bash",
          "completion/mrrlens.zsh",
          "completion/mrrlens.fish",
          "LICENSE",
          "INSTALL.md");

  private static String version() {
    try {
      String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
      int start = pom.indexOf("<version>", pom.indexOf("<artifactId>mrrlens</artifactId>"));
      return pom.substring(start + "<version>".length(), pom.indexOf("</version>", start));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theZipHoldsEverythingAnOwnerInstalls() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(Path.of("target", "mrrlens-" + VERSION + ".zip").toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        names.add(entries.nextElement().getName());
      }
      for (String expected : EXPECTED) {
        assertTrue(names.contains(ROOT + expected), "missing " + expected + " in " + names);
      }
      String cmd = text(zip, "bin/mrrlens.cmd");
      assertTrue(cmd.contains("\r\n"), "the Windows launcher has CRLF line ends");
      assertTrue(cmd.contains("JAVA_HOME") && cmd.contains("LSS 17"), cmd);
      String page = text(zip, "man/man1/mrrlens-labor.1");
      assertTrue(page.startsWith(".TH MRRLENS-LABOR 1 \"\" \"mrrlens " + VERSION), page);
      assertTrue(page.contains(".SH OPTIONS\n"), page);
    }
  }

  private static String text(ZipFile zip, String name) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(ROOT + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theTarballKeepsTheLauncherExecutable() throws IOException {
    TreeMap<String, Integer> modes = new TreeMap<>();
    Path tarball = Path.of("target", "mrrlens-" + VERSION + ".tar.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        int mode = Integer.parseInt(field(header, 100, 8).strip(), 8);
        long size = Long.parseLong(field(header, 124, 12).strip(), 8);
        modes.put(name, mode);
        in.skipNBytes((size + 511) / 512 * 512);
      }
    }
    for (String expected : EXPECTED) {
      assertTrue(modes.containsKey(ROOT + expected), "missing " + expected + " in " + modes);
    }
    assertEquals(0755, modes.get(ROOT + "bin/mrrlens") & 0777);
  }

  /**
   * The installed launcher, run through a link as INSTALL.md suggests ({@code ln -s .../bin/mrrlens
   * /usr/local/bin/mrrlens}), finds the jar beside its own folder.
   */
  @Test
  void theLauncherRunsThroughALink(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("opt");
    try (ZipFile zip = new ZipFile(Path.of("target", "mrrlens-" + VERSION + ".zip").toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        Path target = home.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
    Path launcher = home.resolve(ROOT + "bin/mrrlens");
    assertTrue(launcher.toFile().setExecutable(true));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("mrrlens"), launcher);
    ProcessBuilder builder =
        new ProcessBuilder(bin.resolve("mrrlens").toString(), "--version")
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("MRRLENS_"));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals("mrrlens " + VERSION + "\n", output);
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
