import { RequestContext } from '../core/http-types';
import { MultipartPart } from '../core/multipart-parser';
import { SandboxStore } from '../core/sandbox-store';
import { GraphCaller, authenticateGraph } from './graph-auth';
import { GraphUsage } from './graph-usage';

/** One Graph call: merged parameters, the lazily authenticated caller, and usage headers to send back. */
export class GraphRequest {
  usageHeaders: Record<string, string> | undefined;
  private resolved: GraphCaller | null = null;

  constructor(
    readonly ctx: RequestContext,
    readonly fields: Record<string, string>,
    readonly files: Record<string, MultipartPart>,
    private readonly store: SandboxStore,
    private readonly usage: GraphUsage,
  ) {}

  caller(): GraphCaller {
    this.resolved ??= authenticateGraph(this.store, this.ctx, this.fields);
    return this.resolved;
  }

  /** Counts the call against the budgets (and throws the rate-limit error at 100%). */
  track(igUserId: string | null = null): GraphCaller {
    const caller = this.caller();
    this.usageHeaders = this.usage.track(caller, this.ctx.now, igUserId);
    return caller;
  }

  get now(): number {
    return this.ctx.now;
  }
}
