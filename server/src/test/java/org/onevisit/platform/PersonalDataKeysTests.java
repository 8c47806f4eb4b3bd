package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.platform.PersonalDataCipher.Lookup;

class PersonalDataKeysTests {

    @TempDir
    Path directory;

    private KeyRegister register;

    @BeforeEach
    void register() throws SQLException {
        register = new KeyRegister();
    }

    @AfterEach
    void close() throws SQLException {
        register.close();
    }

    @Test
    void the_first_start_generates_the_keys_owner_only_and_registers_them_by_check_value_not_by_key() throws Exception {
        register.keys(new KeyFolder(directory), 1, 1);

        assertThat(directory.resolve("personal-data-1.key")).exists();
        assertThat(directory.resolve("personal-data-index-1.key")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("personal-data-1.key"))))
                .isEqualTo("rw-------");
        try (PreparedStatement s = register.connection().prepareStatement(
                "SELECT name, purpose, check_value, in_use FROM personal_data_key ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("personal-data-1");
            assertThat(rs.getString(2)).isEqualTo("ENCRYPTION");
            assertThat(rs.getString(3)).isEqualTo(PersonalDataKeys.checkValue(Files.readAllBytes(directory.resolve(
                    "personal-data-1.key")))).matches("[0-9a-f]{32}");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("personal-data-index-1");
            assertThat(rs.getBoolean(4)).isTrue();
        }
    }

    @Test
    void a_missing_key_stops_the_start_with_what_to_do_and_is_not_replaced_by_a_new_one() throws SQLException {
        register.keys(new KeyFolder(directory), 1, 1);
        Path empty = directory.resolve("empty");

        assertThatThrownBy(() -> register.keys(new KeyFolder(empty), 1, 1))
                .isInstanceOfSatisfying(PersonalDataKeyProblem.class, e -> {
                    assertThat(e.getMessage()).contains(empty.resolve("personal-data-1.key").toString(), "missing");
                    assertThat(e.action()).contains("Restore", "backup");
                });
        assertThat(empty.resolve("personal-data-1.key")).doesNotExist();
    }

    @Test
    void a_different_key_under_the_same_name_stops_the_start() throws Exception {
        register.keys(new KeyFolder(directory), 1, 1);
        Path other = directory.resolve("other");
        new KeyFolder(other).secret("personal-data-1", 32);
        Files.copy(directory.resolve("personal-data-index-1.key"), other.resolve("personal-data-index-1.key"));

        assertThatThrownBy(() -> register.keys(new KeyFolder(other), 1, 1))
                .isInstanceOf(PersonalDataKeyProblem.class)
                .hasMessageContaining("personal-data-1.key is not the one");
    }

    @Test
    void a_wrong_index_key_stops_the_start_too() throws Exception {
        register.keys(new KeyFolder(directory), 1, 1);
        Path other = directory.resolve("other");
        Files.createDirectories(other);
        Files.copy(directory.resolve("personal-data-1.key"), other.resolve("personal-data-1.key"));
        new KeyFolder(other).secret("personal-data-index-1", 32);

        assertThatThrownBy(() -> register.keys(new KeyFolder(other), 1, 1))
                .isInstanceOf(PersonalDataKeyProblem.class)
                .hasMessageContaining("personal-data-index-1.key is not the one");
    }

    @Test
    void nothing_is_encrypted_before_the_keys_are_checked_against_the_database() {
        PersonalDataCipher unchecked = new PersonalDataCipher(new PersonalDataKeys(new KeyFolder(directory), 1, 1,
                KeyRegister.CLOCK));

        assertThatThrownBy(() -> unchecked.encrypt("13800000001")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before they were checked");
        assertThat(directory.resolve("personal-data-1.key")).doesNotExist();
    }

    @Test
    void a_key_number_below_one_is_refused() {
        assertThatThrownBy(() -> new PersonalDataKeys(new KeyFolder(directory), 0, 1, KeyRegister.CLOCK))
                .isInstanceOf(PersonalDataKeyProblem.class).hasMessageContaining("onevisit.personal-data.encryption-key");
    }

    @Test
    void a_new_index_key_is_registered_but_indexes_keep_the_old_one_until_they_are_recomputed() throws SQLException {
        PersonalDataCipher before = new PersonalDataCipher(register.keys(new KeyFolder(directory), 1, 1));
        String index = before.index(Lookup.PHONE, "13800000001");

        PersonalDataKeys changing = register.keys(new KeyFolder(directory), 1, 2);
        PersonalDataCipher after = new PersonalDataCipher(changing);

        assertThat(directory.resolve("personal-data-index-2.key")).exists();
        assertThat(changing.indexKeyChanging()).isTrue();
        assertThat(after.index(Lookup.PHONE, "13800000001")).isEqualTo(index);
        assertThat(after.withConfiguredIndexKey().index(Lookup.PHONE, "13800000001")).isNotEqualTo(index);

        changing.useConfiguredIndexKey(register.connection());

        assertThat(changing.indexKeyChanging()).isFalse();
        assertThat(after.index(Lookup.PHONE, "13800000001")).isNotEqualTo(index);
        assertThat(new PersonalDataCipher(register.keys(new KeyFolder(directory), 1, 2)).index(Lookup.PHONE, "13800000001"))
                .isEqualTo(after.index(Lookup.PHONE, "13800000001"));
    }
}
