/**
 * Our own invented documents for the tests of deadlines on the site: a
 * district's letter giving its offices dated, recurring and ongoing duties
 * ("trước ngày …", "trong tháng …", "trong 10 ngày kể từ ngày ký",
 * "trước ngày 20/11 hằng năm", "trước ngày 25 hằng tháng", "thứ Hai hằng
 * tuần", "thường xuyên", "trước khi …"), and a commune's plan with one more
 * dated duty for the same office; and another district's plan whose duties
 * stand in an appendix task table, a row a line with tabs; and a plan whose
 * table stands inside a provision, a PDF's cell a line with cells wrapped
 * over two lines. Every name, number and date is invented.
 */
export const DEADLINES: Record<string, string> = {
  'cong-van-412': `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN SƠN TÂY                              Độc lập - Tự do - Hạnh phúc

Số: 412/UBND-VX                         Sơn Tây, ngày 02 tháng 3 năm 2026
V/v rà soát nhà ở cho hộ nghèo

Kính gửi:
- Phòng Lao động - Thương binh và Xã hội huyện;
- Phòng Tài chính - Kế hoạch huyện;
- Ủy ban nhân dân các xã.

Để hoàn thành việc hỗ trợ nhà ở cho hộ nghèo năm 2026, Ủy ban nhân dân huyện yêu cầu:
1. Phòng Lao động - Thương binh và Xã hội huyện chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát danh sách hộ nghèo cần hỗ trợ nhà ở, gửi Ủy ban nhân dân huyện trước ngày 20/3/2026.
2. Phòng Tài chính - Kế hoạch huyện tham mưu bố trí kinh phí hỗ trợ, hoàn thành trong tháng 4/2026; trong 10 ngày kể từ ngày ký, báo cáo nguồn vốn đã giao.
3. Phòng Lao động - Thương binh và Xã hội huyện tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 20/11 hằng năm và trước ngày 25 hằng tháng.
4. Ủy ban nhân dân các xã thường xuyên kiểm tra tiến độ xây dựng; họp giao ban vào sáng thứ Hai hằng tuần.
5. Phòng Tài chính - Kế hoạch huyện thẩm định dự toán trước khi trình Ủy ban nhân dân huyện phê duyệt.
6. Phòng Lao động - Thương binh và Xã hội huyện lưu hồ sơ theo quy định.

Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị thực hiện./.

Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- Như trên;                                       KT. CHỦ TỊCH
- Lưu: VT.                                       PHÓ CHỦ TỊCH

                                                  Đinh Văn Khoa
`,
  'ke-hoach-27': `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN SƠN TÂY                              Độc lập - Tự do - Hạnh phúc

Số: 27/KH-UBND                         Sơn Tây, ngày 06 tháng 3 năm 2026

                              KẾ HOẠCH
           Kiểm tra việc hỗ trợ nhà ở cho hộ nghèo năm 2026

1. Phòng Lao động - Thương binh và Xã hội huyện chủ trì kiểm tra việc hỗ trợ nhà ở tại các xã, hoàn thành trước ngày 15/3/2026.
2. Phòng Tài chính - Kế hoạch huyện quyết toán kinh phí trong quý III/2026.

Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- Các phòng, ban huyện;                           CHỦ TỊCH
- Lưu: VT.
                                                  Hà Minh Tâm
`,
  'ke-hoach-58': `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐĂK GLONG\tĐộc lập - Tự do - Hạnh phúc
Số: 58/KH-UBND\tĐăk Glong, ngày 09 tháng 02 năm 2026

KẾ HOẠCH
Phát triển thư viện cộng đồng năm 2026

Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Mục đích
Nâng cao văn hóa đọc trong nhân dân.
2. Tổ chức thực hiện
Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Các xã;\tCHỦ TỊCH
- Lưu: VT.
\tLò Văn Sinh

PHỤ LỤC 1
NHIỆM VỤ CỤ THỂ
(Kèm theo Kế hoạch số 58/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân huyện Đăk Glong)
TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
1\tRà soát phòng đọc tại các xã\tPhòng Văn hóa - Thông tin huyện\tỦy ban nhân dân các xã\tTrước ngày 30/4/2026\tBáo cáo
2\tMua sắm tủ sách cho 10 thôn\tPhòng Tài chính - Kế hoạch huyện\t\tQuý III/2026\tTủ sách
`,
  'ke-hoach-64': `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN KRÔNG NÔ                            Độc lập - Tự do - Hạnh phúc

Số: 64/KH-UBND                         Krông Nô, ngày 11 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống đuối nước cho trẻ em năm 2026

I. MỤC ĐÍCH
Giảm số trẻ em bị đuối nước trên địa bàn huyện.
II. NHIỆM VỤ CỤ THỂ
Các cơ quan thực hiện các nhiệm vụ sau:
TT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn
thành
1
Mở lớp dạy bơi miễn phí cho học sinh
tiểu học tại các xã ven sông
Phòng Văn hóa - Thông tin huyện
Ủy ban nhân dân các xã
Trước ngày
31/5/2026
2
Cắm biển cảnh báo tại các bến đò,
hồ chứa
Ủy ban nhân dân các xã
Tháng 4/2026
III. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân các xã báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/9/2026.

Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- Các xã;                                         CHỦ TỊCH
- Lưu: VT.
                                                  Y Bhin Niê
`,
};
