package org.onevisit.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * The TrueType font with Chinese glyphs that documents embed (as a subset). By default it is the one that comes with
 * OneVisit ({@link #bundled()}: Noto Sans SC, SIL Open Font License, cut down to the characters of Chinese text, see
 * {@code fonts/README.md}), so documents can be made on any machine; {@link #SETTING} names a font file to use
 * instead. Its bytes are read once; parsed copies are lent to one rendering at a time (a parsed font is not safe to
 * share between threads) and kept for the next one, so rendering a document costs no font parsing.
 */
final class DocumentFont {

    /** The font that comes with OneVisit, on the class path. */
    static final String BUNDLED = "fonts/NotoSansSC-Regular-subset.ttf";
    /** The setting that names the font file; empty for the bundled font. */
    static final String SETTING = "onevisit.documents.font";
    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);

    private final String source;
    private final FontBytes reader;
    private final int maxIdle;
    private final Deque<LoadedFont> idle = new ConcurrentLinkedDeque<>();
    private volatile byte @Nullable [] data;

    private DocumentFont(String source, FontBytes reader) {
        this.source = source;
        this.reader = reader;
        this.maxIdle = Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** The font that comes with OneVisit. */
    static DocumentFont bundled() {
        return new DocumentFont("classpath:" + BUNDLED, () -> {
            try (InputStream in = DocumentFont.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    return null;
                }
                return in.readAllBytes();
            }
        });
    }

    /** The TrueType file (.ttf or .ttc) at {@code path}. */
    static DocumentFont file(Path path) {
        return new DocumentFont(path.toString(), () -> Files.isReadable(path) ? Files.readAllBytes(path) : null);
    }

    /** The font the setting names: the bundled one when it is blank. */
    static DocumentFont configured(String setting) {
        return setting.isBlank() ? bundled() : file(Path.of(setting.strip()));
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
        byte[] bytes;
        try {
            bytes = reader.read();
        } catch (IOException e) {
            throw unavailable("documents-font-missing", "The Chinese font for PDF documents " + source
                    + " cannot be read; set " + SETTING + " to a readable TrueType font (.ttf or .ttc) with Chinese"
                    + " glyphs, or leave it empty for the font that comes with OneVisit", e);
        }
        if (bytes == null) {
            throw unavailable("documents-font-missing", "The Chinese font for PDF documents is missing: " + source
                    + " cannot be read. Set " + SETTING + " to a TrueType font (.ttf or .ttc) with Chinese glyphs"
                    + ", or leave it empty for the font that comes with OneVisit.", null);
        }
        parse(bytes).close();
        return bytes;
    }

    /**
     * The font cannot be used: no document can be made until an operator installs it or points {@link #SETTING}
     * at another, so the refusal is a 503 naming both, and the log says it too.
     */
    private DomainException unavailable(String code, String message, @Nullable Exception cause) {
        log.error(message, cause);
        return new DomainException(Kind.UNAVAILABLE, code, message,
                Map.of("setting", SETTING, "font", source), source, SETTING);
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
                throw unavailable("documents-font-unusable", "The font " + source + " has PostScript (CFF) outlines,"
                        + " which PDF documents cannot embed; set " + SETTING + " to a TrueType font (glyf outlines)"
                        + ", or leave it empty for the font that comes with OneVisit", null);
            }
            return new LoadedFont(font, collection);
        } catch (IOException e) {
            throw unavailable("documents-font-unusable", "The font " + source + " is not a usable TrueType font: "
                    + e.getMessage() + ". Set " + SETTING + " to another, or leave it empty for the font that comes"
                    + " with OneVisit", e);
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

    /** Reads the font's bytes; {@code null} when there is no such font. */
    @FunctionalInterface
    private interface FontBytes {
        byte @Nullable [] read() throws IOException;
    }
}
