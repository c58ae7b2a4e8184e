import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { DomainError } from '@warta/core';

/** What a row stores: never the token, only ciphertext and the wrapped key that opens it. */
export interface SealedTokens {
  /** base64(iv | tag | AES-256-GCM ciphertext of the bundle JSON) under the row's data key. */
  ciphertext: string;
  /** base64(iv | tag | the data key encrypted with the master key of keyVersion). */
  dataKey: string;
  keyVersion: number;
}

/** The secrets of one connected account (or of a pending Facebook connection). */
export interface TokenBundle {
  accessToken: string;
  refreshToken: string | null;
  [extra: string]: unknown;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const PAYLOAD_AAD = Buffer.from('warta:token-bundle:v1');

function seal(key: Buffer, plain: Buffer, aad: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function open(key: Buffer, sealed: string, aad: Buffer): Buffer {
  const raw = Buffer.from(sealed, 'base64');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(aad);
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/**
 * Envelope encryption for platform tokens (AES-256-GCM twice): a fresh random data key per row
 * encrypts the bundle; the data key is wrapped with the master key of the current version. Rotation
 * re-wraps data keys only, so payloads are never decrypted in bulk. GCM's tag makes any edit to
 * ciphertext, wrapped key or version fail loudly instead of yielding garbage.
 */
@Injectable()
export class TokenVault {
  private readonly masterKeys: Map<number, Buffer>;
  readonly currentKeyVersion: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'tokenVault'>) {
    this.masterKeys = new Map(
      Object.entries(config.tokenVault.masterKeys).map(([v, k]) => [Number(v), Buffer.from(k, 'base64')]),
    );
    this.currentKeyVersion = config.tokenVault.currentKeyVersion;
    if (this.masterKey(this.currentKeyVersion).length !== 32) throw new Error('master keys must be 32 bytes');
  }

  seal(bundle: TokenBundle): SealedTokens {
    const dataKey = randomBytes(32);
    const ciphertext = seal(dataKey, Buffer.from(JSON.stringify(bundle), 'utf8'), PAYLOAD_AAD);
    return { ciphertext, ...this.wrap(dataKey, this.currentKeyVersion) };
  }

  open(sealed: SealedTokens): TokenBundle {
    try {
      const dataKey = this.unwrap(sealed);
      return JSON.parse(open(dataKey, sealed.ciphertext, PAYLOAD_AAD).toString('utf8')) as TokenBundle;
    } catch (e) {
      if (e instanceof DomainError) throw e;
      // Never echo what failed to decrypt: the message must not carry key or token material.
      throw new DomainError('TOKEN_VAULT_UNREADABLE');
    }
  }

  /** The same payload, its data key re-wrapped under the current master key version. */
  rewrap(sealed: SealedTokens): SealedTokens {
    let dataKey: Buffer;
    try {
      dataKey = this.unwrap(sealed);
    } catch (e) {
      if (e instanceof DomainError) throw e;
      throw new DomainError('TOKEN_VAULT_UNREADABLE');
    }
    return { ciphertext: sealed.ciphertext, ...this.wrap(dataKey, this.currentKeyVersion) };
  }

  private wrap(dataKey: Buffer, version: number): { dataKey: string; keyVersion: number } {
    return {
      dataKey: seal(this.masterKey(version), dataKey, Buffer.from(`warta:data-key:v${version}`)),
      keyVersion: version,
    };
  }

  private unwrap(sealed: SealedTokens): Buffer {
    // The version is bound as associated data, so relabelling a row's version cannot pass.
    return open(
      this.masterKey(sealed.keyVersion),
      sealed.dataKey,
      Buffer.from(`warta:data-key:v${sealed.keyVersion}`),
    );
  }

  private masterKey(version: number): Buffer {
    const key = this.masterKeys.get(version);
    if (!key) throw new DomainError('TOKEN_VAULT_KEY_MISSING', { version });
    return key;
  }
}
