package dev.parley.json.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The NDJSON reader's line source: finding line ends eight bytes at a time. */
class LineEndTest {
  @Test
  void findsTheFirstLineEndWhereverItFallsInAWord() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int n = 0; n < 2_000; n++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // line ends, bytes one bit away from one, and high bytes whose borrow could fool the test
        int pick = random.nextInt(8);
        b[i] =
            (byte)
                (pick == 0
                    ? '\n'
                    : pick == 1
                        ? 0x0B
                        : pick == 2
                            ? 0x8A
                            : pick == 3 ? 0x09 : pick == 4 ? 0xFF : random.nextInt(256));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(LineSource.indexOfNewline(b, from, to))
          .as("%s [%s, %s)", java.util.Arrays.toString(b), from, to)
          .isEqualTo(expected);
    }
  }
}
