package org.onevisit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A story of the reform told end to end through the HTTP API, as the counter's, the departments' and the portal's
 * systems use it ({@link StoryApi}): the whole application on the {@link MovableClock}, with carrier callbacks
 * signed by {@link StoryApi#CALLBACK_SECRET}. Every story shares this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "onevisit.delivery.callback-secret=" + StoryApi.CALLBACK_SECRET)
@AutoConfigureMockMvc
@Import({MovableClock.class, StoryApi.class})
public @interface StoryTest {
}
