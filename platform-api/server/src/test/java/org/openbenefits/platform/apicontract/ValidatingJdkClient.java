package org.openbenefits.platform.apicontract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A JDK {@link HttpClient} whose every synchronous exchange is checked against the OpenAPI document, for code that
 * builds its own client from a {@link HttpClient.Builder}, such as the Java client generated from the document: give
 * it {@link #builder()}. The request body is read back from its publisher, the answer is read whole, checked, then
 * handed to the caller's body handler.
 */
public final class ValidatingJdkClient extends HttpClient {

    private static final Duration BODY_READ_LIMIT = Duration.ofSeconds(10);

    private final HttpClient delegate;

    private ValidatingJdkClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** A builder of the JDK's client whose clients check every exchange. */
    public static HttpClient.Builder builder() {
        return new ValidatingBuilder(HttpClient.newBuilder());
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        byte[] sent = request.bodyPublisher().map(ValidatingJdkClient::read).orElse(null);
        HttpResponse<byte[]> received = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        URI uri = received.request().uri();
        ContractChecks.platformApi().check(new Exchange(request.method(),
                URI.create(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())),
                request.headers().map(), sent == null || sent.length == 0 ? null : sent,
                received.statusCode(), received.headers().map(),
                received.body() == null || received.body().length == 0 ? null : received.body()));
        return new Answer<>(received, handOver(received, handler));
    }

    private static <T> T handOver(HttpResponse<byte[]> received, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return received.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return received.headers();
            }

            @Override
            public Version version() {
                return received.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        if (received.body() != null && received.body().length > 0) {
            subscriber.onNext(List.of(ByteBuffer.wrap(received.body())));
        }
        subscriber.onComplete();
        try {
            return subscriber.getBody().toCompletableFuture().get(BODY_READ_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Cannot hand the answer over to the caller's body handler", e);
        }
    }

    /** Reads back what a request's body publisher sends (the JDK's publishers of bytes and strings publish at once). */
    private static byte[] read(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(BODY_READ_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a request body back", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read a request body back from its publisher", e);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("Only synchronous exchanges are checked against the document");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushes) {
        throw new UnsupportedOperationException("Only synchronous exchanges are checked against the document");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** The answer as read, with the body the caller's handler made of it. */
    private record Answer<T>(HttpResponse<byte[]> received, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return received.statusCode();
        }

        @Override
        public HttpRequest request() {
            return received.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return received.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return received.sslSession();
        }

        @Override
        public URI uri() {
            return received.uri();
        }

        @Override
        public Version version() {
            return received.version();
        }
    }

    /** Builds the JDK's client as configured, wrapped. */
    private record ValidatingBuilder(HttpClient.Builder builder) implements HttpClient.Builder {

        @Override
        public Builder cookieHandler(CookieHandler handler) {
            builder.cookieHandler(handler);
            return this;
        }

        @Override
        public Builder connectTimeout(Duration duration) {
            builder.connectTimeout(duration);
            return this;
        }

        @Override
        public Builder sslContext(SSLContext context) {
            builder.sslContext(context);
            return this;
        }

        @Override
        public Builder sslParameters(SSLParameters parameters) {
            builder.sslParameters(parameters);
            return this;
        }

        @Override
        public Builder executor(Executor executor) {
            builder.executor(executor);
            return this;
        }

        @Override
        public Builder followRedirects(Redirect policy) {
            builder.followRedirects(policy);
            return this;
        }

        @Override
        public Builder version(Version version) {
            builder.version(version);
            return this;
        }

        @Override
        public Builder priority(int priority) {
            builder.priority(priority);
            return this;
        }

        @Override
        public Builder proxy(ProxySelector selector) {
            builder.proxy(selector);
            return this;
        }

        @Override
        public Builder authenticator(Authenticator authenticator) {
            builder.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ValidatingJdkClient(builder.build());
        }
    }
}
