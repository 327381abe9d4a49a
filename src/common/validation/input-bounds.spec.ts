import { inputProblems, jsonDepthExceeds } from './input-bounds';

describe('input bounds', () => {
  it('counts nesting on the text, ignoring brackets inside strings and escaped quotes', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[{{{{\\"[[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('[1],[2],[3],[4]', 1)).toBe(false);
  });

  it('walks 100,000 levels without recursion and names the first one too deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const problems = inputProblems(deep);
    expect(problems).toHaveLength(1);
    expect(problems[0].path.split('.')).toHaveLength(64); // a.a.….a: the object at depth 64
  });

  it('names prototype keys, control characters and numbers no INT column holds, and passes the rest', () => {
    const input = JSON.parse(
      '{"__proto__":1,"a":{"constructor":{}},"b":["ok","x\\u0000"],"c\\u0007":1,"d":2147483648,"e":-2147483648,"f":"tab\\tline\\nbreak\\r"}',
    ) as unknown;
    expect(
      inputProblems(input)
        .map((problem) => problem.path)
        .sort(),
    ).toEqual(['__proto__', 'a.constructor', 'b.1', 'c\u0007', 'd'].sort());
  });
});
