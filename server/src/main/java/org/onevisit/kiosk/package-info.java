/**
 * Kiosk mode (自助终端): the hall's self-service terminals, touch first and without a keyboard, for finding an item's
 * guide, taking a ticket, checking a case by the receipt's QR code, identifying by ID card, pre-checking materials
 * and printing. Devices (ID card readers, printers) sit behind adapters ({@link org.onevisit.kiosk.IdCardReader},
 * {@link org.onevisit.kiosk.KioskPrinter}); only an enrolled kiosk ({@link org.onevisit.kiosk.KioskEnrolment})
 * reads a card or takes a ticket. The module sits above hall, intake, catalog, people and documents; nothing below
 * uses it: the kiosk takes tickets through the hall's facades ({@link org.onevisit.kiosk.KioskTickets}).
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.kiosk;
