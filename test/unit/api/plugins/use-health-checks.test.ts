import { afterEach, describe, expect, it } from 'vitest';
import { useHealthChecks } from '../../../../src/api/plugins/use-health-checks.js';
import { RecordingDatabase } from '../../../support/recording-db.js';
import { yogaWith } from '../../../support/yoga.js';

const down = () => {
  throw Object.assign(new Error('no connection'), { code: 'ServiceUnavailable' });
};

describe('useHealthChecks', () => {
  let db: RecordingDatabase | undefined;
  afterEach(() => db?.close());

  it('answers liveness without asking the database', async () => {
    db = new RecordingDatabase(down);
    const response = await yogaWith(useHealthChecks({ db, graphPrepared: () => false })).fetch('http://localhost/health/live');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'live' });
    expect(db.statements).toEqual([]);
  });

  it('is ready only when the database answers and the graph is prepared', async () => {
    let prepared = false;
    db = new RecordingDatabase();
    const yoga = yogaWith(useHealthChecks({ db, graphPrepared: () => prepared }));
    const preparing = await yoga.fetch('http://localhost/health/ready');
    expect([preparing.status, await preparing.json()]).toEqual([503, { status: 'preparing the graph' }]);
    prepared = true;
    const ready = await yoga.fetch('http://localhost/health/ready');
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('is not ready while the database does not answer', async () => {
    db = new RecordingDatabase(down);
    const response = await yogaWith(useHealthChecks({ db, graphPrepared: () => true })).fetch('http://localhost/health/ready');
    expect([response.status, await response.json()]).toEqual([503, { status: 'database unavailable' }]);
  });
});
