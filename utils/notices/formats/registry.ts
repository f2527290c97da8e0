import type { Role } from '../../profile';
import { FORMATS, type FormatId } from '../types';
import { alibabaIpp } from './alibaba-ipp';
import { amazon } from './amazon';
import type { FormatDescriptor } from './descriptor';
import { dsaEmail } from './dsa-email';
import { ebayVero } from './ebay-vero';
import { etsy } from './etsy';
import { ipNotice } from './ip-notice';
import { handover, triageEmail } from './triage';

// Every notice format, registered by one line. tests/unit/notices/registry.test.ts fails when a
// format in FORMATS is missing here, lacks a part, a golden file or a UI label.
export const FORMAT_REGISTRY: Readonly<Record<FormatId, FormatDescriptor>> = {
  'dsa-email': dsaEmail,
  'ip-notice': ipNotice,
  'alibaba-ipp': alibabaIpp,
  amazon,
  'ebay-vero': ebayVero,
  etsy,
  'triage-email': triageEmail,
  handover,
};

export const formatOf = (id: FormatId): FormatDescriptor => FORMAT_REGISTRY[id];

/** The formats a role may use, in the order the picker offers them (the first is the default). */
const ORDER: Record<Role, FormatId[]> = {
  consumer: ['dsa-email', 'triage-email'],
  reviewer: ['triage-email', 'handover'],
  'rights-holder': ['ip-notice', 'alibaba-ipp', 'amazon', 'ebay-vero', 'etsy', 'dsa-email'],
  agent: ['ip-notice', 'alibaba-ipp', 'amazon', 'ebay-vero', 'etsy', 'dsa-email'],
};
export const formatsFor = (role: Role): FormatId[] =>
  ORDER[role].filter((f) => FORMATS.includes(f) && FORMAT_REGISTRY[f].roles.includes(role));
