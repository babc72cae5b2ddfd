package vn.ccvc.model.validation.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Visits and rewrites the text components of a tree of model records, naming each by its JSON
 * path. Used for the rules that apply to every text of the profile.
 *
 * <p>The walk builds no path string and no values array for a record whose texts all stay
 * unchanged. A visitor that needs the path calls {@code toString()} on it.
 */
final class RecordWalker {

  /** Receives each text component and returns its replacement, or the same text. */
  interface TextVisitor {
    /**
     * Visits one text.
     *
     * @param path JSON path, such as {@code family.ownSide[0].fullName}. The walker reuses
     *     this buffer, so a visitor that keeps the path must copy it with {@code toString()}
     * @param component the record component that contains the text
     * @param index the component's index in {@link Class#getRecordComponents()} of its record
     * @param text the text, never null
     * @return the text to keep: {@code text} itself to leave it unchanged
     */
    String visit(CharSequence path, RecordComponent component, int index, String text);
  }

  /** A record component with its accessor as a method handle of type (Object)Object. */
  private record Component(RecordComponent component, String name, MethodHandle accessor) {}

  /** A record class's components in declaration order and its canonical constructor. */
  private record RecordType(Component[] components, Constructor<?> constructor) {}

  private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
    @Override
    protected RecordType computeValue(Class<?> type) {
      return describe(type);
    }
  };

  private RecordWalker() {}

  /**
   * Returns {@code record} with each text replaced by the visitor's result; returns the same
   * instance when nothing changed.
   */
  @SuppressWarnings("unchecked")
  static <T extends Record> T rewrite(T record, String path, TextVisitor visitor) {
    return (T) rewriteRecord(record, new StringBuilder(128).append(path), visitor);
  }

  private static Record rewriteRecord(Record record, StringBuilder path, TextVisitor visitor) {
    RecordType type = TYPES.get(record.getClass());
    Component[] components = type.components();
    int length = path.length();
    // The values array is needed only to rebuild a changed record, so it is made on the
    // first change, from the values read so far.
    Object[] values = null;
    for (int i = 0; i < components.length; i++) {
      Component component = components[i];
      Object value = read(record, component);
      if (length > 0) {
        path.append('.');
      }
      path.append(component.name());
      Object rewritten = rewriteValue(value, path, component.component(), i, visitor);
      path.setLength(length);
      if (rewritten != value && values == null) {
        values = new Object[components.length];
        for (int j = 0; j < i; j++) {
          values[j] = read(record, components[j]);
        }
      }
      if (values != null) {
        values[i] = rewritten;
      }
    }
    return values != null ? construct(type, values) : record;
  }

  private static @Nullable Object rewriteValue(@Nullable Object value, StringBuilder path,
      RecordComponent component, int index, TextVisitor visitor) {
    if (value instanceof String text) {
      String result = visitor.visit(path, component, index, text);
      return result.equals(text) ? value : result;
    }
    if (value instanceof Record nested) {
      return rewriteRecord(nested, path, visitor);
    }
    if (value instanceof List<?> list) {
      return rewriteList(list, path, component, index, visitor);
    }
    return value;
  }

  private static List<?> rewriteList(List<?> list, StringBuilder path, RecordComponent component,
      int index, TextVisitor visitor) {
    int length = path.length();
    List<Object> out = null;
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      path.append('[').append(i).append(']');
      Object rewritten = rewriteValue(element, path, component, index, visitor);
      path.setLength(length);
      if (rewritten != element && out == null) {
        out = new ArrayList<>(list.subList(0, i));
      }
      if (out != null) {
        out.add(rewritten);
      }
    }
    return out != null ? out : list;
  }

  private static @Nullable Object read(Record record, Component component) {
    try {
      return (Object) component.accessor().invokeExact((Object) record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Failed to read " + component.component(), e);
    }
  }

  private static Record construct(RecordType type, Object[] values) {
    try {
      return (Record) type.constructor().newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Failed to rebuild " + type.constructor().getDeclaringClass().getName(), e);
    }
  }

  private static RecordType describe(Class<?> type) {
    RecordComponent[] recordComponents = type.getRecordComponents();
    Component[] components = new Component[recordComponents.length];
    Class<?>[] types = new Class<?>[recordComponents.length];
    MethodType erased = MethodType.methodType(Object.class, Object.class);
    for (int i = 0; i < recordComponents.length; i++) {
      RecordComponent component = recordComponents[i];
      types[i] = component.getType();
      try {
        MethodHandle accessor = MethodHandles.lookup().unreflect(component.getAccessor());
        components[i] = new Component(component, component.getName(), accessor.asType(erased));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Failed to access " + component, e);
      }
    }
    try {
      return new RecordType(components, type.getDeclaredConstructor(types));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          "Record " + type.getName() + " has no canonical constructor", e);
    }
  }
}
