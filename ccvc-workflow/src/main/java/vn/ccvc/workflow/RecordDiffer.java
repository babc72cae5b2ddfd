package vn.ccvc.workflow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Section;

/**
 * Walks two trees of model records side by side through their record components, so a field
 * added to the model shows in the diff without a change here.
 */
final class RecordDiffer {

  /** Public accessors of each record type, in declaration order. */
  private static final ClassValue<List<Accessor>> ACCESSORS = new ClassValue<>() {
    @Override
    protected List<Accessor> computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Accessor[] accessors = new Accessor[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = new Accessor(components[i].getName(), components[i].getAccessor());
      }
      return List.of(accessors);
    }
  };

  private record Accessor(String name, Method method) {}

  private RecordDiffer() {}

  static void diffProfiles(@Nullable Profile before, @Nullable Profile after,
      List<FieldChange> out) {
    // The schema version describes the JSON format, not the employee, so it is not compared.
    for (Section section : Section.values()) {
      String name = section.jsonName();
      Accessor accessor = accessor(Profile.class, name);
      diff(section, name, read(accessor, before), read(accessor, after), out);
    }
  }

  private static void diff(Section section, String path, @Nullable Object before,
      @Nullable Object after, List<FieldChange> out) {
    if (before == null && after == null) {
      return;
    }
    Object sample = before != null ? before : after;
    if (sample instanceof Record) {
      for (Accessor accessor : ACCESSORS.get(sample.getClass())) {
        diff(section, path + "." + accessor.name(), read(accessor, before),
            read(accessor, after), out);
      }
    } else if (sample instanceof List) {
      List<?> left = before == null ? List.of() : (List<?>) before;
      List<?> right = after == null ? List.of() : (List<?>) after;
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        diff(section, path + "[" + i + "]", i < left.size() ? left.get(i) : null,
            i < right.size() ? right.get(i) : null, out);
      }
    } else if (!sameValue(before, after)) {
      out.add(new FieldChange(section, path, text(before), text(after)));
    }
  }

  private static boolean sameValue(@Nullable Object before, @Nullable Object after) {
    if (before instanceof BigDecimal left && after instanceof BigDecimal right) {
      return left.compareTo(right) == 0;
    }
    return Objects.equals(before, after);
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  private static Accessor accessor(Class<?> type, String name) {
    return ACCESSORS.get(type).stream()
        .filter(accessor -> accessor.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type.getName() + " has no component "
            + name));
  }

  private static @Nullable Object read(Accessor accessor, @Nullable Object record) {
    if (record == null) {
      return null;
    }
    try {
      return accessor.method().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + accessor.name() + " of "
          + record.getClass().getName(), e);
    }
  }
}
