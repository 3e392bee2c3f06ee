package dev.parley.examples.guide;

import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily releases of the Gaza hostage deal of November 2023 and of its two-day extension, as
 * widely reported: 13, 13, 13 and 11 hostages from 24 November, then 10 and 10, each day for three
 * times as many Palestinian prisoners.
 */
final class GazaReleases {
  private GazaReleases() {}

  /**
   * Returns the six daily tranches, the first four under the deal and the last two under the
   * extension.
   *
   * @param hamas the side releasing hostages
   * @param israel the side releasing prisoners
   * @param deal the deal's id
   * @param extension the extension's id
   * @return the tranches, in date order
   */
  static List<Exchange> tranches(PartyId hamas, PartyId israel, RecordId deal, RecordId extension) {
    List<Exchange> tranches = new ArrayList<>();
    long[] hostages = {13, 13, 13, 11, 10, 10};
    for (int day = 0; day < hostages.length; day++) {
      tranches.add(
          Exchange.builder()
              .id(RecordId.of("exchange:2023-11-gaza-day-" + (day + 1)))
              .agreement(day < 4 ? deal : extension)
              .date(ReportedDate.ofDay(LocalDate.of(2023, 11, 24 + day)))
              .addDirection(Direction.of(hamas, israel, hostages[day]))
              .addDirection(Direction.of(israel, hamas, 3 * hostages[day]))
              .status(ExchangeStatus.COMPLETED)
              .build());
    }
    return tranches;
  }
}
