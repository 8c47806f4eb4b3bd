/**
 * The hall (办事大厅): appointments (预约) by counter type and time slot on the centre's working days, the day's
 * tickets (取号) taken at the kiosk, by the app or at the door, their calling at the counters (叫号: call, recall, skip,
 * transfer) with the waiting time estimated from the day's own service times, and the display board (大屏) following
 * the calls live. Above intake, people, catalog, calendar and notification; nothing below it knows it (ADR 0040).
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.hall;
