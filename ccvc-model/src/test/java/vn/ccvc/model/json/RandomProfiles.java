package vn.ccvc.model.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import vn.ccvc.model.Profile;

/**
 * QuickTheories generator of random profiles. It walks the record components by reflection,
 * so a component added to the model is generated without a change here: text with Vietnamese
 * diacritics (precomposed and decomposed), quotes, backslashes, line breaks, control
 * characters and emoji; whole numbers over the full {@code int} range; decimals, mostly with
 * two places; enum constants; lists of 0–3 rows; {@code null} for about one scalar member in
 * four and one record in eight.
 */
final class RandomProfiles {

  private static final String[] PIECES = {
    "a", "ă", "â", "đ", "ê", "ô", "ơ", "ư", "Đ", "Ơ", "Ư", "á", "ạ", "ả", "ã", "à", "ấ", "ậ",
    "ế", "ệ", "ộ", "ớ", "ợ", "ứ", "ự", "ỳ", "ỹ", "Thủy", "Thuỷ", "Nguyễn", "Văn", "Hùng",
    "a\u0301", "u\u031b\u0303", "e\u0302\u0323", "x", "Z", "0", "1", "9", "038075011234",
    " ", "  ", "\u00a0", "\t", "\n", "\r\n", "\"", "\\", "/", "'", "-", ",", ".", "{", "}",
    "[", "]", ":", "\u0001", "\u001f", "\u007f", "😀", "𠀋", "€", "\u2028",
  };

  private RandomProfiles() {}

  /** Returns a generator of random profiles of the current schema version. */
  static Gen<Profile> profiles() {
    return in -> {
      Profile random = (Profile) record(Profile.class, in);
      return new Profile(Profile.SCHEMA_VERSION, random.identity(), random.residence(),
          random.family(), random.personalHistory(), random.employment(),
          random.qualifications(), random.workHistory(), random.salary(),
          random.awardsAndDiscipline(), random.partyAndMilitary(), random.healthAndPolicy());
    };
  }

  private static Object record(Class<?> type, RandomnessSource in) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getGenericType(), in);
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object value(Type type, RandomnessSource in) {
    if (type == int.class) {
      return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    if (type instanceof ParameterizedType list) {
      Type rowType = list.getActualTypeArguments()[0];
      List<Object> rows = new ArrayList<>();
      for (long n = in.next(Constraint.between(0, 3)); n > 0; n--) {
        rows.add(record((Class<?>) rowType, in));
      }
      return rows;
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      return in.next(Constraint.between(0, 7)) == 0 ? null : record(raw, in);
    }
    if (in.next(Constraint.between(0, 3)) == 0) {
      return null;
    }
    return nonNull(raw, in);
  }

  private static Object nonNull(Class<?> type, RandomnessSource in) {
    if (type == String.class) {
      return text(in);
    }
    if (type == Integer.class) {
      return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    if (type == BigDecimal.class) {
      return decimal(in);
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[(int) in.next(Constraint.between(0, constants.length - 1))];
    }
    throw new IllegalStateException("no generator for " + type);
  }

  private static String text(RandomnessSource in) {
    StringBuilder text = new StringBuilder();
    for (long n = in.next(Constraint.between(0, 12)); n > 0; n--) {
      text.append(PIECES[(int) in.next(Constraint.between(0, PIECES.length - 1))]);
    }
    return text.toString();
  }

  private static BigDecimal decimal(RandomnessSource in) {
    long unscaled = in.next(Constraint.between(-1_000_000, 1_000_000));
    // Mostly two places, as coefficients have; sometimes 0, 1 or 3 to prove the scale is kept.
    int scale = in.next(Constraint.between(0, 3)) == 0
        ? (int) in.next(Constraint.between(0, 3)) : 2;
    return BigDecimal.valueOf(unscaled, scale);
  }
}
