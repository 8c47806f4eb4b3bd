package org.onevisit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaking measured in a monospaced world: a Chinese character is 2 wide, anything else 1. */
class LineBreakerTests {

    private final LineBreaker breaker = new LineBreaker(text -> text.codePoints()
            .map(cp -> Character.isIdeographic(cp) || cp >= 0x3000 ? 2 : 1).sum());

    @Test
    void chinese_breaks_between_any_two_characters() {
        assertThat(breaker.lines("一次告知材料清单", 6)).containsExactly("一次告", "知材料", "清单");
    }

    @Test
    void latin_text_breaks_only_at_spaces() {
        assertThat(breaker.lines("bring the original licence", 12)).containsExactly("bring the", "original", "licence");
    }

    @Test
    void a_word_longer_than_the_line_breaks_inside() {
        assertThat(breaker.lines("330999202611280001", 8)).containsExactly("33099920", "26112800", "01");
    }

    @Test
    void closing_punctuation_never_starts_a_line_and_opening_never_ends_one() {
        assertThat(breaker.lines("材料齐全。请领取", 8)).containsExactly("材料齐", "全。请领", "取");
        assertThat(breaker.lines("依据《许可法》", 6)).containsExactly("依据", "《许可", "法》");
    }

    @Test
    void mixed_text_keeps_latin_words_whole() {
        assertThat(breaker.lines("拨打12345热线", 8)).containsExactly("拨打", "12345热", "线");
    }

    @Test
    void a_new_line_in_the_text_forces_a_break_and_the_first_line_may_be_indented() {
        assertThat(breaker.lines("甲乙丙丁\n戊", 4, 8)).containsExactly("甲乙", "丙丁", "戊");
    }
}
