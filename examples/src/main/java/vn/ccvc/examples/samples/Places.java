package vn.ccvc.examples.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Places of birth, home towns and addresses. A place of birth is written as it was named when
 * the birth was registered (before the 2025 province mergers), and its province code is the one
 * in digits 1–3 of the citizen ID.
 */
final class Places {

  /** The ward the sample unit belongs to, as named since 1 July 2025. */
  static final String WARD = "phường Đại Mỗ";

  /** The ward's name with its city, for addresses and agency names. */
  static final String WARD_IN_CITY = "phường Đại Mỗ, thành phố Hà Nội";

  /** The ward's name and district from April 2014 to June 2025. */
  static final String OLD_WARD = "phường Đại Mỗ, quận Nam Từ Liêm";

  /** The commune and district the ward was before April 2014. */
  static final String OLD_COMMUNE = "xã Đại Mỗ, huyện Từ Liêm";

  /** The district whose People's Committee recruited the ward's staff until June 2025. */
  static final String DISTRICT = "quận Nam Từ Liêm";

  /** A province of birth registration: its ID code, name and a few districts. */
  record Province(String code, String name, List<String> districts) {

    Province {
      districts = List.copyOf(districts);
    }

    /** Draws a district of the province and writes it with the province's name. */
    String place(SplittableRandom random) {
      return Names.pick(random, districts) + ", " + name;
    }
  }

  static final Province HA_NOI = new Province("001", "thành phố Hà Nội", List.of(
      "huyện Từ Liêm", "quận Đống Đa", "quận Hai Bà Trưng", "quận Cầu Giấy", "huyện Hoài Đức",
      "huyện Thanh Trì", "quận Ba Đình", "huyện Đan Phượng"));

  static final Province THANH_HOA = new Province("038", "tỉnh Thanh Hóa", List.of(
      "huyện Hoằng Hóa", "huyện Quảng Xương", "huyện Thọ Xuân", "thành phố Thanh Hóa"));

  /** Provinces near Hà Nội, where many of the staff were born. */
  private static final List<Province> NEIGHBOURS = List.of(
      new Province("030", "tỉnh Hải Dương", List.of("huyện Gia Lộc", "huyện Cẩm Giàng")),
      new Province("033", "tỉnh Hưng Yên", List.of("huyện Văn Lâm", "huyện Khoái Châu")),
      new Province("034", "tỉnh Thái Bình", List.of("huyện Vũ Thư", "huyện Kiến Xương")),
      new Province("035", "tỉnh Hà Nam", List.of("huyện Duy Tiên", "huyện Kim Bảng")),
      new Province("036", "tỉnh Nam Định", List.of("huyện Hải Hậu", "huyện Ý Yên")),
      new Province("037", "tỉnh Ninh Bình", List.of("huyện Yên Khánh", "huyện Gia Viễn")),
      new Province("025", "tỉnh Phú Thọ", List.of("huyện Lâm Thao", "huyện Thanh Ba")),
      new Province("026", "tỉnh Vĩnh Phúc", List.of("huyện Yên Lạc", "huyện Vĩnh Tường")),
      new Province("027", "tỉnh Bắc Ninh", List.of("huyện Tiên Du", "huyện Gia Bình")),
      new Province("024", "tỉnh Bắc Giang", List.of("huyện Việt Yên", "huyện Lạng Giang")),
      new Province("017", "tỉnh Hòa Bình", List.of("huyện Lương Sơn", "huyện Kim Bôi")),
      THANH_HOA,
      new Province("040", "tỉnh Nghệ An", List.of("huyện Nghi Lộc", "huyện Diễn Châu")));

  private static final List<String> STREETS = List.of(
      "phố Đại Linh", "đường Đại Mỗ", "phố Ngọc Trục", "phố Phú Đô", "đường Tố Hữu",
      "phố Miêu Nha", "đường Lê Quang Đạo", "phố Châu Văn Liêm", "phố Tây Mỗ", "đường Mễ Trì");

  private Places() {}

  /** Draws a province of birth registration: Hà Nội six times in ten, else a neighbour. */
  static Province birthProvince(SplittableRandom random) {
    return random.nextInt(10) < 6 ? HA_NOI : Names.pick(random, NEIGHBOURS);
  }

  /** Draws a house address in the ward, as written since 1 July 2025. */
  static String wardAddress(SplittableRandom random) {
    String house = "Số " + (1 + random.nextInt(120));
    if (random.nextBoolean()) {
      house += ", ngõ " + (2 + random.nextInt(300));
    }
    return house + " " + Names.pick(random, STREETS) + ", " + WARD_IN_CITY;
  }
}
