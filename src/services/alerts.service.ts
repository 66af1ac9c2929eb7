// Alerts: rules on new evidence. A `claim` rule fires on each newly stored report with claims matching
// its filter (the claims filter both surfaces use), however the report came in: rules follow the change
// log from where they were created. A `state` rule fires when a watched URL changes state. Alerts are
// stored for the web app and, when the rule has a webhook, posted to it. A rule reads with its maker's
// eyes (a claim rule only claims of collections the maker may read, a state rule only watches of such
// collections); a reader lists only alerts about reports and watched URLs it may read, and only the rules
// that name no watched URL it may not read. A rule is its maker's: only the maker and admins see its
// webhook's full address (a webhook URL often carries its secret in its path) and may remove it.
import { parseQuestion } from '../domain/filters.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import { AlertRuleInput, type WatchState } from '../domain/watch.ts';
import { checkUrl } from '../ingest/url.ts';
import { postWebhook } from '../ingest/webhook.ts';
import type { AlertRecord, AlertRuleRecord, Repository, WatchRecord } from '../storage/repository.ts';
import { storedClaimFilter } from './claims.service.ts';
import { auditRead, EVERYONE, mayRead, readerOf, type Reader } from './collections.service.ts';

export interface AlertOptions {
  fetchTimeoutMs: number;
  now?: () => Date;
}

/** Field names as the surface spells them (`filter.origin` → `--origin` on the command line). */
export type FieldNamer = (field: string) => string;

/** Checks and stores a rule; it sees evidence stored from now on. A private webhook needs the allowance. */
export async function createAlertRule(
  repo: Repository,
  input: unknown,
  actor: string,
  nameOf: FieldNamer = (f) => f,
): Promise<AlertRuleRecord> {
  const spec = parseQuestion(AlertRuleInput, input, nameOf);
  if (spec.webhook) checkUrl(spec.webhook, spec.allowPrivate);
  return repo.createAlertRule(spec, actor, await repo.latestChangeId());
}

/**
 * Whether a reader may see a rule: a state rule naming a URL watched in a collection the reader may not
 * read is not shown (the URL is what the collection keeps to itself); every other rule is.
 */
async function ruleVisible(repo: Repository, rule: AlertRuleRecord, reader: Reader): Promise<boolean> {
  if (reader.visible === undefined || !rule.url) return true;
  const watch = await repo.getWatch(rule.url);
  return !watch || mayRead(reader, watch.collectionId);
}

/** A rule as one reader sees it. */
export interface AlertRuleView extends AlertRuleRecord {
  /** Whether this reader may remove it: its maker, an admin, or anyone where there are no accounts. */
  mayRemove: boolean;
}

/** Whether a reader manages a rule: its maker or an admin (everyone on a store without accounts). */
const manages = (reader: Reader, rule: AlertRuleRecord): boolean =>
  !reader.account || reader.account.role === 'admin' || reader.account.name === rule.createdBy;

/** Where a webhook posts, without its path and query (where such URLs keep their secret). */
export function webhookOrigin(webhook: string): string {
  try {
    return `${new URL(webhook).origin}/…`;
  } catch {
    return '…';
  }
}

export async function listAlertRules(repo: Repository, reader: Reader = EVERYONE): Promise<AlertRuleView[]> {
  const rules = await repo.listAlertRules();
  const shown: AlertRuleView[] = [];
  for (const rule of rules) {
    if (!(await ruleVisible(repo, rule, reader))) continue;
    const mayRemove = manages(reader, rule);
    shown.push({
      ...rule,
      ...(rule.webhook && !mayRemove ? { webhook: webhookOrigin(rule.webhook) } : {}),
      mayRemove,
    });
  }
  return shown;
}

/**
 * Whose eyes a claim rule looks with: the account that made it reads what it names (its matches, its
 * message, its webhook's quotes). A rule made where there are no accounts (or from the local CLI on a
 * store without any) reads everything; one whose maker is no account while accounts exist (a removed
 * account, the local CLI of a store with accounts) reads only the open collections.
 */
export async function ruleReader(
  repo: Repository,
  rule: Pick<AlertRuleRecord, 'createdBy'>,
): Promise<Reader> {
  const account = await repo.getUser(rule.createdBy);
  if (account) return readerOf(repo, account);
  if ((await repo.countUsers()) === 0) return readerOf(repo, null, rule.createdBy);
  return readerOf(repo, { id: -1, name: rule.createdBy, role: 'viewer' });
}

/**
 * Removes a rule: unknown (404) when there is none, or when the reader may not see it; forbidden (403)
 * to a reader who sees it but is neither its maker nor an admin.
 */
export async function deleteAlertRule(
  repo: Repository,
  id: number,
  actor: string,
  reader: Reader = EVERYONE,
): Promise<void> {
  const rule = (await repo.listAlertRules()).find((r) => r.id === id);
  if (!rule || !(await ruleVisible(repo, rule, reader))) throw notFound('alert rule', String(id));
  if (!manages(reader, rule))
    throw forbidden(`alert rule #${id} is ${rule.createdBy}'s: only its maker or an admin may remove it`);
  if (!(await repo.deleteAlertRule(id, actor))) throw notFound('alert rule', String(id));
}

