/**
 * Indonesian abbreviations that end in a full stop, grouped by how they behave at a sentence end.
 * Matching is on the whole token (the characters since the last space), case-sensitive, because
 * "No." before a number and "no." as a lower-case word are different animals.
 */

/** Titles, references and connectors that always precede something: a name, a number, a place. */
// prettier-ignore
const NEVER_FINAL = [
  // Titles before a name.
  'Dr.', 'dr.', 'Prof.', 'Ir.', 'Drs.', 'Dra.', 'H.', 'Hj.', 'KH.', 'K.H.', 'Bpk.', 'Bp.', 'Sdr.', 'Sdri.',
  'Tn.', 'Ny.', 'Nn.', 'Yth.', 'yth.', 'St.', 'Kol.', 'Letkol.', 'Mayjen.', 'Brigjen.', 'Kompol.', 'Pdt.',
  'Ust.', 'Ustd.', 'Kapt.',
  // References and addresses.
  'No.', 'Nomor.', 'Jl.', 'Jln.', 'Kab.', 'Kec.', 'Kel.', 'Ds.', 'Prov.', 'Kp.', 'Gg.', 'Blok.', 'RT.', 'RW.',
  'Rp.', 'Hlm.', 'hlm.', 'Telp.', 'Tlp.', 'Tel.', 'Hp.', 'HP.', 'Psl.', 'Ps.', 'Tgl.', 'tgl.', 'Th.', 'Thn.',
  'Kep.', 'Per.', 'Ket.', 'Lamp.', 'Perihal.', 'Hal.', 'Reg.', 'Vol.', 'Ed.',
  // Connectors ("atas nama", "sampai dengan", "untuk perhatian", "untuk beliau").
  'a.n.', 'u.p.', 'u.b.', 's.d.', 'd.a.', 'an.', 'sd.', 'ybs.', 'Ybs.', 'yg.', 'dg.', 'dgn.', 'utk.', 'tsb.',
];

/** Enumerating tails ("dan lain-lain"): they end a list, and often the sentence with it. */
// prettier-ignore
const MAY_END_SENTENCE = ['dll.', 'dsb.', 'dst.', 'dkk.', 'etc.', 'Dll.', 'Dsb.', 'Dst.'];

/** Post-nominal degrees seen after names in releases; any dotted "S.X." shape is also treated as one. */
// prettier-ignore
const DEGREES = [
  'S.H.', 'M.H.', 'S.E.', 'M.E.', 'S.Pd.', 'M.Pd.', 'A.Md.', 'Amd.', 'S.Sos.', 'M.Si.', 'S.Si.', 'S.Kom.',
  'M.Kom.', 'S.T.', 'M.T.', 'M.M.', 'S.IP.', 'S.I.P.', 'S.Ag.', 'M.Ag.', 'S.Kep.', 'Ns.', 'S.Psi.',
  'M.Psi.', 'S.Ked.', 'Sp.A.', 'Sp.OG.', 'M.Kn.', 'Bc.IP.', 'A.Md.IP.', 'A.Md.P.', 'Lc.', 'M.A.', 'MA.',
  'B.A.', 'Ph.D.', 'S.H.I.', 'S.Hum.', 'M.Hum.', 'S.Kes.', 'M.Kes.', 'SKM.', 'S.Farm.', 'Apt.', 'S.Tr.',
  'S.Tr.Pas.', 'M.Sc.', 'S.Ak.', 'M.Ak.', 'Ak.', 'S.I.Kom.', 'S.IKom.', 'M.I.Kom.', 'S.Tr.Sos.', 'M.Med.Kom.',
  'S.Hut.', 'S.Pt.', 'S.P.', 'S.Ds.', 'S.Sn.', 'MBA.', 'M.AP.', 'M.Tr.', 'S.Gz.', 'S.KM.', 'S.AP.',
];

const NEVER_FINAL_SET = new Set(NEVER_FINAL);
const MAY_END_SET = new Set(MAY_END_SENTENCE);
const DEGREE_SET = new Set(DEGREES);

// "S.H.", "S.Pd.", "A.Md.IP.": two or more dotted segments starting with a capital.
const DOTTED_CAPITALISED = /^\p{Lu}[\p{L}]{0,4}\.(?:\p{L}{1,5}\.)+$/u;
// "a.n.", "s.d.", "u.p.": dotted lower-case connectors.
const DOTTED_LOWER = /^\p{Ll}{1,3}\.(?:\p{Ll}{1,3}\.)+$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;

export type AbbreviationKind = 'never_final' | 'may_end' | 'degree' | 'initial' | 'none';

/** Classifies the token that ends with a full stop (e.g. "S.H.", "No.", "dll."). */
export function classifyAbbreviation(token: string): AbbreviationKind {
  if (NEVER_FINAL_SET.has(token)) return 'never_final';
  if (MAY_END_SET.has(token)) return 'may_end';
  if (DEGREE_SET.has(token) || DOTTED_CAPITALISED.test(token)) return 'degree';
  if (DOTTED_LOWER.test(token)) return 'never_final';
  // "M. Yusuf", "Budi S. Hartono": a lone capital is an initial, and a name follows it.
  if (SINGLE_INITIAL.test(token)) return 'initial';
  return 'none';
}

/** True for a token that is itself a degree or title, so "S.H. M.H." is one run of degrees. */
export function isTitleOrDegree(token: string): boolean {
  const kind = classifyAbbreviation(token);
  return kind === 'degree' || kind === 'never_final' || kind === 'initial';
}

/** Titles that mark the following capitalised words as a person's name (used by the fact checker). */
// prettier-ignore
export const NAME_TITLES = [
  'Dr.', 'dr.', 'Prof.', 'Ir.', 'Drs.', 'Dra.', 'H.', 'Hj.', 'KH.', 'Bapak', 'Ibu', 'Pak', 'Bu', 'Sdr.',
  'Sdri.', 'Saudara', 'Saudari',
] as const;
