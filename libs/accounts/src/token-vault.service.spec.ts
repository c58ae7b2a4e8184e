import { randomBytes } from 'node:crypto';
import { DomainError } from '@warta/core';
import { TokenVault } from './token-vault.service';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const vault = (keys: Record<number, string>, current: number) =>
  new TokenVault({ tokenVault: { masterKeys: keys, currentKeyVersion: current } });

function flipByte(b64: string, at: number): string {
  const raw = Buffer.from(b64, 'base64');
  raw[at] ^= 0x01;
  return raw.toString('base64');
}

describe('TokenVault', () => {
  const bundle = { accessToken: 'sbx-at-123456', refreshToken: 'sbx-rt-abcdef' };

  it('round-trips a bundle and never stores it in the clear', () => {
    const v = vault({ 1: k1 }, 1);
    const sealed = v.seal(bundle);
    expect(sealed.keyVersion).toBe(1);
    expect(JSON.stringify(sealed)).not.toContain('sbx-at-123456');
    expect(v.open(sealed)).toEqual(bundle);
  });

  it('uses a fresh data key and IV per seal', () => {
    const v = vault({ 1: k1 }, 1);
    const a = v.seal(bundle);
    const b = v.seal(bundle);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.dataKey).not.toBe(b.dataKey);
  });

  it.each([
    [
      'ciphertext body',
      (s: ReturnType<TokenVault['seal']>) => ({ ...s, ciphertext: flipByte(s.ciphertext, 40) }),
    ],
    [
      'ciphertext tag',
      (s: ReturnType<TokenVault['seal']>) => ({ ...s, ciphertext: flipByte(s.ciphertext, 14) }),
    ],
    ['wrapped data key', (s: ReturnType<TokenVault['seal']>) => ({ ...s, dataKey: flipByte(s.dataKey, 30) })],
  ])('detects tampering with the %s', (_what, tamper) => {
    const v = vault({ 1: k1 }, 1);
    const sealed = tamper(v.seal(bundle));
    expect(() => v.open(sealed)).toThrow(DomainError);
    expect(() => v.open(sealed)).toThrow('TOKEN_VAULT_UNREADABLE');
  });

  it('refuses a row relabelled with another key version', () => {
    const v = vault({ 1: k1, 2: k1 }, 1);
    const sealed = v.seal(bundle);
    expect(() => v.open({ ...sealed, keyVersion: 2 })).toThrow('TOKEN_VAULT_UNREADABLE');
  });

  it('rotation re-wraps the data key under the current version without touching the payload', () => {
    const old = vault({ 1: k1 }, 1).seal(bundle);
    const v2 = vault({ 1: k1, 2: k2 }, 2);
    const rewrapped = v2.rewrap(old);
    expect(rewrapped.keyVersion).toBe(2);
    expect(rewrapped.ciphertext).toBe(old.ciphertext);
    expect(rewrapped.dataKey).not.toBe(old.dataKey);
    // Once re-wrapped, the old master key is no longer needed.
    expect(vault({ 2: k2 }, 2).open(rewrapped)).toEqual(bundle);
    expect(() => vault({ 2: k2 }, 2).open(old)).toThrow('TOKEN_VAULT_KEY_MISSING');
  });

  it('a wrong master key cannot open the row', () => {
    const sealed = vault({ 1: k1 }, 1).seal(bundle);
    expect(() => vault({ 1: k2 }, 1).open(sealed)).toThrow('TOKEN_VAULT_UNREADABLE');
  });
});
