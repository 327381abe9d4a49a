/**
 * Vietnamese name parts with their approximate shares (Nguyễn alone is about 38%), expanded into 100 weighted
 * slots so SQL can pick one with `hash % 100`. Given names are drawn uniformly.
 */
const FAMILY: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 1],
  ['Đinh', 2],
  ['Trịnh', 2],
  ['Mai', 1],
  ['Đào', 1],
  ['Lương', 1],
];
const MIDDLE: Record<'male' | 'female', [string, number][]> = {
  male: [
    ['Văn', 40],
    ['Đức', 10],
    ['Minh', 10],
    ['Quang', 8],
    ['Hoàng', 6],
    ['Xuân', 5],
    ['Thanh', 5],
    ['Hải', 4],
    ['Bảo', 4],
    ['Tuấn', 4],
    ['Trọng', 4],
  ],
  female: [
    ['Thị', 45],
    ['Ngọc', 12],
    ['Thu', 8],
    ['Thanh', 8],
    ['Minh', 6],
    ['Hồng', 6],
    ['Phương', 5],
    ['Bảo', 4],
    ['Kim', 3],
    ['Mai', 3],
  ],
};
const GIVEN: Record<'male' | 'female', string[]> = {
  male: [
    'An',
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Đức',
    'Duy',
    'Giang',
    'Hải',
    'Hiếu',
    'Hùng',
    'Huy',
    'Khánh',
    'Khôi',
    'Kiên',
    'Long',
    'Lộc',
    'Minh',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quân',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Thịnh',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Vũ',
    'Đạt',
    'Hưng',
    'Lâm',
    'Nhật',
  ],
  female: [
    'An',
    'Anh',
    'Ánh',
    'Châu',
    'Chi',
    'Dung',
    'Diệp',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Hương',
    'Huyền',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngân',
    'Ngọc',
    'Nhi',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Quỳnh',
    'Tâm',
    'Thảo',
    'Thư',
    'Trang',
    'Trâm',
    'Uyên',
    'Vân',
    'Vy',
    'Xuân',
    'Yến',
  ],
};

export const GIVEN_SLOTS = 40;

/** 100 slots, each choice repeated by its weight (weights are rescaled to sum to 100). */
function slots(choices: [string, number][]): string[] {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  const out: string[] = [];
  let carried = 0;
  for (const [choice, weight] of choices) {
    carried += (weight * 100) / total;
    while (out.length < Math.round(carried)) out.push(choice);
  }
  while (out.length < 100) out.push(choices[0][0]);
  return out.slice(0, 100);
}

/** Rows `(part, gender, slot, name)` for the generator's helper table; family names use gender `any`. */
export function namePartRows(): [string, string, number, string][] {
  const rows: [string, string, number, string][] = slots(FAMILY).map((name, slot) => [
    'family',
    'any',
    slot,
    name,
  ]);
  for (const gender of ['male', 'female'] as const) {
    slots(MIDDLE[gender]).forEach((name, slot) => rows.push(['middle', gender, slot, name]));
    GIVEN[gender].forEach((name, slot) => rows.push(['given', gender, slot, name]));
  }
  return rows;
}
