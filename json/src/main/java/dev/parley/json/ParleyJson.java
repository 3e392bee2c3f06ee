package dev.parley.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.json.codec.Engine;
import dev.parley.json.codec.FormatAccess;
import dev.parley.json.format.JsonFormat;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.ParleyJsonException;

/**
 * The entry point of the Parley JSON format: strict, ready-made reading and writing with no Jackson
 * configuration.
 *
 * <pre>{@code
 * ParleyJson json = ParleyJson.defaults();
 * String text = json.write(party);                 // pretty-printed, ends with a newline
 * Party back = json.read(text, Party.class);        // strict: any flaw throws ParleyJsonException
 * Object any = json.readRecord(text);              // a record of any type, by its "type"
 * Chronicle c = json.readChronicle(document);      // a whole chronicle document
 *
 * try (NdjsonWriter out = json.ndjsonWriter(Files.newOutputStream(file))) {
 *   out.write(party).write(place);
 * }
 * try (NdjsonReader in = json.ndjsonReader(Files.newInputStream(file), ErrorMode.COLLECT)) {
 *   in.forEachRemaining(r -> ...);               // one record at a time, constant memory
 * }
 * }</pre>
 *
 * <p>Single values are records ({@code Party}, {@code Place}, ...), chronicle documents ({@code
 * Chronicle}) or vocabulary values ({@code Estimate}, {@code TimeWindow}, {@code Source}, ...).
 * Every failed read throws {@link ParleyJsonException}; limits are those of {@link #limits()}.
 * Instances are immutable and thread-safe. The reading and writing methods are those of {@link
 * JsonFormat}, the type this class shares with the other Jackson line's module.
 */
public final class ParleyJson extends JsonFormat {
  private static final ParleyJson DEFAULTS = new ParleyJson(JsonLimits.defaults());

  private final Jackson2Tokens tokens;

  private ParleyJson(JsonLimits limits) {
    this(limits, new Jackson2Tokens(limits));
  }

  private ParleyJson(JsonLimits limits, Jackson2Tokens tokens) {
    super(FormatAccess.get().setup(new Engine(limits, tokens)));
    this.tokens = tokens;
  }

  /**
   * Returns the reader and writer with the default limits.
   *
   * @return the shared instance, not null
   */
  public static ParleyJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with other limits.
   *
   * @param newLimits the limits
   * @return the reader and writer, not null
   */
  @Override
  public ParleyJson withLimits(JsonLimits newLimits) {
    return newLimits.equals(limits())
        ? this
        : new ParleyJson(requireNonNull(newLimits, "newLimits"));
  }

  /**
   * Returns a new Jackson mapper that uses this format for Parley's types and is strict for
   * everything else: unknown properties, duplicate keys, trailing tokens, nulls for primitives and
   * scalar coercion all fail.
   *
   * @return a new mapper, not null; the caller may configure it further
   */
  public ObjectMapper newObjectMapper() {
    return JsonMapper.builder(tokens.factory().copy())
        .addModule(new ParleyModule(limits()))
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
