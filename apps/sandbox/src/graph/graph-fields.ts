/** One entry of a Graph `fields=` list: `comments.summary(total_count).limit(0)`, `instagram_business_account{id,username}`. */
export interface FieldSpec {
  name: string;
  modifiers: Record<string, string>;
  children: FieldSpec[] | null;
}

export class FieldSyntaxError extends Error {}

/** Parses Graph's field expansion syntax (nested braces and chained modifiers). */
export function parseFields(input: string): FieldSpec[] {
  let i = 0;
  const s = input;

  const list = (closing: string | null): FieldSpec[] => {
    const out: FieldSpec[] = [];
    while (i < s.length) {
      while (s[i] === ' ' || s[i] === ',') i++;
      if (closing && s[i] === closing) {
        i++;
        return out;
      }
      if (i >= s.length) break;
      out.push(item());
      while (s[i] === ' ') i++;
      if (s[i] === ',') i++;
      else if (closing && s[i] === closing) continue;
      else if (i < s.length)
        throw new FieldSyntaxError(
          `Syntax error "Expected end of string instead of "${s[i]}"." at character ${i}: ${s}`,
        );
    }
    if (closing) throw new FieldSyntaxError(`Syntax error "Expected "${closing}"." at character ${i}: ${s}`);
    return out;
  };

  const item = (): FieldSpec => {
    const name = ident();
    const spec: FieldSpec = { name, modifiers: {}, children: null };
    for (;;) {
      if (s[i] === '.') {
        i++;
        const mod = ident();
        if (s[i] !== '(') throw new FieldSyntaxError(`Syntax error "Expected "("." at character ${i}: ${s}`);
        const end = s.indexOf(')', i);
        if (end < 0) throw new FieldSyntaxError(`Syntax error "Expected ")"." at character ${i}: ${s}`);
        spec.modifiers[mod] = s.slice(i + 1, end).trim();
        i = end + 1;
      } else if (s[i] === '{') {
        i++;
        spec.children = list('}');
      } else {
        return spec;
      }
    }
  };

  const ident = (): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (!m) throw new FieldSyntaxError(`Syntax error "Expected name." at character ${i}: ${s}`);
    i += m[0].length;
    return m[0];
  };

  return list(null);
}
