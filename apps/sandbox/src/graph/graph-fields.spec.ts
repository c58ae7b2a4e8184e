import { FieldSyntaxError, parseFields } from './graph-fields';

describe('parseFields (Graph field expansion)', () => {
  it('parses modifiers and nested fields', () => {
    expect(
      parseFields(
        'created_time,reactions.summary(total_count).limit(0),instagram_business_account{id,username},children{id,media_url}',
      ),
    ).toEqual([
      { name: 'created_time', modifiers: {}, children: null },
      { name: 'reactions', modifiers: { summary: 'total_count', limit: '0' }, children: null },
      {
        name: 'instagram_business_account',
        modifiers: {},
        children: [
          { name: 'id', modifiers: {}, children: null },
          { name: 'username', modifiers: {}, children: null },
        ],
      },
      {
        name: 'children',
        modifiers: {},
        children: [
          { name: 'id', modifiers: {}, children: null },
          { name: 'media_url', modifiers: {}, children: null },
        ],
      },
    ]);
  });

  it('rejects broken syntax', () => {
    expect(() => parseFields('a{b,c')).toThrow(FieldSyntaxError);
    expect(() => parseFields('a.summary')).toThrow(FieldSyntaxError);
    expect(() => parseFields('a b')).toThrow(FieldSyntaxError);
  });
});
