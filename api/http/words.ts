/**
 * The values that messages quote (statuses, kinds, what is down, why a signature failed) in
 * Japanese, so that a Japanese message never shows an English state name. A value that is not
 * here is shown in backquotes, as a code the reader can look up, not as a word.
 */
const JA_WORDS: Record<string, string> = {
  // Order, top-up, task and review states.
  accepted: '受付済み',
  active: '有効',
  applied: '反映済み',
  assigned: '割当済み',
  available: '利用可能',
  awaiting_payment: 'お支払い待ち',
  awaiting_transfer: 'お振込み待ち',
  cancelled: 'キャンセル済み',
  closed: '終了',
  completed: '完了',
  credit_scheduled: '入金予定',
  credited: '入金済み',
  delivered: '配達済み',
  disabled: '無効',
  done: '完了',
  expired: '期限切れ',
  failed: '失敗',
  held: '確保中',
  in_review: '確認中',
  in_transit: '配送中',
  open: '未処理',
  ordered: '注文済み',
  packed: '梱包済み',
  paid: '支払済み',
  pending: '保留中',
  processing: '処理中',
  quarantine: '隔離中',
  refunded: '返金済み',
  rejected: '却下',
  resolved: '解決済み',
  revoked: '無効化済み',
  scanned: 'スキャン済み',
  sent: '送信済み',
  shipped: '発送済み',
  skipped: 'スキップ',
  succeeded: '成功',
  // What may be down.
  database: 'データベース',
  temporal: 'ワークフロー基盤',
  // Why a webhook signature was refused.
  missing: '署名ヘッダーがありません',
  malformed: '署名ヘッダーの形式が正しくありません',
  stale: '署名の時刻が古すぎます（時刻のずれ、または再送）',
  mismatch: '署名が一致しません（シークレットを確認してください）',
  // Kinds of unique and number, as the catalog names them.
  sip_terminal: 'SIP端末',
  cloud_fax: 'クラウドFAX',
  ymobile: 'ワイモバイル',
  local: '市外局番付き番号',
  freecall: 'フリーダイヤル',
  special: '特番',
  navidial: 'ナビダイヤル',
  ip050: '050番号',
  overseas: '海外番号',
};

/** A quoted value in Japanese: its word, or the value itself in backquotes. */
export function jaWord(value: unknown): string {
  const v = String(value);
  return JA_WORDS[v] ?? `\`${v}\``;
}

/** A list of quoted values in Japanese, separated by 「、」. */
export function jaWords(values: unknown): string {
  return (Array.isArray(values) ? values : String(values).split(/,\s*/)).map(jaWord).join('、');
}
