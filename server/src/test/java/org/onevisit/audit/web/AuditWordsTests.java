package org.onevisit.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onevisit.audit.AuditNames;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit page's words: what the trail records by code, in the reader's language, with names where known. */
class AuditWordsTests {

    private static final AuditNames NAMES = new AuditNames() {
        @Override
        public Optional<String> actor(String actor, Locale locale) {
            return actor.equals("scjg-chief") ? Optional.of("李强") : Optional.empty();
        }

        @Override
        public Optional<String> value(String field, String value, Locale locale) {
            return field.equals("item") && value.equals("XK-SCJG-001") ? Optional.of("企业设立登记") : Optional.empty();
        }
    };

    private static AuditWords words(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages-supervision");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new AuditWords(messages, List.of(NAMES), locale);
    }

    @Test
    void a_status_change_and_an_action_read_in_chinese_with_names() {
        AuditWords zh = words(Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.field("status")).isEqualTo("状态");
        assertThat(zh.value("status", "OPEN")).isEqualTo("办理中");
        assertThat(zh.value("status", "DEEMED_CONSENT")).isEqualTo("超时默认同意");
        assertThat(zh.action("case", "requestPreCheck")).isEqualTo("申请预审");
        assertThat(zh.action("spot-check", "open")).isEqualTo("发起抽查");
        assertThat(zh.action("case", "open")).isEqualTo("开始审查");
        assertThat(zh.subject("supervision-group")).isEqualTo("监管小组");
        assertThat(zh.actor("scjg-chief")).isEqualTo("李强");
        assertThat(zh.actor("system")).isEqualTo("系统");
        assertThat(zh.value("item", "XK-SCJG-001")).isEqualTo("企业设立登记");
        assertThat(zh.value("roles", "CHIEF_REPRESENTATIVE,REVIEWER")).isEqualTo("首席代表、部门审查人员");
        assertThat(zh.value("materials", "licence=PROVIDED,lease=PLEDGED")).isEqualTo("licence：已提交、lease：容缺待补");
    }

    @Test
    void english_uses_english_words_and_what_has_no_words_is_shown_as_recorded() {
        AuditWords en = words(Locale.ENGLISH);

        assertThat(en.value("status", "CONSENTED")).isEqualTo("Consented");
        assertThat(en.action("case", "requestPreCheck")).isEqualTo("Pre-check requested");
        assertThat(en.action("complaint", "accept")).isEqualTo("Complaint accepted");
        assertThat(en.action("rating", "callBack")).isEqualTo("Bad rating called back");
        assertThat(en.action("case", "somethingNew")).isEqualTo("somethingNew");
        assertThat(en.value("note", "补正后, 再议")).isEqualTo("补正后, 再议");
        assertThat(en.actor("someone")).isEqualTo("someone");
    }
}
