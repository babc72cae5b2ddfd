package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that the codec works as a named module beside a named Jackson module, as a host on
 * the module path runs it, and that its API has no Jackson type.
 */
class ModulePathTest {

  private static final List<Class<?>> API = List.of(ProfileCodec.class,
      ProfileCodec.Builder.class, ProfileSource.class, ProfileReadException.class);

  @Test
  void codecRunsAsNamedModule() throws ClassNotFoundException {
    Module model = ProfileCodec.class.getModule();
    Module jackson = Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getModule();

    assertThat(model.getName()).isEqualTo("vn.ccvc.model");
    assertThat(ModulePathTest.class.getModule()).isSameAs(model);
    assertThat(jackson.getName()).isEqualTo("com.fasterxml.jackson.databind");
    assertThat(model.isExported("vn.ccvc.model.json")).isTrue();
    assertThat(model.isExported("vn.ccvc.model.json.internal")).isFalse();
    assertThat(model.isOpen("vn.ccvc.model.json.internal", jackson)).isTrue();
    assertThat(model.isOpen("vn.ccvc.model.json.internal")).isFalse();
    assertThat(ProfileCodec.create().read(ProfileCodecWriteTest.fullProfileJson()))
        .isEqualTo(Profiles.full());
  }

  @Test
  void jackson3BesideJackson2() throws ClassNotFoundException {
    Class<?> jackson3 = Class.forName("tools.jackson.databind.ObjectMapper");

    assertThat(jackson3.getPackageName()).isEqualTo("tools.jackson.databind");
    assertThat(ProfileSchema.errors(ProfileCodec.create().write(Profiles.full()))).isEmpty();
  }

  @Test
  void apiHasNoJacksonTypes() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : API) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPrivate(method.getModifiers())) {
          collect(leaks, method.toGenericString(), method.getGenericReturnType());
          collect(leaks, method.toGenericString(), method.getGenericParameterTypes());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (!Modifier.isPrivate(constructor.getModifiers())) {
          collect(leaks, constructor.toGenericString(), constructor.getGenericParameterTypes());
        }
      }
      for (Class<?> parent = type; parent != null; parent = parent.getSuperclass()) {
        collect(leaks, type.getName(), parent);
      }
    }

    assertThat(leaks).isEmpty();
  }

  private static void collect(List<String> leaks, String where, Type... types) {
    for (Type t : types) {
      String name = t.getTypeName();
      if (name.contains("jackson")) {
        leaks.add(where + " uses " + name);
      }
    }
  }
}
