package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's headless Chromium on a page from disk, with a fresh profile, no network services,
 * and a time limit after which the browser and its children are killed.
 */
final class Chromium {
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /**
   * Finds {@code chromium} on the PATH (or {@code /usr/bin/chromium}). Without it the test fails
   * when the environment variable CI is {@code true}, and is skipped otherwise.
   */
  static Chromium require() {
    return require(find(), System.getenv("CI"));
  }

  static Chromium require(Optional<Path> found, String ci) {
    if (found.isEmpty()) {
      String message =
          "headless Chromium is not installed (no chromium on the PATH); install it with: "
              + "apt-get update && apt-get install -y chromium";
      if ("true".equalsIgnoreCase(ci)) {
        fail(message + " (.ci/run does this when CI runs)");
      }
      Assumptions.abort(message);
    }
    return new Chromium(found.get());
  }

  static Optional<Path> find() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Paths.get(dir, "chromium"));
        }
      }
    }
    candidates.add(Paths.get("/usr/bin/chromium"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** What one run printed. */
  static final class Run {
    final int exitCode;
    final String stdout;
    final String stderr;

    Run(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  /**
   * Loads a page and runs one action on it ({@code --dump-dom}, {@code --screenshot=...}).
   *
   * @param page the HTML file
   * @param work a directory for the profile and the output, fresh per run
   * @param timeout how long the browser may take before it is killed
   * @param action the flags of the action
   */
  Run run(Path page, Path work, Duration timeout, String... action)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.addAll(List.of(action));
    command.add(page.toAbsolutePath().toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        fail(
            "Chromium did not finish within "
                + timeout
                + ": "
                + String.join(" ", command)
                + "\n"
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
