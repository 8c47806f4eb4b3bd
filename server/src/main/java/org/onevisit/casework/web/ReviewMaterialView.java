package org.onevisit.casework.web;

import java.util.List;

import org.onevisit.casework.MaterialsOnFile.MaterialOnFile;

/** A material of the case on the review page, with the names of the items that need it. */
record ReviewMaterialView(MaterialOnFile material, List<String> neededBy) {

    /** A file's size for people: KB below a megabyte, MB above. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
