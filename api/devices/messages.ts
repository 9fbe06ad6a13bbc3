import type { MessageTable } from '../http/messages';
import { jaWord } from '../http/words';

const fmt = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

/** The warehouse steps in words, so that a refusal says what to do next rather than a code. */
const STEP_WORDS: Record<string, { en: string; ja: string }> = {
  pick: { en: 'pick the units from the shelf', ja: '棚から機器を取り出す（ピッキング）' },
  scan: { en: "scan each unit's MAC address and serial number", ja: '各機器のMACアドレスとシリアル番号をスキャンする' },
  pack: { en: 'pack the parcel', ja: '梱包する' },
  ship: { en: 'hand the parcel to the carrier with its tracking number', ja: '追跡番号を登録して配送業者に引き渡す' },
  deliver: { en: 'record the delivery', ja: '配達完了を記録する' },
};
const stepWords = (step: unknown, lang: 'en' | 'ja') => STEP_WORDS[String(step)]?.[lang] ?? String(step);

const MAC_PROBLEMS: Record<string, { en: string; ja: string }> = {
  format: { en: 'not 12 hexadecimal digits', ja: '16進数12桁ではありません' },
  multicast: { en: 'a multicast address, not a device', ja: 'マルチキャストアドレスで、機器のアドレスではありません' },
  reserved: { en: 'all zeros or broadcast', ja: 'すべて0またはブロードキャストです' },
};
const macProblem = (p: unknown, lang: 'en' | 'ja') => MAC_PROBLEMS[String(p)]?.[lang] ?? String(p);

/** The kinds of unique in words. */
const UNIQUE_KIND_WORDS: Record<string, { en: string; ja: string }> = {
  sip_terminal: { en: 'SIP terminal', ja: 'SIP端末' },
  cloud_fax: { en: 'cloud FAX', ja: 'クラウドFAX' },
  ymobile: { en: 'Y!mobile', ja: 'ワイモバイル' },
};

/** A moment as the warehouse reads it: Japan time, to the minute. */
const jstTime = (iso: unknown, lang: 'en' | 'ja') =>
  `${new Date(String(iso)).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })}${lang === 'ja' ? '（日本時間）' : ' JST'}`;