/**
 * The latest alerts a reader may see: one about a report (new claims) only where the report's collection
 * is readable (reads of a restricted one logged, since alerts quote claims); one about a watched URL
 * (a state change) only where the watch's collection is (reads of a restricted one logged too).
 */
export async function listAlerts(
  repo: Repository,
  limit = 100,
  reader: Reader = EVERYONE,
): Promise<AlertRecord[]> {
  const listed = await repo.listAlerts({ limit, collections: reader.visible });
  if (reader.restricted.size) {
    const read: { collectionId: number; documentId?: number; claimId?: number; url?: string }[] = [];
    for (const a of listed) {
      const { kind, documentId, claimIds, url } = a.details as {
        kind?: unknown;
        documentId?: unknown;
        claimIds?: unknown;
        url?: unknown;
      };
      if (kind === 'state' && typeof url === 'string') {
        const watch = await repo.getWatch(url);
        if (watch) read.push({ collectionId: watch.collectionId, url });
        continue;
      }
      if (kind !== 'claim' || typeof documentId !== 'number') continue;
      const doc = await repo.getDocument(documentId);
      if (!doc) continue;
      read.push({ collectionId: doc.collectionId, documentId });
      if (Array.isArray(claimIds))
        for (const claimId of claimIds)
          if (typeof claimId === 'number') read.push({ collectionId: doc.collectionId, documentId, claimId });
    }
    await auditRead(repo, reader, 'alerts', read);
  }
  return listed;
}

async function fire(
  repo: Repository,
  rule: AlertRuleRecord,
  alert: { message: string; details: Record<string, unknown> },
  options: AlertOptions,
): Promise<AlertRecord> {
  const stored = await repo.recordAlert(rule.id, { at: options.now?.() ?? new Date(), ...alert });
  if (!rule.webhook) return stored;
  const delivery = await postWebhook(
    rule.webhook,
    { alert: { id: stored.id, at: stored.at.toISOString(), rule: rule.name, ...alert } },
    { allowPrivate: rule.allowPrivate, timeoutMs: options.fetchTimeoutMs },
  );
  await repo.setAlertDelivery(stored.id, delivery);
  return { ...stored, delivery };
}

/**
 * Fires the state rules that cover this URL when its state moved: those whose maker may read the
 * watch's collection, so an alert, its message and its webhook name no URL watched out of their sight.
 */
export async function alertOnStateChange(
  repo: Repository,
  watch: Pick<WatchRecord, 'id' | 'url' | 'collectionId'>,
  from: WatchState,
  to: WatchState,
  at: Date,
  options: AlertOptions,
): Promise<AlertRecord[]> {
  const rules = (await repo.listAlertRules()).filter(
    (r) => r.on === 'state' && (!r.url || r.url === watch.url),
  );
  const fired: AlertRecord[] = [];
  for (const rule of rules) {
    if (!mayRead(await ruleReader(repo, rule), watch.collectionId)) continue;
    fired.push(
      await fire(
        repo,
        rule,
        {
          message: `${watch.url} went from ${from} to ${to}`,
          details: { kind: 'state', url: watch.url, from, to, at: at.toISOString() },
        },
        options,
      ),
    );
  }
  return fired;
}

const CHANGES_PAGE = 1000;

/**
 * Checks the reports stored since each claim rule last looked (the change log's `document.stored`
 * entries) and fires once per report with matching claims.
 */
export async function alertOnNewClaims(repo: Repository, options: AlertOptions): Promise<AlertRecord[]> {
  const fired: AlertRecord[] = [];
  for (const rule of await repo.listAlertRules()) {
    if (rule.on !== 'claim') continue;
    // Only claims its maker may read: the alert, its message and its webhook name no others.
    const { visible } = await ruleReader(repo, rule);
    let through = rule.checkedThrough;
    for (;;) {
      const changes = await repo.listChanges({ entity: 'document', afterId: through, limit: CHANGES_PAGE });
      for (const change of changes) {
        if (change.action !== 'document.stored') continue;
        const claims = await repo.listClaims({
          ...storedClaimFilter({ ...rule.filter, documentId: change.entityId }),
          collections: visible,
          limit: 50,
        });
        if (!claims.length) continue;
        const name = claims[0]!.documentTitle ?? claims[0]!.documentName;
        fired.push(
          await fire(
            repo,
            rule,
            {
              message: `${claims.length === 50 ? '50 or more' : claims.length} new claim${
                claims.length === 1 ? '' : 's'
              } matching "${rule.name}" in #${change.entityId} ${name}`,
              details: {
                kind: 'claim',
                documentId: change.entityId,
                claimIds: claims.map((c) => c.id),
                quotes: claims.slice(0, 3).map((c) => c.claim.quote),
              },
            },
            options,
          ),
        );
      }
      if (changes.length) {
        through = changes[changes.length - 1]!.id;
        await repo.setAlertRuleCheckedThrough(rule.id, through);
      }
      if (changes.length < CHANGES_PAGE) break;
    }
  }
  return fired;
}
