package org.onevisit.intake.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The files of a form's controls named {@code file_<material key>} (the portal's one form, a kiosk's scans), each
 * checked and kept by {@link MaterialFiles}: material key to the stored files' ids, in the form's order.
 */
public final class MaterialUploads {

    private static final String PREFIX = "file_";

    private MaterialUploads() {
    }

    /**
     * Stores every non-empty file of the request's {@code file_…} controls.
     *
     * @throws DomainException as {@link MaterialFiles#store} refuses a file, with the control's name as {@code field}
     */
    public static Map<String, List<String>> store(MaterialFiles files, HttpServletRequest request,
            @Nullable String storedBy) throws IOException {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return stored;
        }
        MultiValueMap<String, MultipartFile> all = multipart.getMultiFileMap();
        for (Map.Entry<String, List<MultipartFile>> field : all.entrySet()) {
            if (!field.getKey().startsWith(PREFIX)) {
                continue;
            }
            for (MultipartFile file : field.getValue()) {
                if (file.isEmpty()) {
                    continue;
                }
                try (InputStream in = file.getInputStream()) {
                    StoredFile f = files.store(file.getOriginalFilename(), in, storedBy);
                    stored.computeIfAbsent(field.getKey().substring(PREFIX.length()), k -> new ArrayList<>())
                            .add(f.id().toString());
                } catch (DomainException e) {
                    throw new DomainException(e.kind(), e.code(), e.getMessage(), Map.of("field", field.getKey()),
                            e.args());
                }
            }
        }
        return stored;
    }
}
