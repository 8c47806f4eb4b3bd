package org.onevisit.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.catalog.FormField;
import org.onevisit.platform.DomainException;
import org.springframework.ui.Model;

/**
 * The fields of the one form (申请表) on the portal's and the counter's new-case pages: an input for each field, named
 * {@code form.<key>}, shown by the fragment {@code intake/form-fields :: fields} from the model's {@code formFields},
 * {@code formValues} (by input name) and {@code formErrors} (the message beside the input it is about).
 */
final class FormFieldInputs {

    static final String PREFIX = "form.";

    private FormFieldInputs() {
    }

    /** The answers among a page's parameters, by field key. */
    static Map<String, String> answers(Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                answers.put(name.substring(PREFIX.length()), value);
            }
        });
        return answers;
    }

    /** Answers by field key as the inputs are named. */
    static Map<String, String> named(Map<String, String> answers) {
        Map<String, String> named = new LinkedHashMap<>();
        answers.forEach((key, value) -> named.put(PREFIX + key, value));
        return named;
    }

    /** The message of a refusal beside the input of the field it names, if it names one of the form's. */
    static Map<String, String> errors(DomainException e, String message) {
        Object field = e.details().get("field");
        return field instanceof String name && name.startsWith(PREFIX) ? Map.of(name, message) : Map.of();
    }

    static void addTo(Model model, List<FormField> fields, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("formFields", fields);
        model.addAttribute("formValues", values);
        model.addAttribute("formErrors", errors);
    }
}
