package org.onevisit.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The TrueType font with Chinese glyphs that documents embed (as a subset). Its file is read once; parsed copies are
 * lent to one rendering at a time (a parsed font is not safe to share between threads) and kept for the next one, so
 * rendering a document costs no font parsing.
 */
final class DocumentFont {

    static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private final Path path;
    private final int maxIdle;
    private final Deque<LoadedFont> idle = new ConcurrentLinkedDeque<>();
    private volatile byte @Nullable [] data;

    DocumentFont(Path path) {
        this.path = path;
        this.maxIdle = Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** A parsed font for the caller alone until {@link #giveBack(LoadedFont)}. */
    LoadedFont borrow() {
        LoadedFont font = idle.pollFirst();
        return font != null ? font : parse(data());
    }

    void giveBack(LoadedFont font) {
        if (idle.size() < maxIdle) {
            idle.addFirst(font);
        } else {
            font.close();
        }
    }

    private byte[] data() {
        byte[] bytes = data;
        if (bytes == null) {
            synchronized (this) {
                bytes = data;
                if (bytes == null) {
                    bytes = read();
                    data = bytes;
                }
            }
        }
        return bytes;
    }

    private byte[] read() {
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("The Chinese font for PDF documents is missing: " + path
                    + " cannot be read. Install the Debian/Ubuntu package fonts-wqy-microhei"
                    + " (apt-get install fonts-wqy-microhei) or set onevisit.documents.font to another TrueType"
                    + " font (.ttf or .ttc) with Chinese glyphs.");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            parse(bytes).close();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("The Chinese font for PDF documents " + path + " cannot be read", e);
        }
    }

    private LoadedFont parse(byte[] bytes) {
        try {
            TrueTypeCollection collection = null;
            TrueTypeFont font;
            if (bytes.length > 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') {
                collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
                font = firstOf(collection);
            } else {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            }
            if (!font.getTableMap().containsKey("glyf")) {
                throw new IllegalStateException("The font " + path + " has PostScript (CFF) outlines, which PDF"
                        + " documents cannot embed; use a TrueType font such as the one in the Debian package"
                        + " fonts-wqy-microhei");
            }
            return new LoadedFont(font, collection);
        } catch (IOException e) {
            throw new IllegalStateException("The font " + path + " is not a usable TrueType font: " + e.getMessage()
                    + ". Install the Debian package fonts-wqy-microhei or set onevisit.documents.font", e);
        }
    }

    private TrueTypeFont firstOf(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        if (first[0] == null) {
            throw new IOException("the collection holds no font");
        }
        return first[0];
    }

    /** A parsed font and, for a collection, the collection that holds its data. */
    record LoadedFont(TrueTypeFont font, @Nullable TrueTypeCollection collection) {

        void close() {
            try {
                if (collection != null) {
                    collection.close();
                } else {
                    font.close();
                }
            } catch (IOException ignored) {
                // nothing was written; the memory is released either way
            }
        }
    }
}
