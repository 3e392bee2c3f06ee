package dev.parley.interop;

import static java.util.Objects.requireNonNull;

import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import java.util.function.Consumer;

/**
 * Where an importer sends what it builds, as soon as it builds it: each party and place once, the
 * first time a row refers to it, and always before the records that refer to it.
 *
 * <pre>{@code
 * try (NdjsonWriter out = ParleyJson.defaults().ndjsonWriter(Files.newOutputStream(file))) {
 *   importer.read(in, "events.csv", RecordSink.of(out::write));
 * }
 * }</pre>
 *
 * <p>Implementations need not be thread-safe: an import calls them from one thread.
 */
public interface RecordSink {
  /**
   * Takes a party.
   *
   * @param party the party, seen for the first time in this run
   */
  void party(Party party);

  /**
   * Takes a place.
   *
   * @param place the place, seen for the first time in this run
   */
  void place(Place place);

  /**
   * Takes a record.
   *
   * @param record the record
   */
  void record(ChronicleRecord record);

  /**
   * Returns a sink that hands parties, places and records alike to one consumer, such as {@code
   * NdjsonWriter::write} or {@code List::add}.
   *
   * @param consumer the consumer
   * @return the sink, not null
   */
  static RecordSink of(Consumer<Object> consumer) {
    requireNonNull(consumer, "consumer");
    return new RecordSink() {
      @Override
      public void party(Party party) {
        consumer.accept(party);
      }

      @Override
      public void place(Place place) {
        consumer.accept(place);
      }

      @Override
      public void record(ChronicleRecord record) {
        consumer.accept(record);
      }
    };
  }
}
