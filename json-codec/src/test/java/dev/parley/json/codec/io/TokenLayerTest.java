package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.json.codec.FormatAccess;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The small types of the token layer: packed positions, pre-encoded names, the installed
 * constructors.
 */
class TokenLayerTest {
  @Test
  void positionsKeepLineAndColumnAndClampUnknownsToZero() {
    long at = Positions.pack(3, 14);
    assertThat(Positions.line(at)).isEqualTo(3);
    assertThat(Positions.column(at)).isEqualTo(14);
    assertThat(Positions.pack(-1, -1)).isEqualTo(Positions.UNKNOWN);
    long far = Positions.pack(5_000_000_000L, 7);
    assertThat(Positions.line(far)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Positions.column(far)).isEqualTo(7);
  }

  @Test
  void aNameIsEncodedOncePerLayer() {
    Name name = Name.of(new String("exchange"));
    assertThat(name.value()).isSameAs("exchange");
    AtomicInteger made = new AtomicInteger();
    int slot = Name.newSlot();
    Object first = name.encoded(slot, s -> "encoded " + s + " " + made.incrementAndGet());
    Object again = name.encoded(slot, s -> "encoded " + s + " " + made.incrementAndGet());
    assertThat(first).isEqualTo("encoded exchange 1").isSameAs(again);
    assertThat(made).hasValue(1);
  }

  @Test
  void theFormatPackageInstallsItsConstructorsOnce() {
    FormatAccess.Constructors installed = FormatAccess.get();
    assertThat(installed).isNotNull();
    assertThatThrownBy(() -> FormatAccess.install(installed))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            FormatAccess.failures()
                .create(
                    dev.parley.json.format.ParleyJsonException.Kind.IO,
                    "",
                    0,
                    0,
                    "x",
                    java.util.List.of(),
                    null)
                .kind())
        .isEqualTo(dev.parley.json.format.ParleyJsonException.Kind.IO);
  }
}
