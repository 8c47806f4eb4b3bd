package org.onevisit.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicantRegistrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_person_registers_with_a_valid_id_number_and_sees_it_masked() throws Exception {
        String id = TestIdentities.aResidentIdNumber();

        registerPerson(id, "13912345678")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("NATURAL_PERSON"))
                .andExpect(jsonPath("$.displayedIdentifier").value(id.substring(0, 6) + "********" + id.substring(14)))
                .andExpect(jsonPath("$.maskedPhone").value("139****5678"))
                .andExpect(content().string(not(containsString(id))));
    }

    @Test
    void a_company_registers_with_its_credit_code_and_legal_representative() throws Exception {
        String code = TestIdentities.aCreditCode();

        mvc.perform(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"LEGAL_PERSON","creditCode":"%s","name":"测试有限公司","legalRepresentative":"王五",
                 "phone":"13912345678","password":"secret-123"}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.displayedIdentifier").value(code))
                .andExpect(jsonPath("$.legalRepresentative").value("王五"));
    }

    @Test
    void registering_the_same_id_number_twice_is_a_conflict() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        registerPerson(id, "13912345678").andExpect(status().isCreated());

        registerPerson(id.toLowerCase(), "13987654321")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("applicant-already-registered"))
                .andExpect(jsonPath("$.field").value("idNumber"));
    }

    @Test
    void a_wrong_check_character_is_a_400_naming_the_field_and_the_expected_character() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        char wrong = id.charAt(17) == '0' ? '1' : '0';

        registerPerson(id.substring(0, 17) + wrong, "13912345678")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("resident-id-check"))
                .andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.detail").value(containsString("应为“" + id.charAt(17) + "”")));
    }

    @Test
    void the_problem_speaks_english_when_asked() throws Exception {
        mvc.perform(post("/api/v1/applicants").param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"NATURAL_PERSON","idNumber":"1101051949","name":"Test","phone":"13912345678","password":"secret-123"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("resident-id-length"))
                .andExpect(jsonPath("$.detail").value("A resident ID number has 18 characters; you typed 10."));
    }

    @Test
    void a_credit_code_with_a_wrong_organisation_check_is_a_400_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"LEGAL_PERSON","creditCode":"91350100M000100Y53","name":"测试","legalRepresentative":"王五",
                 "phone":"13912345678","password":"secret-123"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("credit-code-organisation-check"))
                .andExpect(jsonPath("$.field").value("creditCode"));
    }

    @Test
    void a_legal_person_without_a_legal_representative_is_refused() throws Exception {
        mvc.perform(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"LEGAL_PERSON","creditCode":"%s","name":"测试","phone":"13912345678","password":"secret-123"}"""
                .formatted(TestIdentities.aCreditCode())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("applicant-legal-representative-missing"))
                .andExpect(jsonPath("$.field").value("legalRepresentative"));
    }

    @Test
    void a_landline_is_refused_as_phone_number() throws Exception {
        registerPerson(TestIdentities.aResidentIdNumber(), "057188888888")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("phone-invalid"))
                .andExpect(jsonPath("$.field").value("phone"));
    }

    @Test
    void the_registration_page_shows_every_specific_problem_next_to_its_field_at_once() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("kind", "NATURAL_PERSON").param("idNumber", "11010519491231002Y")
                        .param("name", "测试").param("phone", "123")
                        .param("password", "short").param("passwordAgain", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公民身份号码第18位“Y”无效")))
                .andExpect(content().string(containsString("请输入11位中国大陆手机号码")))
                .andExpect(content().string(containsString("密码长度须为8至72个字符")));
    }

    @Test
    void the_registration_page_registers_and_sends_to_the_login() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("kind", "LEGAL_PERSON")
                        .param("creditCode", TestIdentities.aCreditCode()).param("legalRepresentative", "王五")
                        .param("name", "测试有限公司").param("phone", "13912345678")
                        .param("password", "secret-123").param("passwordAgain", "secret-123"))
                .andExpect(redirectedUrl("/login?registered"));
    }

    @Test
    void the_registration_page_renders_in_both_kinds() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公民身份号码")));
        mvc.perform(get("/register").param("kind", "LEGAL_PERSON").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unified social credit code")));
    }

    @Test
    void the_most_common_passwords_are_refused_naming_the_rule_and_the_field() throws Exception {
        for (String common : new String[] {"12345678", "password", "Password1", "woaini1314", "Qq123456"}) {
            registerPerson(TestIdentities.aResidentIdNumber(), "13912345678", common)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("password-too-common"))
                    .andExpect(jsonPath("$.field").value("password"));
        }
    }

    @Test
    void the_applicants_own_id_number_is_refused_as_password() throws Exception {
        String id = TestIdentities.aResidentIdNumber();

        registerPerson(id, "13912345678", id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-personal"))
                .andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.detail").value(containsString("证件号码")));
        registerPerson(id, "13912345678", "Ab-" + id.toLowerCase())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-personal"));
    }

    @Test
    void a_password_of_fewer_than_three_kinds_of_character_is_refused_in_english_when_asked() throws Exception {
        mvc.perform(post("/api/v1/applicants").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"kind":"NATURAL_PERSON","idNumber":"%s","name":"Test","phone":"13912345678","password":"zhangsanfeng88"}"""
                                .formatted(TestIdentities.aResidentIdNumber())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-too-simple"))
                .andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.detail").value(containsString("3 of these 4")));
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_a_400_not_a_server_error() throws Exception {
        registerPerson(TestIdentities.aResidentIdNumber(), "13912345678", "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏Ab1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-too-long"))
                .andExpect(jsonPath("$.field").value("password"));
    }

    @Test
    void the_registration_page_shows_the_password_rule_that_failed_next_to_the_field() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        mvc.perform(post("/register").with(csrf()).param("kind", "NATURAL_PERSON").param("idNumber", id)
                        .param("name", "测试").param("phone", "13912345678")
                        .param("password", id).param("passwordAgain", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不能包含")));
        mvc.perform(post("/register").with(csrf()).param("kind", "NATURAL_PERSON").param("idNumber", id)
                        .param("name", "测试").param("phone", "13912345678")
                        .param("password", "12345678").param("passwordAgain", "12345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最常见的密码")));
    }

    private ResultActions registerPerson(String id, String phone) throws Exception {
        return registerPerson(id, phone, "secret-123");
    }

    private ResultActions registerPerson(String id, String phone, String password) throws Exception {
        return mvc.perform(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"NATURAL_PERSON","idNumber":"%s","name":"测试人","phone":"%s","password":"%s"}"""
                .formatted(id, phone, password)));
    }
}
