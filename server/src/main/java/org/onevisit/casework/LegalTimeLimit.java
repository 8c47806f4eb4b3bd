package org.onevisit.casework;

import java.util.Collection;
import java.util.Comparator;

import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.TimeLimit;

/**
 * The legal time limit of a case (法定办结时限) and the one extension the law allows, in working days
 * (《行政许可法》第八十二条). 第四十二条: a single authority decides within twenty days — or the limit a law sets for
 * the item, as the catalog records it — and the head of the authority may extend that once by ten. Where two or
 * more departments handle the case (第二十六条 统一办理、联合办理、集中办理: a bundle, or an item reviewed by
 * several departments) the total is forty-five days, and the head of the people's government at that level may
 * extend it once by fifteen. Either way the applicant is told the reason. The days are the law's by default and
 * a region may set its own ({@link Rule}, {@link LegalTimeLimits}).
 *
 * @param limit the legal limit from acceptance
 * @param extensionDays the working days one approved extension adds
 * @param approver who approves the extension
 */
public record LegalTimeLimit(TimeLimit limit, int extensionDays, Approver approver) {

    /**
     * The working days of the rule: one authority's extension; the total of joint handling (联合办理) and its
     * extension.
     */
    public record Rule(int singleExtensionDays, int jointDays, int jointExtensionDays) {

        /** 《行政许可法》第四十二条: ten days more for one authority; forty-five and fifteen more for joint handling. */
        public static final Rule LAW = new Rule(10, 45, 15);

        public Rule {
            if (singleExtensionDays < 1 || jointDays < 1 || jointExtensionDays < 1) {
                throw new IllegalArgumentException("The days of the legal time limits are at least 1: " + singleExtensionDays
                        + ", " + jointDays + ", " + jointExtensionDays);
            }
        }
    }

    /** Who approves an extension. */
    public enum Approver {
        /** 本机关负责人 (第四十二条第一款). */
        HEAD_OF_AUTHORITY("本机关负责人"),
        /** 本级人民政府负责人 (第四十二条第二款). */
        HEAD_OF_GOVERNMENT("本级人民政府负责人");

        private final String title;

        Approver(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The law's limit for a case whose items have {@code itemLimits} and are reviewed by {@code departments} departments. */
    public static LegalTimeLimit of(Collection<TimeLimit> itemLimits, int departments) {
        return of(itemLimits, departments, Rule.LAW);
    }

    /** The limit by {@code rule} for a case whose items have {@code itemLimits}, reviewed by {@code departments} departments. */
    public static LegalTimeLimit of(Collection<TimeLimit> itemLimits, int departments, Rule rule) {
        TimeLimit longest = itemLimits.stream().max(Comparator.comparingInt(TimeLimit::approximateWorkingDays)).orElseThrow();
        if (departments < 2) {
            return new LegalTimeLimit(longest, rule.singleExtensionDays(), Approver.HEAD_OF_AUTHORITY);
        }
        // A law may give an item a longer limit of its own (第四十二条 "法律、法规另有规定的，依照其规定").
        TimeLimit total = longest.unit() == DayUnit.WORKING && longest.days() > rule.jointDays() ? longest
                : TimeLimit.workingDays(rule.jointDays());
        return new LegalTimeLimit(total, rule.jointExtensionDays(), Approver.HEAD_OF_GOVERNMENT);
    }

    /** Whether the case is handled jointly by several departments (联合办理). */
    public boolean joint() {
        return approver == Approver.HEAD_OF_GOVERNMENT;
    }
}
