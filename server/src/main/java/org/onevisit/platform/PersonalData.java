package org.onevisit.platform;

/**
 * How personal data is shown where it is not needed in full (DESIGN decision 4): ID numbers as
 * 110105********002X, phone numbers as 138****1234, names as 张**, addresses by their first six characters.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String idNumber(String id) {
        return id.length() < 10 ? "****" : id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public static String phone(String phone) {
        return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static String name(String name) {
        return name.length() <= 1 ? name : name.charAt(0) + "*".repeat(Math.min(name.length() - 1, 3));
    }

    public static String address(String address) {
        return address.length() <= 6 ? "****" : address.substring(0, 6) + "****";
    }
}
