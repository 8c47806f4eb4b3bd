package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.onevisit.intake.CaseDocuments.DocumentKind;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What the counter's paperwork says, read from the documents before they are typeset: the receipt of a 容缺 case names
 * the pledged materials and their deadline and does not say the materials are complete; the pledge prints before it is
 * signed; the one-time notice lists what is missing or wrong and nothing else; a house sale's receipt names its buyer
 * and its seller.
 */
@SpringBootTest
class CounterPaperworkTests {

    /** M1 申请表 required, M2 授权委托书 容缺后补. */
    private static final String ITEM = "XK-TPAP-001";

    @MockitoBean
    PdfDocuments pdf;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CaseDocuments documents;

    @Autowired
    CatalogEditing catalog;

    private final List<Document> rendered = new ArrayList<>();

    @BeforeEach
    void documents_are_kept_and_the_item_is_in_the_catalog() {
        when(pdf.render(any())).thenAnswer(call -> {
            rendered.add(call.getArgument(0));
            return new byte[] {'%'};
        });
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TPAP", 9427) + "items:\n"
                + TestCatalogs.item(ITEM, "文书测试事项", "ADMINISTRATIVE_LICENCE", "TPAP", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    private String text(IntakeCase c, DocumentKind kind) {
        rendered.clear();
        documents.render(c, kind);
        return rendered.get(0).toString();
    }

    private static CounterDecisions.Act clerk() {
        return new CounterDecisions.Act("clerk", Channel.COUNTER, null);
    }

    @Test
    void the_pledge_prints_before_it_is_signed_and_the_receipt_of_a_pledged_case_names_what_is_owed() {
        IntakeCase received = intake.submit(aCase().of(ITEM).withApplicant(aPerson().named("容缺甲")).providing("M1")
                .build(), "clerk");
        String pledge = text(received, DocumentKind.PLEDGE);
        assertThat(pledge).contains("容缺受理承诺书", "授权委托书", "容缺甲", "______年____月____日", "补交截止日期");

        IntakeCase accepted = decisions.acceptOnPledge(received.number().value(), documents.pledgeText(received), clerk());
        String receipt = text(accepted, DocumentKind.RECEIPT);
        String due = accepted.answer().pledge().supplementBy().format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日"));
        assertThat(receipt).contains("受理通知书", "容缺受理", "容缺后补的材料", "授权委托书", due)
                .doesNotContain("申请材料齐全");
        assertThat(text(accepted, DocumentKind.PLEDGE)).doesNotContain("______年____月____日");
    }

    @Test
    void a_complete_case_has_no_pledge_to_print() {
        IntakeCase complete = intake.submit(aCase().of(ITEM).providing("M1", "M2").build(), "clerk");
        rendered.clear();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.render(complete, DocumentKind.PLEDGE))
                .isInstanceOf(DomainException.class).hasMessageContaining("PLEDGE");
        IntakeCase accepted = decisions.accept(complete.number().value(), clerk());
        assertThat(text(accepted, DocumentKind.RECEIPT)).contains("申请材料齐全");
    }

    @Test
    void the_one_time_notice_names_the_clerk_by_name_never_by_login() {
        IntakeCase notified = decisions.notifyDeficiencies(intake.submit(aCase().of(ITEM).providing("M1").build(),
                "clerk").number().value(), List.of(new Deficiency("M2", "", "未提交授权委托书")), clerk());
        assertThat(text(notified, DocumentKind.NOTICE)).contains("经办人：王敏（综合窗口）").doesNotContain("clerk");
    }

    @Test
    void the_one_time_notice_lists_only_what_is_missing_or_wrong() {
        IntakeCase received = intake.submit(aCase().of(ITEM).providing("M1").build(), "clerk");
        IntakeCase notified = decisions.notifyDeficiencies(received.number().value(),
                List.of(new Deficiency("M2", "", "未提交授权委托书")), clerk());
        String notice = text(notified, DocumentKind.NOTICE);
        assertThat(notice).contains("一次性告知书", "授权委托书", "未提交授权委托书").doesNotContain("申请表");
    }

    @Test
    void a_house_sale_receipt_names_the_buyer_and_the_seller() {
        String bundle = "YJS-BDCJY";
        IntakeCase received = intake.submit(aCase().ofBundle(bundle).withApplicant(aPerson().named("林买方"))
                .asBuyerWithASeller().providingAll(intake.materialsOf(bundle, true)).build(), "clerk");
        IntakeCase accepted = decisions.accept(received.number().value(), clerk());
        String receipt = text(accepted, DocumentKind.RECEIPT);
        assertThat(receipt).contains("林买方、卖方甲：", "申请人（买方）", "申请人（卖方）", "林买方", "卖方甲");
    }
}
