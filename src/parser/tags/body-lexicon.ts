/**
 * The words bodies are named with in the genre, for the body grammar
 * (bodies.ts): heads ("Ủy ban nhân dân", "Sở", "Ban Thường vụ", "cấp ủy",
 * "các cơ quan"), what may follow a head (a department's name, the
 * committee it belongs to, a level and a place, "trực thuộc …", "có liên
 * quan"), and the nouns that extend a list of bodies written as one
 * ("các Sở, ban, ngành", "các cấp ủy, tổ chức đảng"). Includes the bodies
 * created or renamed in the 2025 reorganisation of the apparatus (Sở Nông
 * nghiệp và Môi trường, Thuế tỉnh, Đảng ủy Chính phủ, Ban Tuyên giáo và Dân
 * vận Trung ương, Ủy ban nhân dân phường …) and those they replaced.
 */
import type { BodyKind } from '../../schemas/taxonomy.js';

/** How a head is completed, and what it names. */
export type HeadType =
  /** A complete name of a central body ("Bộ Chính trị", "Chính phủ"). */
  | 'central'
  /** A Party committee ("Tỉnh ủy", "Đảng ủy", "chi bộ", "cấp ủy"): may take a place, an owner, a level. */
  | 'committee'
  /** An organ of a committee or of the state ("Ban Thường vụ", "Văn phòng", "Ban Tổ chức"): takes the body it belongs to. */
  | 'organ'
  /** A state body or mass organisation ("Ủy ban nhân dân", "Công an", "Hội Nông dân"): takes a level and a place. */
  | 'state'
  /** A ministry or department ("Sở", "Bộ", "Phòng", "Cục"): takes its name, then a level. */
  | 'department'
  /** A kind of body, named only as a class ("cơ quan", "đơn vị", "chính quyền"): needs "các" or a qualifier. */
  | 'generic'
  /** An official by office ("Chủ tịch", "Giám đốc"): takes the body whose office it is. */
  | 'official'
  /** An association ("Hội", "Hiệp hội"): takes its name, capitalised or named by its members ("công chứng viên"). */
  | 'association';

export interface HeadEntry {
  words: string;
  type: HeadType;
  kind: BodyKind;
  /** The name must start with a capital in the text (an organ named "Thanh tra", not the activity "thanh tra"). */
  capital?: boolean;
  /** Where a level word is implied by the head itself ("Tỉnh ủy" is a province's). */
  level?: Level;
  /** A unit named by its number, after the head or after its name: "Trung đoàn 335", "Hải đội Biên phòng 2". */
  numbered?: boolean;
}

export type Level = 'central' | 'province' | 'district' | 'commune';