/** The devices domain's answers, in Japanese and English. */
export const devicesMessages: MessageTable = {
  unknown_model: { en: (p) => `There is no device model ${p.model}.`, ja: (p) => `機器「${p.model}」は取り扱っていません。` },
  out_of_stock: {
    en: (p) => `${p.model} is out of stock: ${fmt(p.requested)} requested, ${fmt(p.available)} available.`,
    ja: (p) => `\`${p.model}\`の在庫が不足しています（ご注文 ${fmt(p.requested)}台、在庫 ${fmt(p.available)}台）。`,
  },
  settings_count_mismatch: {
    en: (p) => `Choose one unique for each of the ${p.quantity} devices (got ${p.given}).`,
    ja: (p) => `機器${p.quantity}台それぞれにユニークを1つ選んでください（指定 ${p.given}件）。`,
  },
  second_account_unsupported: {
    en: (p) => `${p.model} has only ${p.sipAccounts} SIP account(s).`,
    ja: (p) => `\`${p.model}\`のSIPアカウントは${p.sipAccounts}つです。`,
  },
  duplicate_unique: {
    en: () => 'A unique can be set on only one device.',
    ja: () => '同じユニークを複数の機器に設定することはできません。',
  },
  unique_not_usable: {
    en: () => 'Choose an active unique of the chosen circle.',
    ja: () => '選択したサークルの利用中のユニークを選んでください。',
  },
  unique_not_sip_terminal: {
    en: (p) =>
      `Only a SIP terminal unique can be set on a phone; this one is a ${UNIQUE_KIND_WORDS[String(p.kind)]?.en ?? p.kind} unique. Choose a SIP terminal unique of the circle.`,
    ja: (p) =>
      `電話機に設定できるのはSIP端末のユニークだけです（このユニークは${UNIQUE_KIND_WORDS[String(p.kind)]?.ja ?? jaWord(p.kind)}です）。サークルのSIP端末ユニークを選んでください。`,
  },
  config_not_fetched: {
    en: (p) =>
      `${String(p.positions).includes(',') ? `Units ${p.positions} have not fetched their` : `Unit ${p.positions} has not fetched its`} configuration yet. Power the phones on at the test bench and let them fetch, or pack anyway with a reason.`,
    ja: (p) =>
      `${p.positions}台目の機器がまだ設定を取得していません。テストベンチで電源を入れて設定を取得させるか、理由を入力して梱包してください。`,
  },
  unique_already_bound: {
    en: () => 'This unique is already set on another device.',
    ja: () => 'このユニークは既に別の機器に設定されています。',
  },
  invalid_mac: {
    en: (p) => `Not a usable MAC address (${macProblem(p.problem, 'en')}); scan the label again, e.g. 00:0B:82:12:34:56.`,
    ja: (p) =>
      `MACアドレスが正しくありません（${macProblem(p.problem, 'ja')}）。ラベルを再度スキャンしてください（例: 00:0B:82:12:34:56）。`,
  },
  invalid_serial: { en: () => 'A serial number is 8 to 20 letters and digits.', ja: () => 'シリアル番号は英数字8〜20文字です。' },
  invalid_tracking_number: { en: () => 'A tracking number is 8 to 30 letters and digits.', ja: () => '追跡番号は英数字8〜30文字です。' },
  mac_taken: {
    en: (p) => `MAC address ${p.mac} is already registered for another device.`,
    ja: (p) => `MACアドレス \`${p.mac}\` は既に別の機器に登録されています。`,
  },
  serial_taken: {
    en: (p) => `Serial number ${p.serial} is already registered for another device.`,
    ja: (p) => `シリアル番号 \`${p.serial}\` は既に別の機器に登録されています。`,
  },
  device_already_scanned: {
    en: (p) => `This device was already scanned as MAC ${p.mac}, serial ${p.serial}.`,
    ja: (p) => `この機器は既にスキャン済みです（MAC \`${p.mac}\`、シリアル \`${p.serial}\`）。`,
  },
  step_out_of_order: {
    en: (p) =>
      `You cannot ${stepWords(p.step, 'en')} now. ${p.expected ? `Next: ${stepWords(p.expected, 'en')}.` : 'The task has no step left for the warehouse.'}`,
    ja: (p) =>
      `「${stepWords(p.step, 'ja')}」はまだ行えません。${p.expected ? `次の作業: ${stepWords(p.expected, 'ja')}。` : '倉庫で行う作業は残っていません。'}`,
  },
  order_cancelled: { en: () => 'The order was cancelled.', ja: () => 'このご注文はキャンセルされました。' },
  order_already_shipped: {
    en: () => 'The order has shipped and can no longer be cancelled.',
    ja: () => 'このご注文は発送済みのため、キャンセルできません。',
  },
  order_closed: { en: (p) => `The order is closed (${p.status}).`, ja: (p) => `このご注文は完了しています（${jaWord(p.status)}）。` },
  task_claimed: {
    en: (p) =>
      `${p.by} has held this task since ${jstTime(p.since, 'en')}; it is free again at ${jstTime(p.until, 'en')} unless they go on working or give it back.`,
    ja: (p) =>
      `この作業は${p.by}さんが${jstTime(p.since, 'ja')}から担当しています。担当の返却か、作業がないまま${jstTime(p.until, 'ja')}を過ぎると担当できます。`,
  },
  task_not_claimed: {
    en: () => 'Claim the task first (your claim may have expired).',
    ja: () => '先に作業を担当登録してください（担当の有効期限切れの可能性があります）。',
  },
  task_closed: { en: (p) => `The task is closed (${p.status}).`, ja: (p) => `この作業は終了しています（${jaWord(p.status)}）。` },
  parcel_rejected: {
    en: (p) => `The parcel service refused the shipment: ${p.reason}.`,
    ja: (p) => `配送サービスが出荷登録を受け付けませんでした。追跡番号を確認してください（配送サービスの応答: \`${p.reason}\`）。`,
  },
  parcel_signature_invalid: {
    en: (p) => `Invalid parcel webhook signature (${p.reason ?? p.problem}).`,
    ja: (p) => `配送Webhookの署名が不正です（${jaWord(p.reason ?? p.problem)}）。`,
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
