package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.HostileCorpus.Sample;
import dev.parley.json.HostileCorpus.Shape;
import dev.parley.json.HostileOracle.Outcome;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Bounded fuzzing of the readers with mutations of the golden files, the golden NDJSON stream and
 * the seed chronicle document: every case ends in a value that writes and reads back equal, or in
 * {@link ParleyJsonException}; never another exception, never a hang.
 *
 * <p>System properties: {@code parley.fuzz.cases} (default 10,000), {@code parley.fuzz.seed} (the
 * run's seed), {@code parley.fuzz.replay} (one case seed, as printed by a failure, to run that case
 * alone) and {@code parley.fuzz.caseSeconds} (the time budget of one case, default 10).
 */
class HostileInputFuzzTest {
  private static final long SEED = Long.getLong("parley.fuzz.seed", 20_250_523L);
  private static final int CASES = Integer.getInteger("parley.fuzz.cases", 10_000);
  private static final String REPLAY = System.getProperty("parley.fuzz.replay");
  private static final Duration CASE_BUDGET =
      Duration.ofSeconds(Long.getLong("parley.fuzz.caseSeconds", 10));

  /** The module under test; the Jackson 3 module's tests run the same fuzz on theirs. */
  JsonSide side() {
    return JsonSide.of(ParleyJson.defaults());
  }

  private final HostileOracle oracle = new HostileOracle(side());

  /** One fuzz case: a mutation of a sample. */
  record Case(long seed, Sample sample, HostileMutator mutator, byte[] input) {
    static Case of(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      List<Sample> samples = HostileCorpus.samples();
      Sample sample = samples.get(r.nextInt(samples.size()));
      List<HostileMutator> mutators =
          Arrays.stream(HostileMutator.values()).filter(m -> m.appliesTo(sample.shape())).toList();
      HostileMutator mutator = mutators.get(r.nextInt(mutators.size()));
      return new Case(seed, sample, mutator, mutator.apply(sample, r));
    }

    String describe() {
      String text = new String(input, StandardCharsets.UTF_8);
      String shown =
          text.length() > 4000
              ? text.substring(0, 4000) + "... (" + text.length() + " chars)"
              : text;
      return "fuzz case seed "
          + seed
          + " (replay: -Dparley.fuzz.replay="
          + seed
          + "), run seed "
          + SEED
          + ", "
          + mutator
          + " of "
          + sample
          + ", input of "
          + input.length
          + " bytes:\n"
          + escape(shown);
    }
  }

  @Test
  void mutatedDocumentsReadAsValidValuesOrFailWithTheDocumentedException() {
    List<Long> seeds = new ArrayList<>();
    if (REPLAY != null) {
      seeds.add(Long.parseLong(REPLAY));
    } else {
      SplittableRandom run = new SplittableRandom(SEED);
      for (int i = 0; i < CASES; i++) {
        seeds.add(run.nextLong());
      }
    }
    Map<Sample, Object> originals = new java.util.HashMap<>();
    for (Sample s : HostileCorpus.samples()) {
      originals.put(s, oracle.check(s, s.bytes()).values());
    }
    Map<String, Integer> tally = new TreeMap<>();
    long started = System.nanoTime();
    Guard guard = new Guard();
    guard.run(
        seeds.size(),
        i -> {
          long seed = seeds.get(i);
          guard.describe =
              () -> "fuzz case seed " + seed + " (replay: -Dparley.fuzz.replay=" + seed + ")";
          Case c = Case.of(seed);
          guard.describe = c::describe;
          Outcome out = oracle.check(c.sample(), c.input());
          if (c.mutator().preservesValue()) {
            boolean headerMoved =
                c.sample().shape() == Shape.CHRONICLE && out.kind() == Kind.UNSUPPORTED_FORMAT;
            if (!headerMoved) {
              assertThat(out.kind()).as("a mutation that keeps the value must not fail").isNull();
              assertThat(out.values())
                  .as("the value after %s", c.mutator())
                  .isEqualTo(originals.get(c.sample()));
            }
          }
          tally.merge(out.kind() == null ? "VALUE" : out.kind().name(), 1, Integer::sum);
        });
    System.out.printf(
        "hostile fuzz: %d cases, seed %d, %d ms, outcomes %s%n",
        seeds.size(), SEED, (System.nanoTime() - started) / 1_000_000, tally);
    assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(seeds.size());
    if (REPLAY == null && CASES >= 1000) {
      // the mutations reach far: values, failures of the syntax, of the shape and of the rules
      assertThat(tally)
          .containsKeys(
              "VALUE",
              "MALFORMED",
              "TRUNCATED",
              "WRONG_TYPE",
              "RULE_VIOLATION",
              "LIMIT_EXCEEDED",
              "UNKNOWN_PROPERTY",
              "DUPLICATE_PROPERTY",
              "MISSING_PROPERTY");
    }
  }

