package org.onevisit.intake.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.InputLimits;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An application form (申请表) as a submission carries it, field name to value: at most
 * {@code onevisit.limits.form-fields} fields, each value at most {@code onevisit.limits.form-value-length}
 * characters, so that a centre whose forms are longer can say so.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ApplicationForm.Check.class)
@interface ApplicationForm {

    String message() default "{intake.form.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a form against the centre's limits; null values are the type's own constraints. */
    final class Check implements ConstraintValidator<ApplicationForm, @Nullable Map<String, @Nullable String>> {

        private final InputLimits limits;

        Check(InputLimits limits) {
            this.limits = limits;
        }

        @Override
        public boolean isValid(@Nullable Map<String, @Nullable String> form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            if (form.size() > limits.formFields()) {
                return refuse(context, "{intake.form.too-many-fields}", "", limits.formFields());
            }
            for (Map.Entry<String, @Nullable String> field : form.entrySet()) {
                String value = field.getValue();
                if (value != null && value.length() > limits.formValueLength()) {
                    return refuse(context, "{intake.form.value-too-long}", field.getKey(), limits.formValueLength());
                }
            }
            return true;
        }

        private static boolean refuse(ConstraintValidatorContext context, String template, String field, int max) {
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.addMessageParameter("field", field).addMessageParameter("max", max);
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
