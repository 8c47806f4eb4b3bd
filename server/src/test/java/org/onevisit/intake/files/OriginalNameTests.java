package org.onevisit.intake.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginalNameTests {

    @Test
    void folders_and_control_characters_are_dropped_from_the_name() {
        assertThat(OriginalName.clean("C:\\Users\\张三\\身份证 正面.jpg")).isEqualTo("身份证 正面.jpg");
        assertThat(OriginalName.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(OriginalName.clean("合同\u202Egpj.exe\n")).isEqualTo("合同gpj.exe");
    }

    @Test
    void a_missing_or_empty_name_becomes_unnamed() {
        assertThat(OriginalName.clean(null)).isEqualTo("unnamed");
        assertThat(OriginalName.clean("  ")).isEqualTo("unnamed");
        assertThat(OriginalName.clean("dir/..")).isEqualTo("unnamed");
    }

    @Test
    void a_long_name_is_cut_to_255_characters_without_splitting_a_character() {
        String longName = "a".repeat(254) + "😀" + ".pdf";

        String cleaned = OriginalName.clean(longName);

        assertThat(cleaned).hasSize(254).isEqualTo("a".repeat(254));
        assertThat(OriginalName.clean("b".repeat(300))).hasSize(255);
    }
}
