/**
 * Incidents: strikes and attacks with a date and time, a place, a target type, a claimed or
 * attributed perpetrator, a weapon type, and killed and injured counts as {@link
 * dev.parley.estimate.Estimate}s whose revisions are all kept in {@link
 * dev.parley.incident.Casualties}.
 */
@NullMarked
package dev.parley.incident;

import org.jspecify.annotations.NullMarked;
