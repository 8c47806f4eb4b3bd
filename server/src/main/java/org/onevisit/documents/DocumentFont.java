package org.onevisit.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TrueType font with Chinese glyphs that documents embed (as a subset). Its file is read once; parsed copies are
 * lent to one rendering at a time (a parsed font is not safe to share between threads) and kept for the next one, so
 * rendering a document costs no font parsing.
 */
final class DocumentFont {

    static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    /** The setting that names the font file. */
    static final String SETTING = "onevisit.documents.font";
    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);

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
            throw unavailable("documents-font-missing", "The Chinese font for PDF documents is missing: " + path
                    + " cannot be read. Install the Debian/Ubuntu package fonts-wqy-microhei"
                    + " (apt-get install fonts-wqy-microhei) or set " + SETTING + " to another TrueType"
                    + " font (.ttf or .ttc) with Chinese glyphs.", null);
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            parse(bytes).close();
            return bytes;
        } catch (IOException e) {
            throw unavailable("documents-font-missing", "The Chinese font for PDF documents " + path + " cannot be read;"
                    + " install the Debian package fonts-wqy-microhei or set " + SETTING, e);
        }
    }

    /**
     * The font cannot be used: no document can be made until an operator installs it or points {@link #SETTING}
     * at another, so the refusal is a 503 naming both, and the log says it too.
     */
    private DomainException unavailable(String code, String message, @Nullable Exception cause) {
        log.error(message, cause);
        return new DomainException(Kind.UNAVAILABLE, code, message,
                Map.of("setting", SETTING, "font", path.toString()), path.toString(), SETTING);
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
                throw unavailable("documents-font-unusable", "The font " + path + " has PostScript (CFF) outlines,"
                        + " which PDF documents cannot embed; use a TrueType font such as the one in the Debian package"
                        + " fonts-wqy-microhei, or set " + SETTING + " to one", null);
            }
            return new LoadedFont(font, collection);
        } catch (IOException e) {
            throw unavailable("documents-font-unusable", "The font " + path + " is not a usable TrueType font: "
                    + e.getMessage() + ". Install the Debian package fonts-wqy-microhei or set " + SETTING, e);
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
