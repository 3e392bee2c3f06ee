package dev.parley.benchmarks;

import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: constructing and validating values through the public API, against constructing
 * plain Java records of the same shape with no validation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BuildValuesBenchmark {
  /** A place as a user would write it by hand: no validation. */
  public record PlainPlace(String id, String name, String country, String region, String precision) {}

  private String id = "ua:rakivka";
  private String name = "Rakivka";
  private String country = "UA";
  private String region = "UA-63";

  /**
   * Baseline: a plain record.
   *
   * @return the record
   */
  @Benchmark
  public PlainPlace plainRecordPlace() {
    return new PlainPlace(id, name, country, region, "settlement");
  }

  /**
   * Parley: a validated place with validated id, country and region.
   *
   * @return the place
   */
  @Benchmark
  public Place parleyPlace() {
    return Place.builder()
        .id(PlaceId.of(id))
        .name(name)
        .country(CountryCode.of(country))
        .region(RegionCode.parse(region))
        .precision(LocationPrecision.SETTLEMENT)
        .build();
  }
}
