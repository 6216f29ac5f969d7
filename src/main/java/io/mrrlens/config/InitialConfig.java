package io.mrrlens.config;

import io.mrrlens.model.FileImport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commented {@code mrrlens.yaml} that {@code mrrlens init} writes: what it found in each file
 * (profile, encoding, delimiter, date pattern, decimal mark, duration forms) and the settings that
 * read the book that way.
 */
public final class InitialConfig {
  private static final String DETECTED = " (detected)";

  private InitialConfig() {}

  /** The config text for a book whose files were surveyed as {@code files}. */
  public static String text(String books, List<FileImport> files) {
    StringBuilder out = new StringBuilder();
    out.append("# mrrlens.yaml, written by `mrrlens init` from the files in the folder ")
        .append(books)
        .append(".\n")
        .append("# Every setting and its default: docs/config.md. Export layouts:")
        .append(" docs/importing.md.\n#\n# What each file was read as:\n");
    int width = files.stream().mapToInt(f -> f.file().length()).max().orElse(4);
    for (FileImport file : files) {
      out.append(
          String.format(
              Locale.ROOT,
              "#   %-" + width + "s  %-10s  %-22s  %-12s  %-9s  dates %s%s%s%n",
              file.file(),
              file.kind().prefix(),
              file.layout().profile(),
              file.encoding(),
              file.delimiterName(),
              file.dateFormat(),
              file.numbers().decimalMark() == null
                  ? ""
                  : ", decimal mark " + file.numbers().decimalMark(),
              file.numbers().durations() == null
                  ? ""
                  : ", durations " + file.numbers().durations()));
    }
    out.append("# The delimiter is read from each file's header row; no setting is needed.\n\n");
    profiles(out, files);
    out.append('\n');
    encoding(out, files);
    out.append('\n');
    dates(out, files);
    out.append('\n');
    decimalMark(out, files);
    out.append('\n');
    business(out);
    out.append(
        "\n# Other spellings of a client's name, e.g. company IDs or old names:\n"
            + "# aliases:\n#   \"Acme Corporation\": [\"ACME Corp\", \"0042\"]\n");
    return out.toString();
  }

  /** The settings of the business the answers assume, commented out with their defaults. */
  private static final List<String> BUSINESS =
      List.of(
          "labor.cost_per_hour",
          "targets.effective_rate",
          "payments.terms_days",
          "pricing.tm_rate");

  private static void business(StringBuilder out) {
    out.append(
        "# The business settings the answers assume, at their defaults; uncomment and set your"
            + " own:\n");
    String section = null;
    for (String path : BUSINESS) {
      Setting setting = SettingCatalogue.all().get(path);
      if (!setting.section().equals(section)) {
        section = setting.section();
        out.append("# ").append(section).append(":\n");
      }
      String line = "#   " + path.substring(section.length() + 1) + ": " + setting.defaultValue();
      out.append(line)
          .append(" ".repeat(Math.max(1, 36 - line.length())))
          .append("# ")
          .append(setting.description())
          .append('\n');
    }
  }

  private static void profiles(StringBuilder out, List<FileImport> files) {
    Set<String> profiles = new LinkedHashSet<>();
    files.forEach(f -> profiles.add(f.layout().profile()));
    profiles.remove("canonical");
    if (profiles.isEmpty()) {
      out.append("# Every file is in the canonical layout (docs/formats.md).\n")
          .append("profile: []\n");
      return;
    }
    out.append("# The import profiles detected; with this list set, only these are tried.\n")
        .append("profile: [")
        .append(String.join(", ", profiles))
        .append("]\n");
  }

  private static void encoding(StringBuilder out, List<FileImport> files) {
    Set<String> encodings = new LinkedHashSet<>();
    files.forEach(f -> encodings.add(f.encoding()));
    String utf8 = StandardCharsets.UTF_8.name();
    encodings.removeIf(e -> e.toUpperCase(Locale.ROOT).startsWith(utf8));
    if (encodings.isEmpty()) {
      out.append("# Every file is UTF-8.\nencoding:\n");
    } else if (encodings.size() == 1) {
      out.append("# The files that are not UTF-8 are ")
          .append(encodings.iterator().next())
          .append(".\nencoding: ")
          .append(encodings.iterator().next().toLowerCase(Locale.ROOT))
          .append('\n');
    } else {
      out.append("# The files use different encodings (")
          .append(String.join(", ", encodings))
          .append("); each is detected.\nencoding:\n");
    }
  }

  /**
   * The decimal mark stays detected per file (a file added later may use the other one); the
   * comment says which files showed which.
   */
  private static void decimalMark(StringBuilder out, List<FileImport> files) {
    Set<String> comma = new LinkedHashSet<>();
    Set<String> point = new LinkedHashSet<>();
    for (FileImport file : files) {
      String mark = file.numbers().decimalMark();
      if (mark != null && mark.startsWith("comma")) {
        comma.add(file.file());
      } else if (mark != null && mark.startsWith("point")) {
        point.add(file.file());
      }
    }
    if (comma.isEmpty() && point.isEmpty()) {
      out.append("# No number shows its decimal mark; ");
    } else if (comma.isEmpty()) {
      out.append("# Numbers are written with a decimal point (1,234.50); ");
    } else if (point.isEmpty()) {
      out.append("# Numbers are written with a decimal comma (1.234,50); ");
    } else {
      out.append("# Decimal comma (1.234,50) in ")
          .append(String.join(", ", comma))
          .append("; decimal point in the others; ");
    }
    out.append("each file's mark is detected.\n")
        .append("# Set true (comma) or false (point) to force one mark for every file.\n")
        .append("decimal_comma:\n");
  }

  private static void dates(StringBuilder out, List<FileImport> files) {
    List<String> patterns = new ArrayList<>();
    for (FileImport file : files) {
      String format = file.dateFormat();
      if (format != null && !format.equals("ISO")) {
        String pattern =
            format.endsWith(DETECTED)
                ? format.substring(0, format.length() - DETECTED.length())
                : format;
        if (!patterns.contains(pattern)) {
          patterns.add(pattern);
        }
      }
    }
    if (patterns.isEmpty()) {
      out.append("# Every date is ISO (2026-10-31).\ndate_format:\n");
    } else if (patterns.size() == 1) {
      out.append("# The dates that are not ISO are written ")
          .append(patterns.get(0))
          .append("; ISO dates are always read too.\ndate_format: ")
          .append(patterns.get(0))
          .append('\n');
    } else {
      out.append("# The files write dates differently (")
          .append(String.join(", ", patterns))
          .append("); each file's pattern is detected.\ndate_format:\n");
    }
  }
}
