package org.onevisit.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text messages (短信) the centre sends applicants, and the internal messages it sends staff, each a template whose
 * {@code {name}} parameters the sender fills: callers name the message and give its values, the wording lives here. A
 * list value is written as its entries joined by {@code 、}, anything else as its text.
 */
public enum TextMessage {

    /** 网上预审 done: the applicant reads the remarks online. */
    PRE_CHECKED("pre-check", "您申请的“{subject}”网上预审已完成，请登录查看预审意见。办件编号：{number}"),
    /** 受理, with the date the centre promises the result by. */
    ACCEPTED("accepted", "您的“{subject}”已受理，办件编号：{number}，承诺办结日期：{promised}。"),
    /** 一次性告知: how many corrections the notice asks for. */
    DEFICIENCIES_NOTIFIED("deficiency", "您的“{subject}”材料需补正，共 {count} 项，详见一次性告知书。办件编号：{number}"),
    /** 容缺受理: the missing materials and the day they are due. */
    ACCEPTED_ON_PLEDGE("pledged",
            "您的“{subject}”已容缺受理，请于 {supplementBy} 前补交：{materials}。逾期将终止办理。办件编号：{number}"),
    /** 不予受理: the notice gives the reasons. */
    REFUSED("refused", "您的“{subject}”不予受理，详见不予受理通知书。办件编号：{number}"),
    /** A pledge's materials are due soon. */
    PLEDGE_REMINDER("pledge-reminder",
            "提醒：您的“{subject}”容缺承诺补交期限为 {supplementBy}，请按时补交：{materials}。办件编号：{number}"),
    /** 容缺 ended in termination: the materials were not handed in by the day they were due. */
    TERMINATED_FOR_BROKEN_PLEDGE("terminated",
            "您的“{subject}”因未在 {supplementBy} 前补交容缺材料，已终止办理。办件编号：{number}"),
    /** 补正 (第四十五条): a department asks for a correction; the review's clock stands still until it comes in. */
    CORRECTION_REQUESTED("correction",
            "您的办件{number}（{subject}）需补正：{points}。请登录网上办事大厅，在办件页“补正材料”处上传；补正期间审查期限暂停计算。"),
    /** The correction came in: the review runs again from that day, to its moved deadline. */
    CORRECTION_RECEIVED("correction-received",
            "您的办件{number}（{subject}）补正材料已收到，审查自{on}起恢复计时，审查期限至{until}。"),
    /** 《行政许可法》第四十二条: a review's limit was extended, the case's legal limit already had been. */
    REVIEW_EXTENDED("review-extended", "您的办件{number}（{subject}）审查期限延长{days}个工作日至{until}，{note}。"),
    /** A review's limit was extended, and with it the case's legal limit. */
    REVIEW_AND_LEGAL_LIMIT_EXTENDED("review-extended",
            "您的办件{number}（{subject}）审查期限延长{days}个工作日至{until}，法定办结期限延长至{legalUntil}，{note}。"),
    /** To staff, 预警: a step's or a case's deadline is near. */
    ALERT_WARNING("alert-warning", Audience.STAFF, "【预警】办件{number}（{subject}）{clock}将于{deadline}到期，请及时办理。"),
    /** To staff, 黄牌: the deadline passed; handle it and answer within the period. */
    ALERT_YELLOW("alert-yellow", Audience.STAFF,
            "【黄牌】办件{number}（{subject}）{clock}已于{deadline}到期未办结，请督促办理并于{answerBy}前回复。"),
    /** To staff, 红牌: the yellow card's period passed unanswered; referred for accountability. */
    ALERT_RED("alert-red", Audience.STAFF,
            "【红牌】办件{number}（{subject}）{clock}已于{deadline}到期，黄牌督办期限{answerBy}已过未回复，已移送{referredTo}问责。"),
    /** 办结, with the one-time link to rate the service (好差评). */
    RATING_INVITED("rating", Audience.APPLICANT, "您的办件{number}（{subject}）已办结。欢迎评价本次服务：{link} （{days}天内有效，限评价一次）"),
    /** 差评整改: the department called back, fixed it, and tells the applicant what was done. */
    BAD_RATING_ANSWERED("rating-feedback", Audience.APPLICANT, "您对办件{number}（{subject}）的评价已由{department}回访并整改：{text}。感谢您的监督。"),
    /** A complaint (投诉) was accepted: it goes to the department concerned, the result follows. */
    COMPLAINT_ACCEPTED("complaint-accepted", "您的投诉{number}（{subject}）已受理，将转有关部门办理，办结后告知您处理结果。"),
    /** A complaint was not accepted (不予受理), with the reason. */
    COMPLAINT_NOT_ACCEPTED("complaint-not-accepted", "您的投诉{number}（{subject}）不予受理，原因：{reason}"),
    /** A complaint was closed with its result (办结). */
    COMPLAINT_CLOSED("complaint-closed", "您的投诉{number}（{subject}）已办结，处理结果：{result}"),
    /** 纠错: supervision found an item's decision wrong; it was amended or revoked, the certificate with it. */
    DECISION_CORRECTED("decision-corrected",
            "您的办件{number}（{subject}）中“{item}”的审批决定经监督检查予以纠正，已{how}。决定内容：{text}；{certificate}。如有疑问请咨询政务服务中心。"),
    /** 预约: an appointment at the hall was booked. */
    APPOINTMENT_BOOKED("appointment",
            "您已预约{date} {time}“{subject}”窗口办事，预约号{number}。请按时到政务服务中心签到取号，不能前来请提前取消。"),
    /** 邮寄申请: the centre received the applicant's mail item and registered it; the case follows. */
    POSTAL_RECEIVED("postal-received",
            "您寄送的“{subject}”申请材料（邮件号{number}）已于{receivedOn}收到并登记，政务服务中心将尽快审核；办理结果将通过邮政速递寄回，无需到现场。"),
    /** 邮寄申请 not acceptable: the materials go back to the sender, with the reason. */
    POSTAL_RETURNED("postal-returned",
            "您寄送的“{subject}”申请材料（邮件号{number}）无法受理，已退回寄件人，原因：{reason}。如有疑问请咨询政务服务中心。");

