package io.mrrlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * {@code --charts DIR --chart-size WxH} writes each command's charts as PNG and SVG of that size.
 */
class ChartsOptionTest {
  private static final String BOOK = "src/test/resources/books/mini-analysis";

  @ParameterizedTest
  @CsvSource({
    "labor, labor-hours",
    "payments, payments-aging payments-days-late",
    "segments, segments-revenue segments-monthly",
    "scorecard, scorecard",
    "project, projection-revenue projection-mrr-status-quo projection-mrr-transition"
        + " projection-mrr-middle-path projection-techs projection-sensitivity"
  })
  void eachCommandWritesItsChartsAtTheRequestedSize(String command, String names, @TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            GoldenCliTest.CLOCK,
            command,
            BOOK,
            "--charts",
            dir.resolve("charts").toString(),
            "--chart-size",
            "640x400",
            "--quiet");
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    List<String> expected =
        Stream.of(names.split(" "))
            .flatMap(n -> Stream.of(n + ".png", n + ".svg"))
            .sorted()
            .toList();
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (String name : names.split(" ")) {
      BufferedImage png = ImageIO.read(dir.resolve("charts/" + name + ".png").toFile());
      assertEquals(640, png.getWidth(), name);
      assertEquals(400, png.getHeight(), name);
      Element svg =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(dir.resolve("charts/" + name + ".svg").toFile())
              .getDocumentElement();
      assertEquals("svg", svg.getTagName(), name);
      assertTrue(svg.getAttribute("width").startsWith("640"), name + " width");
      assertTrue(svg.getAttribute("height").startsWith("400"), name + " height");
    }
  }
}
