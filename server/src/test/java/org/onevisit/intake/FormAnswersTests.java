package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.FieldLimits;
import org.onevisit.catalog.FieldOption;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The answers of a case's one form against the fields of its item: each kind of wrong answer, named in both languages. */
class FormAnswersTests {

    private static final FormField NAME = new FormField("companyName", "企业名称", "Company name", FieldType.TEXT, true,
            new FieldLimits(10, null, null), List.of(), "", "");
    private static final FormField CAPITAL = new FormField("registeredCapital", "注册资本（万元）", "Registered capital",
            FieldType.NUMBER, false, new FieldLimits(null, 1L, 1000L), List.of(), "", "");
    private static final FormField KIND = new FormField("companyType", "企业类型", "Type of company", FieldType.CHOICE,
            false, FieldLimits.NONE, List.of(new FieldOption("有限责任公司", "Limited liability company"),
                    new FieldOption("合伙企业", "Partnership")), "", "");
    private static final FormField FOUNDED = new FormField("foundedOn", "成立日期", "", FieldType.DATE, false,
            FieldLimits.NONE, List.of(), "", "");
    private static final FormField ONLINE = new FormField("onlineSales", "是否网络经营", "Sells online",
            FieldType.YES_NO, false, FieldLimits.NONE, List.of(), "", "");
    private static final List<FormField> FORM = List.of(NAME, CAPITAL, KIND, FOUNDED, ONLINE);

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages-intake");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static DomainException refusal(Map<String, String> answers) {
        try {
            FormAnswerPolicy.checked(FORM, answers);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("the answers were taken: " + answers);
    }

    private static String zh(Map<String, String> answers) {
        return DomainMessages.text(MESSAGES, refusal(answers), Locale.SIMPLIFIED_CHINESE);
    }

    private static String en(Map<String, String> answers) {
        return DomainMessages.text(MESSAGES, refusal(answers), Locale.ENGLISH);
    }

    @Test
    void good_answers_are_kept_stripped_with_yes_no_and_dates_in_one_form_and_blanks_left_out() {
        Map<String, String> kept = FormAnswerPolicy.checked(FORM, Map.of("companyName", " 示例科技 ",
                "registeredCapital", "100.5", "companyType", "合伙企业", "foundedOn", "2026-10-16", "onlineSales", "是",
                "delivery.method", "PICKUP"));

        assertThat(kept).containsExactly(Map.entry("companyName", "示例科技"), Map.entry("registeredCapital", "100.5"),
                Map.entry("companyType", "合伙企业"), Map.entry("foundedOn", "2026-10-16"),
                Map.entry("onlineSales", "true"), Map.entry("delivery.method", "PICKUP"));
        assertThat(FormAnswerPolicy.checked(FORM, Map.of("companyName", "示例", "registeredCapital", "  ")))
                .containsOnlyKeys("companyName");
    }

    @Test
    void each_wrong_answer_is_refused_naming_the_field_in_chinese() {
        assertThat(zh(Map.of())).isEqualTo("请填写“企业名称”。");
        assertThat(zh(Map.of("companyName", "示例新创科技有限公司分公司"))).isEqualTo("“企业名称”最多 10 个字。");
        assertThat(zh(Map.of("companyName", "示例", "registeredCapital", "一百"))).isEqualTo("“注册资本（万元）”应填写数字。");
        assertThat(zh(Map.of("companyName", "示例", "registeredCapital", "0"))).isEqualTo("“注册资本（万元）”不能小于 1。");
        assertThat(zh(Map.of("companyName", "示例", "registeredCapital", "1000.01")))
                .isEqualTo("“注册资本（万元）”不能大于 1,000。");
        assertThat(zh(Map.of("companyName", "示例", "companyType", "独资"))).isEqualTo("“企业类型”应为以下之一：有限责任公司、合伙企业。");
        assertThat(zh(Map.of("companyName", "示例", "foundedOn", "2026-02-30"))).isEqualTo("“成立日期”应填写日期（年-月-日）。");
        assertThat(zh(Map.of("companyName", "示例", "onlineSales", "也许"))).isEqualTo("“是否网络经营”应填写“是”或“否”。");
        assertThat(zh(Map.of("companyName", "示例", "colour", "red"))).isEqualTo("申请表中没有字段“colour”。");
    }

    @Test
    void each_wrong_answer_is_refused_naming_the_field_in_english_by_its_english_label_if_it_has_one() {
        assertThat(en(Map.of())).isEqualTo("Please fill in \"Company name\".");
        assertThat(en(Map.of("companyName", "示例新创科技有限公司分公司"))).isEqualTo("\"Company name\" takes at most 10 characters.");
        assertThat(en(Map.of("companyName", "x", "registeredCapital", "1e"))).isEqualTo("\"Registered capital\" takes a number.");
        assertThat(en(Map.of("companyName", "x", "registeredCapital", "-1")))
                .isEqualTo("\"Registered capital\" may not be less than 1.");
        assertThat(en(Map.of("companyName", "x", "registeredCapital", "5000")))
                .isEqualTo("\"Registered capital\" may not be more than 1,000.");
        assertThat(en(Map.of("companyName", "x", "companyType", "LLC")))
                .isEqualTo("\"Type of company\" takes one of: Limited liability company, Partnership.");
        assertThat(en(Map.of("companyName", "x", "foundedOn", "16/10/2026")))
                .isEqualTo("\"成立日期\" takes a date (year-month-day).");
        assertThat(en(Map.of("companyName", "x", "onlineSales", "maybe"))).isEqualTo("\"Sells online\" takes yes or no.");
        assertThat(en(Map.of("companyName", "x", "colour", "red"))).isEqualTo("The application form has no field \"colour\".");
    }

    @Test
    void a_refusal_names_the_field_for_the_page_to_show_it_beside_its_input() {
        assertThat(refusal(Map.of("companyName", "x", "foundedOn", "yesterday")).details())
                .containsEntry("field", "form.foundedOn");
        assertThat(refusal(Map.of("companyName", "x", "foundedOn", "yesterday")).code())
                .isEqualTo("intake-form-field-not-a-date");
    }
}
