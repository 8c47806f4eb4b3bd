package org.onevisit.catalog;


/**
 * Builds catalog YAML documents for integration tests: departments with checksum-valid, made-up credit codes
 * and counters numbered so that they never collide with the demo catalog's.
 */
public final class TestCatalogs {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private TestCatalogs() {
    }

    /** A valid unified social credit code of a made-up organisation numbered {@code n}, region 990000. */
    public static String creditCode(int n) {
        String organisation = String.format("T%07d", n);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(organisation.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String first17 = "91990000" + organisation + (check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARSET.charAt((31 - total % 31) % 31);
    }

    public static String department(String code, int n) {
        return """
                  - code: %s
                    name: 测试部门%s
                    kind: DEPARTMENT
                    sector: OTHER_DEPARTMENT
                    creditCode: %s
                    counters:
                      - number: T%05d
                        name: 测试窗口
                """.formatted(code, code, creditCode(n), n);
    }

    public static String item(String code, String name, String type, String department, int legal, int promised) {
        return """
                  - code: %s
                    name: %s
                    type: %s
                    department: %s
                    servedParty: BOTH
                    lifeEvents: [BUSINESS_OPERATION]
                    legalLimit: { days: %d, unit: WORKING }
                    promisedLimit: { days: %d, unit: WORKING }
                    limitsIllustrative: true
                    requiredVisits: 0
                    onlineDepth: [CONSULT, SUBMIT]
                    expressAllowed: true
                    legalBasis: 《测试条例》
                    resultType: LICENCE
                    resultName: 测试证
                    materials:
                      - name: 申请表
                        necessity: REQUIRED
                        form: PAPER
                        copyKind: ORIGINAL
                        originals: 1
                        copies: 0
                        source: APPLICANT
                      - name: 授权委托书
                        necessity: DEFERRABLE
                        form: PAPER
                        copyKind: ORIGINAL
                        originals: 1
                        copies: 0
                        source: APPLICANT
                """.formatted(code, name, type, department, legal, promised);
    }

    /** An item of {@link #item} whose application form asks these optional text fields, each labelled by its key. */
    public static String withTextFields(String item, String... keys) {
        StringBuilder yaml = new StringBuilder(item).append("    formFields:\n");
        for (String key : keys) {
            yaml.append("      - {key: ").append(key).append(", label: ").append(key).append(", type: TEXT}\n");
        }
        return yaml.toString();
    }

    /** A catalog of one department with {@code licences} licence items and {@code services} public services. */
    public static String large(String department, int n, int licences, int services) {
        StringBuilder yaml = new StringBuilder("format: onevisit-catalog/1\ndepartments:\n").append(department(department, n));
        yaml.append("items:\n");
        for (int i = 1; i <= licences; i++) {
            String code = "XK-" + department + "-" + String.format("%03d", i);
            yaml.append(item(code, "测试许可事项" + i, "ADMINISTRATIVE_LICENCE", department, 20, 1 + i % 10));
        }
        for (int i = 1; i <= services; i++) {
            String code = "GG-" + department + "-" + String.format("%03d", i);
            yaml.append(item(code, "测试公共服务" + i, "PUBLIC_SERVICE", department, 10, i % 3));
        }
        return yaml.toString();
    }
}
