package dev.parley.json.codec.io;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The tables in which one reader (a {@code ParleyJson}, a {@code ParleyModule}) shares the
 * validated ids, codes and dates it has read: one bounded table per interner, made on first use.
 * Nothing is shared between readers, so one application's data never fills another's tables.
 * Instances are thread-safe.
 *
 * <pre>{@code
 * ReadContext ctx = ReadContext.of(limits, failures, new LookupTables());
 * }</pre>
 */
public final class LookupTables {
  /** At most this many interners exist. */
  static final int MAX = 16;

  private final AtomicReferenceArray<TextTable<?>> tables = new AtomicReferenceArray<>(MAX);

  /** Creates empty tables. */
  public LookupTables() {}

  @SuppressWarnings("unchecked")
  <T> TextTable<Optional<T>> table(Interner<T> interner) {
    TextTable<?> t = tables.get(interner.id());
    if (t == null) {
      tables.compareAndSet(interner.id(), null, new TextTable<Optional<T>>(interner.capacity()));
      t = tables.get(interner.id());
    }
    return (TextTable<Optional<T>>) t;
  }
}
