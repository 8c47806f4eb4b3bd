package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One address for each file of a case (ADR 0028): the counter, the review page, the portal and the API all open a
 * material's file at {@code /api/v1/cases/{n}/materials/{key}/files/{id}}, shown in the page only as what its bytes
 * are, downloaded otherwise, to staff and to the applicant whose case it is; anything else is not found, as a problem
 * for a program and as the error page for a person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseFileApiTests {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String DEMO_APPLICANT = "330999199003071233";
    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CatalogEditing editing;

    @Autowired
    MaterialFiles files;

    @Autowired
    CaseSupplements supplements;

    @Autowired
    ApplicantAccounts applicants;

    @Value("${onevisit.data-dir}")
    Path dataDir;

    @BeforeEach
    void an_item_of_its_own_is_in_the_catalog() throws Exception {
        WorkbenchPagesTests.load(editing);
    }

    @Test
    void a_pdf_opens_in_the_page_framed_by_the_centre_only_and_downloads_under_its_own_name() throws Exception {
        String number = counterCase(TestIdentities.aResidentIdNumber());
        String id = handIn(number, "营业执照 副本.pdf", PDF);

        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", number, id).with(CLERK)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", allOf(startsWith("inline"),
                        containsString("UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC.pdf"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'self'"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", number, id).with(CLERK).param("download", "true"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void a_png_whose_bytes_turned_into_a_page_is_only_downloaded_never_shown() throws Exception {
        String number = counterCase(TestIdentities.aResidentIdNumber());
        String id = handIn(number, "照片.png", PNG);
        Path stored;
        try (Stream<Path> all = Files.walk(dataDir.resolve("files"))) {
            stored = all.filter(p -> p.getFileName().toString().equals(id)).findFirst().orElseThrow();
        }
        Files.write(stored, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));

        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", number, id).with(CLERK)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/staff/counter/cases/{n}", number).with(CLERK).param("view", id))
                .andExpect(content().string(allOf(containsString("不能在页面中显示"),
                        org.hamcrest.Matchers.not(containsString("<img class=\"viewer-image\"")))));
    }

    @Test
    void a_file_of_another_case_or_material_is_not_found_as_a_problem_or_a_page_in_the_persons_language() throws Exception {
        String number = counterCase(TestIdentities.aResidentIdNumber());
        String id = handIn(number, "申请表.png", PNG);
        String other = counterCase(TestIdentities.aResidentIdNumber());

        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", other, id).with(CLERK).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("intake-file-not-found"))
                .andExpect(jsonPath("$.detail").value("Material \"M1\" has no such file, or you may not see it."));
        mvc.perform(get("/api/v1/cases/{n}/materials/M2/files/{f}", number, id).with(CLERK).header("Accept", "text/html,*/*;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("材料“M2”下没有这个文件")));
        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", other, id).with(CLERK).param("lang", "en")
                        .header("Accept", "text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("has no such file")));
    }

    @Test
    void the_applicant_opens_with_the_pages_session_the_files_of_a_counter_case_of_their_verified_identity() throws Exception {
        String number = counterCase(DEMO_APPLICANT);
        String id = handIn(number, "身份证.png", PNG);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(DEMO_APPLICANT)
                .password("demo1234")).andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();

        mvc.perform(get("/portal/cases/{n}", number).session(session))
                .andExpect(content().string(containsString("/api/v1/cases/" + number + "/materials/M1/files/" + id)));
        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", number, id).session(session))
                .andExpect(status().isOk()).andExpect(content().bytes(PNG))
                .andExpect(header().string("Content-Type", "image/png"));
        String stranger = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON,
                TestIdentities.aResidentIdNumber(), "旁人", "13800135670", null, "case-file-stranger-1")).principal();
        mvc.perform(get("/api/v1/cases/{n}/materials/M1/files/{f}", number, id)
                        .with(user(stranger).roles("APPLICANT")))
                .andExpect(status().isNotFound());
    }

    private String counterCase(String idNumber) {
        return intake.submit(aCase().of(WorkbenchPagesTests.ITEM).withApplicant(aPerson().identifiedBy(idNumber)).build(),
                "clerk").number().value();
    }

    private String handIn(String number, String name, byte[] bytes) {
        String id = files.store(name, new ByteArrayInputStream(bytes), "clerk").id().toString();
        supplements.supplement(number, "M1", id, new Act("clerk", Channel.COUNTER, null));
        assertThat(intake.find(number).materials().get(0).files()).contains(id);
        return id;
    }
}
