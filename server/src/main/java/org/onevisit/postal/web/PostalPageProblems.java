package org.onevisit.postal.web;

import java.util.Map;

import org.onevisit.platform.DomainException;

/** How the post's pages answer a refusal: beside the field it names, or — for a step not the person's — by the error page. */
final class PostalPageProblems {

    private PostalPageProblems() {
    }

    /** The message beside the field the refusal names ({@code sender.name} is the input {@code senderName}). */
    static Map<String, String> fieldError(DomainException e, String problem) {
        Object field = e.details().get("field");
        if (!(field instanceof String name)) {
            return Map.of();
        }
        String input = switch (name) {
            case "sender.name" -> "senderName";
            case "sender.phone" -> "senderPhone";
            case "sender.address" -> "senderAddress";
            case "applicant.idNumber", "applicant.creditCode" -> "identifier";
            default -> name.startsWith("applicant.") ? name.substring("applicant.".length()) : name;
        };
        return Map.of(input, problem);
    }

    /** A step the person may not take at all is answered by the error page (403), not beside the form. */
    static void refusedOutright(DomainException e) {
        if (e.kind() == DomainException.Kind.FORBIDDEN) {
            throw e;
        }
    }
}
