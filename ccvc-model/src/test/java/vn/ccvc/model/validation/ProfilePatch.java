package vn.ccvc.model.validation;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Returns a copy of a model record with one value replaced, addressed by its JSON path such as
 * {@code salary.history[2].coefficient}, so that each test states only the value it breaks.
 */
final class ProfilePatch {

  private ProfilePatch() {}

  @SuppressWarnings("unchecked")
  static <T extends Record> T set(T root, String path, Object value) {
    return (T) setIn(root, path.split("\\."), 0, value);
  }

  private static Object setIn(Object node, String[] segments, int at, Object value) {
    String segment = segments[at];
    int bracket = segment.indexOf('[');
    String name = bracket < 0 ? segment : segment.substring(0, bracket);
    Record record = (Record) node;
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = read(record, components[i]);
      if (components[i].getName().equals(name)) {
        found = true;
        values[i] = replace(values[i], segment, bracket, segments, at, value);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("No component '" + name + "' in " + record.getClass());
    }
    try {
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object replace(Object current, String segment, int bracket, String[] segments,
      int at, Object value) {
    boolean last = at == segments.length - 1;
    if (bracket < 0) {
      return last ? value : setIn(current, segments, at + 1, value);
    }
    int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
    List<Object> list = new ArrayList<>((List<?>) current);
    list.set(index, last ? value : setIn(list.get(index), segments, at + 1, value));
    return list;
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
