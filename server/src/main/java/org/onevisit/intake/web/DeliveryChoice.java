package org.onevisit.intake.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.DeliveryMethod;
import org.onevisit.people.PhoneNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * How the applicant wants the result, chosen when applying online: picked up at the counter, or sent by express to an
 * address ({@link Address} of the delivery module). It travels in the case's one form, whose values are personal data
 * sealed at rest, under the keys {@value #METHOD}, {@value #RECIPIENT}, {@value #PHONE} and {@value #ADDRESS}; pages
 * show the address masked (ADR 0020).
 */
record DeliveryChoice(DeliveryMethod method, @Nullable Address address) {

    static final String METHOD = "delivery.method";
    static final String RECIPIENT = "delivery.recipient";
    static final String PHONE = "delivery.phone";
    static final String ADDRESS = "delivery.address";

    /**
     * The choice on the application page's fields; express needs the recipient, a valid mobile number and the address.
     *
     * @throws DomainException naming the field that is wrong
     */
    static DeliveryChoice of(Map<String, String> params, boolean expressAllowed) {
        String method = params.getOrDefault("delivery", "PICKUP").strip();
        if (!"EXPRESS".equals(method)) {
            return new DeliveryChoice(DeliveryMethod.PICKUP, null);
        }
        if (!expressAllowed) {
            throw new DomainException(Kind.RULE_VIOLATED, "intake-page-express-not-allowed",
                    "The results of this item are not sent by express", Map.of("field", "delivery"));
        }
        String recipient = params.getOrDefault("recipient", "").strip();
        String phone = params.getOrDefault("deliveryPhone", "").strip();
        String address = params.getOrDefault("address", "").strip();
        if (recipient.isEmpty() || recipient.length() > 50) {
            throw missing("recipient");
        }
        if (address.length() < 5 || address.length() > 200) {
            throw missing("address");
        }
        PhoneNumber.problem(phone).ifPresent(e -> {
            throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", "deliveryPhone"), e.args());
        });
        return new DeliveryChoice(DeliveryMethod.EXPRESS,
                new Address(recipient, PhoneNumber.parse(phone).value(), address));
    }

    /** The choice as a case's form keeps it, if the form has one. */
    static @Nullable DeliveryChoice inForm(Map<String, String> form) {
        String method = form.get(METHOD);
        if (method == null) {
            return null;
        }
        if (!DeliveryMethod.EXPRESS.name().equals(method)) {
            return new DeliveryChoice(DeliveryMethod.PICKUP, null);
        }
        try {
            return new DeliveryChoice(DeliveryMethod.EXPRESS,
                    new Address(form.getOrDefault(RECIPIENT, ""), form.getOrDefault(PHONE, ""),
                            form.getOrDefault(ADDRESS, "")));
        } catch (IllegalArgumentException incomplete) {
            return new DeliveryChoice(DeliveryMethod.EXPRESS, null);
        }
    }

    /** The fields of the one form that carry the choice. */
    Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(METHOD, method.name());
        if (address != null) {
            form.put(RECIPIENT, address.recipient());
            form.put(PHONE, address.phone());
            form.put(ADDRESS, address.address());
        }
        return form;
    }

    private static DomainException missing(String field) {
        return new DomainException(Kind.INVALID, "intake-page-delivery-" + field, "The " + field + " is missing",
                Map.of("field", field));
    }
}
