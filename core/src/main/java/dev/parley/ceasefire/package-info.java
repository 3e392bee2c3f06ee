/**
 * Ceasefire proposals and unilateral declarations: who proposed what to whom, with which scope,
 * duration, proposed start and typed conditions; each addressee's dated response; and the dated
 * lifecycle (accepted, in effect, extended, breach alleged, expired, terminated, withdrawn) from
 * which the status at any instant is derived, with only legal transitions allowed. Truces agreed
 * through mediators ({@link dev.parley.ceasefire.Truce}): parties, mediators, entry into force in
 * the truce's own zone, and extensions conditional on releases.
 */
@NullMarked
package dev.parley.ceasefire;

import org.jspecify.annotations.NullMarked;
