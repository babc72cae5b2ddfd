package vn.ccvc.examples.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import vn.ccvc.model.Family;
import vn.ccvc.model.Relative;
import vn.ccvc.model.Sex;

/**
 * Draws the family tables 30a and 30b. Parents are born 21 to 34 years before their child, and
 * children are born a year or more after their parents' marriage at 23 or older. So every
 * parent is at least 12 years older than the child, as the validator requires.
 */
final class Relatives {

  private static final List<String> OLD_JOBS = List.of(
      "Nông dân", "Công nhân nghỉ hưu", "Cán bộ nghỉ hưu", "Giáo viên nghỉ hưu", "Buôn bán",
      "Nội trợ");
  private static final List<String> ADULT_JOBS = List.of(
      "Giáo viên", "Kỹ sư xây dựng", "Nhân viên ngân hàng", "Kinh doanh tự do", "Kế toán",
      "Nhân viên văn phòng", "Công nhân", "Điều dưỡng", "Lái xe", "Làm ruộng");

  private final int thisYear;

  Relatives(int thisYear) {
    this.thisYear = thisYear;
  }

  /** The employee whose family is drawn. */
  record Subject(String fullName, Sex sex, int birthYear, String homeTown, String address) {}

  /** Draws both tables for {@code subject}. */
  Family draw(Subject subject, SplittableRandom random) {
    List<Relative> own = new ArrayList<>();
    List<Relative> spouseSide = new ArrayList<>();
    String family = Names.familyOf(subject.fullName());
    int motherYear = parents(own, family, subject.birthYear(), subject.homeTown(), "", random);

    int age = thisYear - subject.birthYear();
    boolean married = age >= 25 && random.nextInt(100) < (age >= 30 ? 92 : 70);
    if (married) {
      Sex spouseSex = subject.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
      int spouseYear = subject.sex() == Sex.MALE ? subject.birthYear() + random.nextInt(6)
          : subject.birthYear() - random.nextInt(6);
      String spouseFamily = Names.familyOtherThan(random, family);
      String spouse = Names.full(random, spouseFamily, spouseSex);
      own.add(row(spouseSex == Sex.MALE ? "Chồng" : "Vợ", spouse, spouseYear,
          job(random, thisYear - spouseYear) + ". Nơi ở: " + subject.address() + "."));
      int marriage = Math.max(subject.birthYear(), spouseYear) + 23 + random.nextInt(6);
      String childFamily = subject.sex() == Sex.MALE ? family : spouseFamily;
      children(own, childFamily, Math.min(marriage, thisYear - 1), subject.address(), random);
      String inLaw = spouseSex == Sex.MALE ? "chồng" : "vợ";
      int spouseMother = parents(spouseSide, spouseFamily, spouseYear,
          Places.birthProvince(random).place(random), " " + inLaw, random);
      siblings(spouseSide, spouseFamily, spouseYear, spouseMother, " " + inLaw, random);
    }
    siblings(own, family, subject.birthYear(), motherYear, " ruột", random);
    return new Family(own, spouseSide);
  }

  /** Adds the father and the mother; returns the mother's birth year. */
  private int parents(List<Relative> rows, String family, int childYear, String homeTown,
      String suffix, SplittableRandom random) {
    int fatherYear = childYear - 24 - random.nextInt(11);
    int motherYear = childYear - 21 - random.nextInt(10);
    String father = Names.full(random, family, Sex.MALE);
    String mother = Names.full(random, Names.familyOtherThan(random, family), Sex.FEMALE);
    String fatherLabel = suffix.isEmpty() ? "Bố đẻ" : "Bố" + suffix;
    String motherLabel = suffix.isEmpty() ? "Mẹ đẻ" : "Mẹ" + suffix;
    rows.add(row(fatherLabel, father, fatherYear, parentDetails(fatherYear, homeTown, random)));
    rows.add(row(motherLabel, mother, motherYear, parentDetails(motherYear, homeTown, random)));
    return motherYear;
  }

  private String parentDetails(int birthYear, String homeTown, SplittableRandom random) {
    String details = "Quê quán: " + capitalise(homeTown) + ". ";
    int age = thisYear - birthYear;
    if (age > 70 && random.nextInt(100) < (age - 60) * 3) {
      int died = birthYear + 60 + random.nextInt(Math.max(1, age - 60));
      return details + "Đã mất năm " + Math.min(died, thisYear - 1) + ".";
    }
    return details + "Nghề nghiệp: " + Names.pick(random, OLD_JOBS) + ". Nơi ở: "
        + capitalise(homeTown) + ".";
  }

  private void children(List<Relative> rows, String family, int marriage, String address,
      SplittableRandom random) {
    int count = List.of(1, 2, 2, 2, 3).get(random.nextInt(5));
    int year = marriage + 1 + random.nextInt(2);
    for (int i = 0; i < count && year <= thisYear; i++) {
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      rows.add(row("Con đẻ", Names.full(random, family, sex), year,
          study(thisYear - year, random) + ". Nơi ở: " + address + "."));
      year += 2 + random.nextInt(4);
    }
  }

  private void siblings(List<Relative> rows, String family, int ownYear, int motherYear,
      String suffix, SplittableRandom random) {
    int count = random.nextInt(4);
    TreeSet<Integer> years = new TreeSet<>();
    years.add(ownYear);
    while (years.size() < count + 1) {
      int year = motherYear + 20 + random.nextInt(19);
      if (Math.abs(year - ownYear) >= 1 && year <= thisYear - 1) {
        years.add(year);
      }
    }
    for (int year : years) {
      if (year == ownYear) {
        continue;
      }
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      String label = "Em";
      if (year < ownYear) {
        label = sex == Sex.MALE ? "Anh" : "Chị";
      }
      rows.add(row(label + suffix, Names.full(random, family, sex), year,
          job(random, thisYear - year) + ". Nơi ở: "
              + capitalise(Places.birthProvince(random).place(random)) + "."));
    }
  }

  private static String job(SplittableRandom random, int age) {
    return "Nghề nghiệp: " + (age < 22 ? "Sinh viên" : Names.pick(random, ADULT_JOBS));
  }

  private static String study(int age, SplittableRandom random) {
    if (age < 3) {
      return "Còn nhỏ";
    }
    if (age < 6) {
      return "Học sinh mầm non";
    }
    if (age < 11) {
      return "Học sinh tiểu học";
    }
    if (age < 15) {
      return "Học sinh trung học cơ sở";
    }
    if (age < 18) {
      return "Học sinh trung học phổ thông";
    }
    return age < 23 ? "Sinh viên" : job(random, age);
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Relative row(String label, String name, int year, String details) {
    return new Relative(Codes.relation(label), name, String.valueOf(year), details);
  }
}
