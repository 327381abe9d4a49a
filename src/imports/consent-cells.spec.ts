import { parseConsentMethod, parseConsentScopes } from './consent-cells';

describe('consent cells of an import', () => {
  it.each([
    ['', 'paper'],
    ['Giấy', 'paper'],
    ['BẢN GIẤY', 'paper'],
    ['paper', 'paper'],
    ['Điện tử', 'electronic'],
    ['dien tu', 'electronic'],
    ['Trực tuyến', 'electronic'],
    ['electronic', 'electronic'],
  ])('reads the method %j as %s', (text, method) => {
    expect(parseConsentMethod(text)).toBe(method);
  });

  it('does not guess an unknown method', () => {
    expect(parseConsentMethod('fax')).toBeUndefined();
  });

  it('reads scopes in any order and case, in the canonical order, once each', () => {
    expect(parseConsentScopes('Công bố; DỰ THI, hồ sơ, dự thi')).toEqual({
      scopes: ['registry', 'contests', 'publication'],
      unknown: [],
    });
    expect(parseConsentScopes('shortlisting;registry')).toEqual({
      scopes: ['registry', 'shortlisting'],
      unknown: [],
    });
    expect(parseConsentScopes('tất cả')).toEqual({
      scopes: ['registry', 'contests', 'publication', 'shortlisting'],
      unknown: [],
    });
  });

  it('names the words it does not understand', () => {
    expect(parseConsentScopes('dự thi, quảng cáo')).toEqual({ scopes: ['contests'], unknown: ['quảng cáo'] });
    expect(parseConsentScopes('')).toEqual({ scopes: [], unknown: [] });
  });
});
