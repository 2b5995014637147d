/**
 * Our own invented chain of three documents, for the tests of citations
 * inside the corpus: a Kết luận of the Central Committee, a province's
 * programme carrying it out (its number printed blank, as a digital
 * signature leaves it), and a letter carrying out both.
 */
export const CHAIN: Record<string, string> = {
  'ket-luan-12': `BAN CHẤP HÀNH TRUNG ƯƠNG                     ĐẢNG CỘNG SẢN VIỆT NAM
          *
Số 12-KL/TW                                 Hà Nội, ngày 03 tháng 2 năm 2026

                              KẾT LUẬN
             về phát triển văn hóa đọc trong cộng đồng

1. Về nhận thức
Các cấp ủy nâng cao nhận thức về văn hóa đọc.
2. Về thư viện cơ sở
Các tỉnh ủy chỉ đạo củng cố thư viện xã.

                                              T/M BAN CHẤP HÀNH
Nơi nhận:                                         TỔNG BÍ THƯ
- Các tỉnh ủy,
- Lưu Văn phòng Trung ương.                       Lê Văn An
`,
  'chuong-trinh-tinh-uy': `TỈNH ỦY HÒA BÌNH                              ĐẢNG CỘNG SẢN VIỆT NAM
          *
Số      -CTr/TU                       Hòa Bình, ngày     tháng 3 năm 2026

                       CHƯƠNG TRÌNH HÀNH ĐỘNG
    thực hiện Kết luận số 12-KL/TW ngày 03/02/2026 của Ban Chấp hành Trung ương

Thực hiện Kết luận số 12-KL/TW ngày 03/02/2026 của Ban Chấp hành Trung ương, Tỉnh ủy ban hành Chương trình hành động như sau:
1. Các huyện ủy củng cố thư viện xã theo mục 2 Kết luận số 12-KL/TW.
2. Ban Tuyên giáo Tỉnh ủy hướng dẫn thực hiện.

                                              T/M BAN THƯỜNG VỤ
Nơi nhận:                                         BÍ THƯ
- Các huyện ủy,
- Lưu VT.                                      Trần Thị Bình
`,
  'cong-van-301': `ĐẢNG ỦY CÁC CƠ QUAN TỈNH                     ĐẢNG CỘNG SẢN VIỆT NAM
          *
Số 301-CV/ĐU                               Hòa Bình, ngày 20 tháng 3 năm 2026
V/v triển khai Chương trình hành động số 45-CTr/Tu

Kính gửi: Các chi bộ trực thuộc.

Thực hiện Chương trình hành động số 45-CTr/Tu ngày 10/3/2026 của Tỉnh ủy; Kết luận số 12 - KL/TW ngày 03/02/2026 của Ban Chấp hành Trung ương, Đảng ủy đề nghị:
1. Các chi bộ tổ chức quán triệt đến đảng viên.
2. Văn phòng Đảng ủy theo dõi, báo cáo.

                                              T/M BAN THƯỜNG VỤ
Nơi nhận:                                         BÍ THƯ
- Như trên,
- Lưu VP.                                      Hà Văn Cường
`,
};
