package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of pretty-printed documents: two-space indents, one entry per line, {@code "name":
 * value}, {@code {}} and {@code []} when empty, no separator between root values. Written against
 * Jackson's {@link PrettyPrinter} interface, whose methods every supported Jackson has. One
 * instance per generator: it counts the depth.
 */
final class PrettyLines implements PrettyPrinter {
  private static final String SPACES = " ".repeat(64);
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    // root values follow each other without a separator
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    depth--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    depth--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }

  private void newLine(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
    for (int left = depth * 2; left > 0; left -= SPACES.length()) {
      g.writeRaw(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }
}
