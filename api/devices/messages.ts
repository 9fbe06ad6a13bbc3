import type { MessageTable } from '../http/messages';

const fmt = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

/** The devices domain's answers, in Japanese and English. */
export const devicesMessages: MessageTable = {
  unknown_model: { en: (p) => `There is no device model ${p.model}.`, ja: (p) => `機器「${p.model}」は取り扱っていません。` },
  out_of_stock: {
    en: (p) => `${p.model} is out of stock: ${fmt(p.requested)} requested, ${fmt(p.available)} available.`,
    ja: (p) => `${p.model}の在庫が不足しています（ご注文 ${fmt(p.requested)}台、在庫 ${fmt(p.available)}台）。`,
  },
  settings_count_mismatch: {
    en: (p) => `Choose one unique for each of the ${p.quantity} devices (got ${p.given}).`,
    ja: (p) => `機器${p.quantity}台それぞれにユニークを1つ選んでください（指定 ${p.given}件）。`,
  },
  second_account_unsupported: {
    en: (p) => `${p.model} has only ${p.sipAccounts} SIP account(s).`,
    ja: (p) => `${p.model}のSIPアカウントは${p.sipAccounts}つです。`,
  },
  duplicate_unique: {
    en: () => 'A unique can be set on only one device.',
    ja: () => '同じユニークを複数の機器に設定することはできません。',
  },
  unique_not_usable: {
    en: () => 'Choose an active unique of the chosen circle.',
    ja: () => '選択したサークルの利用中のユニークを選んでください。',
  },
  unique_already_bound: {
    en: () => 'This unique is already set on another device.',
    ja: () => 'このユニークは既に別の機器に設定されています。',
  },
  invalid_mac: {
    en: (p) => `Not a usable MAC address (${p.problem}); scan the label again, e.g. 00:0B:82:12:34:56.`,
    ja: (p) => `MACアドレスが正しくありません（${p.problem}）。ラベルを再度スキャンしてください（例: 00:0B:82:12:34:56）。`,
  },
  invalid_serial: { en: () => 'A serial number is 8 to 20 letters and digits.', ja: () => 'シリアル番号は英数字8〜20文字です。' },
  invalid_tracking_number: { en: () => 'A tracking number is 8 to 30 letters and digits.', ja: () => '追跡番号は英数字8〜30文字です。' },
  mac_taken: {
    en: (p) => `MAC address ${p.mac} is already registered for another device.`,
    ja: (p) => `MACアドレス ${p.mac} は既に別の機器に登録されています。`,
  },
  serial_taken: {
    en: (p) => `Serial number ${p.serial} is already registered for another device.`,
    ja: (p) => `シリアル番号 ${p.serial} は既に別の機器に登録されています。`,
  },
  device_already_scanned: {
    en: (p) => `This device was already scanned as MAC ${p.mac}, serial ${p.serial}.`,
    ja: (p) => `この機器は既にスキャン済みです（MAC ${p.mac}、シリアル ${p.serial}）。`,
  },
  step_out_of_order: {
    en: (p) => `The step ${p.step} is not next${p.expected ? `; the next step is ${p.expected}` : ''}.`,
    ja: (p) => `「${p.step}」はまだ行えません${p.expected ? `（次の作業: ${p.expected}）` : ''}。`,
  },
  order_cancelled: { en: () => 'The order was cancelled.', ja: () => 'このご注文はキャンセルされました。' },
  order_already_shipped: {
    en: () => 'The order has shipped and can no longer be cancelled.',
    ja: () => 'このご注文は発送済みのため、キャンセルできません。',
  },
  order_closed: { en: (p) => `The order is closed (${p.status}).`, ja: (p) => `このご注文は完了しています（${p.status}）。` },
  task_claimed: {
    en: (p) => `${p.by} is working on this task until ${p.until}.`,
    ja: (p) => `この作業は${p.by}さんが対応中です（${p.until}まで）。`,
  },
  task_not_claimed: {
    en: () => 'Claim the task first (your claim may have expired).',
    ja: () => '先に作業を担当登録してください（担当の有効期限切れの可能性があります）。',
  },
  task_closed: { en: (p) => `The task is closed (${p.status}).`, ja: (p) => `この作業は終了しています（${p.status}）。` },
  parcel_rejected: {
    en: (p) => `The parcel service refused the shipment: ${p.reason}.`,
    ja: (p) => `配送サービスが出荷登録を受け付けませんでした（${p.reason}）。`,
  },
  parcel_signature_invalid: {
    en: (p) => `Invalid parcel webhook signature (${p.problem}).`,
    ja: (p) => `配送Webhookの署名が不正です（${p.problem}）。`,
  },
  provisioning_unauthorized: {
    en: () => "This device's provisioning credentials are required.",
    ja: () => '機器のプロビジョニング認証情報が必要です。',
  },
  order_unavailable: {
    en: () => 'The order cannot be processed right now; try again shortly.',
    ja: () => '現在ご注文を処理できません。しばらくしてから再度お試しください。',
  },
};
