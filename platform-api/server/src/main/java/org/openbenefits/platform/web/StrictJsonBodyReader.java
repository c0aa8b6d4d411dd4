package org.openbenefits.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

/**
 * Reads every JSON request body of the API through {@link StrictJson} before the deserializer sees it, in place of
 * Micronaut's lenient reader (which takes 1.9 for 1, "100" and true for numbers, and ignores duplicate keys and
 * whatever follows the object). Ordered before that reader, for the records the API's routes bind.
 */
@Singleton
@Order(-100)
@Consumes(MediaType.APPLICATION_JSON)
final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    private final JsonMapper json;

    StrictJsonBodyReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, @Nullable MediaType mediaType) {
        return (mediaType == null || MediaType.APPLICATION_JSON_TYPE.matches(mediaType))
                && BeanIntrospector.SHARED.findIntrospection(type.getType()).isPresent();
    }

    @Override
    public T read(Argument<T> type, @Nullable MediaType mediaType, Headers headers, ByteBuffer<?> body)
            throws CodecException {
        T value = read(type, body.toByteArray());
        // Released on success only: on failure the caller releases the buffer
        if (body instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, @Nullable MediaType mediaType, Headers headers, InputStream body)
            throws CodecException {
        try {
            return read(type, body.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private T read(Argument<T> type, byte[] body) {
        byte[] canonical = StrictJson.canonical(body, type);
        try {
            return json.readValue(canonical, type);
        } catch (SerdeException e) {
            // StrictJson checked every field it knows; a type it does not know is described by its path
            throw org.openbenefits.domain.refusal.Refusal.invalid(java.util.List.of(InputProblems.fieldOf(e))).toException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
