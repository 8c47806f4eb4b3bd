package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.platform.PersonalDataCipher.Lookup;

class PersonalDataCipherTests {

    private static final String ID_NUMBER = "11010519491231002X";

    @TempDir
    Path directory;

    private KeyRegister register;
    private PersonalDataCipher cipher;

    @BeforeEach
    void keys() throws SQLException {
        register = new KeyRegister();
        cipher = new PersonalDataCipher(register.keys(new KeyFolder(directory), 1, 1));
    }

    @AfterEach
    void close() throws SQLException {
        register.close();
    }

    @Test
    void a_value_encrypted_twice_gives_two_different_texts_that_both_decrypt_to_it() {
        String first = cipher.encrypt(ID_NUMBER);
        String second = cipher.encrypt(ID_NUMBER);

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo(ID_NUMBER);
        assertThat(cipher.decrypt(second)).isEqualTo(ID_NUMBER);
    }

    @Test
    void the_encrypted_form_names_its_format_and_key_and_shows_nothing_of_the_value() {
        String sealed = cipher.encrypt(ID_NUMBER);

        assertThat(sealed).startsWith("pd1:1:").doesNotContain("110105", "002X", "1949");
        // 12 bytes of nonce, 18 of text, 16 of tag
        assertThat(Base64.getUrlDecoder().decode(sealed.substring("pd1:1:".length()))).hasSize(46);
        assertThat(sealed).hasSizeLessThanOrEqualTo(70);
        assertThat(PersonalDataCipher.isEncrypted(sealed)).isTrue();
        assertThat(PersonalDataCipher.isEncrypted(ID_NUMBER)).isFalse();
        assertThat(cipher.decrypt(cipher.encrypt("浙江省示例市西湖区文三路100号"))).isEqualTo("浙江省示例市西湖区文三路100号");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void a_tampered_value_is_refused_rather_than_returned() {
        String sealed = cipher.encrypt(ID_NUMBER);
        int middle = sealed.length() / 2;
        String flipped = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A') + sealed.substring(middle + 1);
        String body = sealed.substring("pd1:1:".length());
        String otherBody = cipher.encrypt("330999199001011234").substring("pd1:1:".length());
        String spliced = "pd1:1:" + body.substring(0, 16) + otherBody.substring(16);

        assertThatThrownBy(() -> cipher.decrypt(flipped)).isInstanceOf(PersonalDataUnreadable.class)
                .hasMessageContaining("altered").hasMessageNotContaining(ID_NUMBER);
        assertThatThrownBy(() -> cipher.decrypt(spliced)).isInstanceOf(PersonalDataUnreadable.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, 30))).isInstanceOf(PersonalDataUnreadable.class);
        assertThatThrownBy(() -> cipher.decrypt("pd1:2:" + body)).isInstanceOf(PersonalDataUnreadable.class)
                .hasMessageContaining("personal-data-2");
        assertThatThrownBy(() -> cipher.decrypt(ID_NUMBER)).isInstanceOf(PersonalDataUnreadable.class)
                .hasMessageNotContaining(ID_NUMBER);
        assertThatThrownBy(() -> cipher.decrypt("pd1:1:not*base64")).isInstanceOf(PersonalDataUnreadable.class);
    }

    @Test
    void a_value_encrypted_under_another_key_of_the_same_number_is_refused() throws SQLException {
        String sealed = cipher.encrypt(ID_NUMBER);
        try (KeyRegister elsewhere = new KeyRegister()) {
            PersonalDataCipher other = new PersonalDataCipher(elsewhere.keys(new KeyFolder(directory.resolve("other")), 1, 1));

            assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(PersonalDataUnreadable.class)
                    .hasMessageContaining("altered, or that key file is not the one");
        }
    }

    @Test
    void values_encrypted_under_an_older_key_stay_readable_while_new_ones_take_the_new_key() throws SQLException {
        String old = cipher.encrypt(ID_NUMBER);

        PersonalDataCipher rotated = new PersonalDataCipher(register.keys(new KeyFolder(directory), 2, 1));
        String fresh = rotated.encrypt(ID_NUMBER);

        assertThat(fresh).startsWith("pd1:2:");
        assertThat(rotated.decrypt(old)).isEqualTo(ID_NUMBER);
        assertThat(rotated.decrypt(fresh)).isEqualTo(ID_NUMBER);
        assertThat(rotated.current(old)).isFalse();
        assertThat(rotated.current(fresh)).isTrue();
    }

    @Test
    void equal_values_have_equal_blind_indexes_of_128_bits_and_kinds_and_keys_keep_them_apart() throws SQLException {
        String index = cipher.index(Lookup.IDENTIFIER, ID_NUMBER);

        assertThat(index).matches("[0-9a-f]{32}");
        assertThat(cipher.index(Lookup.IDENTIFIER, " 11010519491231002x ")).isEqualTo(index);
        assertThat(cipher.index(Lookup.IDENTIFIER, "110105194912310011")).isNotEqualTo(index);
        assertThat(cipher.index(Lookup.PHONE, ID_NUMBER)).isNotEqualTo(index);
        try (KeyRegister elsewhere = new KeyRegister()) {
            PersonalDataCipher other = new PersonalDataCipher(elsewhere.keys(new KeyFolder(directory.resolve("other")), 1, 1));

            assertThat(other.index(Lookup.IDENTIFIER, ID_NUMBER)).isNotEqualTo(index);
        }
    }
}
