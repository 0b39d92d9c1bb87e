import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/errors';
import type { Environment } from '../shared/regions';
import type { StepId } from '../shared/steps';
import type { Db } from './db';
import type { Clock } from '../shared/clock';
import { t } from '../shared/i18n';

export interface IntegrationRow {
  id: string;
  name: string;
  environment: Environment;
  currentStep: StepId;
  createdAt: string;
  updatedAt: string;
}

interface RawRow {
  id: string;
  name: string;
  environment: Environment;
  current_step: StepId;
  created_at: string;
  updated_at: string;
}

const fromRaw = (r: RawRow): IntegrationRow => ({
  id: r.id,
  name: r.name,
  environment: r.environment,
  currentStep: r.current_step,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class IntegrationsRepo {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  list(): IntegrationRow[] {
    return (this.db.prepare('SELECT * FROM integrations ORDER BY created_at, name').all() as RawRow[]).map(fromRaw);
  }

  find(id: string): IntegrationRow | undefined {
    const r = this.db.prepare('SELECT * FROM integrations WHERE id = ?').get(id) as RawRow | undefined;
    return r && fromRaw(r);
  }

  findByName(name: string): IntegrationRow | undefined {
    const r = this.db.prepare('SELECT * FROM integrations WHERE name = ?').get(name) as RawRow | undefined;
    return r && fromRaw(r);
  }

  get(id: string): IntegrationRow {
    const row = this.find(id);
    if (!row) throw new AppError('not_found', t('errors.integration.gone'), t('errors.integration.gone.hint'));
    return row;
  }

  create(name: string, environment: Environment): IntegrationRow {
    this.assertNameFree(name);
    const now = this.clock.now().toISOString();
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO integrations (id, name, environment, current_step, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, name, environment, 'connect', now, now);
    return this.get(id);
  }

  rename(id: string, name: string): IntegrationRow {
    const existing = this.findByName(name);
    if (existing && existing.id !== id) this.assertNameFree(name);
    this.db.prepare('UPDATE integrations SET name = ?, updated_at = ? WHERE id = ?').run(name, this.clock.now().toISOString(), this.get(id).id);
    return this.get(id);
  }

  setStep(id: string, step: StepId): IntegrationRow {
    this.db.prepare('UPDATE integrations SET current_step = ?, updated_at = ? WHERE id = ?').run(step, this.clock.now().toISOString(), this.get(id).id);
    return this.get(id);
  }

  touch(id: string): void {
    this.db.prepare('UPDATE integrations SET updated_at = ? WHERE id = ?').run(this.clock.now().toISOString(), id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM integrations WHERE id = ?').run(this.get(id).id);
  }

  private assertNameFree(name: string): void {
    if (this.findByName(name)) {
      throw new AppError('name_taken', t('errors.integration.nameTaken', { name }), t('errors.integration.nameTaken.hint'));
    }
  }
}
