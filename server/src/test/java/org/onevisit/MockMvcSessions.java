package org.onevisit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * MockMvc tests hand a session from one request to the next as a {@code MockHttpSession}
 * ({@code .session(result.getRequest().getSession())}), where a browser sends the session cookie. The sessions are
 * kept in the database by Spring Session (docs/adr/0050), which finds a session by its cookie only; this finds it by
 * the id noted in the mock session as well, so those tests go through the real session store, serialization and
 * encryption included. Requests over real HTTP (browser tests, random ports) carry no mock session and use the cookie
 * alone, exactly as in production.
 */
@Component
class MockMvcSessions implements BeanPostProcessor {

    /** Where the id of the stored session is noted in the mock session. */
    static final String STORED_ID = MockMvcSessions.class.getName() + ".id";

    private final BeanFactory beans;

    MockMvcSessions(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SessionRepositoryFilter<?> filter) {
            CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
            cookies.setCookieSerializer(beans.getBean(CookieSerializer.class));
            filter.setHttpSessionIdResolver(new ByMockSessionToo(cookies));
        }
        return bean;
    }

    private record ByMockSessionToo(HttpSessionIdResolver cookies) implements HttpSessionIdResolver {

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            List<String> ids = new ArrayList<>();
            HttpSession mock = mockSession(request, false);
            if (mock != null && mock.getAttribute(STORED_ID) instanceof String id) {
                ids.add(id);
            }
            ids.addAll(cookies.resolveSessionIds(request));
            return ids;
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            HttpSession mock = mockSession(request, true);
            if (mock != null) {
                mock.setAttribute(STORED_ID, sessionId);
            }
            cookies.setSessionId(request, response, sessionId);
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            HttpSession mock = mockSession(request, false);
            if (mock != null) {
                mock.removeAttribute(STORED_ID);
            }
            cookies.expireSession(request, response);
        }

        /** The MockMvc request's own session (beneath Spring Session's wrapper), or null over real HTTP. */
        private static HttpSession mockSession(HttpServletRequest request, boolean create) {
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            return mock == null ? null : mock.getSession(create);
        }
    }
}
