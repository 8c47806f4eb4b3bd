package org.onevisit.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.onevisit.intake.Applicant;
import org.onevisit.people.CreditCode;
import org.onevisit.people.ResidentIdNumber;

/**
 * The made-up applicants of the demo cases: people and companies of the example city's made-up region 330999, as the
 * demo accounts are, each name marked （演示）. A number's check characters are the ones people's own rules accept,
 * found by trying each candidate against them.
 */
final class DemoApplicants {

    /** The region of the example city, which no real ID number or credit code carries. */
    static final String REGION = "330999";
    /** The demo person's account (people's demo data): 张三（演示）, born 7 March 1990. */
    static final String DEMO_PERSON_FIRST17 = "33099919900307123";

    private static final String ID_CHECKS = "0123456789X";
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] SURNAMES = {"陈", "林", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何"};
    private static final String[] GIVEN = {"晓东", "丽华", "建国", "雨桐", "志强", "海燕", "子涵", "文博", "春梅", "浩然",
        "思琪", "国华"};
    private static final String[] COMPANIES = {"云帆科技", "江南食品", "滨江建设", "绿源环保", "鼎信商贸", "和悦餐饮",
        "启明人力资源", "远航物流", "青禾农业", "星河文化", "润泽医疗器械", "汇通信息"};

    private final Clock clock;

    DemoApplicants(Clock clock) {
        this.clock = clock;
    }

    /** The {@code n}th demo person (n from 0): a name, an ID number of region 330999 and a phone. */
    Applicant person(int n) {
        LocalDate born = LocalDate.of(1968 + (n * 7) % 33, 1 + (n * 5) % 12, 1 + (n * 11) % 28);
        String first17 = REGION + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("9%02d", n % 100);
        String name = SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length + n) % GIVEN.length] + "（演示）";
        return new Applicant(false, idNumber(first17), name, phone(n), null);
    }

    /** The {@code n}th demo company (n from 0): 示例…有限公司（演示）, a credit code of region 330999, its representative. */
    Applicant company(int n) {
        String organisation = String.format("MA9D%04d", n);
        String name = "示例" + COMPANIES[n % COMPANIES.length] + (n < COMPANIES.length ? "" : String.valueOf(n))
                + "有限公司（演示）";
        String representative = SURNAMES[(n + 3) % SURNAMES.length] + GIVEN[(n + 5) % GIVEN.length];
        return new Applicant(true, creditCode("91" + REGION + organisation), name, phone(50 + n), representative);
    }

    /** The ID number of people's demo applicant account. */
    String demoPerson() {
        return idNumber(DEMO_PERSON_FIRST17);
    }

    private static String phone(int n) {
        return String.format("1380099%04d", n);
    }

    private String idNumber(String first17) {
        for (char check : ID_CHECKS.toCharArray()) {
            String candidate = first17 + check;
            if (ResidentIdNumber.problem(candidate, clock).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No check character makes " + first17 + " an ID number");
    }

    private static String creditCode(String first16) {
        for (char organisationCheck : ID_CHECKS.toCharArray()) {
            for (char check : CODE_CHARACTERS.toCharArray()) {
                String candidate = first16 + organisationCheck + check;
                if (CreditCode.problem(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No check characters make " + first16 + " a credit code");
    }
}
