package org.onevisit.certificates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.documents.Block;
import org.onevisit.documents.Document;
import org.onevisit.documents.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The printable e-certificate (PDF): its particulars and a QR code that opens the public verification page with
 * the number and the verification code filled in.
 */
@Service
public class CertificateDocuments {

    private final CertificateRegister register;
    private final PdfDocuments pdf;
    private final Catalog catalog;
    private final String publicBaseUrl;

    CertificateDocuments(CertificateRegister register, PdfDocuments pdf, Catalog catalog,
            @Value("${onevisit.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.register = register;
        this.pdf = pdf;
        this.catalog = catalog;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** The certificate as PDF bytes. */
    public byte[] pdf(String number) {
        Certificate certificate = register.find(number).orElseThrow(() -> CertificateRegister.notFound(number));
        return pdf.render(document(certificate));
    }

    /** Where the QR code of a certificate leads: the public verification page, number and code filled in. */
    public String verificationUrl(Certificate certificate) {
        return publicBaseUrl + "/certificates/verify?number=" + encode(certificate.number()) + "&code="
                + encode(certificate.code());
    }

    Document document(Certificate certificate) {
        CertificateContent c = certificate.content();
        String department = catalog.department(c.department()).map(Department::name).orElse(c.department());
        Block.Facts facts = Block.Facts.of(
                "证照编号", c.number(),
                "持证主体", c.holderName(),
                c.holderLegalPerson() ? "统一社会信用代码" : "身份证件号码", c.holderIdentifier(),
                "发证部门", department,
                "发证日期", chinese(c.issuedOn()),
                "有效期至", c.validUntil() == null ? "长期有效" : chinese(c.validUntil()),
                "附加条件", c.conditions().isBlank() ? "无" : c.conditions());
        String caption = "扫码核验本证照真伪与状态。核验码：" + certificate.code();
        return new Document(c.type(), c.number(), List.of(facts, new Block.Spacer(),
                new Block.QrCode(verificationUrl(certificate), caption)), c.issuedOn());
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
