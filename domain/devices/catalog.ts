/** A device model as the catalog shows it; price and stock live in the database row. */
export interface DeviceModelSeed {
  code: string;
  maker: string;
  name: string;
  features: { ja: string[]; en: string[] };
  sipAccounts: number;
  warrantyMonths: number;
  /** Yen, tax excluded. */
  price: number;
  /** Units on the shelf when the model is first loaded; later changes are the warehouse's. */
  initialStock: number;
  sortOrder: number;
}

/** The models the provider sells (seed §5); another model is one more entry here, nothing else. */
export const DEVICE_MODEL_SEEDS: DeviceModelSeed[] = [
  {
    code: 'GXP1620',
    maker: 'Grandstream',
    name: 'GXP1620',
    features: {
      ja: [
        'VoIP電話機',
        'SIPアカウント 2',
        'バックライト付き液晶',
        '日本語表示',
        'XMLプログラマブルキー 3',
        '10/100Mbps イーサネットポート 2',
        '6か月保証',
      ],
      en: [
        'VoIP phone',
        '2 SIP accounts',
        'backlit LCD',
        'Japanese display',
        '3 XML programmable keys',
        'two 10/100 Mbps Ethernet ports',
        '6-month warranty',
      ],
    },
    sipAccounts: 2,
    warrantyMonths: 6,
    price: 9_800,
    initialStock: 100,
    sortOrder: 1,
  },
];

/** The carriers the warehouse hands parcels to. */
export const CARRIERS = ['yamato', 'sagawa', 'japanpost'] as const;
