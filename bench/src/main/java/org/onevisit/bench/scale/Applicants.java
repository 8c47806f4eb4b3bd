package org.onevisit.bench.scale;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.onevisit.intake.Applicant;
import org.onevisit.people.CreditCode;
import org.onevisit.people.ResidentIdNumber;

/**
 * The people and companies who apply, made up and of the example region 330999 (示例市) so that no real person's
 * number appears: persons with checksum-valid resident ID numbers, companies with checksum-valid credit codes. A
 * few apply often (agencies, banks, developers), most once or twice. The check characters are those the product's
 * own validators accept.
 */
final class Applicants {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红飞鑫波宁丹婷浩宇凯俊晨欣怡佳琳雪梅慧颖博文斌峰";
    private static final String[] TRADES = "建设 商贸 科技 物业 餐饮 房地产经纪 建材 物流 文化传媒 医药 农业开发 置业".split(" ");
    private static final String ID_CHECKS = "0123456789X";
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int BIRTH_DAYS = 365 * 50;

    private final int persons;
    private final int companies;
    private final Clock clock;

    Applicants(int cases, Clock clock) {
        this.persons = Math.max(50, (int) (cases * 0.6));
        this.companies = Math.max(10, cases / 25);
        this.clock = clock;
    }

    /** The applicant of the next case: a company in about a quarter of the cases, skewed towards frequent ones. */
    Applicant next(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return company((int) (companies * Math.pow(random.nextDouble(), 2.0)));
        }
        return person((int) (persons * Math.pow(random.nextDouble(), 1.3)));
    }

    Applicant person(int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % BIRTH_DAYS);
        String first17 = "330999" + birth.toString().replace("-", "") + String.format("%03d", n / BIRTH_DAYS % 1000);
        String id = completed(first17, ID_CHECKS, candidate -> ResidentIdNumber.problem(candidate, clock).isEmpty());
        return new Applicant(false, id, name(n), phone(n), null);
    }

    Applicant company(int n) {
        String organisation = String.format("%08d", n);
        String first16 = "91330999" + organisation;
        String code = null;
        for (char orgCheck : ID_CHECKS.toCharArray()) {
            String withOrganisation = first16 + orgCheck;
            boolean organisationValid = CreditCode.problem(withOrganisation + "0")
                    .map(p -> !p.code().equals("credit-code-organisation-check")).orElse(true);
            if (organisationValid) {
                code = completed(withOrganisation, CODE_CHARACTERS, candidate -> CreditCode.problem(candidate).isEmpty());
                break;
            }
        }
        String trade = TRADES[n % TRADES.length];
        return new Applicant(true, code, "示例市" + name(n * 7 + 3) + trade + "有限公司", phone(n + 900_000_000),
                name(n * 13 + 5));
    }

    private static String completed(String prefix, String candidates, java.util.function.Predicate<String> valid) {
        for (char c : candidates.toCharArray()) {
            if (valid.test(prefix + c)) {
                return prefix + c;
            }
        }
        throw new IllegalStateException("No check character completes a generated number");
    }

    private static String name(int n) {
        int k = (int) (n * 2654435761L >>> 3 & 0x7fffffff);
        String name = SURNAMES.charAt(k % SURNAMES.length()) + "" + GIVEN.charAt(k / 7 % GIVEN.length());
        return k % 3 == 0 ? name + GIVEN.charAt(k / 131 % GIVEN.length()) : name;
    }

    private static String phone(int n) {
        return "13" + (n % 7 + 3) + String.format("%08d", Math.floorMod(n * 7919L, 100_000_000L));
    }
}
