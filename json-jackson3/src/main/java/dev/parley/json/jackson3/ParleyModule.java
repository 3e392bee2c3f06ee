package dev.parley.json.jackson3;

import static java.util.Objects.requireNonNull;

import dev.parley.json.codec.Codecs;
import dev.parley.json.codec.FormatAccess;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.ReadFailure;
import dev.parley.json.format.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the Parley format: registers a serializer and a deserializer for every
 * record type ({@code Party}, {@code Place}, ...), for {@code Chronicle} (as a chronicle document)
 * and for every vocabulary type ({@code Estimate}, {@code TimeWindow}, {@code PartyId}, ...), each
 * delegating to the format's strict codec.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // finds this module
 * Party party = mapper.readValue(json, Party.class);
 * String text = mapper.writeValueAsString(party);
 * }</pre>
 *
 * <p>The module is listed in {@code META-INF/services/tools.jackson.databind.JacksonModule} and
 * provided as {@code tools.jackson.databind.JacksonModule} by the named module. Reading a Parley
 * type throws {@link ParleyJsonException} (databind may wrap it when the value is a property of
 * another bean); a JSON {@code null} where a Parley value is expected is left to the mapper's own
 * null handling. Instances are immutable and thread-safe.
 */
public final class ParleyModule extends JacksonModule {
  private static final Version VERSION = readVersion();

  private final JsonLimits limits;

  /** Creates the module with the default limits; this is what {@code findAndAddModules()} does. */
  public ParleyModule() {
    this(JsonLimits.defaults());
  }

  /**
   * Creates the module with given limits for the checks the codecs make themselves (string length);
   * the parser's own limits are the mapper's.
   *
   * @param limits the limits
   */
  public ParleyModule(JsonLimits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  @Override
  public String getModuleName() {
    return "parley-json-jackson3";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setupModule(SetupContext setup) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    // one set of lookup tables per mapper the module is registered with
    ReadContext context = ReadContext.of(limits, FormatAccess.failures(), new LookupTables());
    for (Codec<?> codec : Codecs.all()) {
      serializers.addSerializer(new Serializer(codec));
      deserializers.addDeserializer((Class) codec.javaType(), new Deserializer(codec, context));
    }
    setup.addSerializers(serializers);
    setup.addDeserializers(deserializers);
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in =
        ParleyModule.class.getResourceAsStream("parley-json-jackson3.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        p.getProperty("version", "0.0.0"), "dev.parley", "parley-json-jackson3");
  }

  /** Writes with a codec, through the mapper's generator. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private final Codec<T> codec;

    Serializer(Codec<T> codec) {
      super(codec.javaType());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext provider) {
      try {
        codec.write(value, new Jackson3Writer(g, null));
      } catch (IOException e) {
        throw tools.jackson.core.exc.JacksonIOException.construct(e);
      }
    }
  }

  /** Reads with a codec, as strictly as {@link ParleyJson} does, from the mapper's parser. */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private final Codec<T> codec;
    private final ReadContext context;

    Deserializer(Codec<T> codec, ReadContext context) {
      super(codec.javaType());
      this.codec = codec;
      this.context = context;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return codec.read(new Jackson3Reader(p), context);
      } catch (ReadFailure e) {
        // the mapper reports its parser's own failure, as it does for every other type
        throw e.getCause() instanceof JacksonException jackson
            ? jackson
            : tools.jackson.core.exc.JacksonIOException.construct(e);
      } catch (IOException e) {
        throw tools.jackson.core.exc.JacksonIOException.construct(e);
      }
    }
  }
}
