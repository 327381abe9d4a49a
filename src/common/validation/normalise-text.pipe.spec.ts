import { NormaliseTextPipe } from './normalise-text.pipe';

describe('NormaliseTextPipe', () => {
  const pipe = new NormaliseTextPipe();
  const nfd = (text: string) => text.normalize('NFD');

  it('brings strings to NFC, nested in objects and lists, keys included', () => {
    const input = {
      [nfd('họTên')]: nfd('Đặng Văn Đức'),
      guardian: { name: nfd('Nguyễn Thị Ánh') },
      tags: [nfd('Hạ Long'), 7],
    };
    expect(pipe.transform(input)).toEqual({
      ['họTên'.normalize('NFC')]: 'Đặng Văn Đức'.normalize('NFC'),
      guardian: { name: 'Nguyễn Thị Ánh'.normalize('NFC') },
      tags: ['Hạ Long'.normalize('NFC'), 7],
    });
  });

  it('handles query objects without a prototype and leaves other values alone', () => {
    const query = Object.assign(Object.create(null) as Record<string, string>, { q: nfd('Ánh') });
    expect(pipe.transform(query)).toEqual({ q: 'Ánh'.normalize('NFC') });
    const date = new Date(0);
    expect(pipe.transform(date)).toBe(date);
    expect(pipe.transform(undefined)).toBeUndefined();
  });
});
