import { format, negotiateLanguage } from './language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['vi;q=0.4, en;q=0.6', 'en'],
    ['fr-FR,fr;q=0.9', 'vi'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0', 'vi'],
  ])('%p → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('format', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(format('{count} lỗi, mã {requestId}, {other}', { count: 3, requestId: 'r-1' })).toBe(
      '3 lỗi, mã r-1, {other}',
    );
  });
});
