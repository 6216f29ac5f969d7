package io.mrrlens.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML templates bundled with mrrlens (Mustache, under {@code io/mrrlens/report/templates/}):
 * every {@code {{value}}} is HTML-escaped, a missing value is an error rather than an empty string,
 * and {@code {{> name}}} includes another template of the same folder.
 */
public final class Templates {

  private static final String FOLDER = "templates/";
  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();
  private static final Mustache.Compiler COMPILER =
      Mustache.compiler()
          .escapeHTML(true)
          .strictSections(false)
          .withLoader(name -> open(name + ".mustache"));

  private Templates() {}

  /**
   * Renders the template {@code name} (e.g. {@code "summary.html"} for {@code
   * summary.html.mustache}) with the given context: a map, a record or any object whose fields or
   * methods the template names.
   */
  public static String render(String name, Object context) {
    return COMPILED.computeIfAbsent(name, Templates::compile).execute(context);
  }

  private static Template compile(String name) {
    try (Reader reader = open(name + ".mustache")) {
      return COMPILER.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader open(String resource) {
    InputStream in = Templates.class.getResourceAsStream(FOLDER + resource);
    if (in == null) {
      throw new IllegalArgumentException("no bundled template " + resource);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
