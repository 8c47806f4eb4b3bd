package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

/** Granting, querying and revoking delegations, far enough in the future not to depend on today. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
class DelegationRegisterTests {

    private static final LocalDate FROM = LocalDate.of(2090, 1, 1);
    private static final LocalDate TO = LocalDate.of(2090, 12, 31);

    @Autowired
    DelegationRegister register;

    @Autowired
    StaffAccounts staff;

    @Autowired
    MockMvc mvc;

    @Test
    void the_query_honours_the_period_of_the_delegation_and_the_item() {
        String chief = aChiefRepresentative();
        register.grant(chief, new DelegationGrant("XK-TEST-001", FROM, TO), "admin");

        assertThat(register.isDelegated(chief, "XK-TEST-001", FROM.minusDays(1))).isFalse();
        assertThat(register.isDelegated(chief, "XK-TEST-001", FROM)).isTrue();
        assertThat(register.isDelegated(chief, "XK-TEST-001", TO)).isTrue();
        assertThat(register.isDelegated(chief, "XK-TEST-001", TO.plusDays(1))).isFalse();
        assertThat(register.isDelegated(chief, "XK-TEST-002", FROM)).isFalse();
        assertThat(register.isDelegated("clerk", "XK-TEST-001", FROM)).isFalse();
    }

    @Test
    void a_revoked_delegation_no_longer_counts_and_stays_in_the_history_with_its_reason() {
        String chief = aChiefRepresentative();
        Delegation granted = register.grant(chief, new DelegationGrant("XK-TEST-001", FROM, TO), "admin");

        register.revoke(granted.id(), "岗位调整", "admin");

        assertThat(register.isDelegated(chief, "XK-TEST-001", FROM)).isFalse();
        assertThat(register.history(chief)).singleElement().satisfies(d -> {
            assertThat(d.revocation()).isNotNull();
            assertThat(d.revocation().reason()).isEqualTo("岗位调整");
            assertThat(d.grantedBy()).isEqualTo("admin");
        });
        assertThatThrownBy(() -> register.revoke(granted.id(), "again", "admin"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation-already-revoked"));
    }

    @Test
    void after_a_revocation_the_item_may_be_granted_again_as_a_new_entry() {
        String chief = aChiefRepresentative();
        Delegation first = register.grant(chief, new DelegationGrant("XK-TEST-001", FROM, TO), "admin");
        assertThatThrownBy(() -> register.grant(chief, new DelegationGrant("XK-TEST-001", TO, null), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("delegation-overlaps"));

        register.revoke(first.id(), "期间调整", "admin");
        register.grant(chief, new DelegationGrant("XK-TEST-001", TO, null), "admin");

        assertThat(register.history(chief)).hasSize(2);
        assertThat(register.isDelegated(chief, "XK-TEST-001", TO)).isTrue();
    }

    @Test
    void the_demo_chief_representatives_hold_their_delegations() {
        assertThat(register.isDelegated("scjg-chief", "XK-SCJG-001", LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(register.isDelegated("scjg-chief", "XK-SCJG-002", LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(register.isDelegated("bdc-chief", "QR-BDC-001", LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(register.isDelegated("bdc-chief", "XK-SCJG-001", LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void an_administrator_grants_and_revokes_through_the_api_and_others_may_not() throws Exception {
        String chief = aChiefRepresentative();
        String grant = """
                {"itemCode":"xk-test-009","validFrom":"2090-01-01","validTo":"2090-06-30"}""";
        mvc.perform(post("/api/v1/staff/{u}/delegations", chief).with(httpBasic("clerk", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(grant))
                .andExpect(status().isForbidden());

        String body = mvc.perform(post("/api/v1/staff/{u}/delegations", chief).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(grant))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemCode").value("XK-TEST-009"))
                .andExpect(jsonPath("$.grantedBy").value("admin"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/staff/{u}/delegations/check", chief).param("item", "XK-TEST-009")
                        .param("date", "2090-03-01").with(httpBasic("supervisor", DemoPeople.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegated").value(true));

        mvc.perform(post("/api/v1/delegations/{id}/revocation", id).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"离岗\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revocation.by").value("admin"));

        mvc.perform(get("/api/v1/staff/{u}/delegations", chief).with(httpBasic("admin", DemoPeople.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].revocation.reason").value("离岗"));
    }

    @Test
    void a_back_dated_grant_is_refused_with_422() throws Exception {
        mvc.perform(post("/api/v1/staff/{u}/delegations", aChiefRepresentative())
                        .with(httpBasic("admin", DemoPeople.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"XK-TEST-001\",\"validFrom\":\"2000-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("delegation-backdated"));
    }

    private String aChiefRepresentative() {
        String username = TestIdentities.aUsername("chief");
        staff.open(new NewStaffMember(username, "测试首席代表", "SCJG", Set.of(StaffRole.CHIEF_REPRESENTATIVE), "pass-word-1"));
        return username;
    }
}
