package dev.parley.examples.report;

import dev.parley.provenance.Source;
import dev.parley.provenance.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Numbers the sources of a report in the order they are first cited, remembers what each was cited
 * for, and writes the references and the printable list.
 */
final class Sources {
  /** How many things the printable list names per source; the rest are counted. */
  private static final int CITATIONS_LISTED = 6;

  private final Map<Source, Entry> entries = new LinkedHashMap<>();
  private final Function<Source, String> describe;

  private static final class Entry {
    final int number;
    final Set<String> citedFor = new LinkedHashSet<>();

    Entry(int number) {
      this.number = number;
    }
  }

  Sources(Function<Source, String> describe) {
    this.describe = describe;
  }

  /** Records that the statements back something, and returns their hover text. */
  String cite(List<Statement> statements, String what) {
    if (statements.isEmpty()) {
      return "No source given in the file";
    }
    StringBuilder title = new StringBuilder("Sources: ");
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      Entry e = entries.computeIfAbsent(s.source(), k -> new Entry(entries.size() + 1));
      e.citedFor.add(what);
      title
          .append(i == 0 ? "" : "; ")
          .append('[')
          .append(e.number)
          .append("] ")
          .append(describe.apply(s.source()))
          .append(", ")
          .append(Context.lower(s.stance().name()));
    }
    return title.toString();
  }

  /** Writes bracketed links to the printable list, each with its hover text. */
  void references(Html html, List<Statement> statements) {
    for (Statement s : statements) {
      Entry e = entries.get(s.source());
      if (e == null) {
        continue;
      }
      html.open(
              "a",
              "class",
              "ref",
              "href",
              "#src-" + e.number,
              "title",
              describe.apply(s.source()) + ", " + Context.lower(s.stance().name()))
          .text("[" + e.number + "]")
          .close("a");
    }
  }

  int size() {
    return entries.size();
  }

  /** The printable list: one item per source, with what it was cited for. */
  void list(Html html) {
    if (entries.isEmpty()) {
      html.element("p", "The file gives no sources.");
      return;
    }
    html.open("ol", "class", "sources");
    for (Map.Entry<Source, Entry> m : entries.entrySet()) {
      Entry e = m.getValue();
      html.open("li", "id", "src-" + e.number, "value", Integer.toString(e.number));
      html.element("span", describe.apply(m.getKey()), "class", "source");
      m.getKey()
          .link()
          .ifPresent(uri -> html.text(" ").element("a", uri.toString(), "href", uri.toString()));
      html.open("span", "class", "cited")
          .text(
              " cited for "
                  + e.citedFor.stream()
                      .limit(CITATIONS_LISTED)
                      .collect(java.util.stream.Collectors.joining("; ")));
      if (e.citedFor.size() > CITATIONS_LISTED) {
        html.text(" and " + Context.count(e.citedFor.size() - CITATIONS_LISTED) + " more");
      }
      html.close("span").close("li");
    }
    html.close("ol");
  }
}
