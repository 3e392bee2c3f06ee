package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.HostileCorpus.Sample;
import dev.parley.json.HostileCorpus.Shape;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One {@link ParleyJson} and one {@link ObjectMapper} with the Parley module, shared by eight
 * threads that read and write every record type, chronicles and NDJSON streams at once, give the
 * results of a run on one thread.
 */
class SharedInstanceConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 5;

  private final ParleyJson json = ParleyJson.defaults();
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ParleyModule());

  /** A task and a name for it; the result is a text that says everything the task produced. */
  record Task(String name, Callable<String> body) {}

  private List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    Chronicle seed = json.readChronicle(HostileCorpus.sample("golden/seed-chronicle.json").bytes());
    List<Object> records = new ArrayList<>();
    records.addAll(seed.parties());
    records.addAll(seed.places());
    records.addAll(seed.records());
    for (Sample s : HostileCorpus.samples()) {
      if (s.shape() == Shape.RECORD) {
        records.add(json.read(s.bytes(), s.type()));
      }
    }
    for (Object r : records) {
      Class<?> type = HostileCorpus.publicType(r.getClass());
      String name = type.getSimpleName();
      tasks.add(new Task("write " + name, () -> json.write(r)));
      tasks.add(new Task("read " + name, () -> json.readRecord(json.writeBytes(r)).toString()));
      tasks.add(new Task("mapper write " + name, () -> mapper.writeValueAsString(r)));
      tasks.add(
          new Task(
              "mapper read " + name,
              () -> mapper.readValue(mapper.writeValueAsBytes(r), type).toString()));
      tasks.add(
          new Task(
              "read wrong id " + name,
              () ->
                  error(() -> json.read(json.write(r).replace("\"id\"", "\"id\":1,\"x\""), type))));
      tasks.add(
          new Task(
              "read unknown property " + name,
              () -> error(() -> json.readRecord(json.write(r).replaceFirst("\\{", "{\"x\":1,")))));
    }
    for (Sample s : HostileCorpus.samples()) {
      if (s.shape() == Shape.CHRONICLE) {
        tasks.add(
            new Task(
                "chronicle " + s,
                () ->
                    json.writeChronicle(json.readChronicle(new ByteArrayInputStream(s.bytes())))));
        tasks.add(
            new Task(
                "mapper chronicle " + s,
                () -> mapper.writeValueAsString(mapper.readValue(s.bytes(), Chronicle.class))));
      } else if (s.shape() == Shape.NDJSON) {
        tasks.add(new Task("ndjson " + s, () -> ndjson(s.bytes())));
      }
      byte[] cut = java.util.Arrays.copyOf(s.bytes(), s.bytes().length / 2);
      tasks.add(
          new Task(
              "cut " + s,
              () ->
                  s.shape() == Shape.NDJSON ? ndjson(cut) : error(() -> json.read(cut, s.type()))));
    }
    tasks.add(
        new Task(
            "ndjson of every record",
            () -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try (NdjsonWriter w = json.ndjsonWriter(out)) {
                records.forEach(w::write);
              }
              return ndjson(out.toByteArray());
            }));
    return tasks;
  }

  /** Reads a stream in collect mode and describes every line. */
  private String ndjson(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    try (NdjsonReader in = json.ndjsonReader(new ByteArrayInputStream(bytes), ErrorMode.COLLECT)) {
      in.forEachRemaining(
          r ->
              out.append(r.line())
                  .append(' ')
                  .append(r.isValid() ? json.write(r.value()) : describe(r.error().orElseThrow()))
                  .append('\n'));
    }
    return out.toString();
  }

  private static String error(Runnable read) {
    try {
      read.run();
      return "no error";
    } catch (ParleyJsonException e) {
      return describe(e);
    }
  }

  private static String describe(ParleyJsonException e) {
    return e.getMessage() + " " + e.ruleCodes();
  }

  @Test
  void eightThreadsSharingOneInstanceGetTheSequentialResults() {
    List<Task> tasks = tasks();
    List<String> expected = new ArrayList<>();
    for (Task t : tasks) {
      expected.add(run(t));
    }
    assertThat(tasks).hasSizeGreaterThan(60);
    assertThat(expected)
        .anyMatch(r -> r.contains("unknown property"))
        .anyMatch(r -> r.contains("wrong type"))
        .anyMatch(r -> r.contains("truncated"));
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(THREADS);
          try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
              long seed = t;
              results.add(
                  pool.submit(
                      () -> {
                        start.await();
                        List<String> mismatches = new ArrayList<>();
                        List<Integer> order = new ArrayList<>();
                        for (int i = 0; i < tasks.size(); i++) {
                          order.add(i);
                        }
                        Random random = new Random(seed);
                        for (int round = 0; round < ROUNDS; round++) {
                          Collections.shuffle(order, random);
                          for (int i : order) {
                            String got = run(tasks.get(i));
                            if (!got.equals(expected.get(i))) {
                              mismatches.add(
                                  tasks.get(i).name()
                                      + " on thread "
                                      + seed
                                      + ", round "
                                      + round
                                      + ": "
                                      + got);
                            }
                          }
                        }
                        return mismatches;
                      }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : results) {
              mismatches.addAll(f.get());
            }
            assertThat(mismatches).as("results that differ from the sequential run").isEmpty();
          } finally {
            pool.shutdownNow();
          }
        });
  }

  private static String run(Task t) {
    try {
      return t.body().call();
    } catch (Exception e) {
      return "exception " + e;
    }
  }
}
