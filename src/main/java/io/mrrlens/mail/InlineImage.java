package io.mrrlens.mail;

/**
 * A picture sent inside a mail and shown by its HTML body through {@code cid:contentId}.
 *
 * @param contentId the part's Content-ID without angle brackets, e.g. {@code chart@mrrlens}
 * @param fileName the name a mail program offers when saving it
 * @param mimeType e.g. {@code image/png}
 */
public record InlineImage(String contentId, String fileName, String mimeType, byte[] bytes) {

  /** The URL an HTML body uses to show this picture. */
  public String url() {
    return "cid:" + contentId;
  }
}
