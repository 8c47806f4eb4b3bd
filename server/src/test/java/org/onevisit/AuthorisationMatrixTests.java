package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix: every operation of the API (from its OpenAPI document) and every page route (from Spring
 * MVC's handler mapping), tried by every kind of person, each answer checked against the table below. Each request
 * acts on a real object in the state the action needs (a case of the SCJG item, a review task, a certificate, a
 * meeting …, made by {@link MatrixRequests}), made afresh once an earlier person's request went through, so that
 * "OK" means the action passed authorisation and was carried out — never just a 400.
 * <p>
 * A new endpoint without a row fails the matrix, and so does a row without an endpoint, and every cell whose answer
 * differs from the table. Every answer is written to {@code target/authorisation-matrix.txt}.
 */
@SpringBootTest(properties = "onevisit.delivery.callback-secret=" + MatrixRequests.CALLBACK_SECRET)
@AutoConfigureMockMvc
class AuthorisationMatrixTests {

    /**
     * What each person gets. OK: the action passed authorisation and was carried out (a 2xx, or on a page a redirect
     * elsewhere than to the login); 401: not logged in (on a page: sent to the login); 403: refused; 404: not found,
     * exactly as if it did not exist.
     * <ul>
     * <li>anon: nobody logged in; applA: the applicant whose case it is; applB: another applicant;</li>
     * <li>clerk: a counter clerk; chief, revw: the chief representative and a reviewer of SCJG (市场监督管理局), the
     * department of the case's item;</li>
     * <li>coord, super, admin: the centre's coordinator, supervisor and administrator;</li>
     * <li>oChief, oRevw: the chief representative of BDC and a reviewer of SWJ, departments that take no part in the
     * case (a consultation on it asks SWJ, so SWJ's reviewer replies to it);</li>
     * <li>head: the principal head of SCJG (部门主要负责人, {@code scjg-head}), who leads its supervision group;</li>
     * <li>hotl: the 12345 hotline's account ({@code hotline-12345}), which refers complaints and reads its own.</li>
     * </ul>
     */
    static final String TABLE = """
            operation                                                             anon   applA  applB  clerk  chief  revw   coord  super  admin  oChief oRevw  head   hotl
            POST   /api/v1/account/password                                       401    OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/alerts                                                 401    403    403    403    OK     OK     403    OK     403    OK     OK     OK     403
            POST   /api/v1/alerts/{id}/acknowledgement                            401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/alerts/{id}/answer                                     401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/applicants                                             OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/applicants/me                                          401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /api/v1/applicants/identity-verifications                      401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/audit/checkpoints                                      401    403    403    403    403    403    403    OK     OK     403    403    403    403
            GET    /api/v1/audit/records                                          401    403    403    403    403    403    403    OK     OK     403    403    403    403
            GET    /api/v1/audit/verification                                     401    403    403    403    403    403    403    OK     OK     403    403    403    403
            GET    /api/v1/bad-credit                                             401    403    403    403    403    403    403    OK     OK     403    403    403    403
            POST   /api/v1/bad-credit                                             401    403    403    403    403    403    403    403    OK     403    403    403    403
            DELETE /api/v1/bad-credit/{identifier}                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/bundles                                                OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/bundles/{code}                                         OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/calendar/deadline                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/calendar/working-day                                   OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/calendar/working-days                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/calendar/years                                         OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/calendar/years                                         401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/calendar/years/{year}                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            PUT    /api/v1/calendar/years/{year}/days/{date}                      401    403    403    403    403    403    403    403    OK     403    403    403    403
            DELETE /api/v1/calendar/years/{year}/days/{date}                      401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/calendar/years/{year}/publication                      401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/cases                                                  401    OK     OK     OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}                                         401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /api/v1/cases/{number}/acceptance                              401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/consultations                           401    403    403    403    OK     OK     OK     OK     OK     OK     OK     403    403
            POST   /api/v1/cases/{number}/consultations                           401    403    403    403    OK     403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/deficiency-notice                       401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/delivery                                401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /api/v1/cases/{number}/delivery/express                        401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/delivery/pickup                         401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/delivery/pickup/confirmation            401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/delivery/release                        401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/documents/{kind}                        401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /api/v1/cases/{number}/materials/{key}/files/{id}              401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /api/v1/cases/{number}/items/{code}/decision                   401    403    403    403    OK     OK     403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/items/{code}/decision-document          401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     403    403
            POST   /api/v1/cases/{number}/items/{code}/decision-on-the-spot       401    403    403    403    OK     403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/materials/{key}                         401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/materials/{key}/files                   401    OK     404    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/meetings                                401    403    403    403    OK     OK     OK     OK     OK     OK     OK     403    403
            POST   /api/v1/cases/{number}/meetings                                401    403    403    403    403    403    OK     403    403    403    403    403    403
            POST   /api/v1/cases/{number}/pledge-acceptance                       401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/pre-check                               401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/receipt                                 401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/refusal                                 401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/reviews                                 401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     403    403
            POST   /api/v1/cases/{number}/termination                             401    403    403    403    OK     403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/withdrawal                              401    OK     404    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/withdrawal-after-acceptance             401    OK     404    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/casework/inbox                                         401    403    403    403    OK     OK     OK     OK     403    403    403    403    403
            GET    /api/v1/catalog/export                                         OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/catalog/import                                         401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/certificates/public-key                                OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/certificates/verification                              OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/certificates/verification                              OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/certificates/{number}                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/certificates/{number}/pdf                              401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /api/v1/certificates/{number}/revocation                       401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/consultations/{id}/replies                             401    403    403    403    403    403    403    403    403    403    OK     403    403
            POST   /api/v1/delegations/{id}/revocation                            401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/delivery/callbacks/{carrier}                           OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/departments                                            OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/intake/applicant-roles                                 OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/intake/form-fields                                     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/intake/materials                                       OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/items                                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/items                                                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/items/{code}                                           OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/items/{code}/retire                                    401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/items/{code}/versions                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/items/{code}/versions                                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/me/cases                                               401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /api/v1/meetings/{id}/attendance                               401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/meetings/{id}/closing                                  401    403    403    403    403    403    OK     403    403    403    403    403    403
            GET    /api/v1/meetings/{id}/minutes                                  401    403    403    403    OK     OK     OK     OK     OK     OK     OK     403    403
            GET    /api/v1/public/cases/{number}                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/reviews/kpis                                           401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /api/v1/reviews/overdue                                        401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /api/v1/reviews/owed-opinions                                  401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            POST   /api/v1/reviews/{id}/extension                                 401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/reviews/{id}/late-opinion                              401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/reviews/{id}/opinion                                   401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/reviews/{id}/resumption                                401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/reviews/{id}/suspension                                401    403    403    403    OK     OK     403    403    403    403    403    403    403
            GET    /api/v1/supervision/dashboard                                  401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /api/v1/staff                                                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/staff                                                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/staff/{username}                                       401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/staff/{username}/delegations                           401    403    403    403    OK     403    403    OK     OK     403    403    403    403
            POST   /api/v1/staff/{username}/delegations                           401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/staff/{username}/delegations/check                     401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /api/v1/staff/{username}/password                              401    403    403    403    403    403    403    403    OK     403    403    403    403
            PUT    /api/v1/staff/{username}/counter                               401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/staff/{username}/disable                               401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/staff/{username}/enable                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /                                                              OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /account/password                                              401    OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /account/password                                              401    OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /actuator/health                                               401    403    403    403    403    403    403    403    403    403    403    403    403
            GET    /actuator/health/**                                            OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /actuator/prometheus                                           401    403    403    403    403    403    403    403    403    403    403    403    403
            GET    /admin                                                         401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/bad-credit                                              401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/bad-credit                                              401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/calendar                                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/calendar/years                                          401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/calendar/{year}/days                                    401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/calendar/{year}/days/{date}/remove                      401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/calendar/{year}/publish                                 401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/catalog                                                 401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/catalog/import                                          401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/catalog/import                                          401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/catalog/items/new                                       401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/catalog/items/new                                       401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/catalog/items/{code}                                    401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/catalog/items/{code}                                    401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/catalog/items/{code}/retire                             401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/counters                                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/counters/new                                            401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/counters/new                                            401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/counters/{number}                                       401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/counters/{number}                                       401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/delegations                                             401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/delegations                                             401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/delegations/{id}/revocation                             401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/departments                                             401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/departments/new                                         401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/departments/new                                         401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/departments/{code}                                      401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/departments/{code}                                      401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/staff/new                                               401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/staff/new                                               401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/staff/{username}                                        401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/staff/{username}                                        401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/staff                                                   401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/staff/{username}/disable                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/staff/{username}/enable                                 401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/staff/{username}/counter                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /bundles                                                       OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /bundles/{code}                                                OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /calendar                                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /cases/{number}/documents/{kind}.pdf                           401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /catalog                                                       OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /catalog/items/{code}                                          OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /certificates/verify                                           OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /login                                                         OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /portal                                                        401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/cases                                                  401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /portal/cases                                                  401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/cases/new                                              401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/cases/{number}                                         401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /portal/cases/{number}/materials/{key}                         401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /portal/cases/{number}/withdraw                                401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /portal/cases/{number}/withdraw                                401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /register                                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /register                                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /staff                                                         401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /staff/counter                                                 401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/applicant-cases                                 401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/seat                                            401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/counter/cases/{number}                                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/accept                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/materials/{key}                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/notice                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/pledge                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/counter/cases/{number}/pre-check                        401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/pre-check                        401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/receive                          401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/cases/{number}/refuse                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/counter/missing                                         401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/counter/new                                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/new                                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/counter/open                                            401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/counter/search                                          401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/deliveries                                              401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /staff/deliveries/{number}/express                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/deliveries/{number}/handover                            401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/deliveries/{number}/pickup                              401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/deliveries/{number}/release                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/alerts                                                  401    403    403    403    OK     OK     403    OK     403    OK     OK     OK     403
            GET    /staff/identity-verifications                                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/alerts/{id}/acknowledgement                             401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/alerts/{id}/answer                                      401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/identity-verifications                                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/identity-verifications/lookup                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/meetings                                                401    403    403    403    403    403    OK     403    403    403    403    403    403
            POST   /staff/meetings                                                401    403    403    403    403    403    OK     403    403    403    403    403    403
            GET    /staff/meetings/{id}                                           401    403    403    403    403    403    OK     403    403    403    403    403    403
            POST   /staff/meetings/{id}/attendance                                401    403    403    403    403    403    OK     403    403    403    403    403    403
            POST   /staff/meetings/{id}/closing                                   401    403    403    403    403    403    OK     403    403    403    403    403    403
            GET    /staff/reviews                                                 401    403    403    403    OK     OK     OK     OK     403    403    403    403    403
            GET    /staff/reviews/cases/{number}                                  401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     403    403
            POST   /staff/reviews/cases/{number}/items/{code}/decision            401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/reviews/cases/{number}/items/{code}/decision-on-the-spot 401    403    403    403    OK     403    403    403    403    403    403    403    403
            POST   /staff/reviews/cases/{number}/tasks/{id}/extension             401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/reviews/cases/{number}/tasks/{id}/late-opinion          401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/reviews/cases/{number}/tasks/{id}/opinion               401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/reviews/cases/{number}/tasks/{id}/resumption            401    403    403    403    OK     OK     403    403    403    403    403    403    403
            GET    /status                                                        OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /status                                                        OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /supervision/audit                                             401    403    403    403    403    403    403    OK     OK     403    403    403    403
            GET    /api/v1/cases/{number}/certificates                            401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /api/v1/cases/{number}/corrections                             401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /api/v1/cases/{number}/corrections/{id}                        401    OK     404    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/cases/{number}/corrections/{id}/files/{fileId}         401    OK     404    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /api/v1/me/certificates                                        401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /api/v1/me/certificates/{number}/pdf                           401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /api/v1/me/messages                                            401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /portal/cases/{number}/corrections/{id}                        401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /portal/cases/{number}/decisions/{code}.pdf                    401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /portal/cases/{number}/certificates/{certificate}.pdf          401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /portal/certificates                                           401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/certificates/{number}.pdf                              401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /portal/messages                                               401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /oauth2/consent                                                401    OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/bad-ratings                                            401    403    403    403    OK     OK     OK     OK     OK     OK     OK     403    403
            GET    /api/v1/ratings                                                401    403    403    403    OK     OK     OK     OK     OK     OK     OK     403    403
            GET    /api/v1/counters                                               OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /api/v1/counters                                               401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/corrections                                            401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /api/v1/corrections/{id}                                       401    403    403    403    OK     403    403    OK     403    403    403    OK     403
            POST   /api/v1/corrections/{id}/corrective-decision                   401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /api/v1/corrections/{id}/hearing                               401    403    403    403    OK     403    403    OK     403    403    403    OK     403
            POST   /api/v1/corrections/{id}/excusal-proposal                      401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /api/v1/corrections/{id}/determination                         401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /api/v1/corrections/{id}/appeal                                401    403    403    403    OK     403    403    403    403    403    403    403    403
            POST   /api/v1/corrections/{id}/appeal-decision                       401    403    403    403    403    403    403    OK     403    403    403    OK     403
            GET    /supervision/corrections                                       401    403    403    403    403    403    403    OK     403    403    403    OK     403
            GET    /supervision/corrections/{id}                                  401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /supervision/corrections/{id}/corrective-decision              401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /supervision/corrections/{id}/hearing                          401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /supervision/corrections/{id}/excusal-proposal                 401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /supervision/corrections/{id}/determination                    401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /supervision/corrections/{id}/appeal-decision                  401    403    403    403    403    403    403    OK     403    403    403    OK     403
            GET    /staff/corrections                                             401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            POST   /staff/corrections/{id}/hearing                                401    403    403    403    OK     403    403    OK     403    403    403    OK     403
            POST   /staff/corrections/{id}/appeal                                 401    403    403    403    OK     403    403    403    403    403    403    403    403
            GET    /api/v1/assessment                                             401    403    403    403    403    403    OK     OK     OK     403    403    OK     403
            GET    /api/v1/assessment/officials                                   401    403    403    403    403    403    OK     OK     OK     403    403    OK     403
            GET    /api/v1/assessment/report                                      401    403    403    403    403    403    OK     OK     OK     403    403    OK     403
            GET    /evaluation/assessment                                         401    403    403    403    403    403    OK     OK     OK     403    403    OK     403
            GET    /api/v1/spot-checks                                            401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /api/v1/spot-checks/{id}                                       401    403    403    403    403    403    403    OK     403    403    403    OK     403
            GET    /api/v1/spot-checks/{id}/verification                          OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/supervision-groups                                     401    403    403    OK     OK     OK     OK     OK     OK     OK     OK     OK     403
            GET    /portal/cases/{number}/rating                                  401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /rate/{token}                                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /ratings                                                       OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /staff/bad-ratings                                             401    403    403    403    OK     OK     OK     OK     OK     OK     OK     403    403
            GET    /staff/counter/rating-pad                                      401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /supervision/alerts                                            401    403    403    403    403    403    403    OK     403    403    403    403    403
            GET    /supervision/dashboard                                         401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /supervision/dashboard/cases                                   401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /supervision/dashboard/reviews                                 401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /supervision/dashboard/stream                                  401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /supervision/groups                                            401    403    403    403    403    403    403    OK     OK     403    403    403    403
            GET    /supervision/spot-checks                                       401    403    403    403    403    403    403    OK     403    403    403    OK     403
            GET    /supervision/spot-checks/{id}                                  401    403    403    403    403    403    403    OK     403    403    403    OK     403
            GET    /supervision/wall                                              401    403    403    403    403    403    OK     OK     OK     403    403    403    403
            GET    /api/v1/complaints                                             401    OK     OK     403    OK     403    403    OK     403    OK     403    OK     OK
            GET    /api/v1/complaints/{number}                                    401    OK     404    403    OK     403    403    OK     403    403    403    OK     403
            GET    /portal/complaints                                             401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/complaints/new                                         401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/complaints/{number}                                    401    OK     404    403    403    403    403    403    403    403    403    403    403
            GET    /staff/complaints                                              401    403    403    403    OK     403    403    403    403    OK     403    OK     403
            GET    /staff/complaints/{number}                                     401    403    403    403    OK     403    403    403    403    403    403    OK     403
            GET    /staff/counter/complaints/new                                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /supervision/complaints                                        401    403    403    403    403    403    403    OK     403    403    403    403    403
            GET    /supervision/complaints/{number}                               401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /api/v1/bad-ratings/{id}/appeal                                401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/bad-ratings/{id}/appeal-decision                       401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /api/v1/bad-ratings/{id}/call-back                             401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/bad-ratings/{id}/feedback                              401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/bad-ratings/{id}/fix                                   401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /api/v1/cases/{number}/rating                                  401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /api/v1/complaints                                             401    OK     OK     OK     403    403    403    OK     403    403    403    403    OK
            POST   /api/v1/complaints/{number}/acceptance                         401    403    404    403    403    403    403    OK     403    403    403    403    403
            POST   /api/v1/complaints/{number}/answer                             401    403    404    403    OK     403    403    403    403    403    403    OK     403
            POST   /api/v1/complaints/{number}/closure                            401    403    404    403    403    403    403    OK     403    403    403    403    403
            POST   /api/v1/complaints/{number}/refusal                            401    403    404    403    403    403    403    OK     403    403    403    403    403
            POST   /api/v1/complaints/{number}/routing                            401    403    404    403    403    403    403    OK     403    403    403    403    403
            POST   /api/v1/spot-checks                                            401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /api/v1/spot-checks/{id}/findings                              401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /portal/cases/{number}/rating                                  401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /portal/complaints                                             401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /rate/{token}                                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /staff/bad-ratings/{id}/appeal                                 401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/bad-ratings/{id}/appeal-decision                        401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /staff/bad-ratings/{id}/call-back                              401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/bad-ratings/{id}/feedback                               401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/bad-ratings/{id}/fix                                    401    403    403    403    OK     OK     403    403    403    403    403    403    403
            POST   /staff/complaints/{number}/answer                              401    403    403    403    OK     403    403    403    403    403    403    OK     403
            POST   /staff/counter/complaints/new                                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/counter/rating-pad                                      401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /supervision/complaints/{number}/accept                        401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /supervision/complaints/{number}/close                         401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /supervision/complaints/{number}/refuse                        401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /supervision/complaints/{number}/route                         401    403    403    403    403    403    403    OK     403    403    403    403    403
            POST   /supervision/groups/{department}                               401    403    403    403    403    403    403    OK     OK     403    403    403    403
            POST   /supervision/spot-checks                                       401    403    403    403    403    403    403    OK     403    403    403    OK     403
            POST   /supervision/spot-checks/{id}/findings                         401    403    403    403    403    403    403    OK     403    403    403    OK     403
            PUT    /api/v1/supervision-groups/{department}                        401    403    403    403    403    403    403    OK     OK     403    403    403    403
            GET    /api/v1/me/message-preferences                                 401    OK     OK     403    403    403    403    403    403    403    403    403    403
            PUT    /api/v1/me/message-preferences                                 401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /portal/message-preferences                                    401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /portal/message-preferences                                    401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /api/v1/admin/message-deliveries                               401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/admin/message-deliveries/{id}/retry                    401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /api/v1/admin/message-deliveries/{id}/discard                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /admin/messages                                                401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/messages/{id}/retry                                     401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/messages/{id}/discard                                   401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /api/v1/hall/types                                             OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/hall/slots                                             OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/hall/board                                             OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/hall/board/stream                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/hall/tickets/{id}                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /hall/board                                                    OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /api/v1/hall/my-tickets                                        401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /api/v1/hall/desk                                              401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/hall/desk/next                                         401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/hall/desk/recall                                       401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/hall/desk/skip                                         401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/hall/desk/finish                                       401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/hall/desk/transfer                                     401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/hall/tickets                                           401    OK     OK     OK     403    403    OK     403    403    403    403    403    403
            POST   /api/v1/hall/check-ins                                         401    403    403    OK     403    403    OK     403    403    403    403    403    403
            POST   /api/v1/appointments                                           401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /api/v1/me/appointments                                        401    OK     OK     403    403    403    403    403    403    403    403    403    403
            GET    /api/v1/appointments/{id}                                      401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /api/v1/appointments/{id}/cancellation                         401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /api/v1/appointments/{id}/check-in                             401    OK     404    OK     403    403    OK     403    403    403    403    403    403
            GET    /hall/wall                                                     401    403    403    OK     403    403    OK     OK     OK     403    403    403    403
            GET    /staff/hall                                                    401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/hall/next                                               401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/hall/recall                                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/hall/skip                                               401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/hall/finish                                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/hall/transfer                                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/hall/check-in                                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /portal/appointments                                           401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /portal/appointments                                           401    OK     OK     403    403    403    403    403    403    403    403    403    403
            POST   /portal/appointments/{id}/cancel                               401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /portal/appointments/{id}/check-in                             401    OK     404    403    403    403    403    403    403    403    403    403    403
            POST   /api/v1/postal-items                                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/postal-items                                           401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /api/v1/postal-items/{id}                                      401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/postal-items/{id}/case                                 401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /api/v1/postal-items/{id}/return                               401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/postal                                                  401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/postal/new                                              401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/postal/new                                              401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /staff/postal/{id}                                             401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/postal/{id}/case                                        401    403    403    OK     403    403    403    403    403    403    403    403    403
            POST   /staff/postal/{id}/return                                      401    403    403    OK     403    403    403    403    403    403    403    403    403
            GET    /admin/kiosks                                                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            POST   /admin/kiosks                                                  401    403    403    403    403    403    403    403    OK     403    403    403    403
            GET    /kiosk                                                         OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /kiosk/end                                                     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /kiosk/identify                                                403    403    403    403    403    403    403    403    403    403    403    403    403
            GET    /kiosk/items                                                   OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /kiosk/items/{code}                                            OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /kiosk/me                                                      OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /kiosk/me/cases/{number}/print                                 OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /kiosk/precheck/{item}                                         403    403    403    403    403    403    403    403    403    403    403    403    403
            POST   /kiosk/precheck/{item}                                         403    403    403    403    403    403    403    403    403    403    403    403    403
            POST   /kiosk/status                                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /kiosk/status                                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /kiosk/status/print                                            OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /kiosk/status/scan                                             OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            GET    /kiosk/ticket                                                  OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK     OK
            POST   /kiosk/ticket                                                  403    403    403    403    403    403    403    403    403    403    403    403    403
            POST   /kiosk/ticket/check-in                                         403    403    403    403    403    403    403    403    403    403    403    403    403
            """;

    /** Where every answer of the run is written: the operation, then what each person got. */
    private static final Path REPORT = Path.of("target", "authorisation-matrix.txt");
    private static final Map<String, Map<Who, String>> ANSWERS = new LinkedHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;

    @Autowired
    ApplicationContext context;

    /** Made once for the class: the people, and how to call each operation. */
    private static MatrixRequests requests;

    @BeforeEach
    void the_people_and_the_things_they_act_on() {
        if (requests == null) {
            requests = new MatrixRequests(context);
        }
    }

    /** One row of the table: an operation and what each person gets. */
    record Row(String operation, Map<Who, String> expected) {
    }

    static List<Row> table() {
        List<String> lines = TABLE.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
        assertThat(header.subList(1, header.size())).as("the table's columns")
                .containsExactly(Arrays.stream(Who.values()).map(Who::column).toArray(String[]::new));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as("row %s", line).hasSize(2 + Who.values().length);
            Map<Who, String> expected = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                String answer = cells[2 + who.ordinal()];
                assertThat(answer).as("%s %s for %s", cells[0], cells[1], who.column()).isIn("OK", "401", "403", "404");
                expected.put(who, answer);
            }
            rows.add(new Row(cells[0] + " " + cells[1], expected));
        }
        return rows;
    }

    /** The API's operations as its OpenAPI document lists them, and the pages' routes as Spring MVC maps them. */
    private Set<String> endpoints() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        JsonNode paths = json.readTree(mvc.perform(get("/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("paths");
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation ->
                endpoints.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        // Spring Boot Actuator's endpoints, as exposed (ADR 0053): the probes and the metrics
        context.getBean(WebMvcEndpointHandlerMapping.class).getHandlerMethods().forEach((mapping, method) -> {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(m.name() + " " + pattern);
                }
            }
        });
        pages.getHandlerMethods().forEach((mapping, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.onevisit")) {
                return;
            }
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = m.name() + " " + pattern;
                    if (pattern.startsWith("/api/")) {
                        assertThat(endpoints).as("an API handler the OpenAPI document leaves out").contains(endpoint);
                    }
                    endpoints.add(endpoint);
                }
            }
        });
        return endpoints;
    }

    @Test
    void every_api_operation_and_every_page_route_has_a_row_and_a_request() throws Exception {
        Set<String> rows = table().stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        Set<String> endpoints = endpoints();

        assertThat(endpoints).as("endpoints without a row in the authorisation matrix").isSubsetOf(rows);
        assertThat(rows).as("rows of the authorisation matrix without an endpoint").isSubsetOf(endpoints);
        assertThat(requests.operations()).as("how to call each operation of the matrix")
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @TestFactory
    Stream<DynamicTest> every_person_gets_what_the_table_says() {
        return table().stream().map(row -> DynamicTest.dynamicTest(row.operation(), () -> check(row)));
    }

    private void check(Row row) throws Exception {
        MatrixRequests.Recipe recipe = requests.recipe(row.operation());
        Map<Who, String> answers = new EnumMap<>(Who.class);
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            AbstractMockHttpServletRequestBuilder<?> request = recipe.request(who);
            if (who != Who.ANONYMOUS) {
                request.with(user(requests.login(who)));
            }
            request.with(from(who));
            if (!row.operation().startsWith("GET ")) {
                request.with(csrf());
            }
            MvcResult result = mvc.perform(request).andReturn();
            recipe.undo();
            String answer = answer(result);
            answers.put(who, answer);
            if (result.getResponse().getStatus() < 400) {
                recipe.spent();
            }
            if (!answer.equals(row.expected().get(who))) {
                wrong.add(who.column() + " expected " + row.expected().get(who) + " but got " + answer + " "
                        + excerpt(result));
            }
        }
        synchronized (ANSWERS) {
            ANSWERS.put(row.operation(), answers);
        }
        assertThat(wrong).as(row.operation()).isEmpty();
    }

    /**
     * Each person from an address of their own (TEST-NET-1), and each public status lookup of a case of its own, so that
     * the answers say who may act, not how often one address or case was asked about.
     */
    private static RequestPostProcessor from(Who who) {
        return request -> {
            request.setRemoteAddr("192.0.2." + (who.ordinal() + 1));
            return request;
        };
    }

    /** What the person got, in the table's words: a page that sends them to log in first is a 401. */
    static String answer(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status >= 300 && status < 400 && location != null && URI.create(location).getPath().equals("/login")
                && URI.create(location).getQuery() == null) {
            return "401";
        }
        return status < 400 ? "OK" : String.valueOf(status);
    }

    private static String excerpt(MvcResult result) throws IOException {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = body.contains("\"code\"") ? body.replaceAll("(?s).*\"code\":\"([^\"]*)\".*", "$1") : "";
        String shown = code.isEmpty() ? body.replaceAll("\\s+", " ") : code;
        return "(" + result.getResponse().getStatus() + " " + shown.substring(0, Math.min(160, shown.length())) + ")";
    }

    @AfterAll
    static void the_answers_are_written_down() throws IOException {
        if (ANSWERS.isEmpty()) {
            return;
        }
        List<Row> table = table();
        StringBuilder report = new StringBuilder("operation".formatted());
        report.append(" ".repeat(Math.max(1, 70 - report.length())));
        Arrays.stream(Who.values()).forEach(w -> report.append(String.format("%-7s", w.column())));
        report.append('\n');
        int cells = 0;
        int leaks = 0;
        int refusedWrongly = 0;
        for (Row row : table) {
            Map<Who, String> got = ANSWERS.get(row.operation());
            if (got == null) {
                continue;
            }
            report.append(String.format("%-70s", row.operation()));
            for (Who who : Who.values()) {
                String answer = got.get(who);
                String expected = row.expected().get(who);
                cells++;
                boolean leak = answer.equals("OK") && !expected.equals("OK");
                leaks += leak ? 1 : 0;
                refusedWrongly += !leak && !answer.equals(expected) ? 1 : 0;
                report.append(String.format("%-7s", answer.equals(expected) ? answer : answer + (leak ? "!" : "?")));
            }
            report.append('\n');
        }
        report.append("\n").append(ANSWERS.size()).append(" endpoints × ").append(Who.values().length).append(" people = ")
                .append(cells).append(" cells; leaks (got through where the table refuses, marked !): ").append(leaks)
                .append("; other differences (marked ?): ").append(refusedWrongly).append('\n');
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.toString());
    }

    /** The columns of the table: who tries each operation. */
    enum Who {
        ANONYMOUS("anon"), APPLICANT("applA"), OTHER_APPLICANT("applB"), CLERK("clerk"), CHIEF("chief"), REVIEWER("revw"),
        COORDINATOR("coord"), SUPERVISOR("super"), ADMIN("admin"), OTHER_CHIEF("oChief"), OTHER_REVIEWER("oRevw"),
        HEAD("head"), HOTLINE("hotl");

        private final String column;

        Who(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        boolean applicant() {
            return this == APPLICANT || this == OTHER_APPLICANT;
        }
    }
}
