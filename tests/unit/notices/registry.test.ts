import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_REGISTRY, formatsFor } from '../../../utils/notices/formats/registry';
import { FORMATS } from '../../../utils/notices/types';
import { ROLES } from '../../../utils/profile';
import { GOLDEN_DIR, goldenPath } from './golden';

// A format is one descriptor: this fails when one is not registered, lacks a part, has no UI
// label in every locale, or has no golden file for a role that may use it.
const en = JSON.parse(readFileSync('assets/public/_locales/en/messages.json', 'utf8'));
const zh = JSON.parse(readFileSync('assets/public/_locales/zh_CN/messages.json', 'utf8'));

describe('notice format registry', () => {
  it.each(FORMATS)('%s is registered with every part', (id) => {
    const f = FORMAT_REGISTRY[id];
    expect(f?.id).toBe(id);
    expect(f.label.length).toBeGreaterThan(5);
    expect(f.limit).toBeGreaterThan(0);
    expect(f.roles.length).toBeGreaterThan(0);
    expect(typeof f.fits).toBe('function');
    expect(typeof f.build).toBe('function');
    expect(typeof f.needs).toBe('function');
    expect(f.profile.name?.level).toBe('error');
    expect(f.profile.email?.level).toBe('error');
    expect(['dsa', 'ip', 'triage', 'handover']).toContain(f.destination);
    const key = `notice_format_${id.replace(/-/g, '_')}`;
    expect(en[key]?.message, `${key} in en`).toBeTruthy();
    expect(zh[key]?.message, `${key} in zh_CN`).toBeTruthy();
    for (const role of f.roles) expect(existsSync(goldenPath(`${id}.${role}`)), `golden ${id}.${role}`).toBe(true);
  });

  it('consumers and reviewers never get a format that invokes a right', () => {
    for (const id of FORMATS) {
      const f = FORMAT_REGISTRY[id];
      if (f.invokesRight) expect(f.roles).not.toContain('consumer');
      if (f.invokesRight) expect(f.roles).not.toContain('reviewer');
    }
  });

  it('every role has formats, each one it may use', () => {
    for (const role of ROLES) {
      expect(formatsFor(role).length).toBeGreaterThan(0);
      for (const id of formatsFor(role)) expect(FORMAT_REGISTRY[id].roles).toContain(role);
    }
  });

  it('every golden file belongs to a format and role (no orphans)', () => {
    const expected = new Set(FORMATS.flatMap((id) => FORMAT_REGISTRY[id].roles.map((r) => `${id}.${r}`)));
    for (const file of readdirSync(GOLDEN_DIR)) {
      const [id, role] = file.replace(/\.txt$/, '').split('.');
      expect(expected.has(`${id}.${role}`), file).toBe(true);
    }
  });
});