    /** Who a message is for: applicants get it on their phone, staff by their login name. */
    public enum Audience {
        APPLICANT, STAFF
    }

    private final String kind;
    private final Audience audience;
    private final String template;
    private final Set<String> parameters;

    TextMessage(String kind, String template) {
        this(kind, Audience.APPLICANT, template);
    }

    TextMessage(String kind, Audience audience, String template) {
        this.kind = kind;
        this.audience = audience;
        this.template = template;
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Parameter.PATTERN.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        this.parameters = Set.copyOf(names);
    }

    /** The kind the outbox files the message under, e.g. {@code accepted}. */
    public String kind() {
        return kind;
    }

    public Audience audience() {
        return audience;
    }

    /** The names of the values the template needs. */
    public Set<String> parameters() {
        return parameters;
    }

    /** The message's text with {@code values} filled in; they must be exactly the template's parameters. */
    String render(Map<String, ?> values) {
        return render(values, Language.ZH);
    }

    /**
     * The message's text in {@code language} with {@code values} filled in; they must be exactly the template's
     * parameters. The Chinese template is the one above; the English one is this constant's line in
     * {@code notification/templates_en.properties}.
     */
    String render(Map<String, ?> values, Language language) {
        if (!values.keySet().equals(parameters)) {
            throw new IllegalArgumentException("The text message " + name() + " takes " + parameters + ", not "
                    + values.keySet());
        }
        return Parameter.PATTERN.matcher(template(language))
                .replaceAll(m -> Matcher.quoteReplacement(text(values.get(m.group(1)), language)));
    }

    /** The template in {@code language}: the Chinese one where an English one is missing (a test refuses that). */
    String template(Language language) {
        return language == Language.EN ? Templates.english(this).orElse(template) : template;
    }

    /**
     * Whether the applicant may switch the message off (ADR 0046): reminders and invitations. A notice the law or the
     * centre's rules require (受理, 不予受理, 一次性告知, 补正, 容缺, 终止, 延期, 纠错, complaints' answers, the answer
     * to a bad rating) is always sent; so is every message to staff. A new kind is required until listed here.
     */
    public boolean optional() {
        return Templates.OPTIONAL.contains(name());
    }

    private static String text(Object value, Language language) {
        return value instanceof Collection<?> entries
                ? String.join(language == Language.EN ? ", " : "、", entries.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    /** The English templates and the optional kinds; apart, because an enum's constructor cannot read its statics. */
    static final class Templates {

        /** The constants an applicant may switch off (ADR 0046). */
        static final Set<String> OPTIONAL = Set.of("PRE_CHECKED", "PLEDGE_REMINDER", "RATING_INVITED");

        static final String ENGLISH = "notification/templates_en.properties";

        private static final java.util.Properties EN = load();

        static java.util.Optional<String> english(TextMessage message) {
            return java.util.Optional.ofNullable(EN.getProperty(message.name())).filter(t -> !t.isBlank());
        }

        private static java.util.Properties load() {
            java.util.Properties properties = new java.util.Properties();
            try (var in = TextMessage.class.getClassLoader().getResourceAsStream(ENGLISH)) {
                if (in != null) {
                    properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return properties;
        }
    }

    /** A parameter in a template, {@code {name}}; apart, because an enum's constructor cannot read its static fields. */
    private static final class Parameter {

        static final Pattern PATTERN = Pattern.compile("\\{([a-zA-Z]+)}");
    }
}
