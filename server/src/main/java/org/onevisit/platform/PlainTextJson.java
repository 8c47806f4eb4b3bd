package org.onevisit.platform;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text read from JSON, values and keys of maps alike, must be {@link PlainText}: otherwise the field is
 * refused as unreadable (a 400 naming it), before it can reach a column or an answer it would break. What OneVisit
 * stored itself is read with the attribute {@link #STORED}: it was checked when it came in, or it came in before the
 * check existed, and either way it must stay readable.
 */
@Component
public class PlainTextJson extends SimpleModule {

    /** The reader attribute that marks JSON OneVisit stored itself: {@code json.readerFor(T).withAttribute(STORED, true)}. */
    public static final String STORED = "onevisit.stored-json";

    private static final String WHY = "contains a control character or an unpaired surrogate";

    PlainTextJson() {
        super("onevisit-plain-text");
        addDeserializer(String.class, new PlainValues());
        addKeyDeserializer(String.class, new PlainKeys());
    }

    private static final class PlainValues extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            return text == null || context.getAttribute(STORED) != null || PlainText.isPlain(text) ? text
                    : (String) context.handleWeirdStringValue(String.class, text, WHY);
        }
    }

    private static final class PlainKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
            return context.getAttribute(STORED) != null || PlainText.isPlain(key) ? key : context.handleWeirdKey(String.class, key, WHY);
        }
    }
}
