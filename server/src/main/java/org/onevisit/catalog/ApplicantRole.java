package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A role an applicant takes in a case of an item or bundle that needs several applicants, e.g. the buyer (买方) and
 * the seller (卖方) of a house sale; the case needs at least {@code atLeast} applicants in the role. An item or bundle
 * that declares no roles takes one applicant.
 *
 * @param key the role's key, as clients send it: lower-case letters, digits and dashes, e.g. {@code buyer}
 */
public record ApplicantRole(String key, String name, String nameEn, int atLeast) {

    /** The form of a role's key. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    /** The longest name of a role. */
    static final int NAME = 20;

    public ApplicantRole {
        nameEn = nameEn == null ? "" : nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }

    /** Whether the role is well formed: its key, its names (without the separators it is stored with), its count. */
    boolean wellFormed() {
        return KEY.matcher(key).matches() && !name.isBlank() && name.length() <= NAME && nameEn.length() <= NAME * 2
                && (name + nameEn).chars().noneMatch(c -> c == ';' || c == '|') && atLeast >= 0 && atLeast <= 9;
    }

    /** The problems of a list of roles, each at {@code field}: malformed roles, a key declared twice. */
    static List<ImportProblem> check(List<ApplicantRole> roles, java.util.function.Function<String, ImportProblem.Where> at) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            ApplicantRole r = roles.get(i);
            if (!r.wellFormed()) {
                problems.add(ImportProblem.at(at.apply("applicantRoles[" + i + "]"), "applicant-role-invalid", r.key()));
            } else if (!keys.add(r.key())) {
                problems.add(ImportProblem.at(at.apply("applicantRoles[" + i + "]"), "duplicate-applicant-role", r.key()));
            }
        }
        return problems;
    }

    /** The roles as one column stores them: {@code key|name|nameEn|atLeast}, separated by semicolons. */
    public static String encode(List<ApplicantRole> roles) {
        return String.join(";", roles.stream().map(r -> r.key + "|" + r.name + "|" + r.nameEn + "|" + r.atLeast).toList());
    }

    public static List<ApplicantRole> decode(@org.jspecify.annotations.Nullable String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(";")).map(part -> part.split("\\|", -1))
                .map(p -> new ApplicantRole(p[0], p[1], p[2], Integer.parseInt(p[3]))).toList();
    }

    /**
     * The roles a cell of an imported workbook gives in the stored form; a cell that is not in that form is one role
     * that is not well formed, so that the import names the cell as a problem instead of failing.
     */
    public static List<ApplicantRole> read(@org.jspecify.annotations.Nullable String cell) {
        try {
            return decode(cell);
        } catch (RuntimeException e) {
            return List.of(new ApplicantRole("", cell == null ? "" : cell, "", -1));
        }
    }
}
