package dev.parley.examples.report;

/**
 * SVG fill patterns, so that the parts of a chart differ in texture as well as in colour and stay
 * apart when printed in greyscale.
 */
final class Patterns {
  private Patterns() {}

  /** Parallel lines in a colour on white, at an angle in degrees. */
  static void hatch(Html svg, String id, String colour, int angle) {
    svg.open(
        "pattern",
        "id",
        id,
        "patternUnits",
        "userSpaceOnUse",
        "width",
        "6",
        "height",
        "6",
        "patternTransform",
        "rotate(" + angle + ")");
    svg.empty("rect", "width", "6", "height", "6", "fill", "#ffffff");
    svg.empty(
        "line",
        "x1",
        "1",
        "y1",
        "0",
        "x2",
        "1",
        "y2",
        "6",
        "stroke",
        colour,
        "stroke-width",
        "2.2");
    svg.close("pattern");
  }

  /** Crossed lines in a colour on a light background. */
  static void cross(Html svg, String id, String colour, String background) {
    svg.open(
        "pattern",
        "id",
        id,
        "patternUnits",
        "userSpaceOnUse",
        "width",
        "7",
        "height",
        "7",
        "patternTransform",
        "rotate(45)");
    svg.empty("rect", "width", "7", "height", "7", "fill", background);
    svg.empty(
        "line",
        "x1",
        "1",
        "y1",
        "0",
        "x2",
        "1",
        "y2",
        "7",
        "stroke",
        colour,
        "stroke-width",
        "1.6");
    svg.empty(
        "line",
        "x1",
        "0",
        "y1",
        "1",
        "x2",
        "7",
        "y2",
        "1",
        "stroke",
        colour,
        "stroke-width",
        "1.6");
    svg.close("pattern");
  }

  /** Dots in a colour on a background. */
  static void dots(Html svg, String id, String colour, String background) {
    svg.open("pattern", "id", id, "patternUnits", "userSpaceOnUse", "width", "6", "height", "6");
    svg.empty("rect", "width", "6", "height", "6", "fill", background);
    svg.empty("circle", "cx", "3", "cy", "3", "r", "1.4", "fill", colour);
    svg.close("pattern");
  }
}
