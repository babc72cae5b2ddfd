package vn.ccvc.sync.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Where and how a transport sends: endpoint, timeouts and credentials. Immutable and safe to
 * share between threads; build one with {@link #builder(URI)}.
 */
public final class TransportSettings {

  private final URI endpoint;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final @Nullable BearerTokenSupplier tokenSupplier;
  private final @Nullable String apiKey;
  private final @Nullable SSLContext sslContext;
  private final boolean gzip;

  private TransportSettings(Builder builder) {
    this.endpoint = builder.endpoint;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.tokenSupplier = builder.tokenSupplier;
    this.apiKey = builder.apiKey;
    this.sslContext = builder.sslContext;
    this.gzip = builder.gzip;
  }

  /** Returns a builder for {@code endpoint}, such as {@code https://host/ccvc}. */
  public static Builder builder(URI endpoint) {
    return new Builder(endpoint);
  }

  /** Returns the endpoint URI. */
  public URI endpoint() {
    return endpoint;
  }

  /** Returns the timeout for opening a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the deadline of one whole request, headers and body included. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** Returns the bearer token source, or null to send none. */
  public @Nullable BearerTokenSupplier tokenSupplier() {
    return tokenSupplier;
  }

  /** Returns the API key sent as {@code X-Api-Key}, or null. */
  public @Nullable String apiKey() {
    return apiKey;
  }

  /** Returns the TLS context, for instance with a client certificate, or null for the default. */
  public @Nullable SSLContext sslContext() {
    return sslContext;
  }

  /** Returns whether request bodies are gzip-compressed. */
  public boolean gzip() {
    return gzip;
  }

  /** Returns the endpoint only: credentials never appear in text. */
  @Override
  public String toString() {
    return "TransportSettings[" + endpoint + "]";
  }

  /** Builder of {@link TransportSettings}; not thread-safe. */
  public static final class Builder {

    private final URI endpoint;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private @Nullable BearerTokenSupplier tokenSupplier;
    private @Nullable String apiKey;
    private @Nullable SSLContext sslContext;
    private boolean gzip = true;

    private Builder(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Sets the connect timeout, 10 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Sets the deadline of one request including its body, 30 seconds by default. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** Sets the bearer token source. */
    public Builder bearerToken(BearerTokenSupplier supplier) {
      this.tokenSupplier = Objects.requireNonNull(supplier, "supplier");
      return this;
    }

    /** Sets an API key, sent as the {@code X-Api-Key} header. */
    public Builder apiKey(String key) {
      this.apiKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** Sets the TLS context, for instance one holding a client certificate. */
    public Builder sslContext(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "context");
      return this;
    }

    /** Sets whether request bodies are gzip-compressed, true by default. */
    public Builder gzip(boolean enabled) {
      this.gzip = enabled;
      return this;
    }

    /** Returns the settings. */
    public TransportSettings build() {
      return new TransportSettings(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
