package dev.parley.examples.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * Appends HTML and inline SVG to a buffer. Every text and attribute value goes through Guava's HTML
 * escaper; only the report's own constant markup (its style sheet) is appended raw.
 */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private final StringBuilder out;

  Html(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** Opens an element; attributes come in name, value pairs, and a null value leaves one out. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /**
   * An element with no content, written {@code <tag .../>} (valid for SVG and void HTML elements).
   */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  Html text(String text) {
    out.append(ESCAPER.escape(text));
    return this;
  }

  /** Appends markup the report itself defines, never data from a chronicle. */
  Html constant(String markup) {
    out.append(markup);
    return this;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes come in name, value pairs, got " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(ESCAPER.escape(attributes[i + 1]))
            .append('"');
      }
    }
  }

  /**
   * A coordinate or length for an SVG attribute, with one decimal and a dot, such as {@code -12.5}.
   */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    long abs = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
