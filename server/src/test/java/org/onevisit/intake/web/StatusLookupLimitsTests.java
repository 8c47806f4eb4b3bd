package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.ShippedRateLimits;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.Intake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing the four phone digits that open a case's public status, against the limits as shipped: thirty lookups per
 * address at once and thirty a minute after that, and a case number locked for fifteen minutes by its fifth wrong
 * answer, whoever gives it. The movable clock stands for waiting.
 */
@ShippedRateLimits
class StatusLookupLimitsTests {

    /** The applicant's phone ends in 0049: fifty guesses from 0000 find it when nothing stops them. */
    private static final String PHONE = "13912340049";
    private static final String RIGHT = "0049";

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CatalogEditing editing;

    String number;

    @BeforeEach
    void a_case_was_received() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-19");
        WorkbenchPagesTests.load(editing);
        number = intake.submit(aCase().of(WorkbenchPagesTests.ITEM).withIdempotencyKey(WorkbenchPagesTests.key())
                .withApplicant(aPerson().identifiedBy(WorkbenchPagesTests.anIdNumber()).named("张小明").withPhone(PHONE))
                .providing("M1").build(), "clerk").number().value();
    }

    @Test
    void guessing_the_digits_in_order_from_one_address_never_reaches_the_right_ones() throws Exception {
        String address = anAddress();
        List<Integer> answers = new ArrayList<>();
        for (int guess = 0; guess <= 49; guess++) {
            answers.add(lookUp(String.format("%04d", guess), address).andReturn().getResponse().getStatus());
        }

        assertThat(answers.get(49)).as("the right digits, at the fiftieth guess").isEqualTo(429);
        assertThat(answers).doesNotContain(200);
        assertThat(answers.stream().filter(answer -> answer == 404)).hasSize(5);
    }

    @Test
    void five_wrong_answers_from_anywhere_lock_the_number_even_against_the_right_digits_until_the_lock_ends()
            throws Exception {
        for (int guess = 0; guess < 5; guess++) {
            lookUp(String.format("%04d", guess), anAddress()).andExpect(status().isNotFound());
        }

        lookUp(RIGHT, anAddress()).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.code").value("status-case-locked"))
                .andExpect(jsonPath("$.retryAfter").value(900));
        MovableClock.CLOCK.advance(Duration.ofSeconds(899));
        lookUp(RIGHT, anAddress()).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
        MovableClock.CLOCK.advance(Duration.ofSeconds(1));
        lookUp(RIGHT, anAddress()).andExpect(status().isOk()).andExpect(jsonPath("$.number").value(number));
    }

    @Test
    void one_address_may_look_up_thirty_times_at_once_then_once_every_two_seconds() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 30; i++) {
            lookUpNumber("330999-20261019-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000), address)
                    .andExpect(status().isNotFound());
        }

        lookUpNumber("330999-20261019-99999", address).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.code").value("status-lookups-limited"));
        lookUp(RIGHT, anAddress()).andExpect(status().isOk());
        MovableClock.CLOCK.advance(Duration.ofSeconds(2));
        lookUp(RIGHT, address).andExpect(status().isOk());
        lookUp(RIGHT, address).andExpect(status().isTooManyRequests());
    }

    @Test
    void of_a_thousand_wrong_guesses_in_a_minute_at_one_case_five_are_answered() throws Exception {
        String address = anAddress();

        int answered = 0;
        for (int guess = 1_000; guess < 2_000; guess++) {
            if (lookUp(String.valueOf(guess), address).andReturn().getResponse().getStatus() != 429) {
                answered++;
            }
            MovableClock.CLOCK.advance(Duration.ofMillis(60));
        }

        assertThat(answered).isEqualTo(5);
    }

    @Test
    void of_two_hundred_lookups_of_made_up_numbers_in_a_minute_from_one_address_fifty_nine_are_answered()
            throws Exception {
        String address = anAddress();

        int answered = 0;
        for (int i = 0; i < 200; i++) {
            if (lookUpNumber("330999-20261019-9" + String.format("%04d", i), address).andReturn().getResponse()
                    .getStatus() != 429) {
                answered++;
            }
            MovableClock.CLOCK.advance(Duration.ofMillis(300));
        }

        // 30 at once, then one every 2 s: at 2 s, 4 s … 58 s
        assertThat(answered).isEqualTo(59);
    }

    @Test
    void the_api_refuses_in_the_callers_language() throws Exception {
        lockTheNumber();

        mvc.perform(get("/api/v1/public/cases/{number}", number).param("phoneLastFour", RIGHT).with(from(anAddress()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.title").value("Too many attempts"))
                .andExpect(jsonPath("$.detail").value("Too many wrong answers for this case number: its lookups are "
                        + "refused for now. Please try again in 900 s."));
    }

    @Test
    void the_status_page_says_when_to_try_again() throws Exception {
        lockTheNumber();
        // locked at 09:00 for fifteen minutes

        mvc.perform(post("/status").param("caseNumber", number).param("lastFour", RIGHT).with(csrf()).with(from(anAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(content().string(containsString("该办件编号的查询错误次数过多，暂时不能查询，请于09:15以后再试。")))
                .andExpect(content().string(not(containsString("张**"))));
        mvc.perform(post("/status").param("lang", "en").param("caseNumber", number).param("lastFour", RIGHT).with(csrf())
                        .with(from(anAddress())))
                .andExpect(content().string(containsString("Please try again after 09:15.")));
    }

    private void lockTheNumber() throws Exception {
        for (int guess = 0; guess < 5; guess++) {
            lookUp(String.format("%04d", guess), anAddress()).andExpect(status().isNotFound());
        }
    }

    private ResultActions lookUp(String digits, String address) throws Exception {
        return mvc.perform(get("/api/v1/public/cases/{number}", number).param("phoneLastFour", digits).with(from(address)));
    }

    private ResultActions lookUpNumber(String caseNumber, String address) throws Exception {
        return mvc.perform(get("/api/v1/public/cases/{number}", caseNumber).param("phoneLastFour", "1234")
                .with(from(address)));
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
