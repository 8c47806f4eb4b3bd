package org.onevisit.casework;

/**
 * A department's open reviews today by light, and its real opinions owed past their day after deemed consent
 * (超时默认).
 */
public record DepartmentLights(String department, int green, int yellow, int red, int owedOpinions) {

    public int open() {
        return green + yellow + red;
    }
}
