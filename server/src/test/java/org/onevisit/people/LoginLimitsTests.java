package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.ShippedRateLimits;
import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing meets the login limits as shipped: three failures answered at once, then waits of 1, 1, 2, 4, 8,
 * 16 and 32 seconds, a fifteen-minute lock at the tenth failure — against the right password too — and fifty failures
 * per address across accounts. Time is the movable clock's: the tests move it instead of waiting.
 */
@ShippedRateLimits
class LoginLimitsTests {

    private static final String PASSWORD = "Right-Pass-2026";

    @Autowired
    AccountPasswords passwords;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts staff;

    @Autowired
    AuditTrail trail;

    String username;
    String address;

    @BeforeEach
    void a_clerk_of_their_own_at_an_address_of_their_own() {
        MovableClock.CLOCK.setDay("2026-10-19");
        username = TestIdentities.aUsername("lim");
        staff.open(new NewStaffMember(username, "限流测试", null, Set.of(StaffRole.CLERK), "Opened-Pass-2026"));
        // the password an administrator gave is changed at the first login, so the account may use the API
        passwords.change(username, "Opened-Pass-2026", PASSWORD);
        address = anAddress();
    }

    @Test
    void the_right_password_no_longer_works_after_300_failures() throws Exception {
        for (int i = 0; i < 300; i++) {
            int answer = api(username, "wrong-" + i, address).andReturn().getResponse().getStatus();
            assertThat(answer).isIn(401, 429);
        }

        api(username, PASSWORD, address).andExpect(status().isTooManyRequests());
    }

    @Test
    void each_further_failure_waits_longer_and_the_tenth_locks_the_account_for_fifteen_minutes() throws Exception {
        for (int failure = 1; failure <= 3; failure++) {
            api(username, "wrong", address).andExpect(status().isUnauthorized());
        }
        List<Long> waits = new ArrayList<>();
        for (int failure = 4; failure <= 10; failure++) {
            MvcResult tooSoon = api(username, "wrong", address).andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.code").value("login-delayed")).andReturn();
            long wait = Long.parseLong(tooSoon.getResponse().getHeader("Retry-After"));
            waits.add(wait);
            MovableClock.CLOCK.advance(Duration.ofSeconds(wait));
            if (failure < 10) {
                api(username, "wrong", address).andExpect(status().isUnauthorized());
            }
        }

        assertThat(waits).containsExactly(1L, 1L, 2L, 4L, 8L, 16L, 32L);
        api(username, "wrong", address).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.code").value("login-locked"));
        api(username, "wrong", address).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.code").value("login-locked"));
    }

    @Test
    void while_locked_even_the_right_password_is_refused_and_after_the_lock_it_works() throws Exception {
        failUntilLocked(username, address);

        api(username, PASSWORD, address).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"));
        MovableClock.CLOCK.advance(Duration.ofSeconds(899));
        api(username, PASSWORD, anAddress()).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
        MovableClock.CLOCK.advance(Duration.ofSeconds(1));
        api(username, PASSWORD, address).andExpect(status().isOk());
    }

    @Test
    void of_a_thousand_wrong_passwords_in_a_minute_for_one_account_nine_are_checked() throws Exception {
        int checked = 0;
        for (int i = 0; i < 1_000; i++) {
            if (api(username, "wrong-" + i, address).andReturn().getResponse().getStatus() == 401) {
                checked++;
            }
            MovableClock.CLOCK.advance(Duration.ofMillis(60));
        }

        // at 0, 0, 0, 1, 2, 4, 8, 16 and 32 s; the tenth would be due at 64 s
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void a_successful_login_forgets_the_failures() throws Exception {
        for (int i = 0; i < 3; i++) {
            api(username, "wrong", address).andExpect(status().isUnauthorized());
        }
        MovableClock.CLOCK.advance(Duration.ofSeconds(1));
        api(username, PASSWORD, address).andExpect(status().isOk());

        for (int i = 0; i < 3; i++) {
            api(username, "wrong", address).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void an_unknown_login_is_limited_exactly_like_an_account() throws Exception {
        String nobody = TestIdentities.aUsername("nobody");

        List<Integer> known = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            known.add(api(username, "wrong", address).andReturn().getResponse().getStatus());
            unknown.add(api(nobody, "wrong", address).andReturn().getResponse().getStatus());
        }

        assertThat(known).containsExactly(401, 401, 401, 429, 429);
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void the_id_number_and_the_mobile_number_of_one_person_count_as_one_account() throws Exception {
        for (int i = 0; i < 3; i++) {
            api(DemoPeople.PERSON_ID_NUMBER, "wrong", address).andExpect(status().isUnauthorized());
        }

        api(DemoPeople.PERSON_PHONE, DemoPeople.PASSWORD, anAddress()).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("login-delayed"));
        MovableClock.CLOCK.advance(Duration.ofSeconds(1));
        api(DemoPeople.PERSON_PHONE, DemoPeople.PASSWORD, anAddress()).andExpect(status().isOk());
    }

    @Test
    void one_address_may_fail_fifty_times_across_accounts_then_no_login_from_it_is_taken() throws Exception {
        for (int i = 1; i < 50; i++) {
            api(TestIdentities.aUsername("spray"), "Summer2026!", address).andExpect(status().isUnauthorized());
        }
        api(TestIdentities.aUsername("spray"), "Summer2026!", address).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("login-address-locked"))
                .andExpect(header().string("Retry-After", "900"));

        api(username, PASSWORD, address).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("login-address-locked"));
        api(username, PASSWORD, anAddress()).andExpect(status().isOk());
        assertThat(trail.history("login-address", address)).extracting(AuditRecord::action).containsExactly("lock");
    }

