package vn.ccvc.render;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.EmployeeType;

/**
 * The words that differ between the civil-servant form 2C-BNV/2008 and the public-employee
 * form HS02-VC/BNV (Circular 07/2019/TT-BNV).
 */
record Wording(String mark, String title, String managing, String staffNumber, String using,
    String rank, String signer) {

  static final Wording CIVIL_SERVANT = new Wording("Mẫu 2C-BNV/2008",
      "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
      "Cơ quan, đơn vị có thẩm quyền quản lý CBCC",
      "Số hiệu cán bộ, công chức",
      "Cơ quan, đơn vị sử dụng CBCC",
      "Ngạch công chức (viên chức)",
      "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC");

  static final Wording PUBLIC_EMPLOYEE = new Wording("Mẫu HS02-VC/BNV",
      "SƠ YẾU LÝ LỊCH VIÊN CHỨC",
      "Cơ quan, đơn vị có thẩm quyền quản lý viên chức",
      "Số hiệu viên chức",
      "Cơ quan, đơn vị sử dụng viên chức",
      "Chức danh nghề nghiệp viên chức",
      "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng viên chức");

  static Wording of(@Nullable EmployeeType type) {
    return type == EmployeeType.PUBLIC_EMPLOYEE ? PUBLIC_EMPLOYEE : CIVIL_SERVANT;
  }
}
