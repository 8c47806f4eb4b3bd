package org.onevisit.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.catalog.FieldLimits;
import org.onevisit.catalog.FieldOption;
import org.onevisit.catalog.FormField;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The answers of a case's one form (一表申请) checked against the fields of the published versions it applies under
 * (ADR 0026): every required field answered, each answer of its field's type and within its limits, a list's answer
 * one of its choices, no answer to a field the form does not have. Answers are kept as the applicant gave them,
 * stripped; a yes/no as {@code true} or {@code false}, a date as {@code yyyy-MM-dd}; a blank answer is no answer. The
 * keys under {@value #OWN_KEYS} are the system's own (the choice of delivery) and pass unchecked.
 */
final class FormAnswerPolicy {

    /** The prefix of the form's keys the system sets itself, which no catalog key can have (it has no dot). */
    static final String OWN_KEYS = "delivery.";

    private FormAnswerPolicy() {
    }

    /**
     * The answers as the case keeps them.
     *
     * @throws DomainException naming the field ({@code details.field} is {@code form.<key>}) and what is wrong
     */
    static Map<String, String> checked(List<FormField> fields, Map<String, String> answers) {
        Set<String> keys = fields.stream().map(FormField::key).collect(Collectors.toSet());
        answers.keySet().stream().filter(k -> !k.startsWith(OWN_KEYS) && !keys.contains(k)).sorted().findFirst()
                .ifPresent(k -> {
                    throw new DomainException(Kind.INVALID, "intake-form-field-unknown", "The form has no field " + k,
                            Map.of("field", "form." + k), k);
                });
        Map<String, String> kept = new LinkedHashMap<>();
        for (FormField f : fields) {
            String answer = answers.getOrDefault(f.key(), "").strip();
            if (answer.isEmpty()) {
                if (f.required()) {
                    throw refused(f, "intake-form-field-required", "is required");
                }
                continue;
            }
            kept.put(f.key(), checkedAnswer(f, answer));
        }
        answers.forEach((k, v) -> {
            if (k.startsWith(OWN_KEYS)) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static String checkedAnswer(FormField f, String answer) {
        FieldLimits limits = f.limits();
        return switch (f.type()) {
            case TEXT, LONG_TEXT -> {
                Integer max = limits.maxLength();
                if (max != null && answer.codePointCount(0, answer.length()) > max) {
                    throw refused(f, "intake-form-field-too-long", "is longer than " + max, max);
                }
                yield answer;
            }
            case NUMBER -> number(f, answer);
            case DATE -> {
                try {
                    yield LocalDate.parse(answer).toString();
                } catch (DateTimeParseException e) {
                    throw refused(f, "intake-form-field-not-a-date", "is not a date");
                }
            }
            case CHOICE -> {
                if (f.options().stream().noneMatch(o -> o.name().equals(answer))) {
                    throw refused(f, "intake-form-field-not-an-option", "is not one of its choices", choices(f));
                }
                yield answer;
            }
            case YES_NO -> switch (answer) {
                case "true", "是" -> "true";
                case "false", "否" -> "false";
                default -> throw refused(f, "intake-form-field-not-yes-no", "is not yes or no");
            };
        };
    }

    private static String number(FormField f, String answer) {
        BigDecimal n;
        try {
            n = new BigDecimal(answer);
        } catch (NumberFormatException e) {
            throw refused(f, "intake-form-field-not-a-number", "is not a number");
        }
        Long min = f.limits().min();
        Long max = f.limits().max();
        if (min != null && n.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw refused(f, "intake-form-field-below-min", "is below " + min, min);
        }
        if (max != null && n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refused(f, "intake-form-field-above-max", "is above " + max, max);
        }
        return answer;
    }

    /** A refusal that names the field by its label in the reader's language: {0} is the label, {1} the limit. */
    private static DomainException refused(FormField f, String code, String what, Object... limit) {
        Object[] args = new Object[1 + limit.length];
        args[0] = label(f);
        System.arraycopy(limit, 0, args, 1, limit.length);
        return new DomainException(Kind.INVALID, code, "The field " + f.key() + " " + what,
                Map.of("field", "form." + f.key()), args);
    }

    /** The choices of a list as a message argument, in the reader's language like {@link #label}. */
    private static DefaultMessageSourceResolvable choices(FormField f) {
        String zh = String.join("、", f.options().stream().map(FieldOption::name).toList());
        String en = String.join(", ", f.options().stream().map(o -> o.name(java.util.Locale.ENGLISH)).toList());
        return new DefaultMessageSourceResolvable(new String[] {"intake.form.label"}, new Object[] {zh, en}, zh);
    }

    /** The field's label as a message argument: {@code intake.form.label} picks the Chinese or the English one. */
    static DefaultMessageSourceResolvable label(FormField f) {
        return new DefaultMessageSourceResolvable(new String[] {"intake.form.label"},
                new Object[] {f.label(), f.labelEn().isBlank() ? f.label() : f.labelEn()}, f.label());
    }
}
