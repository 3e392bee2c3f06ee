package dev.parley.json.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.json.ParleyJson;
import dev.parley.json.ParleyModule;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.testing.VocabularyGen;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.quicktheories.QuickTheory;

/**
 * Reading the same documents three ways: Parley's strict codecs into validated values, a
 * mapper with the Parley module, and plain Jackson databind into unvalidated Java records.
 *
 * <p>Run: {@code java -cp <test classpath> dev.parley.json.bench.ReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadBenchmark {
  /** A party as plain data, unvalidated. */
  public record PartyDto(String type, String id, String name, String kind, String country, String actingFor) {}

  /** Coordinates as plain data, unvalidated. */
  public record CoordinatesDto(double latitude, double longitude) {}

  /** A place as plain data, unvalidated. */
  public record PlaceDto(String type, String id, String name, String country, String region,
      CoordinatesDto coordinates, String precision) {}

  private final List<byte[]> parties = new ArrayList<>();
  private final List<byte[]> places = new ArrayList<>();
  private final ParleyJson parley = ParleyJson.defaults();
  private final ObjectMapper plain = new ObjectMapper();
  private final ObjectMapper module = new ObjectMapper().registerModule(new ParleyModule());

  @Setup
  public void setUp() throws Exception {
    QuickTheory qt = QuickTheory.qt().withFixedSeed(42).withExamples(1000);
    qt.forAll(VocabularyGen.parties()).checkAssert(p -> parties.add(compact(p)));
    qt.forAll(VocabularyGen.places()).checkAssert(p -> places.add(compact(p)));
  }

  /** The compact form of a value, as a file or an HTTP body would carry it. */
  private byte[] compact(Object value) {
    try {
      return plain.writeValueAsBytes(plain.readTree(parley.writeBytes(value)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Benchmark
  public void parleyStrictCodecs(Blackhole bh) {
    for (int i = 0; i < parties.size(); i++) {
      bh.consume(parley.read(parties.get(i), Party.class));
      bh.consume(parley.read(places.get(i), Place.class));
    }
  }

  @Benchmark
  public void parleyModuleOnDatabind(Blackhole bh) throws Exception {
    for (int i = 0; i < parties.size(); i++) {
      bh.consume(module.readValue(parties.get(i), Party.class));
      bh.consume(module.readValue(places.get(i), Place.class));
    }
  }

  @Benchmark
  public void plainDatabindUnvalidatedRecords(Blackhole bh) throws Exception {
    for (int i = 0; i < parties.size(); i++) {
      bh.consume(plain.readValue(parties.get(i), PartyDto.class));
      bh.consume(plain.readValue(places.get(i), PlaceDto.class));
    }
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(ReadBenchmark.class.getName()).build()).run();
  }
}
