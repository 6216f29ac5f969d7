package io.mrrlens.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code json} format: one object with {@code command}, {@code as_of}, {@code window}, {@code
 * settings}, then each part under its key ({@code rows} and {@code totals} for the main table).
 * Numbers are JSON numbers (money to 2 decimals, rates to 4), empty values null, dates ISO.
 */
public final class JsonReportRenderer implements ReportRenderer.Text {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Override
  public String render(Report report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      pretty.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      json.writeStringField("command", report.command());
      json.writeFieldName("as_of");
      write(json, report.asOf(), Format.DATE);
      json.writeFieldName("window");
      if (report.window() == null) {
        json.writeNull();
      } else {
        json.writeStartObject();
        json.writeStringField("from", report.window().from().toString());
        json.writeStringField("to", report.window().to().toString());
        json.writeNumberField("months", report.window().months());
        json.writeEndObject();
      }
      json.writeFieldName("settings");
      facts(json, report.settings());
      parts(json, report.parts());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /**
   * Each part under its key; a section is an object of its title, paragraphs, highlights, the names
   * of its figures and its parts; a figure alone is left out (--charts DIR writes it).
   */
  private static void parts(JsonGenerator json, List<Part> parts) throws IOException {
    for (Part part : parts) {
      if (part instanceof Part.Figure) {
        continue;
      }
      json.writeFieldName(part.key());
      if (part instanceof Part.Facts facts) {
        facts(json, facts.facts());
      } else if (part instanceof Part.Table table) {
        table(json, table);
      } else if (part instanceof Part.Lines lines) {
        strings(json, lines.lines());
      } else if (part instanceof Part.Section section) {
        json.writeStartObject();
        json.writeStringField("title", section.title());
        json.writeFieldName("paragraphs");
        strings(json, section.paragraphs());
        json.writeFieldName("highlights");
        strings(json, section.highlights());
        json.writeFieldName("figures");
        strings(json, section.figures().stream().map(Part.Figure::key).toList());
        parts(json, section.parts());
        json.writeEndObject();
      }
    }
  }

  private static void strings(JsonGenerator json, List<String> strings) throws IOException {
    json.writeStartArray();
    for (String string : strings) {
      json.writeString(string);
    }
    json.writeEndArray();
  }

  private static void facts(JsonGenerator json, List<Fact> facts) throws IOException {
    json.writeStartObject();
    for (Fact fact : facts) {
      json.writeFieldName(fact.field());
      write(json, fact.value(), fact.format());
    }
    json.writeEndObject();
  }

  private static void table(JsonGenerator json, Part.Table table) throws IOException {
    json.writeStartArray();
    for (Map<String, Object> row : table.rows()) {
      row(json, table.columns(), row);
    }
    json.writeEndArray();
    if (table.totals() != null) {
      json.writeFieldName(table.key().equals("rows") ? "totals" : table.key() + "_totals");
      row(json, table.columns(), table.totals());
    }
  }

  private static void row(JsonGenerator json, List<Column> columns, Map<String, Object> row)
      throws IOException {
    json.writeStartObject();
    for (Column column : columns) {
      json.writeFieldName(column.field());
      write(json, row.get(column.field()), column.format());
    }
    json.writeEndObject();
  }

  private static void write(JsonGenerator json, Object value, Format format) throws IOException {
    if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        write(json, item, format);
      }
      json.writeEndArray();
      return;
    }
    if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        write(json, entry.getValue(), format);
      }
      json.writeEndObject();
      return;
    }
    Object raw = Values.raw(value, format);
    if (raw == null) {
      json.writeNull();
    } else if (raw instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (raw instanceof Long || raw instanceof Integer) {
      json.writeNumber(((Number) raw).longValue());
    } else if (raw instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else {
      json.writeString(raw.toString());
    }
  }
}
