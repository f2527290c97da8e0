// The unified infringement types (DOMAIN.md) and how each maps onto a platform's own
// vocabulary. "Unauthorised seller" and "below MAP" are deliberately absent: they are risk
// signals, never grounds for a notice. A null mapping means the platform has no matching
// ground, and the pre-send checks say so instead of sending a notice that will be rejected.
export const INFRINGEMENT_TYPES = [
  'COUNTERFEIT',
  'TRADEMARK_MISUSE_IN_LISTING',
  'LOOKALIKE_PRODUCT',
  'COPYRIGHT_IMAGES_OR_TEXT',
  'COPYRIGHT_ITEM',
  'DESIGN_OR_PATENT',
  'UNLAWFUL_IMPORT',
  'STOREFRONT_TRADEMARK',
  'OTHER',
] as const;

export type InfringementType = (typeof INFRINGEMENT_TYPES)[number];

export const isInfringementType = (v: unknown): v is InfringementType =>
  typeof v === 'string' && (INFRINGEMENT_TYPES as readonly string[]).includes(v);

export const TYPE_LABELS: Record<InfringementType, string> = {
  COUNTERFEIT: 'Counterfeit product',
  TRADEMARK_MISUSE_IN_LISTING: 'Trademark misused in the listing (the product is another or unbranded)',
  LOOKALIKE_PRODUCT: 'Look-alike product copying a protected design or trade dress',
  COPYRIGHT_IMAGES_OR_TEXT: 'Copyrighted images or text used in the listing',
  COPYRIGHT_ITEM: 'Pirated copyrighted item (media, software)',
  DESIGN_OR_PATENT: 'Registered design or patent infringement',
  UNLAWFUL_IMPORT: 'Unlawful import (grey-market goods not released for this market)',
  STOREFRONT_TRADEMARK: 'Trademark used in the storefront or seller name',
  OTHER: 'Other infringement',
};

/** The right type a claim of each kind rests on; null when any registered right may do. */
export const RIGHT_FOR_TYPE: Record<InfringementType, 'trademark' | 'copyright' | 'design' | 'patent' | null> = {
  COUNTERFEIT: 'trademark',
  TRADEMARK_MISUSE_IN_LISTING: 'trademark',
  LOOKALIKE_PRODUCT: 'design',
  COPYRIGHT_IMAGES_OR_TEXT: 'copyright',
  COPYRIGHT_ITEM: 'copyright',
  DESIGN_OR_PATENT: null,
  UNLAWFUL_IMPORT: 'trademark',
  STOREFRONT_TRADEMARK: 'trademark',
  OTHER: null,
};

/** Alibaba IPP complaint reasons (Taobao, Tmall, 1688, Alibaba.com, AliExpress). */
export const IPP_REASONS: Record<InfringementType, string | null> = {
  COUNTERFEIT: 'Counterfeit features: the product bears the trademark but is not genuine',
  TRADEMARK_MISUSE_IN_LISTING: 'Unauthorised use of the trademark in the listing title, description or images',
  LOOKALIKE_PRODUCT: 'Infringement of a registered design',
  COPYRIGHT_IMAGES_OR_TEXT: 'Unauthorised use of copyrighted images or text',
  COPYRIGHT_ITEM: 'Pirated copyrighted work',
  DESIGN_OR_PATENT: 'Infringement of a patent or registered design',
  UNLAWFUL_IMPORT: null,
  STOREFRONT_TRADEMARK: 'Unauthorised use of the trademark in the store name',
  OTHER: null,
};

/** Amazon "Report a Violation" types. */
export const AMAZON_TYPES: Record<InfringementType, string | null> = {
  COUNTERFEIT: 'Counterfeit',
  TRADEMARK_MISUSE_IN_LISTING: 'Trademark used on the product detail page',
  LOOKALIKE_PRODUCT: null,
  COPYRIGHT_IMAGES_OR_TEXT: 'Copyright: images or text on the detail page',
  COPYRIGHT_ITEM: 'Copyright: the product is a pirated copy',
  DESIGN_OR_PATENT: 'Patent (utility or design)',
  UNLAWFUL_IMPORT: null,
  STOREFRONT_TRADEMARK: 'Trademark used in the seller name',
  OTHER: null,
};

export interface VeroReason {
  code: string;
  label: string;
  /** Extra fields eBay asks for with this reason. */
  needs: ('countries' | 'patentNumber' | 'copyrightWork')[];
}

/** eBay VeRO reason codes: the item itself, or the listing's content. */
export const VERO_REASONS: Record<InfringementType, VeroReason | null> = {
  COUNTERFEIT: { code: 'ITEM-TM-COUNTERFEIT', label: 'Trademark: the item is a counterfeit product', needs: [] },
  TRADEMARK_MISUSE_IN_LISTING: {
    code: 'LISTING-TM-MISUSE',
    label: 'Trademark: the listing misuses our trademark',
    needs: [],
  },
  LOOKALIKE_PRODUCT: { code: 'ITEM-DESIGN', label: 'Design: the item infringes a registered design', needs: [] },
  COPYRIGHT_IMAGES_OR_TEXT: {
    code: 'LISTING-CR-CONTENT',
    label: 'Copyright: the listing uses our images or text',
    needs: ['copyrightWork'],
  },
  COPYRIGHT_ITEM: {
    code: 'ITEM-CR-PIRATED',
    label: 'Copyright: the item is an unauthorised copy',
    needs: ['copyrightWork'],
  },
  DESIGN_OR_PATENT: { code: 'ITEM-PATENT', label: 'Patent: the item infringes our patent', needs: ['patentNumber'] },
  UNLAWFUL_IMPORT: { code: 'ITEM-TM-IMPORT', label: 'Trademark: the item is an unlawful import', needs: ['countries'] },
  STOREFRONT_TRADEMARK: null,
  OTHER: null,
};

/** Etsy's report form asks for the kind of right first. */
export const ETSY_TYPES: Record<InfringementType, string | null> = {
  COUNTERFEIT: 'Trademark: counterfeit item',
  TRADEMARK_MISUSE_IN_LISTING: 'Trademark: use in the listing',
  LOOKALIKE_PRODUCT: null,
  COPYRIGHT_IMAGES_OR_TEXT: 'Copyright: photos or text',
  COPYRIGHT_ITEM: 'Copyright: the item',
  DESIGN_OR_PATENT: 'Patent',
  UNLAWFUL_IMPORT: null,
  STOREFRONT_TRADEMARK: 'Trademark: shop name',
  OTHER: null,
};
