/**
 * Deadlines: the words that set when something must be done, each with its
 * kind and normalised fields as the development set's README describes; a
 * date without its year takes the document's and says so; an item that sets
 * none follows its parent's, marked inherited.
 */
import { describe, expect, it } from 'vitest';
import { findDeadlines, resolveSpan } from '../../src/parser/tags/deadlines.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const found = (text: string) => findDeadlines(text, 2026).map(({ start: _s, end: _e, ...d }) => d);

describe('deadlines', () => {
  it.each([
    ['Báo cáo trước ngày 15/9/2026.', { text: 'trước ngày 15/9/2026', kind: 'by', date: '2026-09-15' }],
    ['Gửi chậm nhất là ngày 05 tháng 11 năm 2025.', { text: 'chậm nhất là ngày 05 tháng 11 năm 2025', kind: 'by', date: '2025-11-05' }],
    ['Hoàn thành trước ngày 30/6.', { text: 'trước ngày 30/6', kind: 'by', date: '2026-06-30', yearInferred: true }],
    ['Tổ chức trong tháng 10/2026.', { text: 'trong tháng 10/2026', kind: 'during', period: 'month:2026-10' }],
    ['Hoàn thành trong Quý III năm 2025.', { text: 'Hoàn thành trong Quý III năm 2025', kind: 'during', period: 'quarter:2025-Q3' }],
    ['Hoàn thành trong năm 2026.', { text: 'Hoàn thành trong năm 2026', kind: 'during', period: 'year:2026' }],
    ['Trong 10 ngày kể từ ngày ký, các đơn vị gửi danh sách.', { text: 'Trong 10 ngày kể từ ngày ký', kind: 'within', amount: 10, unit: 'day', from: 'ngày ký' }],
    ['không quá 60 ngày làm việc.', { text: 'không quá 60 ngày làm việc', kind: 'within', amount: 60, unit: 'working-day' }],
    ['Định kỳ 6 tháng báo cáo.', { text: 'Định kỳ 6 tháng', kind: 'every', period: '6-monthly' }],
    ['Báo cáo hằng quý.', { text: 'hằng quý', kind: 'every', period: 'quarterly' }],
    ['Gửi trước ngày 20/11 hằng năm.', { text: 'trước ngày 20/11 hằng năm', kind: 'every', period: 'yearly', day: '11-20' }],
    ['Thường xuyên kiểm tra.', { text: 'Thường xuyên', kind: 'ongoing' }],
    ['Các thôn gửi danh sách về xã trong ngày 12/9/2026.', { text: 'trong ngày 12/9/2026', kind: 'by', date: '2026-09-12' }],
    ['Triển khai ngay trong ngày 21/7/2026.', { text: 'ngay trong ngày 21/7/2026', kind: 'by', date: '2026-07-21' }],
    ['Báo cáo ngay khi phát hiện gia cầm chết bất thường.', { text: 'ngay khi phát hiện gia cầm chết bất thường', kind: 'by' }],
    ['Tổ chức hội nghị sơ kết vào ngày 20/11/2026.', { text: 'vào ngày 20/11/2026', kind: 'at', date: '2026-11-20' }],
    ['Các đồn báo cáo trước 7 giờ 00 và 17 giờ 00 hằng ngày.', { text: 'trước 7 giờ 00 và 17 giờ 00 hằng ngày', kind: 'every' }],
    // The duty's modal after a comma: the comma was inside the time's clause.
    ['Ngay khi thấy cá chết, nước đổi màu phải báo cho Ủy ban nhân dân xã.', { text: 'Ngay khi thấy cá chết, nước đổi màu', kind: 'by' }],
    // Hours as a span: bounded, or counted from an event.
    ['Phòng xét nghiệm trả kết quả trong 36 giờ kể từ khi nhận bệnh phẩm.', { text: 'trong 36 giờ kể từ khi nhận bệnh phẩm', kind: 'within', amount: 36, unit: 'hour', from: 'khi nhận bệnh phẩm' }],
    ['Cơ sở báo cáo chậm nhất 12 giờ sau khi phát hiện ca bệnh.', { text: 'chậm nhất 12 giờ sau khi phát hiện ca bệnh', kind: 'within', amount: 12, unit: 'hour', from: 'sau khi phát hiện ca bệnh' }],
    ['Trạm y tế gửi số liệu hằng tháng, trước ngày mùng 3.', { text: 'hằng tháng, trước ngày mùng 3', kind: 'every', period: 'monthly', on: { monthDay: 3 } }],
    ['Tổ kiểm tra họp vào ngày 10 và ngày 25 hằng tháng.', { text: 'vào ngày 10 và ngày 25 hằng tháng', kind: 'every', period: 'monthly', on: { monthDay: 10 } }],
    ['Sửa chữa xong trong quý đầu năm 2027.', { text: 'trong quý đầu năm 2027', kind: 'during', period: 'quarter:2027-Q1' }],
    ['Nộp báo cáo chậm nhất cuối tháng 9/2026.', { text: 'chậm nhất cuối tháng 9/2026', kind: 'by', date: '2026-09-30' }],
    ['Các phòng gửi số liệu hằng tháng, chậm nhất vào ngày 03 của tháng sau.', { text: 'hằng tháng, chậm nhất vào ngày 03 của tháng sau', kind: 'every', period: 'monthly', on: { monthDay: 3 } }],
    ['Tổng hợp chậm nhất vào ngày 20 của tháng cuối quý.', { text: 'chậm nhất vào ngày 20 của tháng cuối quý', kind: 'every', period: 'quarterly', on: { monthDay: 20, quarterMonth: 3 } }],
    ['Thi công xong đến hết quý II/2027.', { text: 'đến hết quý II/2027', kind: 'by', date: '2027-06-30' }],
    // The event of receiving "this" document ends with its name; the duty after it is not the event's.
    ['Các chi bộ trong 07 ngày làm việc sau khi nhận được Chỉ thị này tổ chức quán triệt.', { text: 'trong 07 ngày làm việc sau khi nhận được Chỉ thị này', kind: 'within', amount: 7, unit: 'working-day', from: 'sau khi nhận được Chỉ thị này' }],
    ['Trao quà cho các hộ trước Tết Nguyên đán Đinh Mùi.', { text: 'trước Tết Nguyên đán Đinh Mùi', kind: 'before-event' }],
    ['Hoàn tất khám tuyển trước Tết Dương lịch năm 2027.', { text: 'trước Tết Dương lịch năm 2027', kind: 'before-event', date: '2027-01-01' }],
    // OCR reads a nought as the letter O inside a day.
    ['Nộp hồ sơ trước ngày 3O/11/2026.', { text: 'trước ngày 3O/11/2026', kind: 'by', date: '2026-11-30' }],
    ['Dự họp vào lúc 8h00 ngày 09/10/2025.', { text: 'vào lúc 8h00 ngày 09/10/2025', kind: 'at', date: '2025-10-09' }],
    ['Trước khi tổ chức đại hội phải xin ý kiến.', { text: 'Trước khi tổ chức đại hội', kind: 'before-event' }],
    ['Cấp ủy thẩm định trước khi xem xét, giới thiệu nhân sự.', { text: 'trước khi xem xét, giới thiệu nhân sự', kind: 'before-event' }],
    ['Trước mỗi kỳ đại hội, cấp ủy rà soát quy hoạch.', { text: 'Trước mỗi kỳ đại hội', kind: 'before-event' }],
    ['Gửi hồ sơ chậm nhất 03 ngày làm việc trước phiên họp, kèm dự thảo.', { text: 'chậm nhất 03 ngày làm việc trước phiên họp', kind: 'before-event' }],
    ['Gửi đề nghị trước 20 ngày của mỗi đợt xét.', { text: 'trước 20 ngày của mỗi đợt xét', kind: 'before-event' }],
    ['Hồ sơ nộp trước ngày khai giảng.', { text: 'trước ngày khai giảng', kind: 'before-event' }],
    ['Chuyển kết quả trước 16 giờ 30 phút, ngày 04/3/2026.', { text: 'trước 16 giờ 30 phút, ngày 04/3/2026', kind: 'by', date: '2026-03-04' }],
    ['Nộp báo cáo đến hết ngày 31/3/2027.', { text: 'đến hết ngày 31/3/2027', kind: 'by', date: '2027-03-31' }],
    ['Lắp đặt xong trước 15/8/2026.', { text: 'trước 15/8/2026', kind: 'by', date: '2026-08-15' }],
    ['Phấn đấu đến hết năm 2028 phủ sóng toàn xã.', { text: 'đến hết năm 2028', kind: 'by', date: '2028-12-31' }],
    ['Phấn đấu đến năm 2030, mọi thôn có nhà văn hóa.', { text: 'đến năm 2030', kind: 'by' }],
    ['Khảo sát từ ngày 03/8 đến ngày 21/8/2026.', { text: 'từ ngày 03/8 đến ngày 21/8/2026', kind: 'during', ends: '2026-08-21' }],
    ['Tổ chức hoàn thành trong quý IV/2026.', { text: 'hoàn thành trong quý IV/2026', kind: 'during', period: 'quarter:2026-Q4' }],
    ['Bàn nội dung này tại hội nghị chi bộ tháng 02/2026.', { text: 'tại hội nghị chi bộ tháng 02/2026', kind: 'during', period: 'month:2026-02' }],
    ['Hoàn thiện các tiêu chí trong giai đoạn 2026 - 2030.', { text: 'trong giai đoạn 2026 - 2030', kind: 'during', period: 'range:2026-2030' }],
    ['Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận hồ sơ, Sở trả lời.', { text: 'Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận hồ sơ', kind: 'within', amount: 5, unit: 'working-day', from: 'ngày nhận hồ sơ' }],
    ['Chi ủy họp mỗi tháng một lần.', { text: 'mỗi tháng một lần', kind: 'every', period: 'monthly' }],
    ['Đảng ủy họp thường lệ 3 tháng một lần.', { text: '3 tháng một lần', kind: 'every', period: 'quarterly' }],
    ['Sơ kết mỗi năm hai lần.', { text: 'mỗi năm hai lần', kind: 'every', period: '6-monthly' }],
    ['Tập huấn ít nhất 01 lần mỗi năm.', { text: 'ít nhất 01 lần mỗi năm', kind: 'every', period: 'yearly' }],
    ['Báo cáo hằng tháng, trước ngày 22.', { text: 'hằng tháng, trước ngày 22', kind: 'every', period: 'monthly', on: { monthDay: 22 } }],
    ['Gửi số liệu trước ngày 18 của tháng cuối quý.', { text: 'trước ngày 18 của tháng cuối quý', kind: 'every', period: 'quarterly', on: { monthDay: 18, quarterMonth: 3 } }],
    ['Giao ban vào chiều thứ Năm hằng tuần.', { text: 'vào chiều thứ Năm hằng tuần', kind: 'every', period: 'weekly', on: { weekday: 4 } }],
    ['Định kỳ hằng năm (trước ngày 05/12) báo cáo.', { text: 'Định kỳ hằng năm (trước ngày 05/12)', kind: 'every', period: 'yearly', day: '12-05' }],
    ['Kiểm tra trong mùa mưa bão.', { text: 'trong mùa mưa bão', kind: 'during' }],
    ['Tổ duy trì hoạt động cho đến khi bàn giao xong hồ sơ.', { text: 'cho đến khi bàn giao xong hồ sơ', kind: 'ongoing' }],
    ['Trong thời gian chờ hướng dẫn mới, các xã giữ nguyên cách làm.', { text: 'Trong thời gian chờ hướng dẫn mới', kind: 'ongoing' }],
    ['Trao thẻ trong kỳ sinh hoạt chi bộ gần nhất.', { text: 'trong kỳ sinh hoạt chi bộ gần nhất', kind: 'at' }],
    ['Xử lý ngay sau khi có kết luận.', { text: 'ngay sau khi có kết luận', kind: 'by' }],
    ['Báo cáo ngay.', { text: 'ngay', kind: 'by' }],
    ['Gửi hồ sơ không muộn hơn ngày 20/10/2026.', { text: 'không muộn hơn ngày 20/10/2026', kind: 'by', date: '2026-10-20' }],
    ['Nộp chậm nhất là ngày hai mươi mốt tháng mười.', { text: 'chậm nhất là ngày hai mươi mốt tháng mười', kind: 'by', date: '2026-10-21', yearInferred: true }],
    ['Lắp đặt xong trước 30/6.', { text: 'xong trước 30/6', kind: 'by', date: '2026-06-30', yearInferred: true }],
    ['Giải quyết trong thời gian tối đa 03 ngày làm việc.', { text: 'trong thời gian tối đa 03 ngày làm việc', kind: 'within', amount: 3, unit: 'working-day' }],
    ['Ra quân trong tháng 11 và tháng 12/2026.', { text: 'trong tháng 11 và tháng 12/2026', kind: 'during', ends: '2026-12-31' }],
    ['Duy trì từ nay đến hết tháng 12/2026.', { text: 'từ nay đến hết tháng 12/2026', kind: 'during', ends: '2026-12-31' }],
    ['Sơ kết vào giữa năm 2027.', { text: 'vào giữa năm 2027', kind: 'during' }],
    ['Theo dõi trong suốt năm học 2026 – 2027.', { text: 'trong suốt năm học 2026 – 2027', kind: 'during', period: 'range:2026-2027' }],
    ['Họp vào tuần thứ hai của tháng.', { text: 'vào tuần thứ hai của tháng', kind: 'every', period: 'monthly' }],
    ['Báo cáo hằng tuần, trước 10 giờ thứ Hai.', { text: 'hằng tuần, trước 10 giờ thứ Hai', kind: 'every', period: 'weekly', on: { weekday: 1 } }],
    ['Gửi số liệu trước ngày 15 tháng đầu của quý.', { text: 'trước ngày 15 tháng đầu của quý', kind: 'every', period: 'quarterly', on: { monthDay: 15, quarterMonth: 1 } }],
    ['Nộp hồ sơ, hạn cuối là ngày 20/10/2026.', { text: 'hạn cuối là ngày 20/10/2026', kind: 'by', date: '2026-10-20' }],
    ['Hạn cuối 16 giờ 00 ngày 03/11/2026.', { text: 'Hạn cuối 16 giờ 00 ngày 03/11/2026', kind: 'by', date: '2026-11-03' }],
    ['Cập nhật số liệu trong 10 ngày đầu của mỗi tháng.', { text: 'trong 10 ngày đầu của mỗi tháng', kind: 'every', period: 'monthly' }],
    ['Giao ban vào tuần cuối mỗi quý.', { text: 'vào tuần cuối mỗi quý', kind: 'every', period: 'quarterly' }],
    ['Chốt danh sách vào ngày làm việc cuối cùng của tháng.', { text: 'vào ngày làm việc cuối cùng của tháng', kind: 'every', period: 'monthly' }],
    ['Ra quân trong tuần đầu tháng 9/2026.', { text: 'trong tuần đầu tháng 9/2026', kind: 'during', period: 'month:2026-09', ends: '2026-09-07' }],
    ['Tổng kết vào tuần cuối tháng 2/2027.', { text: 'vào tuần cuối tháng 2/2027', kind: 'during', period: 'month:2027-02', ends: '2027-02-28' }],
    ['Tổng kết vào quý II năm sau.', { text: 'vào quý II năm sau', kind: 'during', period: 'quarter:2027-Q2', yearInferred: true }],
    ['Khánh thành trước ngày Giải phóng miền Nam 30/4/2027.', { text: 'trước ngày Giải phóng miền Nam 30/4/2027', kind: 'by', date: '2027-04-30' }],
    ['Giải ngân trước khi kết thúc năm 2026.', { text: 'trước khi kết thúc năm 2026', kind: 'by', date: '2026-12-31' }],
    ['Tổ họp ba tuần một lần.', { text: 'ba tuần một lần', kind: 'every' }],
    ['Trả lời chậm nhất sau 05 ngày kể từ ngày nhận đơn.', { text: 'chậm nhất sau 05 ngày kể từ ngày nhận đơn', kind: 'within', amount: 5, unit: 'day', from: 'ngày nhận đơn' }],

  ])('reads "%s"', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads several days of every year printed together as one deadline each, sharing their words', () => {
    expect(found('Tổ chức lễ vào các ngày 6/1, 30/4 và 2/9 hằng năm.').map((d) => [d.text, d.kind, d.period, d.day])).toEqual([
      ['6/1, 30/4 và 2/9 hằng năm', 'every', 'yearly', '01-06'],
      ['6/1, 30/4 và 2/9 hằng năm', 'every', 'yearly', '04-30'],
      ['6/1, 30/4 và 2/9 hằng năm', 'every', 'yearly', '09-02'],
    ]);
  });

  it('sets none where the words only cite a document or name a date that binds nobody', () => {
    expect(found('Thực hiện Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị.')).toEqual([]);
    expect(found('Kịp thời nắm tình hình, báo cáo ngày 12/3 vừa qua.')).toEqual([]);
    expect(found('Công tác thường xuyên; dự toán chi thường xuyên.')).toEqual([]);
    expect(found('Ngày 05 tháng 3, các ngày nghỉ lễ được tính ngày làm việc bù.')).toEqual([]);
    expect(found('Thực hiện Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045.')).toEqual([]);
    expect(found('Kế hoạch phát triển du lịch giai đoạn 2026 - 2030 được ban hành.')).toEqual([]);
    expect(found('Đánh giá kết quả giai đoạn 2020 - 2025.')).toEqual([]);
    expect(found('Nâng cao nhận thức về các chính sách xã hội giai đoạn 2012 – 2020.')).toEqual([]);
    expect(found('Trước ngày 30/4/1975, xã là căn cứ cách mạng.')).toEqual([]);
    expect(found('Trước Tết Nguyên đán năm 2020, xã đã hoàn thành việc này.')).toEqual([]);
    expect(found('Tuổi đảng tính từ tháng 7/1954 đến tháng 12/1973; người vào Đảng trước 19-8-1945 được ghi riêng.')).toEqual([]);
    expect(found('Trước khi có Quy định số 12-QĐ/TW, việc này do huyện làm.')).toEqual([]);
    expect(found('Trong quá trình thực hiện nếu có vướng mắc, báo cáo về Sở.')).toEqual([]);
    // A forecast's horizon, a length of work, a shift around the clock: hours that set no time to act.
    expect(found('Dự báo trong 24 giờ tới, mưa lớn tiếp diễn ở vùng núi.')).toEqual([]);
    expect(found('Lực lượng trực ban làm việc trong 8 giờ mỗi ca.')).toEqual([]);
    expect(found('Duy trì trực 24/24 giờ tại các chốt.')).toEqual([]);
    // The year's last working day is one day, not a yearly time.
    expect(found('Giao dịch trong ngày làm việc cuối năm kéo dài đến 20 giờ.')).toEqual([]);
  });

  it('sets none where a time qualifies a thing, a place or a permission rather than timing a duty', () => {
    // A sum, what an assessment goes into or rests on, a document of a list, another body's plan.
    expect(found('Dành tối thiểu 3% tổng chi ngân sách xã hằng năm cho thư viện.')).toEqual([]);
    expect(found('Thu phí hội viên hàng tháng theo mức đã thống nhất.')).toEqual([]);
    expect(found('Kết quả được đưa vào nội dung đánh giá, xếp loại cán bộ hằng năm.')).toEqual([]);
    expect(found('Đưa chỉ tiêu phủ sóng, chuyển đổi số vào chỉ tiêu thi đua hằng năm của xã.')).toEqual([]);
    expect(found('Việc xếp loại căn cứ vào kết quả kiểm điểm theo định kỳ hằng năm của tổ.')).toEqual([]);
    expect(found('- Các bản nhận xét hằng năm của chi bộ.')).toEqual([]);
    expect(found('Thời hạn thực hiện theo Kế hoạch kiểm tra hằng năm do Sở Tài chính ban hành.')).toEqual([]);
    // People and places as they are, an institution's name, a decision's name.
    expect(found('Ưu tiên hộ ở khu vực thường xuyên chịu sạt lở và người dân thường xuyên làm việc trên sông.')).toEqual([]);
    expect(found('Học viên của trung tâm giáo dục thường xuyên được miễn học phí.')).toEqual([]);
    expect(found('Ghi số, ngày của quyết định kỷ luật vào hồ sơ.')).toEqual([]);
    // A permission, an extension, a lapsed limit, the period a figure covers.
    expect(found('Tổ trưởng được điều hành công việc ngay sau khi được bầu.')).toEqual([]);
    expect(found('Nhà trường có thể giữ sinh hoạt của học viên tại chi bộ trong 06 tháng.')).toEqual([]);
    expect(found('Trường hợp cần thiết, Sở được gia hạn tối đa 10 ngày làm việc.')).toEqual([]);
    expect(found('Không xem xét đơn quá thời hạn 30 ngày làm việc kể từ ngày nhận quyết định.')).toEqual([]);
    expect(found('Số liệu được tính từ ngày 01/01/2026 đến ngày 30/9/2026.')).toEqual([]);
    // History, bodies as they were, a wait for nothing named.
    expect(found('Đảng viên được kết nạp trước Đại hội lần thứ IV (năm 1976) được ghi riêng.')).toEqual([]);
    expect(found('Giữ nguyên số ủy viên của các xã trước khi sáp nhập.')).toEqual([]);
    expect(found('Huyện ủy nơi trước khi sắp xếp quản lý chi bộ bàn giao hồ sơ cho huyện ủy mới.')).toEqual([]);
    expect(found('Huyện ủy bàn giao hồ sơ trước khi sắp xếp.').map((d) => d.kind)).toEqual(['before-event']);
    expect(found('Các trường hợp phải kiểm tra trong thời gian chờ.')).toEqual([]);
    // A role's term until an election; a case to its "thì".
    expect(found('Bí thư khóa trước khai mạc, chủ trì hội nghị cho đến khi bầu xong đoàn chủ tịch.')).toEqual([]);
    expect(found('Trường hợp chi bộ họp trong thời hạn 15 ngày kể từ ngày nhận hồ sơ thì đảng ủy cơ sở thẩm định lại.')).toEqual([]);
    expect(found('Nếu quá 3 tháng kể từ ngày nhận phiếu thì chi bộ báo cáo cấp ủy.')).toEqual([]);
    expect(found('Trường hợp cần thiết, chi bộ báo cáo trong 05 ngày làm việc.').map((d) => d.kind)).toEqual(['within']);
    expect(found('Trường hợp hồ sơ đủ thì đảng ủy thẩm định trong 10 ngày làm việc.').map((d) => d.kind)).toEqual(['within']);
    expect(found('Cấp ủy giữ hồ sơ cho đến khi đảng viên chuyển đi.').map((d) => d.kind)).toEqual(['ongoing']);
    expect(found('Ban chỉ đạo điều hành công việc cho đến khi bầu được ban chấp hành mới.').map((d) => d.kind)).toEqual(['ongoing']);
    // A suspension's length, an extension of a debt, what an assessment rests on, a criterion, a contribution.
    expect(found('Học viên được tạm hoãn học phần trong 03 tháng.')).toEqual([]);
    expect(found('Ngân hàng gia hạn nợ tối đa 06 tháng cho hộ vay.')).toEqual([]);
    expect(found('Kết quả là căn cứ đánh giá, xếp loại tổ viên hằng năm.')).toEqual([]);
    expect(found('Kết quả là tiêu chí xét danh hiệu thôn văn hóa hằng năm.')).toEqual([]);
    expect(found('Quỹ thu theo mức đóng góp hằng năm của hộ.')).toEqual([]);
    expect(found('Hồ sơ gồm: Phiếu đăng ký, Bản tự nhận xét hằng năm, giấy khen.')).toEqual([]);
    expect(found('Ưu tiên thôn thường xuyên bị sạt lở và hộ có người thường xuyên ốm đau.')).toEqual([]);
  });

  it('sets none inside words quoted mid-sentence from another text, nor inside an after-event clause', () => {
    expect(found('Đối với quy định “Trong thời hạn 05 ngày làm việc kể từ ngày họp, Tổ gửi biên bản”, đề nghị bỏ.')).toEqual([]);
    expect(found('Ban Tổ chức, sau mỗi đợt xét chọn (15/3, 15/9 hằng năm), tổng hợp danh sách gửi Sở.')).toEqual([]);
    // A quotation a colon opens is the text's own: a notice's conclusions, an amendment's new wording.
    expect(found('Đồng chí Chủ tịch kết luận: “Các xã báo cáo trước ngày 15/9/2026.”').map((d) => d.text)).toEqual(['trước ngày 15/9/2026']);
    expect(found('“Tổ họp mỗi tháng một lần.”').map((d) => d.text)).toEqual(['mỗi tháng một lần']);
  });

  it('sets none for a day or a window printed in full before the document\'s own: another\'s past request, a campaign done', () => {
    const text = 'Cục đã đề nghị ban hành hướng dẫn trước ngày 05/02/2026, nay đề nghị hoàn thành trước ngày 30/4/2026.';
    expect(findDeadlines(text, 2026, '2026-03-10').map((d) => d.text)).toEqual(['trước ngày 30/4/2026']);
    expect(findDeadlines('Đợt ra quân từ ngày 05/01/2026 đến ngày 20/02/2026 đã hoàn thành.', 2026, '2026-03-10')).toEqual([]);
  });

  it('gives a time to the items that restate it, not to their lead-in', () => {
    const { vocabulary } = projectContent();
    const source = 'Kính gửi: Các xã.\n\n1. Sinh hoạt định kỳ của tổ:\na) Tổ họp mỗi tháng một lần;\nb) Nội dung họp do tổ trưởng chuẩn bị.\n2. Báo cáo hằng năm:\na) Các xã báo cáo hằng năm về Sở;\nb) Trước ngày 15/9/2026 gửi số liệu.\n';
    const [first, second] = parseDirective({ source, path: 'x.txt', vocabulary }).document!.provisions;
    expect(first!.deadlines).toEqual([]);
    expect(first!.children[0]!.deadlines.map((d) => d.text)).toEqual(['mỗi tháng một lần']);
    expect(second!.deadlines).toEqual([]);
    expect(second!.children.map((c) => c.deadlines.map((d) => d.text))).toEqual([['hằng năm'], ['Trước ngày 15/9/2026']]);
  });

  it('gives an item its parent\'s deadline when it sets none, marked inherited', () => {
    const { vocabulary } = projectContent();
    const source = 'Kính gửi: Các xã.\n\nĐề nghị các xã:\n1. Báo cáo trước ngày 15/9/2026 các nội dung sau:\na) Kết quả thực hiện;\nb) Khó khăn, vướng mắc; hoàn thành trong tháng 10/2026.\n';
    const item = parseDirective({ source, path: 'x.txt', vocabulary }).document!.provisions[0]!;
    expect(item.deadlines.map((d) => [d.text, d.inherited])).toEqual([['trước ngày 15/9/2026', false]]);
    expect(item.children[0]!.deadlines.map((d) => [d.text, d.inherited])).toEqual([['trước ngày 15/9/2026', true]]);
    expect(item.children[1]!.deadlines.map((d) => [d.text, d.inherited])).toEqual([['hoàn thành trong tháng 10/2026', false]]);
  });

  it('works out the day a span from the document\'s own day falls on, and says how it counted', () => {
    const span = (text: string) => resolveSpan(findDeadlines(text, 2026)[0]!, '2026-03-02');
    expect(span('Trong 10 ngày kể từ ngày ký, các xã gửi danh sách.')).toEqual({ date: '2026-03-12', counting: 'calendar' });
    expect(span('trong 01 tháng kể từ ngày ban hành Kế hoạch này')).toEqual({ date: '2026-04-02', counting: 'calendar' });
    // Monday 2 March 2026 + 5 working days, the weekend skipped: Monday 9 March.
    expect(span('trong thời hạn 05 ngày làm việc kể từ ngày ký')).toEqual({ date: '2026-03-09', counting: 'weekdays' });
    expect(span('trong 10 ngày kể từ ngày nhận được hồ sơ')).toBeNull();
    expect(resolveSpan(findDeadlines('Trong 10 ngày kể từ ngày ký.', null)[0]!, null)).toBeNull();
  });

  it('gives a span from the document\'s day its date in the tree', () => {
    const { vocabulary } = projectContent();
    const source = 'Số: 12/UBND                       Đồng Xuân, ngày 02 tháng 3 năm 2026\nV/v báo cáo\n\nKính gửi: Các xã.\n\n1. Trong 10 ngày kể từ ngày ký, các xã gửi danh sách.\n';
    const item = parseDirective({ source, path: 'x.txt', vocabulary }).document!.provisions[0]!;
    expect(item.deadlines[0]).toMatchObject({ kind: 'within', amount: 10, from: 'ngày ký', resolved: { date: '2026-03-12', counting: 'calendar' } });
  });
});
