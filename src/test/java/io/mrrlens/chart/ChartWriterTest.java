package io.mrrlens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mrrlens.analysis.ClientLabor;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.MonthlyRevenue;
import io.mrrlens.analysis.Segment;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.analysis.SegmentSummary;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Whole PNG and SVG files of the asked size, the same SVG bytes each time, clear failures. */
class ChartWriterTest {
  @TempDir Path temp;

  static List<NamedChart> charts() {
    LaborAnalysis.Result labor =
        new LaborAnalysis.Result(
            List.of(
                new ClientLabor(
                    "Société Générale de Plomberie et Chauffage",
                    4,
                    new BigDecimal("120.5"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal("142"),
                    null,
                    null,
                    null,
                    null)),
            null);
    SegmentAnalysis.Result segments =
        new SegmentAnalysis.Result(
            List.of(),
            null,
            List.of(
                new SegmentSummary(
                    Segment.MANAGED,
                    1,
                    new BigDecimal("9000"),
                    BigDecimal.TEN,
                    new BigDecimal("1"))),
            null,
            List.of(
                new MonthlyRevenue(
                    YearMonth.of(2026, 1),
                    new BigDecimal("750"),
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO)));
    return Stream.concat(Charts.labor(labor, 15).stream(), Charts.segments(segments).stream())
        .toList();
  }

  @Test
  void writesAPngAndAnSvgPerChartInOrder() {
    Path dir = temp.resolve("charts/out");

    List<Path> written = ChartWriter.write(charts(), dir, 800, 450);

    assertEquals(
        List.of(
            dir.resolve("labor-hours.png"),
            dir.resolve("labor-hours.svg"),
            dir.resolve("segments-revenue.png"),
            dir.resolve("segments-revenue.svg"),
            dir.resolve("segments-monthly.png"),
            dir.resolve("segments-monthly.svg")),
        written);
  }

  @Test
  void drawingInMemoryGivesTheBytesOfTheFilesWithTheTitles() throws IOException {
    NamedChart first = charts().get(0);
    List<Path> written = ChartWriter.write(charts(), temp, 640, 360);

    assertEquals("labor-hours", first.name());
    assertEquals("Hours per client", first.title());
    assertArrayEquals(Files.readAllBytes(written.get(1)), ChartWriter.svg(first, 640, 360));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(first, 640, 360)));
    assertEquals(640, image.getWidth());
  }

  @Test
  void thePngIsAnImageOfTheAskedSize() throws IOException {
    List<Path> written = ChartWriter.write(charts(), temp, 640, 360);

    BufferedImage image = ImageIO.read(written.get(0).toFile());

    assertEquals(640, image.getWidth());
    assertEquals(360, image.getHeight());
  }

  @Test
  void aScaledPngIsLaidOutAtItsSizeAndDrawnScaleTimesAsSharp() throws IOException {
    byte[] png = ChartWriter.png(charts().get(0), 600, 360, 2);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

    assertEquals(1200, image.getWidth());
    assertEquals(720, image.getHeight());
    assertThrows(
        IllegalArgumentException.class, () -> ChartWriter.png(charts().get(0), 600, 360, 0));
  }

  @Test
  void theSvgIsSvgOfTheAskedSize() throws Exception {
    List<Path> written = ChartWriter.write(charts(), temp, 640, 360);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root;
    try (InputStream in = Files.newInputStream(written.get(1))) {
      root = factory.newDocumentBuilder().parse(in).getDocumentElement();
    }

    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("640", root.getAttribute("width"));
    assertEquals("360", root.getAttribute("height"));
    assertTrue(
        Files.readString(written.get(1)).contains("Société Générale de Plomber…"),
        "the long name is cut and written in UTF-8");
  }

  @Test
  void theSameChartGivesTheSameSvgBytes() throws IOException {
    List<NamedChart> charts = charts();

    List<Path> first = ChartWriter.write(charts, temp.resolve("a"), 800, 450);
    List<Path> second = ChartWriter.write(charts, temp.resolve("b"), 800, 450);
    List<Path> rebuilt = ChartWriter.write(charts(), temp.resolve("c"), 800, 450);

    for (int i = 1; i < first.size(); i += 2) {
      byte[] bytes = Files.readAllBytes(first.get(i));
      assertArrayEquals(bytes, Files.readAllBytes(second.get(i)), first.get(i).toString());
      assertArrayEquals(bytes, Files.readAllBytes(rebuilt.get(i)), first.get(i).toString());
    }
  }

  @Test
  void leavesNoTemporaryFilesAndReplacesOldCharts() throws IOException {
    ChartWriter.write(charts(), temp, 300, 200);
    ChartWriter.write(charts(), temp, 400, 300);

    try (Stream<Path> files = Files.list(temp)) {
      assertEquals(6, files.count());
    }
    assertEquals(400, ImageIO.read(temp.resolve("labor-hours.png").toFile()).getWidth());
  }

  @Test
  void aFileInTheWayOfTheFolderIsAClearError() throws IOException {
    Path dir = Files.writeString(temp.resolve("charts"), "not a folder");

    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> ChartWriter.write(charts(), dir, 800, 450));

    assertEquals(
        "cannot write " + dir.resolve("labor-hours.png") + ": " + dir + " is a file, not a folder",
        e.getMessage());
  }

  @Test
  void aSizeBelowOnePixelIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ChartWriter.write(charts(), temp, 0, 450));
  }
}
