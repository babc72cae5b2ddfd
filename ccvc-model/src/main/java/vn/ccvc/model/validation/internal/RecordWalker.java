package vn.ccvc.model.validation.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Visits and rewrites the text components of a tree of model records, naming each by its JSON
 * path. Used for the rules that apply to every text of the profile.
 */
final class RecordWalker {

  /** Receives each text component and returns its replacement, or the same text. */
  interface TextVisitor {
    /**
     * Visits one text.
     *
     * @param path JSON path, such as {@code family.ownSide[0].fullName}
     * @param component the record component that contains the text
     * @param text the text, never null
     * @return the text to keep: {@code text} itself to leave it unchanged
     */
    String visit(String path, RecordComponent component, String text);
  }

  private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
    @Override
    protected Constructor<?> computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      try {
        return type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "Record " + type.getName() + " has no canonical constructor", e);
      }
    }
  };

  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent component : components) {
        component.getAccessor().setAccessible(true);
      }
      return components;
    }
  };

  private RecordWalker() {}

  /**
   * Returns {@code record} with each text replaced by the visitor's result; returns the same
   * instance when nothing changed.
   */
  @SuppressWarnings("unchecked")
  static <T extends Record> T rewrite(T record, String path, TextVisitor visitor) {
    return (T) rewriteRecord(record, path, visitor);
  }

  private static Record rewriteRecord(Record record, String path, TextVisitor visitor) {
    RecordComponent[] components = COMPONENTS.get(record.getClass());
    Object[] values = new Object[components.length];
    boolean changed = false;
    for (int i = 0; i < components.length; i++) {
      Object value = read(record, components[i]);
      String childPath = path.isEmpty() ? components[i].getName()
          : path + "." + components[i].getName();
      Object rewritten = rewriteValue(value, childPath, components[i], visitor);
      changed |= rewritten != value;
      values[i] = rewritten;
    }
    return changed ? construct(record.getClass(), values) : record;
  }

  private static @Nullable Object rewriteValue(@Nullable Object value, String path,
      RecordComponent component, TextVisitor visitor) {
    if (value instanceof String text) {
      String result = visitor.visit(path, component, text);
      return result.equals(text) ? value : result;
    }
    if (value instanceof Record nested) {
      return rewriteRecord(nested, path, visitor);
    }
    if (value instanceof List<?> list) {
      List<Object> out = null;
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        Object rewritten = rewriteValue(element, path + "[" + i + "]", component, visitor);
        if (rewritten != element && out == null) {
          out = new ArrayList<>(list.subList(0, i));
        }
        if (out != null) {
          out.add(rewritten);
        }
      }
      return out != null ? out : value;
    }
    return value;
  }

  private static @Nullable Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }

  private static Record construct(Class<?> type, Object[] values) {
    try {
      return (Record) CANONICAL.get(type).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot rebuild " + type.getName(), e);
    }
  }
}
