import { Foundation1764288000000 } from './1764288000000-foundation';
import { OrganizationListOrder1764290000000 } from './1764290000000-organization-list-order';
import { SocialAccounts1764300000000 } from './1764300000000-social-accounts';
import { AccountConnections1764400000000 } from './1764400000000-account-connections';
import { ReleasesMedia1764500000000 } from './1764500000000-releases-media';
import { Approvals1764600000000 } from './1764600000000-approvals';
import { Publishing1764700000000 } from './1764700000000-publishing';
import { Notifications1764710000000 } from './1764710000000-notifications';
import { Analytics1764800000000 } from './1764800000000-analytics';
import { DashboardRollups1764810000000 } from './1764810000000-dashboard-rollups';
import { PostMetricsLatest1764820000000 } from './1764820000000-post-metrics-latest';
import { SubtreeFollowers1764830000000 } from './1764830000000-subtree-followers';
import { NodePlatformPeriods1764840000000 } from './1764840000000-node-platform-periods';
import { ConsistencyPeriodIndex1764900000000 } from './1764900000000-consistency-period-index';
import { MetricSnapshotsPostIndex1764910000000 } from './1764910000000-metric-snapshots-post-index';
import { SubtreeFollowersRunningTotals1764920000000 } from './1764920000000-subtree-followers-running-totals';
import { LoginThrottleDelays1764950000000 } from './1764950000000-login-throttle-delays';
import { ReleaseSubmissions1764950000000 } from './1764950000000-release-submissions';
import { EngineClock1765000000000 } from './1765000000000-engine-clock';
import { AuditChainKeys1765010000000 } from './1765010000000-audit-chain-keys';

/** Every migration, in order. Listed explicitly so the same list works from source, dist and tests. */
export const MIGRATIONS = [
  Foundation1764288000000,
  OrganizationListOrder1764290000000,
  SocialAccounts1764300000000,
  AccountConnections1764400000000,
  ReleasesMedia1764500000000,
  Approvals1764600000000,
  Publishing1764700000000,
  Notifications1764710000000,
  Analytics1764800000000,
  DashboardRollups1764810000000,
  PostMetricsLatest1764820000000,
  SubtreeFollowers1764830000000,
  NodePlatformPeriods1764840000000,
  ConsistencyPeriodIndex1764900000000,
  MetricSnapshotsPostIndex1764910000000,
  SubtreeFollowersRunningTotals1764920000000,
  LoginThrottleDelays1764950000000,
  ReleaseSubmissions1764950000000,
  EngineClock1765000000000,
  AuditChainKeys1765010000000,
];
