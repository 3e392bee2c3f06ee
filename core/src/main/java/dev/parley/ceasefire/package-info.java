/**
 * Ceasefire proposals and unilateral declarations: who proposed what to whom, with which scope,
 * duration, proposed start and typed conditions; each addressee's dated response; and the dated
 * lifecycle (accepted, in effect, extended, breach alleged, expired, terminated, withdrawn) from
 * which the status at any instant is derived, with only legal transitions allowed.
 */
@NullMarked
package dev.parley.ceasefire;

import org.jspecify.annotations.NullMarked;