  @Test
  void everyTruncationFailsAsTruncatedOrReadsTheWholeValue() {
    Map<Kind, Integer> tally = new EnumMap<>(Kind.class);
    Guard guard = new Guard();
    List<Sample> samples = HostileCorpus.samples();
    int total = samples.stream().mapToInt(s -> s.bytes().length + 1).sum();
    int[] offsets = new int[total];
    int[] owner = new int[total];
    for (int s = 0, k = 0; s < samples.size(); s++) {
      for (int cut = 0; cut <= samples.get(s).bytes().length; cut++, k++) {
        owner[k] = s;
        offsets[k] = cut;
      }
    }
    long started = System.nanoTime();
    List<Outcome> fulls =
        samples.stream().map(sample -> oracle.check(sample, sample.bytes())).toList();
    guard.run(
        total,
        k -> {
          Sample sample = samples.get(owner[k]);
          byte[] whole = sample.bytes();
          int cut = offsets[k];
          byte[] input = Arrays.copyOf(whole, cut);
          guard.describe =
              () ->
                  "truncation of "
                      + sample
                      + " at byte "
                      + cut
                      + ":\n"
                      + escape(new String(input, StandardCharsets.UTF_8));
          Outcome full = fulls.get(owner[k]);
          // every cut gets the plain read; every 8th cut, and every cut of the stream, all the
          // paths
          Outcome out =
              sample.shape() == Shape.NDJSON || cut % 8 == 0
                  ? oracle.check(sample, input)
                  : plainRead(sample, input);
          if (sample.shape() == Shape.NDJSON) {
            checkTruncatedStream(whole, cut, out, full);
          } else {
            int end = lastIndexOf(whole, (byte) '}') + 1;
            if (cut >= end) {
              assertThat(out.values())
                  .as("the document without its final newline")
                  .isEqualTo(full.values());
            } else {
              // the text ends before the value does; a cut inside a number or a literal (tru, 46.)
              // is a bad token
              assertThat(out.kind())
                  .as("a cut document: %s", out.error())
                  .isEqualTo(insideToken(whole, cut) ? out.kind() : Kind.TRUNCATED);
              assertThat(out.kind())
                  .as("a cut document: %s", out.error())
                  .isIn(Kind.TRUNCATED, Kind.MALFORMED);
              tally.merge(out.kind(), 1, Integer::sum);
            }
          }
        });
    System.out.printf(
        "hostile truncation: %d cuts, %d ms, failures %s%n",
        total, (System.nanoTime() - started) / 1_000_000, tally);
  }

  /**
   * A cut stream reads the whole lines before the cut as they were; a partial last line fails
   * alone.
   */
  private static void checkTruncatedStream(byte[] whole, int cut, Outcome out, Outcome full) {
    int headerEnd = indexOf(whole, (byte) '\n');
    if (cut < headerEnd) {
      assertThat(out.kind()).as("a cut header").isEqualTo(Kind.UNSUPPORTED_FORMAT);
      return;
    }
    List<NdjsonRecord> lines = out.lines();
    long completeLines = 0;
    for (int i = headerEnd + 1; i < cut; i++) {
      if (whole[i] == '\n') {
        completeLines++;
      }
    }
    List<Object> expected = full.values().subList(0, (int) completeLines);
    assertThat(
            lines.stream()
                .filter(NdjsonRecord::isValid)
                .map(NdjsonRecord::value)
                .limit(completeLines)
                .toList())
        .as("whole lines before the cut")
        .isEqualTo(expected);
    boolean partial = cut > 0 && whole[cut - 1] != '\n' && cut > headerEnd + 1;
    if (partial) {
      NdjsonRecord last = lines.get(lines.size() - 1);
      boolean wholeRecord =
          last.isValid() && last.value().equals(full.values().get((int) completeLines));
      // a line cut just before its newline is complete; any other cut line fails, alone
      assertThat(wholeRecord || !last.isValid()).as("the cut line %s", last.line()).isTrue();
      assertThat(lines).hasSize((int) completeLines + 1);
    } else {
      assertThat(lines).hasSize((int) completeLines);
    }
  }

  /**
   * Runs cases on a worker thread and fails, naming the case, if one takes longer than its budget.
   */
  private static final class Guard {
    volatile java.util.function.Supplier<String> describe = () -> "before the first case";
    private volatile long caseStarted;

    interface Body {
      void run(int i) throws Exception;
    }

    void run(int count, Body body) {
      ExecutorService worker =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "hostile-fuzz");
                t.setDaemon(true);
                return t;
              });
      try {
        Future<?> done =
            worker.submit(
                () -> {
                  for (int i = 0; i < count; i++) {
                    caseStarted = System.nanoTime();
                    try {
                      body.run(i);
                    } catch (Throwable t) {
                      throw new AssertionError(describe.get() + "\n" + t, t);
                    }
                  }
                  return null;
                });
        while (true) {
          try {
            done.get(200, TimeUnit.MILLISECONDS);
            return;
          } catch (TimeoutException e) {
            if (System.nanoTime() - caseStarted > CASE_BUDGET.toNanos()) {
              done.cancel(true);
              throw new AssertionError(
                  "case ran longer than " + CASE_BUDGET + ": " + describe.get());
            }
          } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
              throw a;
            }
            throw new AssertionError(e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
          }
        }
      } finally {
        worker.shutdownNow();
      }
    }
  }

  private Outcome plainRead(Sample sample, byte[] input) {
    return sample.shape() == Shape.CHRONICLE
        ? HostileOracle.attempt(() -> side().readChronicle(input))
        : HostileOracle.attempt(() -> side().read(input, sample.type()));
  }

  /** True if the cut falls inside a number or a literal such as {@code true}. */
  private static boolean insideToken(byte[] whole, int cut) {
    return cut > 0 && cut < whole.length && isTokenByte(whole[cut - 1]) && isTokenByte(whole[cut]);
  }

  private static boolean isTokenByte(byte b) {
    return Character.isLetterOrDigit(b) || b == '.' || b == '-' || b == '+';
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, byte x) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** Shows control characters, non-ASCII and invalid UTF-8 (as U+FFFD) visibly. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                out.append("\\n\n");
              } else if (cp < 0x20 || cp == 0x7F || cp > 0x7E) {
                out.append(String.format("\\u{%X}", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
