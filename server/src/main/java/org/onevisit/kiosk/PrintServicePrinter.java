package org.onevisit.kiosk;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints through the operating system's print service ({@code javax.print}: CUPS on Linux and macOS, the spooler on
 * Windows), on the queue named in {@code onevisit.kiosk.printer}. A queue that takes PDF gets the PDF as it is; one
 * that does not (a raw receipt printer's driver) gets the pages rendered by PDFBox, through a {@link PrinterJob}.
 */
final class PrintServicePrinter implements KioskPrinter {

    private final String queue;

    PrintServicePrinter(String queue) {
        this.queue = queue;
    }

    /** The queue, if the print service knows it now: queues come and go while the server runs. */
    static Optional<PrintService> find(String queue) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equalsIgnoreCase(queue)).findFirst();
    }

    @Override
    public void print(String jobName, byte[] pdf) {
        PrintService service = find(queue).orElseThrow(
                () -> new PrinterUnavailable("The print service has no queue named " + queue));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        try {
            if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
                DocPrintJob job = service.createPrintJob();
                Doc doc = new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null);
                job.print(doc, attributes);
            } else {
                printRendered(service, jobName, pdf, attributes);
            }
        } catch (PrintException | PrinterException | IOException e) {
            throw new PrinterUnavailable("The queue " + queue + " refused the job " + jobName, e);
        }
    }

    private static void printRendered(PrintService service, String jobName, byte[] pdf,
            PrintRequestAttributeSet attributes) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print(attributes);
        }
    }

    @Override
    public String toString() {
        return "PrintServicePrinter[" + queue + "]";
    }
}
