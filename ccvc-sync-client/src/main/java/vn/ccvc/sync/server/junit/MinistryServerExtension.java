package vn.ccvc.sync.server.junit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.ccvc.sync.server.MinistryServer;

/**
 * Starts a {@link MinistryServer} before the tests of a class and stops it after them. Register
 * it in a static field with {@code @RegisterExtension}; test methods may take the server as a
 * parameter.
 */
public final class MinistryServerExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private final MinistryServer.Builder builder;
  private @Nullable MinistryServer server;

  /** Creates an extension for a server without faults or authentication. */
  public MinistryServerExtension() {
    this(MinistryServer.builder());
  }

  /** Creates an extension that starts the server {@code builder} describes. */
  public MinistryServerExtension(MinistryServer.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /**
   * Returns the running server.
   *
   * @throws IllegalStateException outside the tests of the class
   */
  public MinistryServer server() {
    if (server == null) {
      throw new IllegalStateException("The ministry server runs only during the tests");
    }
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = builder.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MinistryServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server();
  }
}
