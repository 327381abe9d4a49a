import { LocalityCalendar } from './locality-on-date';

// Province 1; district 2 (2019 – 30 June 2025) with communes 3 and 4; commune 5 of district 6; from 1 July
// 2025 commune 3 and 4 merged into 7, commune 5 into 8, directly under the province.
const calendar = new LocalityCalendar(
  [
    { id: 1, parentId: null, level: 'province', validFrom: null, validTo: null },
    { id: 2, parentId: 1, level: 'district', validFrom: null, validTo: '2025-06-30' },
    { id: 3, parentId: 2, level: 'commune', validFrom: null, validTo: '2025-06-30' },
    { id: 4, parentId: 2, level: 'commune', validFrom: null, validTo: '2025-06-30' },
    { id: 6, parentId: 1, level: 'district', validFrom: null, validTo: '2025-06-30' },
    { id: 5, parentId: 6, level: 'commune', validFrom: null, validTo: '2025-06-30' },
    { id: 7, parentId: 1, level: 'commune', validFrom: '2025-07-01', validTo: null },
    { id: 8, parentId: 1, level: 'commune', validFrom: '2025-07-01', validTo: null },
  ],
  [
    { predecessorId: 3, successorId: 7 },
    { predecessorId: 4, successorId: 7 },
    { predecessorId: 5, successorId: 8 },
  ],
);

describe('LocalityCalendar', () => {
  it('groups communes under their district on a 2019 date', () => {
    expect([3, 4, 5, 2].map((id) => calendar.unitOn(id, '2019-12-31'))).toEqual([2, 2, 6, 2]);
  });

  it('follows the successors to the 2025 communes after July 2025, and back from them', () => {
    expect([3, 4, 5, 7].map((id) => calendar.unitOn(id, '2025-12-31'))).toEqual([7, 7, 8, 7]);
    // a 2025 commune on a 2019 date: its first predecessor's district
    expect(calendar.unitOn(8, '2019-12-31')).toBe(6);
  });
});
