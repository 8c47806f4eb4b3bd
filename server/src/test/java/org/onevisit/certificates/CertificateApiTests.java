package org.onevisit.certificates;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Verification for anyone, revocation for officials, over the JSON API and the public page. */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CertificateIssuing issuing;

    @Autowired
    JsonMapper json;

    private final String creditCode = Decisions.uniqueCreditCode();

    private Certificate issue() {
        return issuing.issue(Decisions.licence(Decisions.uniqueCaseNumber(), "XK-SCJG-002", "食品经营许可证", creditCode,
                "示例市云帆科技有限公司", true, LocalDate.of(2031, 10, 11))).orElseThrow();
    }

    private String body(CertificateContent c, String code) {
        return json.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {{
            put("number", c.number());
            put("type", c.type());
            put("holderName", c.holderName());
            put("holderIdentifier", c.holderIdentifier());
            put("holderLegalPerson", c.holderLegalPerson());
            put("department", c.department());
            put("issuedOn", c.issuedOn().toString());
            put("validUntil", c.validUntil() == null ? null : c.validUntil().toString());
            put("conditions", c.conditions());
            put("code", code);
        }});
    }

    @Test
    void anyone_reads_the_status_of_a_certificate_by_its_number_without_a_login() throws Exception {
        Certificate certificate = issue();
        mvc.perform(get("/api/v1/certificates/{n}", certificate.number()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.type").value("食品经营许可证"))
                .andExpect(jsonPath("$.holder").value("示例市云帆科技有限公司"))
                .andExpect(jsonPath("$.validUntil").value("2031-10-11"));
        mvc.perform(get("/api/v1/certificates/{n}", "SCJG-1999-000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNKNOWN"));
    }

    @Test
    void anyone_verifies_the_full_content_and_an_altered_one_is_forged() throws Exception {
        Certificate certificate = issue();
        CertificateContent c = certificate.content();
        mvc.perform(post("/api/v1/certificates/verification").contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, certificate.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"));

        CertificateContent extended = new CertificateContent(c.number(), c.type(), c.holderName(), c.holderIdentifier(),
                c.holderLegalPerson(), c.department(), c.issuedOn(), LocalDate.of(2041, 10, 11), c.conditions());
        mvc.perform(post("/api/v1/certificates/verification").contentType(MediaType.APPLICATION_JSON)
                        .content(body(extended, certificate.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FORGED"))
                .andExpect(jsonPath("$.holder").doesNotExist());

        mvc.perform(post("/api/v1/certificates/verification").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"x\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_published_public_key_verifies_a_code_offline() throws Exception {
        Certificate certificate = issue();
        String answer = mvc.perform(get("/api/v1/certificates/public-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("Ed25519"))
                .andReturn().getResponse().getContentAsString();
        JsonNode key = json.readTree(answer);

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.get("key").asString()))));
        verifier.update(certificate.content().canonical().getBytes(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(verifier.verify(Base64.getUrlDecoder().decode(certificate.code())))
                .isTrue();
    }

    @Test
    void revoking_needs_a_login_and_an_official_of_the_issuing_department() throws Exception {
        Certificate certificate = issue();
        String reason = "{\"reason\":\"以欺骗手段取得许可，依法撤销\"}";
        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .with(user("clerk").roles("CLERK")).contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isForbidden());
        // an official, but of another department than the issuing one (SCJG)
        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .with(user("swj-reviewer").roles("REVIEWER")).contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("certificate-revocation-issuer-only"))
                .andExpect(jsonPath("$.detail").value("只有发证部门 SCJG 的审查人员或首席代表可以撤销证照。"));
        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/certificates/{n}", certificate.number()))
                .andExpect(jsonPath("$.status").value("VALID"));

        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE")).contentType(MediaType.APPLICATION_JSON)
                        .content(reason))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revocationReason").value("以欺骗手段取得许可，依法撤销"))
                .andExpect(jsonPath("$.revokedOn").value("2026-10-19"));

        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE")).contentType(MediaType.APPLICATION_JSON)
                        .content(reason))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("certificate-already-revoked"));
        mvc.perform(post("/api/v1/certificates/{n}/revocation", "SCJG-1999-000000")
                        .with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE")).contentType(MediaType.APPLICATION_JSON)
                        .content(reason))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/certificates/{n}/revocation", certificate.number())
                        .with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_pdf_is_for_staff_and_carries_the_certificate() throws Exception {
        Certificate certificate = issue();
        mvc.perform(get("/api/v1/certificates/{n}/pdf", certificate.number()))
                .andExpect(status().isUnauthorized());
        byte[] pdf = mvc.perform(get("/api/v1/certificates/{n}/pdf", certificate.number())
                        .with(user("clerk").roles("CLERK")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_public_page_says_in_big_words_what_the_certificate_is() throws Exception {
        Certificate certificate = issue();
        mvc.perform(get("/certificates/verify").param("number", certificate.number()).param("code", certificate.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("verdict-VALID")))
                .andExpect(content().string(containsString(">有效<")))
                .andExpect(content().string(containsString("示例市云帆科技有限公司")));
        mvc.perform(get("/certificates/verify").param("number", certificate.number()).param("code", "forged-code"))
                .andExpect(content().string(containsString("伪造或被篡改")))
                .andExpect(content().string(not(containsString("示例市云帆科技有限公司"))));
        mvc.perform(get("/certificates/verify").param("data", CertificateVerifier.qrData(certificate)))
                .andExpect(content().string(containsString("verdict-VALID")));
        mvc.perform(get("/certificates/verify").param("number", "SCJG-1999-000000").param("lang", "en"))
                .andExpect(content().string(containsString("Not found")));
        mvc.perform(get("/certificates/verify"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("certificate-verdict"))));
    }
}
