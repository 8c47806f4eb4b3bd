package org.onevisit.people;

/** What a member of staff may do; one person may hold several roles. */
public enum StaffRole {
    /** 综合窗口受理员: receives any item at the comprehensive counter. */
    CLERK,
    /** 首席代表: a department's delegated officer in the centre. */
    CHIEF_REPRESENTATIVE,
    /** 部门审查人员: reviews the department's part of a case. */
    REVIEWER,
    /** 中心协调员: convenes joint reviews and inspections, chases late departments. */
    COORDINATOR,
    /** 监督人员: watches deadlines, handles alerts and complaints, runs spot checks. */
    SUPERVISOR,
    /**
     * 部门主要负责人: the principal head of a department, who delegated its powers to the centre and so supervises their
     * use there (谁授权、谁监管): leads the department's supervision group, receives its yellow cards.
     */
    DEPARTMENT_HEAD,
    /** 管理员: maintains the catalog, calendar, staff and delegations. */
    ADMIN,
    /**
     * 12345热线: the account of the 12345 hotline's system or operator, which refers its callers' complaints to the
     * centre through the API and reads how its own referrals stand; nothing else.
     */
    HOTLINE,
    /**
     * 运行监控: the account of the centre's monitoring system (Prometheus), which reads the metrics at
     * {@code /actuator/prometheus} and the health details; nothing else, no case and no page of the staff.
     */
    MONITOR
}
