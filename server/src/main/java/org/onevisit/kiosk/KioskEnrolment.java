package org.onevisit.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.onevisit.kiosk.KioskSettings.Device;

/**
 * Which browser is one of the hall's kiosks (终端注册): an administrator enrols the kiosk once, on the kiosk itself,
 * and its browser keeps a cookie naming the device, signed with the centre's kiosk key. Only a browser with a valid
 * cookie for a configured device reads ID cards and registers pre-checks; any other browser on the internet gets the
 * kiosk's public screens only (the guide, the status lookup). Removing a device from the configuration, or changing
 * the key, withdraws every cookie issued for it.
 */
public final class KioskEnrolment {

    /** The cookie's name. */
    public static final String COOKIE = "onevisit-kiosk";

    private final byte[] key;
    private final List<Device> devices;

    KioskEnrolment(String secret, List<Device> devices) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.devices = List.copyOf(devices);
    }

    /** Whether kiosks can be enrolled at all: a key and at least one device are configured. */
    public boolean open() {
        return key.length > 0 && !devices.isEmpty();
    }

    public List<Device> devices() {
        return open() ? devices : List.of();
    }

    /** The cookie value that enrols the browser as this kiosk, if it is one. */
    public Optional<String> cookieFor(String deviceId) {
        return devices().stream().filter(d -> d.id().equals(deviceId)).findFirst()
                .map(d -> d.id() + "." + signature(d.id()));
    }

    /** The kiosk this cookie enrols, if the cookie is valid for a configured device. */
    public Optional<Device> device(@Nullable String cookie) {
        if (cookie == null || !open()) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String id = cookie.substring(0, dot);
        byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private String signature(String deviceId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal(("kiosk-device:" + deviceId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
