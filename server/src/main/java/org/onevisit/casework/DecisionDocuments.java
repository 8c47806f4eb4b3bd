package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onevisit.catalog.Catalog;
import org.onevisit.documents.Block;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * The decision document of an item (准予许可决定书 / 不予许可决定书): what was decided, on which reviews, with the
 * conditions or the reasons, and for a denial the applicant's remedies; departments and the official who decided by
 * name ({@link CaseNames}), never by code or login.
 */
@Service
@ReadOnly
public class DecisionDocuments {

    private static final String REMEDIES = "如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，"
            + "或者在六个月内依法向人民法院提起行政诉讼。";

    private final Deciding deciding;
    private final ReviewTasks tasks;
    private final CaseFileChanges files;
    private final Catalog catalog;
    private final PdfDocuments pdf;
    private final Clock clock;
    private final CaseNames names;
    private final ItemDecisions decisions;

    DecisionDocuments(Deciding deciding, ReviewTasks tasks, CaseFileChanges files, Catalog catalog, PdfDocuments pdf,
            Clock clock, CaseNames names, ItemDecisions decisions) {
        this.names = names;
        this.decisions = decisions;
        this.deciding = deciding;
        this.tasks = tasks;
        this.files = files;
        this.catalog = catalog;
        this.pdf = pdf;
        this.clock = clock;
    }

    public byte[] render(String caseNumber, String itemCode) {
        Deciding.Decision d = deciding.decisionsOf(caseNumber).stream().filter(x -> x.itemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-item-not-decided",
                        "Item " + itemCode + " of case " + caseNumber + " is not decided", caseNumber, itemCode));
        CaseFile c = files.load(caseNumber);
        FileItem ref = c.item(itemCode).orElseThrow();
        var item = catalog.published(itemCode, ref.version());
        String department = names.department(item.department());
        List<List<String>> reviews = tasks.ofCase(caseNumber).stream().filter(t -> t.itemCode().equals(itemCode))
                .map(t -> List.of(names.department(t.department()), opinion(t), t.answer().text()))
                .toList();
        var correction = decisions.correctionOf(caseNumber, itemCode);
        if (correction.isPresent() && correction.get().revoked()) {
            return revocation(caseNumber, c, item.name(), department, d, correction.get());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(c.facts().holder().name() + "：\n你（单位）申请的“" + item.name() + "”（办件编号 " + caseNumber
                + "），经审查，" + (d.approved() ? "符合法定条件、标准，根据" + basis(item.legalBasis()) + "，决定准予许可。"
                        : "不符合法定条件、标准，根据" + basis(item.legalBasis()) + "，决定不予许可。")));
        if (!d.reasons().isBlank()) {
            blocks.add(new Block.Heading(d.approved() ? "附加条件及说明" : "不予许可的理由"));
            blocks.add(new Block.Paragraph(d.reasons()));
        }
        blocks.add(new Block.Heading("各部门审查意见"));
        blocks.add(new Block.Table(List.of("部门", "意见", "说明"), reviews, List.of(4, 3, 7)));
        if (d.approved() && !item.resultName().isBlank()) {
            blocks.add(new Block.Paragraph("办理结果：" + item.resultName() + "（电子证照同步发放，可通过证照核验页面查验）。"));
        }
        if (!d.approved()) {
            blocks.add(new Block.Heading("救济途径"));
            blocks.add(new Block.Paragraph(REMEDIES));
        }
        if (d.delegated()) {
            blocks.add(new Block.Paragraph("本决定由首席代表依授权当场作出。"));
        }
        if (correction.isPresent()) {
            blocks.add(new Block.Paragraph("本决定系经监督检查纠错，对本机关于 " + day(d.decidedAt()) + " 所作原决定的更正；原决定自本决定作出之日起不再执行。"));
            blocks.add(Block.Facts.of("决定机关", department, "原决定人", names.official(d.decidedBy()), "更正决定人",
                    names.official(correction.get().by())));
            return pdf.render(new Document((d.approved() ? "准予行政许可决定书" : "不予行政许可决定书") + "（更正）", caseNumber,
                    blocks, day(correction.get().at())));
        }
        blocks.add(Block.Facts.of("决定机关", department, "决定人", names.official(d.decidedBy())));
        return pdf.render(new Document(d.approved() ? "准予行政许可决定书" : "不予行政许可决定书", caseNumber, blocks,
                day(d.decidedAt())));
    }

    /**
     * The decision revoked by a corrective decision (纠错): the revocation (《行政许可法》第六十九条) takes the place of the
     * decision, which no longer holds, with the applicant's remedies.
     */
    private byte[] revocation(String caseNumber, CaseFile c, String itemName, String department, Deciding.Decision d,
            ItemDecisions.Correction correction) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(c.facts().holder().name() + "：\n你（单位）申请的“" + itemName + "”（办件编号 " + caseNumber
                + "），本机关于 " + day(d.decidedAt()) + " 作出" + (d.approved() ? "准予许可" : "不予许可")
                + "的决定。经监督检查发现该决定存在错误，根据《中华人民共和国行政许可法》第六十九条，决定予以撤销。"
                + (d.approved() ? "依该决定发放的电子证照同时撤销。" : "")));
        blocks.add(new Block.Heading("救济途径"));
        blocks.add(new Block.Paragraph(REMEDIES));
        blocks.add(Block.Facts.of("决定机关", department, "原决定人", names.official(d.decidedBy()), "撤销决定人",
                names.official(correction.by())));
        return pdf.render(new Document("撤销行政许可决定书", caseNumber, blocks, day(correction.at())));
    }

    private LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private static String opinion(ReviewTask t) {
        return switch (t.status()) {
            case CONSENTED -> "同意";
            case CONSENTED_WITH_CONDITIONS -> "附条件同意";
            case OBJECTED -> "不同意";
            case DEEMED_CONSENT -> "超时默认同意";
            default -> t.status().name();
        };
    }

    private static String basis(String legalBasis) {
        return legalBasis.isBlank() ? "有关法律法规" : legalBasis;
    }
}
