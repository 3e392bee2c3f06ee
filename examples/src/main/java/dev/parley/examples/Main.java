package dev.parley.examples;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The command-line entry point of {@code parley-examples.jar}: {@code demo} (the default) prints
 * the seed story.
 */
public final class Main {
  private Main() {}

  /**
   * Runs a command.
   *
   * @param args the command and its arguments; none runs the demo
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command in-process.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("demo")) {
      out.println("Parley demo: the May 2025 Russia-Ukraine report as data");
      out.println();
      Digest.print(SeedStory.chronicle(), ZonedDateTime.now(ZoneId.of("Europe/Kyiv")), out);
      return 0;
    }
    err.println("unknown command: " + args[0] + " (try: demo)");
    return 2;
  }
}
