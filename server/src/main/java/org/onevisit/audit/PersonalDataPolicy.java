package org.onevisit.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.onevisit.platform.PersonalData;

/**
 * Which values of an audited change are personal data and how they are masked before they enter the trail
 * (DESIGN decision 4). Publishers are asked to mask; this policy masks again in case one forgot, and masking
 * a masked value changes nothing. A key is matched by its ending, ignoring case and separators, so
 * {@code applicantIdNumber}, {@code contact_phone} and {@code delivery.address} are all caught.
 *
 * <ul>
 * <li>ID numbers ({@code idNumber}, {@code identityNumber}, {@code idCard}): first 6 and last 4 kept,
 * {@code 110105********002X}</li>
 * <li>phone numbers ({@code phone}, {@code mobile}, {@code telephone}): first 3 and last 4 kept,
 * {@code 138****1234}</li>
 * <li>addresses ({@code address}): first 6 characters kept, {@code 浙江省杭州市****}</li>
 * <li>names of natural persons ({@code personName}, {@code contactName}): the family name kept,
 * {@code 张*}</li>
 * </ul>
 * Credit codes, company names and case numbers are public and stay as they are.
 */
final class PersonalDataPolicy {

    private record Rule(List<String> keyEndings, UnaryOperator<String> mask) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(List.of("idnumber", "identitynumber", "idcard"), PersonalData::idNumber),
            new Rule(List.of("phone", "mobile", "telephone"), PersonalData::phone),
            new Rule(List.of("address"), PersonalData::address),
            new Rule(List.of("personname", "contactname"), PersonalData::name));

    /** The mask of each key seen: every change is masked, and modules use few keys. */
    private static final Map<String, UnaryOperator<String>> MASKS = new ConcurrentHashMap<>();
    private static final int KEYS_KEPT = 1_000;

    private PersonalDataPolicy() {
    }

    static Map<String, String> mask(Map<String, String> values) {
        Map<String, String> masked = new LinkedHashMap<>();
        values.forEach((key, value) -> masked.put(key, mask(key, value)));
        return masked;
    }

    static String mask(String key, String value) {
        UnaryOperator<String> mask = MASKS.get(key);
        if (mask == null) {
            mask = maskOf(key);
            if (MASKS.size() < KEYS_KEPT) {
                MASKS.put(key, mask);
            }
        }
        return mask.apply(value);
    }

    private static UnaryOperator<String> maskOf(String key) {
        String normalized = normalized(key);
        for (Rule rule : RULES) {
            for (String ending : rule.keyEndings()) {
                if (normalized.endsWith(ending)) {
                    return rule.mask();
                }
            }
        }
        return UnaryOperator.identity();
    }

    /** The key's ASCII letters and digits, lower case. */
    private static String normalized(String key) {
        StringBuilder kept = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                kept.append((char) (c + ('a' - 'A')));
            }
        }
        return kept.toString();
    }
}
