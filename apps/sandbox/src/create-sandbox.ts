import { join } from 'node:path';
import { createControlHandler } from './control/control.routes';
import { SeedResult, seedDemoAccounts } from './control/account-seeding';
import { BlobStore } from './core/blob-store';
import { FaultInjector } from './core/fault-injector';
import { FixtureLibrary } from './core/fixture-images';
import { RequestJournal } from './core/request-journal';
import { SandboxProfile, defaultProfile } from './core/sandbox-profile';
import { SandboxServer } from './core/sandbox-server';
import { SandboxState } from './core/sandbox-state';
import { SandboxStore } from './core/sandbox-store';
import { StatePersistence } from './core/state-persistence';
import { VirtualClock, VirtualClockSnapshot } from './core/virtual-clock';
import { createGraphApp } from './graph/graph-app';
import { createSharedRoutes } from './viewer/shared.routes';
import { createXApp } from './x/x-app';

export interface CreateSandboxOptions {
  /** 0 or omitted = a random free port. */
  xPort?: number;
  graphPort?: number;
  host?: string;
  /** Directory for the state file and media; null or omitted = memory only. */
  dataDir?: string | null;
  seed?: number;
  /** Virtual time at start (and after a reset without startAt). Default: the real time now. */
  startAt?: Date;
  /** Start with the virtual clock frozen (it then moves only through the control API). */
  frozenClock?: boolean;
  /** Seed the demo X users, Facebook Pages and IG account on a fresh state (default true). */
  demoAccounts?: boolean;
  /** The OAuth client registered on X (default: the sandbox client from libs/config). */
  xClient?: { clientId: string; clientSecret: string | null };
  /** The Facebook app registered on Graph. */
  facebookApp?: { appId: string; appSecret: string };
  /** Journal ring-buffer size (default 100,000 requests). */
  journalCapacity?: number;
}

export interface Sandbox {
  xOrigin: string;
  graphOrigin: string;
  /** The live state (replaced by a reset, so read it through this getter). */
  readonly state: SandboxState;
  store: SandboxStore;
  clock: VirtualClock;
  journal: RequestJournal;
  faults: FaultInjector;
  reset(input?: ResetInput): SeedResult | null;
  close(): Promise<void>;
}

export interface ResetInput {
  seed?: number;
  startAt?: Date;
  demoAccounts?: boolean;
}

interface PersistedFile {
  schema: 1;
  clock: VirtualClockSnapshot;
  state: SandboxState;
}

export const DEFAULT_X_CLIENT = {
  clientId: 'warta-sandbox-x-client',
  clientSecret: 'warta-sandbox-x-secret',
};
export const DEFAULT_FACEBOOK_APP = { appId: 'warta-sandbox-app', appSecret: 'warta-sandbox-app-secret' };

/** Starts the X and Graph origins in this process, sharing one state, clock, journal and fault list. */
export async function createSandbox(opts: CreateSandboxOptions = {}): Promise<Sandbox> {
  const world = createWorld(opts);
  const { store, clock, journal, faults, persistence, reset } = world;
  restoreOrReset(world, opts.demoAccounts ?? true);
  const { origins, xServer, graphServer } = await startServers(world, opts);

  let closed = false;
  return {
    xOrigin: origins.x,
    graphOrigin: origins.graph,
    get state() {
      return store.state;
    },
    store,
    clock,
    journal,
    faults,
    reset,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([xServer.close(), graphServer.close()]);
      await persistence.flush();
    },
  };
}

/** What both origins share: the state and its persistence, the clock, journal and faults. */
interface SandboxWorld {
  store: SandboxStore;
  clock: VirtualClock;
  journal: RequestJournal;
  faults: FaultInjector;
  persistence: StatePersistence;
  defaults: { xClientId: string; facebookAppId: string };
  initialSeed: number;
  /** Registers Warta's X client and Facebook app unless the state already has them. */
  registerApps(): void;
  reset(input?: ResetInput): SeedResult | null;
}

