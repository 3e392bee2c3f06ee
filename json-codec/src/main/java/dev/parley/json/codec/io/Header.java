package dev.parley.json.codec.io;

import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.List;

/**
 * The format header, {@code {"format":"parley","version":1}}: the first line of an NDJSON stream,
 * and the first two properties of a chronicle document.
 *
 * <pre>{@code
 * Header.write(g);
 * Header.read(p, ctx);   // fails unless format "parley", version 1
 * }</pre>
 */
public final class Header {
  /** The format's name. */
  public static final String FORMAT = "parley";

  /** The format version this library writes and reads. */
  public static final int VERSION = 1;

  private static final FieldSet FIELDS = FieldSet.of("format", "version");

  private Header() {}

  /**
   * Writes the header object.
   *
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(TokenWriter g) throws IOException {
    g.writeStartObject();
    writeFields(g);
    g.writeEndObject();
  }

  /**
   * Writes the {@code format} and {@code version} properties into an object being written, as a
   * chronicle document starts.
   *
   * @param g the generator, inside an object
   * @throws IOException if the generator fails
   */
  public static void writeFields(TokenWriter g) throws IOException {
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
  }

  /**
   * Reads and checks the value of a {@code format} property.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @throws IOException if the parser fails
   * @throws ParleyJsonException of kind {@link Kind#UNSUPPORTED_FORMAT} unless it is {@code
   *     "parley"}
   */
  public static void readFormat(TokenReader p, ReadContext ctx) throws IOException {
    String format = Values.string(p, ctx);
    if (!format.equals(FORMAT)) {
      throw ctx.fail(
          p,
          Kind.UNSUPPORTED_FORMAT,
          "format " + ReadContext.quote(format) + " is not \"" + FORMAT + "\"");
    }
  }

  /**
   * Reads and checks the value of a {@code version} property.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @throws IOException if the parser fails
   * @throws ParleyJsonException of kind {@link Kind#UNSUPPORTED_FORMAT} unless it is {@value
   *     #VERSION}
   */
  public static void readVersion(TokenReader p, ReadContext ctx) throws IOException {
    long version = Values.longValue(p, ctx);
    if (version != VERSION) {
      throw ctx.fail(
          p,
          Kind.UNSUPPORTED_FORMAT,
          "version " + version + " is not supported; this library reads version " + VERSION);
    }
  }

  /**
   * Reads and checks a header object.
   *
   * @param p the parser, on the object's start
   * @param ctx the context of the read
   * @return the version, always {@link #VERSION}
   * @throws IOException if the parser fails
   * @throws ParleyJsonException of kind {@link Kind#UNSUPPORTED_FORMAT} if it is not the header of
   *     this format and version
   */
  public static Integer read(TokenReader p, ReadContext ctx) throws IOException {
    try {
      ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
      for (int f; (f = c.next()) >= 0; ) {
        if (f == 0) {
          readFormat(p, ctx);
        } else {
          readVersion(p, ctx);
        }
      }
      return VERSION;
    } catch (ParleyJsonException e) {
      if (e.kind() == Kind.UNSUPPORTED_FORMAT) {
        throw e;
      }
      throw ctx.failures()
          .create(
              Kind.UNSUPPORTED_FORMAT,
              e.pointer(),
              e.line(),
              e.column(),
              "expected the header {\"format\":\""
                  + FORMAT
                  + "\",\"version\":"
                  + VERSION
                  + "}: "
                  + e.detail(),
              List.of(),
              e);
    }
  }
}
