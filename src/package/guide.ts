/** The plain-Vietnamese guide at the root of every offline copy. */
export function guide(options: { title: string; files: number; documents: string[] }): string {
  return `HƯỚNG DẪN SỬ DỤNG BẢN LƯU NGOẠI TUYẾN
${options.title}
=====================================================================

Thư mục này là một bản sao đầy đủ của trang đọc và tra cứu văn bản chỉ đạo.
Bản sao dùng được khi không có mạng: không tải gì từ bên ngoài thư mục.
Gồm ${options.files} tệp; các văn bản: ${options.documents.join('; ')}.

1. MỞ TRÊN MÁY TÍNH (KHÔNG CẦN MẠNG)
   - Giải nén tệp .zip (nếu nhận được tệp nén), mở thư mục vừa giải nén.
   - Nhấp đúp vào tệp index.html. Trang mở bằng trình duyệt sẵn có
     (Chrome, Edge, Cốc Cốc hoặc Firefox).
   - Mọi trang, liên kết và chức năng tìm kiếm đều dùng được ngay từ thư mục,
     kể cả khi chép vào thẻ nhớ USB.

2. ĐẶT LÊN MÁY CHỦ CỦA THƯ VIỆN (CHO NHIỀU MÁY CÙNG ĐỌC)
   - Chép nguyên thư mục vào máy chủ web (nginx, Apache, IIS…), ở gốc trang
     hoặc ở bất kỳ đường dẫn nào, ví dụ http://may-chu/thu-vien/cong-van/.
     Không cần cài thêm gì, không cần cấu hình riêng.
   - Nếu máy có Python 3, có thể chạy ngay trong thư mục này:
         python3 -m http.server 8080
     rồi mở http://<địa chỉ máy>:8080/ trên các máy khác trong mạng.

3. KIỂM TRA BẢN SAO CÓ BỊ SỬA ĐỔI HAY KHÔNG
   Tệp SHA256SUMS ghi mã băm SHA-256 của từng tệp. Chỉ cần một ký tự bị
   sửa, mã băm của tệp đó sẽ khác.
   - Trên Linux:            sha256sum -c SHA256SUMS
     (mọi dòng phải là "OK"; dòng nào "FAILED" là tệp đó đã bị thay đổi).
   - Trên Windows (PowerShell), kiểm tra một tệp:
         Get-FileHash index.html -Algorithm SHA256
     rồi so với dòng của tệp đó trong SHA256SUMS.
   - Có bộ mã nguồn của dự án thì chạy:  npm run verify -- <thư mục hoặc tệp .zip>
     Lệnh này kể tên mọi tệp bị thiếu, bị sửa hoặc bị thêm vào.
   Trang "Dữ liệu" (du-lieu/index.html) ghi mã SHA-256 của bản nguồn từng văn bản.

4. LƯU Ý
   - Lời văn trong trang giữ nguyên như bản nguồn. Các nhãn, thẻ và liên kết
     do công cụ phân tích tạo ra, luôn kèm lời văn làm cơ sở.
   - Không sửa tệp trong thư mục: mọi thay đổi sẽ làm bản sao không còn
     khớp với SHA256SUMS.
`;
}