export const HEADS: HeadEntry[] = [
  // Central bodies named in full.
  { words: 'Bộ Chính trị', type: 'central', kind: 'party' },
  { words: 'Ban Bí thư', type: 'central', kind: 'party' },
  { words: 'Ban Chấp hành Trung ương Đảng', type: 'central', kind: 'party' },
  { words: 'Ban Chấp hành Trung ương', type: 'central', kind: 'party' },
  { words: 'Chính phủ', type: 'central', kind: 'state', capital: true },
  { words: 'Quốc hội', type: 'central', kind: 'state', capital: true },
  { words: 'Thủ tướng Chính phủ', type: 'central', kind: 'state' },
  { words: 'Ủy ban Thường vụ Quốc hội', type: 'central', kind: 'state' },
  { words: 'Kiểm toán Nhà nước', type: 'central', kind: 'state', capital: true },
  { words: 'Văn phòng Chính phủ', type: 'central', kind: 'state' },
  { words: 'Văn phòng Trung ương Đảng', type: 'central', kind: 'party' },
  // Party committees.
  { words: 'Tỉnh ủy', type: 'committee', kind: 'party', level: 'province' },
  { words: 'Thành ủy', type: 'committee', kind: 'party' },
  { words: 'Huyện ủy', type: 'committee', kind: 'party', level: 'district' },
  { words: 'Thị ủy', type: 'committee', kind: 'party', level: 'district' },
  { words: 'Quận ủy', type: 'committee', kind: 'party', level: 'district' },
  { words: 'Đảng ủy', type: 'committee', kind: 'party' },
  { words: 'Đảng bộ', type: 'committee', kind: 'party' },
  { words: 'Chi bộ', type: 'committee', kind: 'party' },
  { words: 'Chi ủy', type: 'committee', kind: 'party' },
  { words: 'Cấp ủy đảng', type: 'committee', kind: 'collective' },
  { words: 'Cấp ủy', type: 'committee', kind: 'collective' },
  { words: 'Đảng đoàn', type: 'committee', kind: 'party' },
  { words: 'Quân ủy', type: 'committee', kind: 'party' },
  { words: 'Ban cán sự đảng', type: 'committee', kind: 'party' },
  { words: 'Tổ chức cơ sở đảng', type: 'committee', kind: 'collective' },
  { words: 'Tổ chức đảng', type: 'committee', kind: 'collective' },
  { words: 'Ban Chấp hành Đảng bộ', type: 'committee', kind: 'party' },
  // Organs of a committee or of the state.
  { words: 'Ban Thường vụ', type: 'organ', kind: 'party' },
  { words: 'Ban Thường trực', type: 'organ', kind: 'front' },
  // "Ban Công tác Mặt trận thôn, tổ dân phố": the Front's committee in a village or quarter.
  { words: 'Ban Công tác Mặt trận', type: 'state', kind: 'front' },
  { words: 'Thường trực', type: 'organ', kind: 'party', capital: true },
  { words: 'TT', type: 'organ', kind: 'party', capital: true },
  { words: 'Ủy ban Kiểm tra', type: 'organ', kind: 'party' },
  { words: 'Văn phòng', type: 'organ', kind: 'party', capital: true },
  { words: 'Ban Tổ chức', type: 'organ', kind: 'party' },
  { words: 'Ban Tuyên giáo và Dân vận', type: 'organ', kind: 'party' },
  { words: 'Ban Tuyên giáo', type: 'organ', kind: 'party' },
  { words: 'Ban Dân vận', type: 'organ', kind: 'party' },
  { words: 'Ban Nội chính', type: 'organ', kind: 'party' },
  { words: 'Ban Kinh tế', type: 'organ', kind: 'party' },
  { words: 'Ban Chính sách, chiến lược', type: 'organ', kind: 'party' },
  { words: 'Ban xây dựng đảng', type: 'organ', kind: 'party' },
  { words: 'Ban Xây dựng Đảng', type: 'organ', kind: 'party' },
  { words: 'Ban Chỉ đạo', type: 'organ', kind: 'party' },
  { words: 'Ban Chấp hành', type: 'organ', kind: 'party' },
  { words: 'ban đảng', type: 'organ', kind: 'collective' },
  { words: 'Các cơ quan chuyên trách tham mưu, giúp việc', type: 'organ', kind: 'collective' },
  { words: 'Các cơ quan tham mưu, giúp việc', type: 'organ', kind: 'collective' },
  { words: 'Cơ quan chuyên trách tham mưu, giúp việc', type: 'organ', kind: 'collective' },
  { words: 'Cơ quan tham mưu, giúp việc', type: 'organ', kind: 'collective' },
  // State bodies and mass organisations.
  { words: 'Ủy ban nhân dân', type: 'state', kind: 'state' },
  { words: 'UBND', type: 'state', kind: 'state' },
  { words: 'Hội đồng nhân dân', type: 'state', kind: 'state' },
  { words: 'HĐND', type: 'state', kind: 'state' },
  { words: 'Ủy ban Mặt trận Tổ quốc Việt Nam', type: 'state', kind: 'front' },
  { words: 'Ủy ban Mặt trận Tổ quốc', type: 'state', kind: 'front' },
  { words: 'Ủy ban MTTQ Việt Nam', type: 'state', kind: 'front' },
  { words: 'Ủy ban MTTQ', type: 'state', kind: 'front' },
  { words: 'Mặt trận Tổ quốc Việt Nam', type: 'state', kind: 'front' },
  { words: 'Mặt trận Tổ quốc', type: 'state', kind: 'front' },
  { words: 'MTTQ', type: 'state', kind: 'front' },
  { words: 'Thanh tra', type: 'state', kind: 'state', capital: true },
  { words: 'Thuế', type: 'state', kind: 'state', capital: true },
  { words: 'Công an', type: 'state', kind: 'state', capital: true },
  { words: 'Quân sự', type: 'state', kind: 'state', capital: true },
  { words: 'Bộ Chỉ huy Quân sự', type: 'state', kind: 'state' },
  { words: 'Ban Chỉ huy Quân sự', type: 'state', kind: 'state' },
  { words: 'Bộ Chỉ huy Bộ đội Biên phòng', type: 'state', kind: 'state' },
  { words: 'Bộ đội Biên phòng', type: 'state', kind: 'state' },
  { words: 'Kho bạc Nhà nước', type: 'state', kind: 'state' },
  { words: 'Bảo hiểm xã hội', type: 'state', kind: 'state', capital: true },
  { words: 'Ngân hàng Chính sách xã hội', type: 'state', kind: 'state' },
  { words: 'Tòa án nhân dân', type: 'state', kind: 'state' },
  { words: 'Viện kiểm sát nhân dân', type: 'state', kind: 'state' },
  // The courts', procuracies' and treasury's usual short names: "VKSND tỉnh", "TAND khu vực 2", "KBNN khu vực XII".
  { words: 'TAND', type: 'state', kind: 'state' },
  { words: 'VKSND', type: 'state', kind: 'state' },
  { words: 'KBNN', type: 'state', kind: 'state' },
  // A court's divisions ("Tòa Hình sự TAND tỉnh") and institutes ("Viện Pasteur Nha Trang", "Viện Vệ sinh dịch tễ Trung ương").
  { words: 'Tòa', type: 'department', kind: 'state', capital: true },
  { words: 'Viện', type: 'department', kind: 'state', capital: true },
  { words: 'Hải quan', type: 'state', kind: 'state', capital: true },
  { words: 'Liên đoàn Lao động', type: 'state', kind: 'front' },
  // "Công đoàn Viên chức tỉnh", "Công đoàn Công ty": a trade union named by whom it gathers.
  { words: 'Công đoàn', type: 'department', kind: 'front', capital: true },
  { words: 'công đoàn', type: 'generic', kind: 'collective' },
  { words: 'Hội Liên hiệp Phụ nữ', type: 'state', kind: 'front' },
  { words: 'Hội Nông dân', type: 'state', kind: 'front' },
  { words: 'Hội Cựu chiến binh', type: 'state', kind: 'front' },
  { words: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', type: 'state', kind: 'front' },
  { words: 'Đoàn TNCS Hồ Chí Minh', type: 'state', kind: 'front' },
  { words: 'Đoàn Thanh niên', type: 'state', kind: 'front' },
  { words: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', type: 'central', kind: 'front' },
  { words: 'Trung ương Đoàn TNCS Hồ Chí Minh', type: 'central', kind: 'front' },
  { words: 'Trung ương Đoàn', type: 'central', kind: 'front' },
  { words: 'Chi đoàn', type: 'state', kind: 'front', capital: true },
  { words: 'Chi hội', type: 'association', kind: 'front', capital: true },
  { words: 'LĐLĐ', type: 'state', kind: 'front' },
  { words: 'UBMTTQ', type: 'state', kind: 'front' },
  { words: 'Tỉnh đoàn', type: 'state', kind: 'front', capital: true, level: 'province' },
  { words: 'Bảo tàng', type: 'department', kind: 'state', capital: true },
  // State groups and companies, and the units that serve an area: "Tập đoàn Điện lực Việt Nam",
  // "Công ty Cổ phần Cấp nước Đà Nẵng", "Điện lực Hải Châu", "Hạt Kiểm lâm khu vực Sơn Hà".
  { words: 'Tập đoàn', type: 'department', kind: 'state', capital: true },
  { words: 'Tổng công ty', type: 'department', kind: 'state', capital: true },
  { words: 'Công ty', type: 'department', kind: 'state', capital: true },
  { words: 'Điện lực', type: 'department', kind: 'state', capital: true },
  { words: 'Hạt Kiểm lâm', type: 'department', kind: 'state', capital: true },
  // The border guard's posts and flotillas, named by their place or number: "Đồn Biên phòng Cửa khẩu quốc tế Móng Cái",
  // "các đồn Biên phòng tuyến biển", "Hải đội Biên phòng 2", "Trạm Kiểm soát Biên phòng Cái Rồng".
  { words: 'Đồn Biên phòng', type: 'department', kind: 'state' },
  { words: 'Hải đội Biên phòng', type: 'department', kind: 'state', numbered: true },
  { words: 'Trạm Kiểm soát Biên phòng', type: 'department', kind: 'state' },
  { words: 'Ban Chỉ huy', type: 'department', kind: 'state', capital: true },
  // Military units named by their number: "Trung đoàn 335", "Lữ đoàn 414".
  { words: 'Sư đoàn', type: 'department', kind: 'state', numbered: true },
  { words: 'Lữ đoàn', type: 'department', kind: 'state', numbered: true },
  { words: 'Trung đoàn', type: 'department', kind: 'state', numbered: true },
  { words: 'Tiểu đoàn', type: 'department', kind: 'state', numbered: true },
  { words: 'Hải đội', type: 'department', kind: 'state', numbered: true },
  { words: 'Hải đoàn', type: 'department', kind: 'state', numbered: true },
  { words: 'Thư viện', type: 'department', kind: 'state', capital: true },
  { words: 'Tổ giúp việc', type: 'organ', kind: 'state' },
  // "Tổ đại biểu số 1": a group of a delegation of deputies, by its number.
  { words: 'Tổ đại biểu', type: 'organ', kind: 'state' },
  // "Ban Chấp hành Đoàn các xã, phường", "Đoàn xã …": the Youth Union at a level.
  { words: 'Đoàn', type: 'state', kind: 'front', capital: true },
  { words: 'Thành đoàn', type: 'state', kind: 'front', capital: true },
  { words: 'Huyện đoàn', type: 'state', kind: 'front', capital: true, level: 'district' },
  { words: 'Hội Chữ thập đỏ', type: 'state', kind: 'front' },
  { words: 'Hội Khuyến học', type: 'state', kind: 'front' },
  // A delegation named by its purpose: "Đoàn giám sát", "Đoàn kiểm tra liên ngành" (see bodies.ts).
  { words: 'Đoàn giám sát', type: 'state', kind: 'state', capital: true },
  { words: 'Đoàn kiểm tra', type: 'state', kind: 'state', capital: true },
  // An association named by its members ("Hội công chứng viên", "Hội luật gia"): see bodies.ts.
  { words: 'Hội', type: 'association', kind: 'front', capital: true },
  { words: 'Hiệp hội', type: 'association', kind: 'front', capital: true },
  { words: 'Bưu điện', type: 'state', kind: 'state', capital: true },
  { words: 'Cổng Thông tin điện tử', type: 'state', kind: 'state', capital: true },
  // Ministries and departments.
  { words: 'Bộ', type: 'department', kind: 'state', capital: true, level: 'central' },
  { words: 'Sở', type: 'department', kind: 'state', capital: true, level: 'province' },
  { words: 'Phòng', type: 'department', kind: 'state', level: 'district' },
  { words: 'Cục', type: 'department', kind: 'state', capital: true, level: 'central' },
  { words: 'Vụ', type: 'department', kind: 'state', capital: true, level: 'central' },
  { words: 'Chi cục', type: 'department', kind: 'state', level: 'province' },
  { words: 'Tổng cục', type: 'department', kind: 'state', capital: true, level: 'central' },
  { words: 'Trung tâm', type: 'department', kind: 'state' },
  { words: 'Chi nhánh', type: 'department', kind: 'state', capital: true },
  { words: 'Trạm', type: 'department', kind: 'state' },
  { words: 'Hợp tác xã', type: 'department', kind: 'state', capital: true },
  { words: 'Bệnh viện', type: 'department', kind: 'state', capital: true },
  // "Trường Cao đẳng …", "Trường Chính trị tỉnh" ("Trường hợp …" has no capitalised name after it).
  { words: 'Trường', type: 'department', kind: 'state', capital: true },
  { words: 'Đài Phát thanh và Truyền hình', type: 'state', kind: 'state' },
  // The national broadcasters and news agency: "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam".
  { words: 'Đài', type: 'department', kind: 'state', capital: true },
  { words: 'Thông tấn xã', type: 'department', kind: 'state', capital: true },
  { words: 'Báo và Phát thanh, Truyền hình', type: 'state', kind: 'state' },
  { words: 'Báo', type: 'department', kind: 'state', capital: true },
  // "Tạp chí Cộng sản", "Thông tấn xã Việt Nam", "Khoa Dược" (a hospital's department).
  { words: 'Tạp chí', type: 'department', kind: 'state', capital: true },
  { words: 'Thông tấn xã Việt Nam', type: 'central', kind: 'state' },
  { words: 'Khoa', type: 'department', kind: 'state', capital: true },
  { words: 'Ban Quản lý', type: 'department', kind: 'state', capital: true },
  // A board named by its field: "Ban Gia đình - Xã hội", "Ban Công tác Đoàn" (a mass organisation's boards).
  { words: 'Ban', type: 'department', kind: 'front', capital: true },
  // Kinds of bodies, named as a class.
  { words: 'cơ quan chức năng', type: 'generic', kind: 'collective' },
  { words: 'trường trung học phổ thông', type: 'generic', kind: 'collective' },
  { words: 'trường trung học cơ sở', type: 'generic', kind: 'collective' },
  { words: 'trường tiểu học', type: 'generic', kind: 'collective' },
  { words: 'trường mầm non', type: 'generic', kind: 'collective' },
  { words: 'trường học', type: 'generic', kind: 'collective' },
  { words: 'cơ sở đào tạo', type: 'generic', kind: 'collective' },
  { words: 'trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên', type: 'generic', kind: 'collective' },
  { words: 'bệnh viện', type: 'generic', kind: 'collective' },
  // Below the commune, as a class: "Các tổ dân phố …", "Trưởng các thôn".
  { words: 'tổ dân phố', type: 'generic', kind: 'collective' },
  { words: 'khu phố', type: 'generic', kind: 'collective' },
  { words: 'thôn', type: 'generic', kind: 'collective' },
  { words: 'trạm y tế', type: 'generic', kind: 'collective' },
  { words: 'cơ sở giáo dục nghề nghiệp', type: 'generic', kind: 'collective' },
  { words: 'cơ sở giáo dục', type: 'generic', kind: 'collective' },
  { words: 'cơ sở y tế', type: 'generic', kind: 'collective' },
  { words: 'cơ sở khám bệnh, chữa bệnh', type: 'generic', kind: 'collective' },
  { words: 'cơ quan báo chí', type: 'generic', kind: 'collective' },
  { words: 'cơ quan', type: 'generic', kind: 'collective' },
  { words: 'đơn vị', type: 'generic', kind: 'collective' },
  { words: 'địa phương', type: 'generic', kind: 'collective' },
  { words: 'chi, đảng bộ', type: 'generic', kind: 'collective' },
  { words: 'chi bộ, đảng bộ', type: 'generic', kind: 'collective' },
  { words: 'sở, ban, ngành', type: 'generic', kind: 'collective' },
  // Ministries as a class: "các bộ, ngành", "các bộ, cơ quan", "các bộ, tỉnh" (ministries and provinces).
  { words: 'bộ, ngành', type: 'generic', kind: 'collective' },
  { words: 'bộ, cơ quan', type: 'generic', kind: 'collective' },
  { words: 'bộ', type: 'generic', kind: 'collective' },
  { words: 'sở, ngành', type: 'generic', kind: 'collective' },
  { words: 'ban, ngành', type: 'generic', kind: 'collective' },
  { words: 'sở', type: 'generic', kind: 'collective' },
  // "Các ban, đơn vị thuộc Tỉnh đoàn", "các ban chuyên môn": a board as a class (only with "các" or a qualifier).
  { words: 'ban', type: 'generic', kind: 'collective' },
  // "các vụ địa bàn", "các Tổ đại biểu", "các tổ chức thành viên": central departments, delegations, member organisations as a class.
  { words: 'vụ', type: 'generic', kind: 'collective' },
  { words: 'tổ đại biểu', type: 'generic', kind: 'collective' },
  { words: 'tổ chức thành viên', type: 'generic', kind: 'collective' },
  { words: 'phòng, ban', type: 'generic', kind: 'collective' },
  { words: 'phòng', type: 'generic', kind: 'collective' },
  { words: 'ngành', type: 'generic', kind: 'collective' },
  { words: 'cấp, ngành', type: 'generic', kind: 'collective' },
  { words: 'cấp chính quyền', type: 'generic', kind: 'collective' },
  { words: 'chính quyền', type: 'generic', kind: 'collective' },
  { words: 'tổ chức chính trị - xã hội', type: 'generic', kind: 'collective' },
  { words: 'tổ chức chính trị – xã hội', type: 'generic', kind: 'collective' },
  { words: 'đoàn thể chính trị - xã hội', type: 'generic', kind: 'collective' },
  { words: 'đoàn thể chính trị – xã hội', type: 'generic', kind: 'collective' },
  { words: 'đoàn thể', type: 'generic', kind: 'collective' },
  { words: 'hội quần chúng', type: 'generic', kind: 'collective' },
  { words: 'tỉnh ủy', type: 'generic', kind: 'collective' },
  { words: 'thành ủy', type: 'generic', kind: 'collective' },
  { words: 'huyện ủy', type: 'generic', kind: 'collective' },
  { words: 'đảng ủy', type: 'generic', kind: 'collective' },
  { words: 'đảng bộ', type: 'generic', kind: 'collective' },
  { words: 'chi bộ', type: 'generic', kind: 'collective' },
  { words: 'cấp ủy', type: 'generic', kind: 'collective' },
  // Officials by office.
  { words: 'Chủ tịch', type: 'official', kind: 'state' },
  { words: 'Phó Chủ tịch', type: 'official', kind: 'state' },
  { words: 'Giám đốc', type: 'official', kind: 'state' },
  { words: 'Thủ trưởng', type: 'official', kind: 'state' },
  { words: 'Người đứng đầu', type: 'official', kind: 'collective' },
  { words: 'Bí thư', type: 'official', kind: 'party' },
  { words: 'Trưởng ban', type: 'official', kind: 'party' },
  // "Chánh Văn phòng UBND tỉnh", "Chánh Thanh tra tỉnh", "Trưởng Công an huyện", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh".
  { words: 'Chánh', type: 'official', kind: 'state', capital: true },
  { words: 'Trưởng', type: 'official', kind: 'state', capital: true },
  { words: 'Chỉ huy trưởng', type: 'official', kind: 'state' },
  { words: 'Chi cục trưởng', type: 'official', kind: 'state' },
  { words: 'Trưởng phòng', type: 'official', kind: 'state' },
  { words: 'Hiệu trưởng', type: 'official', kind: 'state' },
  { words: 'Tổ trưởng', type: 'official', kind: 'state' },
  // "đại biểu Hội đồng nhân dân tỉnh": the council's members, by their office.
  { words: 'đại biểu', type: 'official', kind: 'state' },
  { words: 'Phó Trưởng phòng', type: 'official', kind: 'state' },
  { words: 'Phó Giám đốc', type: 'official', kind: 'state' },
  { words: 'Phó Bí thư', type: 'official', kind: 'party' },
  { words: 'Phó Trưởng ban', type: 'official', kind: 'party' },
  // "Đồng chí Phó Giám đốc Công an tỉnh phụ trách …": an office named with the Party's form of address.
  { words: 'đồng chí', type: 'official', kind: 'state' },
  { words: 'Viện trưởng', type: 'official', kind: 'state' },
  { words: 'Chánh án', type: 'official', kind: 'state' },
  { words: 'Cục trưởng', type: 'official', kind: 'state' },
  { words: 'Vụ trưởng', type: 'official', kind: 'state' },
];

/** Words of a level of government, with the level they name. */
export const LEVELS: Array<{ words: string; level: Level; named: boolean }> = [
  { words: 'tỉnh', level: 'province', named: true },
  { words: 'thành phố', level: 'district', named: true },
  { words: 'TP', level: 'district', named: true },
  { words: 'huyện', level: 'district', named: true },
  { words: 'quận', level: 'district', named: true },
  { words: 'thị xã', level: 'district', named: true },
  { words: 'xã', level: 'commune', named: true },
  { words: 'phường', level: 'commune', named: true },
  { words: 'thị trấn', level: 'commune', named: true },
  { words: 'đặc khu', level: 'commune', named: true },
  // Below the commune: "Chi bộ thôn Vạn Lê", "Ban công tác Mặt trận khu dân cư …".
  { words: 'thôn', level: 'commune', named: true },
  { words: 'tổ dân phố', level: 'commune', named: true },
  { words: 'khu phố', level: 'commune', named: true },
  { words: 'ấp', level: 'commune', named: true },
  { words: 'khóm', level: 'commune', named: true },
  { words: 'buôn', level: 'commune', named: true },
  { words: 'khu dân cư', level: 'commune', named: true },
  { words: 'cấp tỉnh', level: 'province', named: false },
  { words: 'cấp huyện', level: 'district', named: false },
  { words: 'cấp xã', level: 'commune', named: false },
  { words: 'cấp cơ sở', level: 'commune', named: false },
  { words: 'các cấp', level: 'province', named: false },
  { words: 'Trung ương Đảng', level: 'central', named: false },
  { words: 'Trung ương', level: 'central', named: false },
];

/** Places of a kind: "các xã, phường ven biển", "UBND các xã có khu công nghiệp", "các thôn có rừng". */
const PLACE_FEATURES = [
  ...['ven biển', 'ven sông', 'miền núi', 'vùng cao', 'biên giới', 'trọng điểm'],
  ...['rừng', 'bờ biển', 'khu công nghiệp', 'cụm công nghiệp', 'khu kinh tế', 'dịch bệnh', 'dự án', 'đồng bào dân tộc thiểu số', 'cửa khẩu', 'đường biên giới'].map((feature) => `có ${feature}`),
];

/** What may close a body's name: "… thuộc tỉnh", "… trực thuộc Thành ủy", "… có liên quan". */
export const QUALIFIERS = [
  'có liên quan', 'liên quan', 'liên ngành', 'chức năng', 'chuyên môn', 'địa bàn', 'theo dõi địa bàn', 'cùng cấp', 'trên địa bàn', 'cơ sở', 'lân cận',
  'cấp trên', 'cấp trên trực tiếp', 'cấp trên cơ sở', 'địa phương', 'các cấp', 'có thẩm quyền', 'khu vực', 'ngang bộ',
  ...PLACE_FEATURES,
];

/**
 * Qualifiers followed by what they qualify: "khu vực Sơn Hà", "khu vực XII",
 * "cơ sở Sơn Tịnh", "cơ sở 4" (a place, or the number of a region: the 2025
 * units "Thuế cơ sở 4 tỉnh Nam Định", "Bảo hiểm xã hội cơ sở Sơn Tịnh");
 * "trên địa bàn xã" (a level).
 */
export const QUALIFIER_TAKES: Record<string, 'place' | 'level'> = {
  'khu vực': 'place',
  'cơ sở': 'place',
  'địa bàn': 'level',
  'trên địa bàn': 'level',
  'theo dõi địa bàn': 'level',
};

/** Qualifiers that never belong to a name: a department's name in lower case stops before them ("Hội Sinh viên cùng cấp"). */
export const CLOSING_QUALIFIERS = ['có liên quan', 'liên quan', 'cùng cấp', 'trên địa bàn', 'theo dõi địa bàn', 'có thẩm quyền', 'cấp trên', ...PLACE_FEATURES];

/** Nouns that extend a body written as a list ("các Sở, ban, ngành", "các cấp ủy, tổ chức đảng, cơ quan, đơn vị"). */
export const LIST_NOUNS = [
  'ban',
  'ngành',
  'cơ quan',
  'đơn vị',
  'địa phương',
  'tổ chức đảng',
  'tổ chức',
  // "Các cấp uỷ, thủ trưởng cơ quan, tổ chức đảng": the heads of the bodies, in the same list.
  'thủ trưởng cơ quan',
  'thủ trưởng đơn vị',
  'người đứng đầu cơ quan',
  'đảng bộ',
  'chi bộ',
  'đoàn thể',
  'đảng ủy',
  'thành ủy',
  'tỉnh ủy',
  'huyện ủy',
  'thị ủy',
  'sở',
  'bộ',
  // "các bộ, tỉnh", "các sở, ngành, thành phố": the provinces and cities the text addresses.
  'tỉnh',
  'thành phố',
  'cấp',
  'chính quyền',
  'tổ chức chính trị - xã hội',
  'tổ chức chính trị – xã hội',
];

/** Words that start a new name: a place name stops before them. */
export const NAME_STOP = ['các', 'và', 'của', 'về', 'tại', 'theo', 'đến', 'với', 'cho', 'trong', 'đảng', 'nghị', 'kết', 'kế', 'chỉ', 'quyết', 'chương', 'luật'];

/**
 * Words that start what a body does, not its name: a department's name
 * ("Sở Ngoại vụ", "Trung tâm Kiểm soát bệnh tật") stops before them.
 */
export const ACTION_WORDS = [
  'chủ', 'phối', 'thực', 'tham', 'chỉ', 'hướng', 'tổ', 'tăng', 'triển', 'rà', 'theo', 'báo', 'đề', 'xây', 'nghiên', 'khẩn', 'chịu',
  'đôn', 'giám', 'phụ', 'quản', 'cung', 'bảo', 'đảm', 'lập', 'cấp', 'tiếp', 'ban', 'trình', 'gửi', 'xem', 'quyết', 'phê', 'cử', 'bố',
  'huy', 'hỗ', 'tập', 'đẩy', 'nâng', 'tuyên', 'vận động', 'phát', 'là', 'có', 'được', 'phải', 'cần', 'sẽ', 'đã', 'đang', 'và', 'với', 'của',
  'cho', 'tại', 'trong', 'để', 'về', 'các', 'những', 'nhằm', 'trên', 'từ', 'đến', 'kịp', 'thường', 'chủ động', 'làm', 'giải', 'xử',
  'kiểm', 'tuyệt', 'không', 'mở', 'biên soạn', 'xác định', 'ngay', 'sớm', 'tiếp tục', 'thành', 'hoàn', 'nắm', 'điều', 'sơ', 'tổng', 'cụ thể', 'lãnh đạo', 'thống kê', 'khắc phục', 'ứng phó', 'ký', 'thì', 'đóng', 'nhận', 'lưu', 'ghi', 'xin', 'mời', 'dự',
];
