package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Without Chromium the browser tests fail on CI and are skipped, with the install command,
 * elsewhere.
 */
class ChromiumTest {
  @Test
  void failsOnCiWhenChromiumIsMissing() {
    assertThatThrownBy(() -> Chromium.require(Optional.empty(), "true"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("apt-get install -y chromium")
        .hasMessageContaining(".ci/run");
  }

  @Test
  void skipsElsewhereWhenChromiumIsMissing() {
    for (String ci : new String[] {null, "false", ""}) {
      assertThatThrownBy(() -> Chromium.require(Optional.empty(), ci))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("apt-get install -y chromium");
    }
  }

  @Test
  void usesChromiumWhenFound() {
    assertThat(Chromium.require(Optional.of(Paths.get("/usr/bin/chromium")), "true")).isNotNull();
  }
}
