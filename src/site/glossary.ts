/**
 * The genre's words, as this site uses them: the relation words its tags
 * are read with, the Party bodies a reader meets in the texts, the parts of
 * a directive, and the words of our own apparatus. Written by us, in our
 * own words; sorted for Vietnamese at render (Intl.Collator('vi')).
 */
import { RELATION_WORDS } from './duties.js';
import { COLLATOR } from './model.js';
import { slugify } from '../text/fold.js';

export interface Term {
  term: string;
  /** What the word means in a directive, or how the site uses it. */
  meaning: string;
  /** The site's own word for a relation between a provision and a body. */
  relation?: boolean;
}

const TERMS: Term[] = [
  { term: RELATION_WORDS['chu-tri'], relation: true, meaning: 'Cơ quan được điều khoản giao việc trực tiếp và chịu trách nhiệm chính về việc đó. Trên trang này, mỗi điều khoản ghi “Chủ trì:” trước tên cơ quan ấy.' },
  { term: RELATION_WORDS['phoi-hop'], relation: true, meaning: 'Cơ quan được giao cùng làm với cơ quan chủ trì. Trang ghi rõ phối hợp với cơ quan nào khi văn bản nói rõ.' },
  {
    term: RELATION_WORDS['chi-dao'],
    relation: true,
    meaning:
      'Cơ quan mà điều khoản giao cho một cơ quan khác chỉ đạo. Ví dụ “Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh …”: Ủy ban nhân dân tỉnh là cơ quan được chỉ đạo. Trên trang một cơ quan, mục “Chỉ đạo” kể các cơ quan mà chính cơ quan ấy chỉ đạo.',
  },
  { term: RELATION_WORDS['bao-cao'], relation: true, meaning: 'Cơ quan nhận báo cáo về việc thực hiện điều khoản (“định kỳ báo cáo Thường trực Tỉnh ủy”).' },
  { term: 'Ban cán sự đảng', meaning: 'Tổ chức của Đảng do cấp ủy cấp trên lập ra trong một cơ quan nhà nước, như Ủy ban nhân dân tỉnh, để lãnh đạo cơ quan ấy thực hiện chủ trương của Đảng.' },
  { term: 'Đảng đoàn', meaning: 'Tổ chức của Đảng do cấp ủy lập ra trong Hội đồng nhân dân, Mặt trận Tổ quốc hay một đoàn thể, để lãnh đạo tổ chức ấy thực hiện chủ trương của Đảng.' },
  { term: 'Cấp ủy', meaning: 'Ban chấp hành đảng bộ ở một cấp: tỉnh ủy, huyện ủy, đảng ủy xã, phường … “Cấp ủy các cấp” là mọi cấp ủy trong phạm vi văn bản.' },
  { term: 'Ban Thường vụ', meaning: 'Cơ quan lãnh đạo của một cấp ủy giữa hai kỳ họp của cấp ủy đó.' },
  { term: 'Thường trực', meaning: 'Bí thư và các phó bí thư của một cấp ủy, lo công việc hằng ngày; văn bản thường giao việc báo cáo lên Thường trực.' },
  { term: 'Cơ quan chuyên trách tham mưu, giúp việc', meaning: 'Các ban và văn phòng của cấp ủy (ban tổ chức, ban tuyên giáo, ủy ban kiểm tra, văn phòng …). Việc giao cho “các cơ quan chuyên trách tham mưu, giúp việc” ràng buộc từng cơ quan ấy; trang của mỗi cơ quan kể cả những việc này.' },
  { term: 'Công văn', meaning: 'Văn bản dùng để giao việc, đôn đốc, hướng dẫn hay trao đổi công việc; không in tên loại văn bản ở đầu như nghị quyết hay chỉ thị, mà có dòng trích yếu “V/v …” dưới số hiệu.' },
  { term: 'Nghị quyết', meaning: 'Văn bản ghi quyết định của một tập thể lãnh đạo (Ban Chấp hành Trung ương, Bộ Chính trị, cấp ủy) về chủ trương, nhiệm vụ lớn.' },
  { term: 'Kết luận', meaning: 'Văn bản ghi ý kiến kết luận của tập thể lãnh đạo sau khi xem xét một việc, thường là sau khi sơ kết, tổng kết một nghị quyết.' },
  { term: 'Chỉ thị', meaning: 'Văn bản đề ra chủ trương và giao nhiệm vụ để chỉ đạo thực hiện một việc cụ thể.' },
  { term: 'Số hiệu', meaning: 'Số và ký hiệu của văn bản, ví dụ “15-NQ/TW”: số 15, “NQ” là nghị quyết, “TW” là văn bản của cơ quan ở Trung ương. Khi văn bản nhận được không ghi số, trang nói rõ như vậy.' },
  { term: 'Trích yếu', meaning: 'Câu ngắn nêu nội dung chính của văn bản, in dưới số hiệu hay tên loại.' },
  { term: 'V/v', meaning: 'Viết tắt của “về việc”, mở đầu trích yếu của công văn.' },
  { term: 'Kính gửi', meaning: 'Các cơ quan, người nhận văn bản để thực hiện, ghi ở đầu văn bản.' },
  { term: 'Nơi nhận', meaning: 'Danh sách nơi văn bản được gửi tới, in ở cuối văn bản, bên trái; “(báo cáo)” là gửi để báo cáo, “Lưu” là bản lưu của cơ quan ban hành.' },
  { term: 'T/L', meaning: 'Thừa lệnh: người được người đứng đầu giao ký một số văn bản.' },
  { term: 'Mục, khoản, điểm', meaning: 'Các cấp đánh số trong văn bản (I., 1., a) …). Trang này gọi mỗi phần theo đúng cách văn bản đánh số, ví dụ “Mục 2”.' },
  { term: 'Gạch đầu dòng', meaning: 'Một ý bắt đầu bằng dấu “-” hoặc “+”. Trang đếm theo thứ tự: “Mục 2, gạch đầu dòng thứ ba”.' },
  { term: 'Điều khoản', meaning: 'Trên trang này: mỗi phần được đánh số hay gạch đầu dòng của văn bản, có địa chỉ riêng và câu trích dẫn riêng.' },
  { term: 'Văn bản gốc', meaning: 'Tệp PDF hoặc Word mà biên tập viên nhận được. Khi có tệp này, lời văn trên trang được đọc từ nó, và tệp được đưa ra để tải về, đối chiếu; khi biên tập viên chỉ có văn bản dạng chữ, trang nói rõ như vậy.' },
  { term: 'Văn bản dẫn chiếu', meaning: 'Văn bản được nhắc tới trong văn bản đang đọc, như Nghị quyết 15-NQ/TW hay Kết luận 92-KL/TW.' },
  { term: 'Bản sao không chính thức', meaning: 'Bản để đọc và tra cứu. Giá trị pháp lý thuộc văn bản do cơ quan ban hành phát hành.' },
  { term: 'Nhận dạng chữ (OCR)', meaning: 'Đọc chữ từ ảnh chụp hay bản quét bằng máy. Có thể đọc sai; trang nói rõ văn bản nào được đọc như thế và chỗ nào máy không chắc.' },
  { term: 'SHA-256', meaning: 'Dấu vân tay của một tệp: chỉ cần một ký tự đổi khác là dấu đổi khác. Dùng để kiểm tra bản sao ngoại tuyến còn nguyên vẹn.' },
];

/** The terms in Vietnamese order, each with an anchor of its own. */
export function glossaryTerms(): Array<Term & { id: string }> {
  return [...TERMS].sort((a, b) => COLLATOR.compare(a.term, b.term)).map((t) => ({ ...t, id: `tu-${slugify(t.term)}` }));
}
