package dev.parley.json.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of pretty-printed documents, as the Jackson 2 module writes them: two-space indents,
 * one entry per line, {@code "name": value}, {@code {}} and {@code []} when empty, no separator
 * between root values. One instance per generator: it counts the depth.
 */
final class PrettyLines implements PrettyPrinter {
  private static final String SPACES = " ".repeat(64);
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    // root values follow each other without a separator
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    depth--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    depth--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }

  private void newLine(JsonGenerator g) {
    g.writeRaw('\n');
    for (int left = depth * 2; left > 0; left -= SPACES.length()) {
      g.writeRaw(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }
}
