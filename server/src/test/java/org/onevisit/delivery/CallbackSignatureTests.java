package org.onevisit.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CallbackSignatureTests {

    private static final byte[] BODY = "{\"trackingNumber\":\"EMS1\",\"status\":\"DELIVERED\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_the_raw_body() {
        // the widely published example value of HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
        String known = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        assertThat(CallbackSignature.of("key").sign("The quick brown fox jumps over the lazy dog"
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo(known);
    }

    @Test
    void a_body_signed_with_the_secret_is_verified_in_either_case_of_hex() {
        CallbackSignature signature = CallbackSignature.of("s3cret");
        String signed = signature.sign(BODY);

        assertThat(signature.verifies(BODY, signed)).isTrue();
        assertThat(signature.verifies(BODY, signed.toUpperCase(Locale.ROOT))).isTrue();
    }

    @Test
    void a_changed_body_another_secret_or_a_malformed_signature_is_refused() {
        CallbackSignature signature = CallbackSignature.of("s3cret");
        String signed = signature.sign(BODY);
        byte[] changed = "{\"trackingNumber\":\"EMS2\",\"status\":\"DELIVERED\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(changed, signed)).isFalse();
        assertThat(CallbackSignature.of("other").verifies(BODY, signed)).isFalse();
        assertThat(signature.verifies(BODY, signed.substring(1))).isFalse();
        assertThat(signature.verifies(BODY, "")).isFalse();
        assertThat(signature.verifies(BODY, null)).isFalse();
    }

    @Test
    void without_a_secret_nothing_is_accepted() {
        CallbackSignature none = CallbackSignature.of(" ");

        assertThat(none.enabled()).isFalse();
        assertThat(none.verifies(BODY, CallbackSignature.of("s3cret").sign(BODY))).isFalse();
        assertThat(CallbackSignature.of(null).enabled()).isFalse();
    }
}
