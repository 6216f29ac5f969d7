package io.mrrlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.samskivert.mustache.MustacheException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void everyValueIsHtmlEscaped() {
    String html =
        Templates.render(
            "test-escaping.html",
            Map.of("title", "<script>alert(\"x\")</script>", "names", List.of("O'Brien & Co")));
    assertEquals(
        "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>\n"
            + "<li>O&#39;Brien &amp; Co</li>\n"
            + "<footer>fixed</footer>\n",
        html);
  }

  @Test
  void aMissingValueIsAnError() {
    assertThrows(
        MustacheException.class,
        () -> Templates.render("test-escaping.html", Map.of("names", List.of())));
  }

  @Test
  void anUnknownTemplateIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Templates.render("nope.html", Map.of()));
  }
}
