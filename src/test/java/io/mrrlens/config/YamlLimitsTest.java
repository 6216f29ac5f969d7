package io.mrrlens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile YAML: an alias bomb names its line and a fix; a huge file is refused before parsing. */
class YamlLimitsTest {
  @TempDir Path temp;

  private static final String BOMB =
      "a: &a [x, x, x, x, x, x, x, x, x]\n"
          + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
          + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
          + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";

  @Test
  void anAliasBombInAConfigNamesTheFirstAliasLine() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("mrrlens.yaml", BOMB));
    assertEquals(
        "mrrlens.yaml:2: too many aliases (*name) of lists or maps: the file expands to more than"
            + " mrrlens reads (a YAML \"billion laughs\")",
        e.getMessage());
    assertEquals(
        "write the values out instead of repeating anchors (&name) through aliases (*name)",
        e.fix());
  }

  @Test
  void anAliasBombInAMappingIsRefusedTheSameWay() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> YamlTree.parse("mine.yaml", "# mapping\n" + BOMB));
    assertEquals(
        "mine.yaml:3: too many aliases (*name) of lists or maps: the file expands to more than"
            + " mrrlens reads (a YAML \"billion laughs\")",
        e.getMessage());
  }

  @Test
  void aTenMegabyteLineIsRefusedBeforeItIsParsed() {
    // parsing a 10 MB comment took minutes; the size alone refuses it
    String text = "# " + "x".repeat(10 << 20) + "\nlabor:\n  cost_per_hour: 55\n";
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("mrrlens.yaml", text));
    assertEquals(
        "mrrlens.yaml: the file is 10.0 MB; a config or mapping file is a few KB (mrrlens reads up"
            + " to 1 MB)",
        e.getMessage());
    assertEquals(
        "check that the path names the YAML file (mrrlens.yaml, a mapping), not a book or another"
            + " file",
        e.fix());
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
    // a sparse file of 6 GB: reading it would exhaust the heap
    Path file = temp.resolve("mrrlens.yaml");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(6L << 30);
    }
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertEquals(
        "mrrlens.yaml: the file is 6144.0 MB; a config or mapping file is a few KB (mrrlens reads"
            + " up to 1 MB)",
        e.getMessage());
  }
}