function createWorld(opts: CreateSandboxOptions): SandboxWorld {
  const dataDir = opts.dataDir ?? null;
  const xClient = opts.xClient ?? DEFAULT_X_CLIENT;
  const facebookApp = opts.facebookApp ?? DEFAULT_FACEBOOK_APP;
  const defaults = { xClientId: xClient.clientId, facebookAppId: facebookApp.appId };
  const initialSeed = opts.seed ?? 1;

  const clock = new VirtualClock(opts.startAt ?? new Date(), { frozen: opts.frozenClock });
  const store = new SandboxStore(initialSeed, clock, new BlobStore(dataDir ? join(dataDir, 'media') : null));
  const journal = new RequestJournal(opts.journalCapacity);
  const faults = new FaultInjector(initialSeed);
  const persistence = new StatePersistence(dataDir, (): PersistedFile => ({
    schema: 1,
    clock: clock.snapshot(),
    state: store.state,
  }));
  store.setChangeListener(() => persistence.markDirty());

  const registerApps = (): void => {
    store.state.x.apps[xClient.clientId] ??= {
      clientId: xClient.clientId,
      clientSecret: xClient.clientSecret,
      name: 'Warta',
    };
    store.state.graph.apps[facebookApp.appId] ??= { ...facebookApp, requireAppSecretProof: false };
  };

  const reset = (input: ResetInput = {}): SeedResult | null => {
    const seed = input.seed ?? initialSeed;
    store.reset(seed);
    if (input.startAt) clock.reset(input.startAt);
    faults.reset(seed);
    journal.clear();
    registerApps();
    const seeded = input.demoAccounts === false ? null : seedDemoAccounts(store, defaults);
    persistence.markDirty();
    return seeded;
  };

  return { store, clock, journal, faults, persistence, defaults, initialSeed, registerApps, reset };
}

/** The saved state and clock when the data directory has them, else a fresh reset. */
function restoreOrReset(world: SandboxWorld, demoAccounts: boolean): void {
  const { store, clock, persistence } = world;
  const loaded = persistence.load() as PersistedFile | null;
  if (loaded && loaded.schema === 1 && loaded.state?.schema === 1) {
    loaded.state.profile = withDefaults(loaded.state.profile);
    store.replace(loaded.state);
    clock.restore(loaded.clock);
    world.registerApps();
  } else {
    world.reset({ seed: world.initialSeed, demoAccounts });
  }
}

/** The X and Graph servers, each with the control API and the shared pages, listening. */
async function startServers(
  world: SandboxWorld,
  opts: CreateSandboxOptions,
): Promise<{ origins: { x: string; graph: string }; xServer: SandboxServer; graphServer: SandboxServer }> {
  const { store, clock, journal, faults, persistence, defaults, reset } = world;
  const host = opts.host ?? '127.0.0.1';
  let origins = { x: '', graph: '' };
  const control = createControlHandler({
    store,
    clock,
    faults,
    journal,
    defaults,
    reset: (i) => reset(i),
    origins: () => origins,
  });
  const shared = createSharedRoutes(store, new FixtureLibrary(), () => origins);
  const onMutation = (): void => persistence.markDirty();
  const common = { control, shared, journal, faults, clock, onMutation };
  const xServer = new SandboxServer({ ...common, app: createXApp(store) });
  const graphServer = new SandboxServer({ ...common, app: createGraphApp(store) });

  try {
    origins = {
      x: await xServer.listen(opts.xPort ?? 0, host),
      graph: await graphServer.listen(opts.graphPort ?? 0, host),
    };
  } catch (e) {
    await xServer.close();
    throw e;
  }
  return { origins, xServer, graphServer };
}

/** A state saved by an older build may lack newer profile keys. */
function withDefaults(saved: Partial<SandboxProfile> | undefined): SandboxProfile {
  const d = defaultProfile();
  if (!saved) return d;
  return {
    x: { ...d.x, ...saved.x },
    facebook: { ...d.facebook, ...saved.facebook },
    instagram: { ...d.instagram, ...saved.instagram },
    graphRate: { ...d.graphRate, ...saved.graphRate },
    media: { ...d.media, ...saved.media },
    metrics: { ...d.metrics, ...saved.metrics },
  };
}
