package org.onevisit.kiosk;

/**
 * The kiosk's printer, behind an adapter: prints a PDF (a ticket slip, a status slip, a receipt) on the kiosk's
 * printer.
 */
public interface KioskPrinter {

    /**
     * Sends the PDF to the printer and returns once the print service took it.
     *
     * @param jobName the name the print queue shows, e.g. the slip's kind and number; nothing personal
     * @throws PrinterUnavailable when there is no such printer or it refused the job
     */
    void print(String jobName, byte[] pdf);

    /** The printer is missing or refused the job. */
    final class PrinterUnavailable extends RuntimeException {

        public PrinterUnavailable(String message, Throwable cause) {
            super(message, cause);
        }

        public PrinterUnavailable(String message) {
            super(message);
        }
    }
}