    @Test
    void a_lock_is_in_the_audit_trail_with_its_end_and_an_id_number_masked() throws Exception {
        failUntilLocked(username, address);
        String idNumber = TestIdentities.aResidentIdNumber();
        failUntilLocked(idNumber, anAddress());

        AuditRecord staffLock = trail.history("login", username).get(0);
        assertThat(staffLock.action()).isEqualTo("lock");
        assertThat(staffLock.after()).containsEntry("ip", address).containsEntry("login", username)
                .containsKey("lockedUntil");
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        AuditRecord idLock = trail.history("login", masked).get(0);
        assertThat(idLock.after()).containsEntry("login", masked);
        assertThat(idLock.after().toString()).doesNotContain(idNumber);
        assertThat(trail.recent(0, 50)).allSatisfy(entry -> assertThat(entry.subjectId()).isNotEqualTo(idNumber));
    }

    @Test
    void the_api_answers_a_locked_login_with_a_problem_in_the_callers_language() throws Exception {
        failUntilLocked(username, address);

        mvc.perform(get("/api/v1/calendar/years").with(httpBasic(username, PASSWORD)).with(from(address))
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.title").value("Too many attempts"))
                .andExpect(jsonPath("$.detail").value(
                        "Too many failed logins: this account is locked for now. Try again in 900 s."))
                .andExpect(jsonPath("$.retryAfter").value(900));
    }

    @Test
    void the_login_page_says_the_account_is_locked_and_when_to_try_again() throws Exception {
        failUntilLocked(username, address);
        // locked at 09:01:04 (after waits of 64 s in all) for fifteen minutes: until 09:16:04, told as 09:17

        MvcResult refused = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                        .with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();

        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录失败次数过多，该账号已暂时锁定，请于09:17以后再试。")))
                .andExpect(content().string(not(containsString("账号或密码不正确"))));
        mvc.perform(get("/login").param("error", "").param("lang", "en").session(session))
                .andExpect(content().string(containsString(
                        "Too many failed logins: this account is locked for now. Please try again after 09:17.")));
    }

    @Test
    void a_short_wait_is_told_in_seconds_on_the_login_page() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf())
                    .with(from(address))).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult delayed = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf()).with(from(address))).andExpect(redirectedUrl("/login?error")).andReturn();

        mvc.perform(get("/login").param("error", "").session((MockHttpSession) delayed.getRequest().getSession()))
                .andExpect(content().string(containsString("登录失败次数较多，请于1秒后再试。")));
    }

    /** Fails as fast as the limits allow, moving the clock over each wait, until the account is locked. */
    private void failUntilLocked(String login, String from) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            MvcResult answer = api(login, "wrong", from).andReturn();
            if (answer.getResponse().getStatus() == 429) {
                if ("900".equals(answer.getResponse().getHeader("Retry-After"))) {
                    return;
                }
                MovableClock.CLOCK.advance(Duration.ofSeconds(Long.parseLong(answer.getResponse().getHeader("Retry-After"))));
            }
        }
        throw new AssertionError("not locked after 100 attempts");
    }

    private org.springframework.test.web.servlet.ResultActions api(String login, String password, String from)
            throws Exception {
        return mvc.perform(get("/api/v1/calendar/years").with(httpBasic(login, password)).with(from(from)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
