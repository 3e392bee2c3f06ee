/**
 * A chronicle drawn as one self-contained HTML page ({@link
 * dev.parley.examples.report.HtmlReport}): timeline, fulfilment, ceasefire status, territorial
 * control, casualties, records and sources, with inline CSS and SVG only.
 */
@NullMarked
package dev.parley.examples.report;

import org.jspecify.annotations.NullMarked;
