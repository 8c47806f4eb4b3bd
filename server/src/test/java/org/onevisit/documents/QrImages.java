package org.onevisit.documents;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads the QR code in a picture of a page, as a phone would. */
final class QrImages {

    private QrImages() {
    }

    static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** The grey level of every pixel of an RGB image. */
    private static final class ImageLuminance extends LuminanceSource {

        private final byte[] luminance;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            luminance = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                for (int x = 0; x < getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    luminance[y * getWidth() + x] = (byte) grey;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(luminance, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return luminance;
        }
    }
}
