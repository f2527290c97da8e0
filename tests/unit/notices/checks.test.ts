import { describe, expect, it } from 'vitest';
import { blocking, checkNotice, checkText } from '../../../utils/notices/checks';
import { consumer, holder, input, item, tm, usTm } from './fixtures';

const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

describe('pre-send checks', () => {
  it('passes a complete IP notice', () => {
    expect(checkNotice(input())).toEqual([]);
  });
  it('refuses IP notices to consumers and explains their paths', () => {
    const ps = checkNotice(input({ profile: consumer }));
    expect(codes(ps)).toContain('role');
    expect(ps.find((p) => p.code === 'role')!.message).toMatch(/DSA notice/);
  });
  it('needs name and email', () => {
    expect(codes(checkNotice(input({ profile: { ...holder, name: ' ', email: '' } })))).toEqual(
      expect.arrayContaining(['profile-name', 'profile-email']),
    );
  });
  it('needs address and phone for Etsy (errors) and warns for IP notices', () => {
    const p = { ...holder, address: '', phone: '' };
    const etsy = checkNotice(
      input({
        format: 'etsy',
        marketplace: 'etsy',
        profile: p,
        right: usTm,
        market: { name: 'Etsy', reportUrl: 'https://www.etsy.com/r', perNoticeLimit: 50, country: 'US' },
        items: [item(1, { url: 'https://www.etsy.com/listing/1234567890/x', marketplace: 'etsy' })],
      }),
    );
    expect(etsy.filter((x) => x.level === 'error').map((x) => x.code)).toEqual(['profile-address', 'profile-phone']);
    expect(checkNotice(input({ profile: p })).every((x) => x.level === 'warning')).toBe(true);
  });
  it('catches an expired right', () => {
    const ps = checkNotice(input({ right: { ...tm, expiresAt: '2025-12-31' } }));
    expect(ps.find((p) => p.code === 'right-expired')?.message).toBe('The right 000123456 expired on 2025-12-31.');
  });
  it('treats the expiry day itself as valid', () => {
    expect(codes(checkNotice(input({ right: { ...tm, expiresAt: '2026-03-04' } })))).not.toContain('right-expired');
  });
  it("catches a right whose jurisdiction does not cover the marketplace's country", () => {
    expect(codes(checkNotice(input({ right: usTm })))).toContain('right-jurisdiction');
    expect(codes(checkNotice(input({ right: tm })))).not.toContain('right-jurisdiction');
    expect(
      codes(checkNotice(input({ market: { name: 'X', reportUrl: 'https://x.example/r', perNoticeLimit: 5 } }))),
    ).toContain('country-unknown');
  });
  it('needs a right for IP formats', () => {
    expect(codes(checkNotice(input({ right: null })))).toContain('no-right');
  });
  it('refuses shop URLs and listings from another marketplace', () => {
    const ps = checkNotice(
      input({
        items: [
          item(1, { url: 'https://www.amazon.de/sp?seller=A1' }),
          item(2, { url: 'https://www.ebay.de/itm/256123456789' }),
        ],
      }),
    );
    expect(codes(ps)).toEqual(expect.arrayContaining(['url-shop', 'url-marketplace']));
    expect(ps.find((p) => p.code === 'url-shop')!.message).toMatch(/shop page/);
  });
  it('needs a reason for each DSA listing', () => {
    expect(
      codes(
        checkNotice(input({ format: 'dsa-email', profile: consumer, items: [item(1, { reasons: [], note: '' })] })),
      ),
    ).toContain('no-reason');
  });
  it('knows which types each platform accepts', () => {
    expect(codes(checkNotice(input({ format: 'amazon', items: [item(1, { type: 'LOOKALIKE_PRODUCT' })] })))).toContain(
      'type-unsupported',
    );
    expect(
      codes(
        checkNotice(input({ format: 'amazon', items: [item(1), item(2, { type: 'TRADEMARK_MISUSE_IN_LISTING' })] })),
      ),
    ).toContain('mixed-types');
  });
  it('asks for the extra fields eBay reason codes need', () => {
    const e = item(1, { type: 'UNLAWFUL_IMPORT', url: 'https://www.ebay.com/itm/256123456789', marketplace: 'ebay' });
    const base = input({
      format: 'ebay-vero',
      marketplace: 'ebay',
      right: usTm,
      market: { name: 'eBay', reportUrl: 'https://www.ebay.com/v', perNoticeLimit: 50, country: 'US' },
      items: [e],
    });
    expect(codes(checkNotice(base))).toContain('need-countries');
    expect(codes(checkNotice({ ...base, extra: { countries: 'US' } }))).not.toContain('need-countries');
    expect(codes(checkNotice({ ...base, items: [{ ...e, type: 'DESIGN_OR_PATENT' }] }))).toContain('need-patent');
    expect(codes(checkNotice({ ...base, extra: { countries: 'US', messageToSeller: 'x'.repeat(1001) } }))).toContain(
      'message-long',
    );
    expect(
      codes(
        checkNotice({
          ...base,
          extra: { countries: 'US' },
          brand: { name: 'B'.repeat(51), contacts: { rightsHolder: 'x', endpoints: [] } },
        }),
      ),
    ).toContain('brand-long');
  });
  it('warns when the listings will be split, without blocking', () => {
    const ps = checkNotice(input({ format: 'amazon', items: Array.from({ length: 51 }, (_, i) => item(i + 1)) }));
    expect(ps).toEqual([expect.objectContaining({ code: 'split', level: 'warning' })]);
    expect(blocking(ps)).toBe(false);
  });
  it('keeps platform formats on their own platform', () => {
    expect(codes(checkNotice(input({ format: 'etsy' })))).toContain('platform');
  });
  it('needs listings, a listing page, and a brand to route to', () => {
    expect(codes(checkNotice(input({ items: [] })))).toContain('no-listings');
    expect(codes(checkNotice(input({ items: [item(1, { url: 'https://www.amazon.de/s?k=bose' })] })))).toContain(
      'url-not-listing',
    );
    expect(
      codes(checkNotice(input({ format: 'triage-email', profile: consumer, brand: null, right: null }))),
    ).toContain('no-brand');
  });
  it('warns when the right is of another kind than the claim, and refuses Supplemental Register marks on Etsy', () => {
    expect(checkNotice(input({ right: { ...tm, type: 'patent' } })).find((p) => p.code === 'right-type')?.level).toBe(
      'warning',
    );
    const etsy = input({
      format: 'etsy',
      marketplace: 'etsy',
      right: { ...usTm, description: 'US Supplemental Register' },
      market: { name: 'Etsy', reportUrl: 'https://www.etsy.com/r', perNoticeLimit: 50, country: 'US' },
      items: [item(1, { url: 'https://www.etsy.com/listing/1234567890/x', marketplace: 'etsy' })],
    });
    expect(codes(checkNotice(etsy))).toEqual(['right-supplemental']);
  });
  it('refuses perjury text from a role without authority, even after editing', () => {
    expect(codes(checkText('consumer', 'I declare under penalty of perjury...'))).toEqual(['perjury-role']);
    expect(checkText('agent', 'I declare under penalty of perjury...')).toEqual([]);
    expect(codes(checkText('reviewer', '  '))).toEqual(['empty']);
  });
});
