package io.mrrlens.engine;

import io.mrrlens.file.FileFailure;
import io.mrrlens.model.Problem;
import io.mrrlens.report.Cover;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** The MSP's logo for a report's cover: a PNG, JPEG or SVG file, checked before any work. */
public final class LogoFile {
  private LogoFile() {}

  /** The logo's bytes and media type; a missing, unreadable or unknown file is a usage error. */
  public static Cover.Logo read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Problem.usage(
          "--logo " + file + ": cannot read the file (" + FileFailure.reason(e, file) + ")",
          "give an existing PNG, JPEG or SVG file");
    }
    String type = mediaType(bytes);
    if (type == null) {
      throw Problem.usage(
          "--logo " + file + ": not a PNG, JPEG or SVG image", "give a PNG, JPEG or SVG file");
    }
    if (!type.equals("image/svg+xml")) {
      try {
        if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
          throw new IOException("no image");
        }
      } catch (IOException e) {
        throw Problem.usage(
            "--logo " + file + ": the image cannot be read", "give a valid PNG, JPEG or SVG file");
      }
    }
    return new Cover.Logo(type, bytes);
  }

  private static String mediaType(byte[] bytes) {
    if (bytes.length > 8
        && (bytes[0] & 0xff) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G') {
      return "image/png";
    }
    if (bytes.length > 3
        && (bytes[0] & 0xff) == 0xff
        && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    String start =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    return start.contains("<svg") ? "image/svg+xml" : null;
  }
}
