package org.onevisit.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits on what a request may carry that a centre may set ({@code onevisit.limits.*}); the fixed ones are
 * {@link Limits}. Uploads keep their own limits ({@code onevisit.uploads.*}).
 *
 * @param maxBodySize the largest JSON or form body: a larger one is refused while it is read, with 413
 * @param formFields the most fields an application form (the {@code form} of a submission) may have
 * @param formValueLength the most characters of one field of an application form
 */
@ConfigurationProperties("onevisit.limits")
public record InputLimits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("200") int formFields,
        @DefaultValue("2000") int formValueLength) {

    public InputLimits {
        if (maxBodySize.toBytes() < 1024 || formFields < 1 || formValueLength < 1) {
            throw new IllegalArgumentException("onevisit.limits: max-body-size must be at least 1KB, form-fields and"
                    + " form-value-length at least 1");
        }
    }
}
