package io.mrrlens.chart;

import io.mrrlens.file.AtomicFile;
import io.mrrlens.report.Part;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes charts as PNG and SVG files, each file whole or not at all; the same chart always gives
 * the same SVG bytes.
 */
public final class ChartWriter {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private ChartWriter() {}

  /**
   * Writes each chart as {@code dir/name.png} and {@code dir/name.svg} of width x height pixels,
   * creating the folder; each file goes to a temporary file in the folder first and is then renamed
   * over the target, so a reader never sees half a file.
   *
   * @return the written paths in order, the PNG then the SVG of each chart
   * @throws UncheckedIOException "cannot write PATH: REASON" when a file cannot be written
   * @throws IllegalArgumentException when the width or height is below 1
   */
  public static List<Path> write(List<NamedChart> charts, Path dir, int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " is not a size in pixels");
    }
    return writeFigures(new ChartPlan(width, height, null).figures(charts), dir);
  }

  /** The chart as the bytes of a PNG image of width x height pixels, e.g. to embed in a page. */
  public static byte[] png(NamedChart chart, int width, int height) {
    return bytes(out -> png(chart.chart(), width, height, out));
  }

  /**
   * The chart laid out at width x height and drawn {@code scale} times as sharp: a PNG of (width x
   * scale) x (height x scale) pixels, to show at width x height on a screen of that many pixels per
   * point (a phone's 2 or 3), where the chart's type stays its size and crisp.
   *
   * @throws IllegalArgumentException when a size or the scale is below 1
   */
  public static byte[] png(NamedChart chart, int width, int height, int scale) {
    if (width < 1 || height < 1 || scale < 1) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " at scale " + scale + " is not a size");
    }
    return bytes(
        out -> {
          BufferedImage image =
              new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
          Graphics2D g2 = image.createGraphics();
          try {
            g2.scale(scale, scale);
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height));
          } finally {
            g2.dispose();
          }
          out.write(PngEncoder.encode(image));
        });
  }

  /** The chart as the bytes of an SVG image (UTF-8) of width x height pixels. */
  public static byte[] svg(NamedChart chart, int width, int height) {
    return bytes(out -> svg(chart.chart(), width, height, out));
  }

  /**
   * Writes a document's figures as {@code dir/name.png} and {@code dir/name.svg}, each whole or not
   * at all, creating the folder.
   *
   * @return the written paths in order, the PNG then the SVG of each figure
   * @throws UncheckedIOException "cannot write PATH: REASON" when a file cannot be written
   */
  public static List<Path> writeFigures(List<Part.Figure> figures, Path dir) {
    List<Path> written = new ArrayList<>();
    for (Part.Figure figure : figures) {
      written.add(writeFile(dir, figure.key() + ".png", out -> out.write(figure.image().png())));
      written.add(writeFile(dir, figure.key() + ".svg", out -> out.write(figure.image().svg())));
    }
    return List.copyOf(written);
  }

  private static byte[] bytes(AtomicFile.Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      content.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw a chart: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The chart as PNG bytes. */
  static void png(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
    out.write(
        PngEncoder.encode(
            chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null)));
  }

  /** The chart as SVG bytes (UTF-8). */
  static void svg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
    Element root = svgTree(chart, width, height);
    Optional<byte[]> plain = SvgSerializer.bytes(root);
    if (plain.isPresent()) {
      out.write(plain.get());
    } else {
      serialize(root, out);
    }
  }

  /** The chart drawn as an SVG tree of width x height pixels. */
  static Element svgTree(JFreeChart chart, int width, int height) throws IOException {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      document =
          factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML document builder: " + e.getMessage(), e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g2 = new SVGGraphics2D(context, false);
    g2.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    Element root = g2.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
    withFallbackFonts(root);
    g2.dispose();
    return root;
  }

  /** Writes the tree with the JDK's XML serializer. */
  static void serialize(Element root, OutputStream out) throws IOException {
    try {
      // The JDK's serializer rather than Batik's, which adds an SVG 1.0 DOCTYPE pointing at w3.org
      // that parsers then try to fetch.
      Transformer serializer = TransformerFactory.newInstance().newTransformer();
      serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      serializer.transform(new DOMSource(root), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IOException("cannot serialize the SVG: " + e.getMessage(), e);
    }
  }

  /** Lets a viewer without the chart's font fall back to its own sans-serif one. */
  private static void withFallbackFonts(Element element) {
    String family = element.getAttribute("font-family");
    if (!family.isEmpty() && !family.contains("sans-serif")) {
      element.setAttribute("font-family", family + ", sans-serif");
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        withFallbackFonts(e);
      }
    }
  }

  private static Path writeFile(Path dir, String fileName, AtomicFile.Content content) {
    Path target = dir.resolve(fileName);
    AtomicFile.write(target, content);
    return target;
  }
}
