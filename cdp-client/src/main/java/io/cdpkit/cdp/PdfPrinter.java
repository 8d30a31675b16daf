package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Deadline;
import io.cdpkit.cdp.protocol.io.IODomain;
import io.cdpkit.cdp.protocol.io.ReadResult;
import io.cdpkit.cdp.protocol.io.StreamHandle;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.page.PrintToPDF;
import io.cdpkit.cdp.protocol.page.PrintToPDFTransferMode;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Prints a page to a PDF file: {@code Page.printToPDF} with {@code transferMode=ReturnAsStream},
 * then {@code IO.read} chunk by chunk, each base64 chunk decoded straight into the file, and
 * {@code IO.close}. The whole PDF is never held in memory.
 */
final class PdfPrinter {

    private static final int CHUNK_SIZE = 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(PdfPrinter.class.getName());

    private final CdpSession session;

    PdfPrinter(CdpSession session) {
        this.session = session;
    }

    /** Prints into {@code file}, all within {@code timeout}; no partial file is left on failure. */
    void print(Path file, PdfOptions options, Duration timeout) {
        Deadline deadline = Deadline.after(timeout);
        StreamHandle stream = session.send(command(options), timeout).stream();
        try {
            FileWrites.write(file, out -> copy(stream, out, deadline, timeout));
        } finally {
            session.sendAsync(IODomain.close(stream)).exceptionally(failure -> {
                LOG.log(System.Logger.Level.DEBUG, "could not close PDF stream " + stream.value(), failure);
                return null;
            });
        }
    }

    /** Chrome sends PDF stream chunks base64-encoded; the sink decodes each as it is read from the socket. */
    private void copy(StreamHandle stream, OutputStream out, Deadline deadline, Duration timeout) {
        boolean eof = false;
        while (!eof) {
            if (deadline.expired()) {
                throw new CdpTimeoutException(IODomain.read(stream).method(), timeout, "the PDF to be printed");
            }
            ReadResult chunk = session.send(IODomain.read(stream).withSize(CHUNK_SIZE), BinarySink.of("data", out),
                    deadline.remaining());
            eof = chunk.eof();
        }
    }

    private static PrintToPDF command(PdfOptions options) {
        PrintToPDF command = PageDomain.printToPDF()
                .withTransferMode(PrintToPDFTransferMode.RETURN_AS_STREAM)
                .withLandscape(options.landscape())
                .withPrintBackground(options.printBackground())
                .withScale(options.scale())
                .withPaperWidth(options.paperWidth())
                .withPaperHeight(options.paperHeight())
                .withPageRanges(options.pageRanges())
                .withPreferCSSPageSize(options.preferCssPageSize());
        PdfOptions.Margins margins = options.margins();
        if (margins != null) {
            command = command.withMarginTop(margins.top()).withMarginRight(margins.right())
                    .withMarginBottom(margins.bottom()).withMarginLeft(margins.left());
        }
        return command;
    }
}
