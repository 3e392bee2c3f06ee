package dev.parley.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.parley.json.codec.Codecs;
import dev.parley.json.codec.FormatAccess;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.databind.CodecDeserializer;
import dev.parley.json.databind.CodecSerializer;
import dev.parley.json.format.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Function;

/**
 * The Jackson module of the Parley format: registers a serializer and a deserializer for every
 * record type ({@code Party}, {@code Place}, ...), for {@code Chronicle} (as a chronicle document)
 * and for every vocabulary type ({@code Estimate}, {@code TimeWindow}, {@code PartyId}, ...), each
 * delegating to the format's strict codec.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds this module
 * Party party = mapper.readValue(json, Party.class);
 * String text = mapper.writeValueAsString(party);
 * }</pre>
 *
 * <p>The module is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 * Reading a Parley type throws {@link ParleyJsonException} (databind may wrap it when the value is
 * a property of another bean); a JSON {@code null} where a Parley value is expected is left to the
 * mapper's own null handling. Instances are immutable and thread-safe.
 */
public final class ParleyModule extends Module {
  private static final Version VERSION = readVersion();

  private final JsonLimits limits;

  /**
   * Creates the module with the default limits; this is what {@code findAndRegisterModules()} does.
   */
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
    return "parley-json";
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
    Function<JsonGenerator, TokenWriter> writer = Jackson2Writer::new;
    Function<JsonParser, TokenReader> reader = Jackson2Reader::new;
    for (Codec<?> codec : Codecs.all()) {
      serializers.addSerializer(new CodecSerializer(codec, writer));
      deserializers.addDeserializer(
          (Class) codec.javaType(), new CodecDeserializer(codec, context, reader));
    }
    setup.addSerializers(serializers);
    setup.addDeserializers(deserializers);
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = ParleyModule.class.getResourceAsStream("parley-json.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version", "0.0.0"), "dev.parley", "parley-json");
  }
}
