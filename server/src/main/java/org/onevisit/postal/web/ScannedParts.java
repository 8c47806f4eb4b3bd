package org.onevisit.postal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.intake.ScannedMaterials;
import org.onevisit.platform.DomainException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;

/** The scanned files of a request (none when it is not multipart), one part {@code file_<material key>} per file, as the page and the API send them. */
final class ScannedParts {

    static final String PREFIX = "file_";

    private ScannedParts() {
    }

    /** Keeps every file; material key to the ids of its files. The first bad file refuses them all, naming its part. */
    static Map<String, List<String>> store(HttpServletRequest request, ScannedMaterials scans, String clerk)
            throws IOException {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return stored;
        }
        for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
            if (!part.getKey().startsWith(PREFIX)) {
                continue;
            }
            for (MultipartFile file : part.getValue()) {
                if (file.isEmpty()) {
                    continue;
                }
                try (InputStream in = file.getInputStream()) {
                    stored.computeIfAbsent(part.getKey().substring(PREFIX.length()), k -> new ArrayList<>())
                            .add(scans.store(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), in, clerk));
                } catch (DomainException e) {
                    throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", part.getKey()), e.args());
                }
            }
        }
        return stored;
    }
}
