package org.onevisit.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Web sessions in the database (Spring Session JDBC, docs/adr/0050), so that every node serves every request. What a
 * session holds — the login, a kiosk visit with the ID card it read — is personal data at rest like any other: each
 * attribute is serialized and then encrypted with the personal-data key ({@link PersonalDataCipher}), never stored in
 * the clear. A stored attribute that does not decrypt (altered, or its key file is gone) is refused, never read.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> encryptedSessionAttributes(PersonalDataCipher cipher) {
        return repository -> repository.setConversionService(conversions(cipher, SessionStorage.class.getClassLoader()));
    }

    static GenericConversionService conversions(PersonalDataCipher cipher, ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(new EncryptedSerialization(cipher, classLoader));
        return conversions;
    }

    /** An attribute to bytes: Java serialization, then AES-GCM; and back. */
    static final class EncryptedSerialization implements GenericConverter {

        private static final Base64.Encoder BASE64 = Base64.getEncoder();
        private static final Base64.Decoder UNBASE64 = Base64.getDecoder();

        private final PersonalDataCipher cipher;
        private final SerializingConverter serializing = new SerializingConverter();
        private final DeserializingConverter deserializing;

        EncryptedSerialization(PersonalDataCipher cipher, ClassLoader classLoader) {
            this.cipher = cipher;
            this.deserializing = new DeserializingConverter(classLoader);
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(Object.class, byte[].class), new ConvertiblePair(byte[].class, Object.class));
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            if (targetType.getType() == byte[].class) {
                String sealed = cipher.encrypt(BASE64.encodeToString(serializing.convert(source)));
                return sealed.getBytes(StandardCharsets.US_ASCII);
            }
            String opened = cipher.decrypt(new String((byte[]) source, StandardCharsets.US_ASCII));
            return deserializing.convert(UNBASE64.decode(opened));
        }
    }
}
