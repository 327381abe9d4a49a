import { localityNotInForce } from './locality-validity';

describe('localityNotInForce', () => {
  const closedCommune = { fullName: 'Xã Thống Nhất', validFrom: null, validTo: '2025-06-30' };
  const successors = [{ fullName: 'Phường Hoành Bồ' }, { fullName: 'Xã Thống Nhất (mới)' }];

  it('accepts a unit on its last day, and an open-ended one', () => {
    expect(localityNotInForce(closedCommune, '2025-06-30', successors)).toBeUndefined();
    expect(localityNotInForce({ ...closedCommune, validTo: null }, '2030-01-01', [])).toBeUndefined();
  });

  it('refuses a unit the day after it closed, naming the first day it was gone and its successors', () => {
    expect(localityNotInForce(closedCommune, '2025-07-01', successors)).toEqual({
      vi: 'Xã Thống Nhất không còn tồn tại từ ngày 01/07/2025; hãy chọn đơn vị thay thế: Phường Hoành Bồ, Xã Thống Nhất (mới)',
      en: 'Xã Thống Nhất ceased to exist on 2025-07-01; choose a unit that replaced it: Phường Hoành Bồ, Xã Thống Nhất (mới)',
    });
  });

  it('handles a year’s end and a unit without recorded successors', () => {
    const hoanhBo = { fullName: 'Huyện Hoành Bồ', validFrom: null, validTo: '2019-12-31' };
    expect(localityNotInForce(hoanhBo, '2020-01-01', [])).toEqual({
      vi: 'Huyện Hoành Bồ không còn tồn tại từ ngày 01/01/2020',
      en: 'Huyện Hoành Bồ ceased to exist on 2020-01-01',
    });
  });

  it('refuses a unit before it was established', () => {
    const ward = { fullName: 'Phường Hạ Long', validFrom: '2025-07-01', validTo: null };
    expect(localityNotInForce(ward, '2025-06-30', [])).toEqual({
      vi: 'Phường Hạ Long chỉ có từ ngày 01/07/2025',
      en: 'Phường Hạ Long exists only from 2025-07-01',
    });
  });
});
