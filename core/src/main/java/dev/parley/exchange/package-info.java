/**
 * Prisoner exchanges: framework {@link dev.parley.exchange.Agreement}s with a {@link
 * dev.parley.exchange.Quota} per side, the {@link dev.parley.exchange.Exchange}s (tranches) that
 * carry them out, each {@link dev.parley.exchange.Direction} with the figures its sources gave,
 * broken down by {@link dev.parley.exchange.ReleaseCategory}, the {@link
 * dev.parley.exchange.Fulfilment} of an agreement computed from its completed tranches as of a
 * date, and the cross-record rules of {@link dev.parley.exchange.ExchangeFindings}. Exchanges may
 * be asymmetric: parity is never enforced, only reported.
 */
@NullMarked
package dev.parley.exchange;

import org.jspecify.annotations.NullMarked;
