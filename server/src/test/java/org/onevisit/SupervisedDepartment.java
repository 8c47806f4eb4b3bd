package org.onevisit;

import static org.onevisit.StoryApi.body;

import java.nio.charset.StandardCharsets;

import org.onevisit.StoryApi.Person;
import org.onevisit.catalog.TestCatalogs;

/**
 * A department of a story's own with one licence item delegated to its chief representative from 2 November 2026, its
 * principal head, a reviewer to be its group's member, and a supervisor: the people of a supervision story.
 */
record SupervisedDepartment(Person admin, Person clerk, Person chief, Person head, Person inspector,
        Person supervisor) {

    /**
     * Imports the department {@code code} and its item {@code itemCode}, and opens its officials as
     * {@code <prefix>-chief}, {@code -head}, {@code -inspector} and {@code -supervisor}, named with {@code label}.
     */
    static SupervisedDepartment of(StoryApi api, String code, int number, String itemCode, String itemName,
            String prefix, String label) throws Exception {
        Person admin = api.as("admin", "ADMIN");
        Person clerk = api.as("clerk", "CLERK");
        admin.upload("/api/v1/catalog/import", prefix + ".yaml", ("format: onevisit-catalog/1\ndepartments:\n"
                + TestCatalogs.department(code, number) + "items:\n"
                + TestCatalogs.item(itemCode, itemName, "ADMINISTRATIVE_LICENCE", code, 20, 5))
                .getBytes(StandardCharsets.UTF_8));
        String chiefName = prefix + "-chief";
        Person chief = api.official(chiefName, "首席代表（" + label + "）", code, "CHIEF_REPRESENTATIVE", "REVIEWER");
        if (!admin.get("/api/v1/staff/{u}/delegations/check?item={i}&date={d}", chiefName, itemCode, "2026-11-02")
                .get("delegated").asBoolean()) {
            admin.post("/api/v1/staff/{username}/delegations", body("itemCode", itemCode, "validFrom", "2026-11-02"),
                    chiefName);
        }
        return new SupervisedDepartment(admin, clerk, chief,
                api.official(prefix + "-head", "部门主要负责人（" + label + "）", code, "DEPARTMENT_HEAD"),
                api.official(prefix + "-inspector", "监管小组成员（" + label + "）", code, "REVIEWER"),
                api.official(prefix + "-supervisor", "监督人员（" + label + "）", null, "SUPERVISOR"));
    }
}
