import type { ErrorParams } from '../../domain/errors';

/** What the page of one problem code explains beyond its message: when it happens and what to do. */
export interface ProblemDoc {
  /** The HTTP statuses the code answers with. */
  status: number[];
  /** Parameters of a realistic occurrence: the page's example, and what the message tests render. */
  params?: ErrorParams;
  means: { en: string; ja: string };
  todo: { en: string; ja: string };
}

const doc = (status: number[], params: ErrorParams | undefined, en: [string, string], ja: [string, string]): ProblemDoc => ({
  status,
  ...(params ? { params } : {}),
  means: { en: en[0], ja: ja[0] },
  todo: { en: en[1], ja: ja[1] },
});

const RETRY_EN = 'Retry the same request after a short wait; with the same Idempotency-Key it cannot happen twice.';
const RETRY_JA = '少し待ってから同じリクエストを再送してください。同じ Idempotency-Key なら二重に処理されることはありません。';

/**
 * One entry per problem code the API answers with. A code in a message table without an entry
 * here fails test/api/messages-ja.test.ts, so every `type` URI leads to a page that explains it.
 */
export const PROBLEM_DOCS: Record<string, ProblemDoc> = {
  // The shared codes (api/http/messages.ts).
  not_found: doc(
    [404],
    { resource: 'order' },
    ['The resource does not exist, or this login may not see it.', 'Check the ID; list the resources to find the right one.'],
    ['リソースが存在しないか、このログインでは参照できません。', 'IDを確認してください。一覧から正しいIDを探せます。'],
  ),
  invalid_cursor: doc(
    [422],
    undefined,
    ['The cursor was not made by this API, or was changed.', 'Pass the nextCursor of the previous page unchanged, or leave cursor out.'],
    ['カーソルがこのAPIの返したものではないか、変更されています。', '前のページの `nextCursor` をそのまま渡すか、省略してください。'],
  ),
  route_not_found: doc(
    [404],
    undefined,
    ['No operation has this path.', 'Check the path against the API reference at /docs.'],
    ['このパスの操作はありません。', '`/docs` のAPIリファレンスでパスを確認してください。'],
  ),
  method_not_allowed: doc(
    [405],
    { allowed: 'GET, HEAD, POST' },
    ['The path exists, but not with this HTTP method.', 'Use one of the methods in the Allow header.'],
    ['パスは存在しますが、このHTTPメソッドでは使用できません。', 'Allow ヘッダーに示されたメソッドを使用してください。'],
  ),
  unauthenticated: doc(
    [401],
    undefined,
    [
      'The operation needs a login and the request has none, or its token is not one this API issued.',
      'Log in and send the token as a bearer token.',
    ],
    [
      'ログインが必要な操作ですが、トークンがないか、このAPIが発行したものではありません。',
      'ログインし、トークンを Authorization ヘッダーで送信してください。',
    ],
  ),
  session_expired: doc(
    [401],
    undefined,
    ['The session token was valid but its lifetime has run out.', 'Log in again for a new token.'],
    ['トークンは正しいものですが、ログインの有効期限が切れています。', 'もう一度ログインして新しいトークンを取得してください。'],
  ),
  session_revoked: doc(
    [401],
    undefined,
    [
      'The session token was valid but the session was ended: logged out, the password changed, or the login disabled.',
      'Log in again; if the login was disabled, ask an administrator.',
    ],
    [
      'トークンは正しいものですが、ログアウト・パスワード変更・ログインの無効化によりログインが終了しています。',
      'もう一度ログインしてください。ログインが無効化された場合は管理者にお問い合わせください。',
    ],
  ),
  invalid_credentials: doc(
    [401],
    undefined,
    ['The login ID or the password is wrong.', 'Check both; after too many attempts, wait before trying again.'],
    ['ログインIDまたはパスワードが違います。', '両方を確認してください。試行回数が多すぎる場合は、しばらく待ってから再度お試しください。'],
  ),
  csrf_token_invalid: doc(
    [403],
    undefined,
    ['A browser session changed something without its CSRF token.', 'Send X-CSRF-Token from the login answer; log in again if it is lost.'],
    [
      'ブラウザーのセッションで、確認用トークンなしに変更を行おうとしました。',
      'ログイン時に受け取った X-CSRF-Token を送信してください。失った場合は再度ログインしてください。',
    ],
  ),
  forbidden: doc(
    [403],
    undefined,
    ['This kind of login may not use the operation.', 'Use a login that may, e.g. the account login rather than a unique login.'],
    ['この種類のログインではこの操作を行えません。', '操作できるログイン（例: ユニークではなくアカウントのログイン）を使用してください。'],
  ),
  api_key_invalid: doc(
    [401],
    undefined,
    ['The bearer token looks like an API key but is not one that exists.', 'Send the whole key exactly as shown when it was created.'],
    ['APIキーの形式ですが、存在するキーではありません。', '作成時に表示されたキーを省略せずにそのまま送信してください。'],
  ),
  api_key_revoked: doc(
    [401],
    undefined,
    ['The API key was revoked, or its circle was removed.', 'Create a new key.'],
    ['APIキーが無効化されたか、そのサークルが削除されています。', '新しいキーを作成してください。'],
  ),
  api_key_expired: doc(
    [401],
    undefined,
    ['The API key has passed its expiry time.', 'Create a new key.'],
    ['APIキーの有効期限が切れています。', '新しいキーを作成してください。'],
  ),
  api_key_read_only: doc(
    [403],
    { method: 'POST' },
    ['A read-only API key tried to change something.', 'Use a read-write key for this operation.'],
    ['読み取り専用のAPIキーで変更を行おうとしました。', 'この操作には読み書き可能なキーを使用してください。'],
  ),
  api_key_not_allowed: doc(
    [403],
    undefined,
    ['No API key may manage keys, passwords or the account profile.', 'Log in with the password for this.'],
    ['APIキーではキー・パスワード・アカウント情報を管理できません。', 'パスワードでログインして操作してください。'],
  ),
  api_key_rate_limited: doc(
    [429],
    { limit: 600, retryAfterSeconds: 12 },
    ["The API key has used this minute's requests.", 'Wait for Retry-After seconds; spread requests over time.'],
    ['APIキーの1分あたりのリクエスト上限に達しました。', 'Retry-After の秒数待ってから再送してください。リクエストを分散させてください。'],
  ),
  rate_limited: doc(
    [429],
    { retryAfterSeconds: 300 },
    ['Too many attempts (e.g. logins) from this login ID or address.', 'Wait for Retry-After seconds.'],
    ['同じログインIDまたはアドレスからの試行（ログインなど）が多すぎます。', 'Retry-After の秒数待ってから再度お試しください。'],
  ),
  validation_failed: doc(
    [422],
    undefined,
    [
      'One or more fields are missing or invalid; `errors` lists each with what is allowed.',
      'Correct the fields named in `errors` and send again.',
    ],
    [
      '入力項目に不足または誤りがあります。`errors` に各項目と指定できる値が示されます。',
      '`errors` に示された項目を修正して再送してください。',
    ],
  ),
  malformed_json: doc(
    [400],
    undefined,
    ['The body cannot be parsed as JSON.', 'Send well-formed JSON (check quotes and commas).'],
    ['リクエスト本文をJSONとして解析できません。', '正しいJSON（引用符やカンマ）で送信してください。'],
  ),
  unsupported_media_type: doc(
    [415],
    undefined,
    ['The body is not sent as JSON.', 'Send Content-Type: application/json.'],
    ['リクエスト本文がJSONとして送信されていません。', 'Content-Type に `application/json` を指定してください。'],
  ),
  payload_too_large: doc(
    [413],
    { limit: 1048576 },
    ['The body is larger than the API accepts.', 'Send a smaller body, e.g. split a file.'],
    ['リクエスト本文が上限を超えています。', 'ファイルを分割するなどして小さくしてください。'],
  ),
  idempotency_key_reused: doc(
    [422],
    undefined,
    [
      'The Idempotency-Key was already used with a different body.',
      'Use a new key for a new request; reuse a key only to retry the same request.',
    ],
    [
      'この Idempotency-Key は別の内容のリクエストで使用済みです。',
      '新しいリクエストには新しいキーを使用してください。キーの再利用は同じリクエストの再送時のみです。',
    ],
  ),
  idempotency_in_progress: doc(
    [409],
    undefined,
    ['A request with the same Idempotency-Key is still running.', 'Wait a moment and retry; you then get its answer.'],
    ['同じ Idempotency-Key のリクエストを処理中です。', '少し待ってから再送してください。最初のリクエストの結果が返ります。'],
  ),
  invalid_idempotency_key: doc(
    [400],
    undefined,
    [
      'The Idempotency-Key header is empty, too long or has characters outside visible ASCII.',
      'Send 1 to 200 visible ASCII characters, e.g. a UUID.',
    ],
    [
      'Idempotency-Key ヘッダーが空、長すぎる、または使用できない文字を含んでいます。',
      '半角英数字・記号1〜200文字（UUIDなど）を指定してください。',
    ],
  ),
  login_id_taken: doc(
    [409],
    undefined,
    ['Another login already has this login ID.', 'Choose another login ID.'],
    ['このログインIDは既に使用されています。', '別のログインIDを指定してください。'],
  ),
  circle_has_active_services: doc(
    [409],
    { services: 3 },
    ['The circle still has services that are billed.', 'Cancel its services first, then remove the circle.'],
    ['サークルに課金中のサービスが残っています。', '先にサービスを解約してから、サークルを削除してください。'],
  ),
  invalid_reset_token: doc(
    [400],
    undefined,
    ['The password reset link is not one this system sent.', 'Open the link exactly as the mail gives it, or request a new reminder.'],
    ['パスワード再設定URLがこのシステムの送信したものではありません。', 'メールのURLをそのまま開くか、リマインダーを再送してください。'],
  ),
  insufficient_balance: doc(
    [422],
    { required: 5500, balance: 1200, shortfall: 4300 },
    ['The prepaid balance cannot pay for this.', 'Top up at least the shortfall, then try again.'],
    ['プリペイド残高が不足しています。', '不足額以上をチャージしてから再度お試しください。'],
  ),
  ledger_key_reused: doc(
    [409],
    { key: 'topup:7f3c2a9e' },
    ['The movement key was already used for a different balance movement.', 'Use a new key for a new movement.'],
    ['この取引キーは別の残高移動で使用済みです。', '新しい取引には新しいキーを使用してください。'],
  ),
  service_unavailable: doc(
    [503],
    { down: 'database' },
    ['A service the API depends on does not answer right now.', 'Retry after Retry-After seconds.'],
    ['APIが利用するサービスが現在応答していません。', 'Retry-After の秒数待ってから再送してください。'],
  ),
  internal_error: doc(
    [500],
    undefined,
    ['An unexpected error; it has been logged with the request ID.', 'Retry later; if it persists, contact support with the requestId.'],
    [
      '予期しないエラーです。リクエストIDとともに記録されています。',
      '時間をおいて再度お試しください。続く場合は `requestId` を添えてお問い合わせください。',
    ],
  ),

  // Accounts, staff and API keys.
  staff_cannot_disable_self: doc(
    [422],
    undefined,
    ['An administrator tried to disable their own login.', 'Ask another administrator.'],
    ['管理者が自分自身のログインを無効にしようとしました。', '別の管理者に依頼してください。'],
  ),
  staff_cannot_change_own_role: doc(
    [422],
    undefined,
    ['An administrator tried to change their own role.', 'Ask another administrator.'],
    ['管理者が自分自身の権限を変更しようとしました。', '別の管理者に依頼してください。'],
  ),
  staff_password_unchanged: doc(
    [422],
    undefined,
    ['The new password is the same as the current one.', 'Choose a different password.'],
    ['新しいパスワードが現在のものと同じです。', '異なるパスワードを指定してください。'],
  ),
  password_change_required: doc(
    [403],
    undefined,
    ['The password was set by an administrator and must be replaced first.', 'Replace it with POST /v1/staff/me/password.'],
    ['管理者が設定したパスワードのため、先に変更が必要です。', '`POST /v1/staff/me/password` で変更してください。'],
  ),
  staff_last_admin: doc(
    [409],
    undefined,
    ['The change would leave no enabled administrator.', 'Create or enable another administrator first.'],
    ['この変更を行うと有効な管理者がいなくなります。', '先に別の管理者を作成するか有効にしてください。'],
  ),
  audit_range_reversed: doc(
    [422],
    undefined,
    ['The period ends before it starts.', 'Give a from earlier than to.'],
    ['期間の終了が開始より前です。', '`from` を `to` より前にしてください。'],
  ),
  reset_link_used: doc(
    [410],
    undefined,
    ['The password reset link was already used.', 'Request a new reminder mail.'],
    ['パスワード再設定URLは使用済みです。', 'リマインダーメールを再送してください。'],
  ),
  reset_link_expired: doc(
    [410],
    { minutes: 30 },
    ['The password reset link is too old.', 'Request a new reminder mail and use it within its time.'],
    ['パスワード再設定URLの有効期限が切れています。', 'リマインダーメールを再送し、期限内に使用してください。'],
  ),
  postal_code_invalid: doc(
    [422],
    { value: '15-0002' },
    ['The postal code is not 7 digits.', 'Give 7 digits, with or without the hyphen.'],
    ['郵便番号が7桁の数字ではありません。', '7桁の数字（ハイフンの有無は問いません）で指定してください。'],
  ),
  prefecture_unknown: doc(
    [422],
    { value: '東京' },
    ['The prefecture is not one of the 47.', 'Give the full name, e.g. 東京都.'],
    ['47都道府県のいずれでもありません。', '「東京都」のように正式名で指定してください。'],
  ),
  phone_invalid: doc(
    [422],
    { value: '03-1234' },
    ['The phone number is not a Japanese number.', 'Give 10 or 11 digits starting with 0.'],
    ['日本の電話番号ではありません。', '0から始まる10桁または11桁で指定してください。'],
  ),
  circle_current_password_wrong: doc(
    [422],
    undefined,
    ["The circle's current password is wrong.", 'Give the current password correctly.'],
    ['サークルの現在のパスワードが違います。', '現在のパスワードを正しく入力してください。'],
  ),
  circle_current_password_required: doc(
    [422],
    undefined,
    ['A circle login changing its own password must give the current one.', 'Send currentPassword too.'],
    ['サークルのログインで自身のパスワードを変更するには現在のパスワードが必要です。', '`currentPassword` も送信してください。'],
  ),
  api_key_circle_unknown: doc(
    [422],
    undefined,
    ['The key is scoped to a circle that this account does not have.', 'Give a circle ID of this account (a circle login: its own).'],
    [
      '指定したサークルがこのアカウントにありません。',
      'このアカウントのサークルのID（サークルのログインでは自分のサークル）を指定してください。',
    ],
  ),
  api_key_expiry_past: doc(
    [422],
    { expiresAt: '2026-01-01T00:00:00+09:00' },
    ['The key would expire in the past.', 'Give a future time, or none for a key that does not expire.'],
    ['有効期限が過去の日時です。', '未来の日時を指定するか、無期限なら省略してください。'],
  ),
  api_key_limit_reached: doc(
    [409],
    { limit: 20 },
    ['The account has as many working keys as it may.', 'Revoke a key you no longer use.'],
    ['有効なAPIキーが上限に達しています。', '使用していないキーを無効化してください。'],
  ),

  // Prepaid.
  topup_amount_out_of_range: doc(
    [422],
    { method: 'konbini', min: 1000, max: 300000 },
    ['The amount is outside what this payment method accepts.', 'Give an amount within the range, or use another method.'],
    ['金額がこのお支払い方法の範囲外です。', '範囲内の金額を指定するか、別のお支払い方法をご利用ください。'],
  ),
  topup_amount_missing: doc(
    [422],
    undefined,
    ['Neither an amount nor a preset was given.', 'Give amount or presetAmount.'],
    ['金額もプリセットも指定されていません。', '`amount` または `presetAmount` を指定してください。'],
  ),
  topup_preset_unknown: doc(
    [422],
    { presets: [3000, 5000, 10000] },
    ['The preset amount is not one of the offered ones.', 'Pick one of the listed presets.'],
    ['プリセット金額が選択肢にありません。', '示された金額から選択してください。'],
  ),
  topup_card_required: doc(
    [422],
    { method: 'card' },
    ['A card top-up was sent without the card.', 'Send cardToken (new card) or cardId (registered card).'],
    ['カードでのチャージにカードの指定がありません。', '`cardToken`（新しいカード）または `cardId`（登録済みカード）を送信してください。'],
  ),
  card_refused: doc(
    [422],
    undefined,
    ['The card cannot be used: its issuer does not support 3-D Secure.', 'Use another card.'],
    ['このカードは3Dセキュアに対応していないため利用できません。', '別のカードをご利用ください。'],
  ),
  card_token_invalid: doc(
    [422],
    undefined,
    ['The card token is unknown to the processor or has expired.', 'Enter the card again in the payment form.'],
    ['カード情報のトークンが無効または期限切れです。', '決済フォームでカード情報を再入力してください。'],
  ),
  topup_not_cancellable: doc(
    [409],
    { status: 'credited' },
    ['The top-up has gone too far to be cancelled.', 'Nothing to do; a credited top-up stays on the balance.'],
    ['このチャージはキャンセルできない段階です。', '対応は不要です。入金済みのチャージは残高に反映されています。'],
  ),
  auto_topup_needs_threshold: doc(
    [422],
    undefined,
    ['Automatic top-up needs a low-balance threshold to trigger it.', 'Set the threshold too.'],
    ['自動チャージには実行の基準となる残高の設定が必要です。', '基準額も設定してください。'],
  ),
  auto_topup_card_required: doc(
    [422],
    undefined,
    ['Automatic top-up needs a registered card and an amount.', 'Register a card and give both.'],
    ['自動チャージには登録済みカードと金額が必要です。', 'カードを登録し、両方を指定してください。'],
  ),
  not_bank_transfer: doc(
    [409],
    undefined,
    ['The operation is for bank-transfer top-ups and this one is not.', 'Choose a bank-transfer order.'],
    ['銀行振込のチャージ向けの操作ですが、このご注文は銀行振込ではありません。', '銀行振込のご注文を選択してください。'],
  ),
  arrival_in_future: doc(
    [422],
    { arrivedOn: '2026-12-01', today: '2026-11-28' },
    ['The arrival date is later than today in Japan.', 'Give the day the money actually arrived.'],
    ['入金日が本日（日本時間）より後です。', '実際に入金のあった日を指定してください。'],
  ),
  arrival_before_order: doc(
    [422],
    { arrivedOn: '2026-11-01', orderedOn: '2026-11-10' },
    ['The arrival date is before the order was placed.', 'Give a date on or after the order date.'],
    ['入金日がご注文日より前です。', 'ご注文日以降の日付を指定してください。'],
  ),
  review_order_required: doc(
    [422],
    undefined,
    ['The deposit matched no order, so the order must be named.', 'Send orderId of the bank-transfer order.'],
    ['入金がどの注文にも一致しないため、注文の指定が必要です。', '対象の銀行振込の注文の `orderId` を送信してください。'],
  ),
  review_order_not_needed: doc(
    [422],
    undefined,
    ['The review already belongs to an order.', 'Send it without orderId.'],
    ['この確認案件は既に注文が決まっています。', '`orderId` を指定せずに送信してください。'],
  ),
  transfer_already_confirmed: doc(
    [409],
    { orderId: '3f1e8d2c-6a4b-4c1d-9e2f-8a7b6c5d4e3f' },
    ['The order already received its transfer.', 'Refund this deposit, or assign it to another order.'],
    ['このご注文は既に入金確認済みです。', 'この入金を返金するか、別の注文に割り当ててください。'],
  ),
  review_not_open: doc(
    [409],
    { status: 'credited' },
    ['The review was already decided.', 'Nothing to do; reload it to see its outcome.'],
    ['この確認案件は処理済みです。', '対応は不要です。再読み込みして結果を確認してください。'],
  ),
  webhook_signature_invalid: doc(
    [401],
    { reason: 'stale' },
    ["The card processor's webhook signature did not verify.", 'Check the shared secret and the clocks; the processor retries.'],
    ['決済代行会社からのWebhookの署名を検証できませんでした。', '共有シークレットと時刻を確認してください。送信元は再送します。'],
  ),
  processor_unavailable: doc(
    [503],
    undefined,
    ['The card processor does not answer.', RETRY_EN],
    ['決済代行会社が応答しません。', RETRY_JA],
  ),
  ledger_period_reversed: doc(
    [422],
    { from: '2026-11-30', to: '2026-11-01' },
    ['The period ends before it starts.', 'Give a from date on or before the to date.'],
    ['期間の終了日が開始日より前です。', '開始日を終了日以前にしてください。'],
  ),
  statement_malformed: doc(
    [422],
    { line: 3, problem: 'zero_amount' },
    [
      'A line of the bank statement cannot be read; nothing was imported.',
      'Fix the line named in params.line, or export the statement again.',
    ],
    ['入金明細の行を読み取れません。取り込みは行っていません。', '`params.line` の行を修正するか、明細を出力し直してください。'],
  ),
  statement_not_base64: doc(
    [422],
    undefined,
    ['The statement file is not base64-encoded.', "Send the file's bytes base64-encoded."],
    ['明細ファイルが base64 で符号化されていません。', 'ファイルの内容を base64 で送信してください。'],
  ),
  adjustment_key_required: doc(
    [400],
    undefined,
    ['A balance adjustment must carry an Idempotency-Key.', 'Send Idempotency-Key so that a retry counts once.'],
    ['残高の調整には Idempotency-Key が必要です。', '再送しても一度だけ反映されるよう Idempotency-Key を送信してください。'],
  ),
  adjustment_own_request: doc(
    [403],
    undefined,
    ['An operator tried to approve their own adjustment.', 'Ask another operator to approve it.'],
    ['オペレーターが自分の申請した調整を承認しようとしました。', '別のオペレーターに承認を依頼してください。'],
  ),
  adjustment_decided: doc(
    [409],
    { status: 'applied' },
    ['The adjustment was already approved or rejected.', 'Nothing to do; request a new adjustment if needed.'],
    ['この調整は既に承認または却下されています。', '対応は不要です。必要なら新しい調整を申請してください。'],
  ),
  not_a_base_date: doc(
    [422],
    { baseDate: '2026-06-30', latest: '2026-09-30' },
    ['The date is not a base date of the Payment Services Act.', 'Give March 31 or September 30.'],
    ['資金決済法の基準日ではありません。', '3月31日または9月30日を指定してください。'],
  ),
  base_date_not_ended: doc(
    [422],
    { baseDate: '2027-03-31', latest: '2026-09-30' },
    ['The base date has not ended yet in Japan.', 'Ask after the day ends, or for the latest ended base date.'],
    ['基準日が（日本時間で）まだ終わっていません。', '基準日の終了後に照会するか、終了済みの直近の基準日を指定してください。'],
  ),

  // Billing.
  rate_exists: doc(
    [409],
    undefined,
    ['A call rate for this direction and prefix already starts then.', 'Choose another start, or change the existing rate.'],
    ['同じ方向・プレフィックスで同じ開始日時の通話料金が既にあります。', '別の開始日時を指定するか、既存の料金を変更してください。'],
  ),
  rate_invalid: doc(
    [409, 422],
    undefined,
    ['The call rate is inconsistent.', 'Check seconds, prices, tax rate and that validTo is after validFrom.'],
    ['通話料金の設定が矛盾しています。', '秒数・単価・税率と、終了日時が開始日時より後であることを確認してください。'],
  ),
  rate_in_force: doc(
    [409],
    undefined,
    ['The rate already applies, so its prices are fixed.', 'Add a new version from a later validFrom, or end this one.'],
    ['この料金は既に適用中のため単価は変更できません。', '後の開始日時で新しい料金を追加するか、この料金を終了してください。'],
  ),
  too_many_records: doc(
    [422],
    { max: 1000 },
    ['Too many records in one request.', 'Split them over several requests.'],
    ['1回のリクエストのレコードが多すぎます。', '複数のリクエストに分けて送信してください。'],
  ),
  invalid_month: doc(
    [422],
    undefined,
    ['The month is not YYYY-MM.', 'Give the month as YYYY-MM, e.g. 2026-11.'],
    ['月が YYYY-MM 形式ではありません。', '2026-11 のように YYYY-MM 形式で指定してください。'],
  ),

  // Telephony.
  number_unavailable: doc(
    [409],
    undefined,
    ['Someone else holds or bought the number.', 'Search again and choose another number.'],
    ['この番号は他のお客様が確保済みまたは購入済みです。', '再検索して別の番号を選んでください。'],
  ),
  number_not_held: doc(
    [422],
    { numberId: '3f1e8d2c-6a4b-4c1d-9e2f-8a7b6c5d4e3f' },
    ['A number is not in the cart; its hold may have expired.', 'Hold the number again, then order.'],
    ['カートにない番号があります（確保期限切れの可能性があります）。', '番号を再度確保してから注文してください。'],
  ),
  no_price_for_country: doc(
    [422],
    { country: 'FR' },
    ['Numbers of this country have no price.', 'Choose a number of another country.'],
    ['この国の番号には料金が設定されていません。', '別の国の番号を選んでください。'],
  ),
  overseas_number_separate_order: doc(
    [422],
    { number: '+14155550123', country: 'US', endpoint: '/v1/overseas-number-orders' },
    [
      'An overseas number was put in a services order; overseas numbers are a separate purchase with a lead time.',
      'Take it out of numberIds and buy it with POST /v1/overseas-number-orders.',
    ],
    [
      'ユニーク・電話番号のご注文に海外番号が含まれています。海外番号は開通までの期間がある別の購入です。',
      '`numberIds` から外し、`POST /v1/overseas-number-orders` で購入してください。',
    ],
  ),
  overseas_country_not_sold: doc(
    [422],
    { country: 'FR', allowed: 'GB, SG, US' },
    ['Overseas numbers of this country have no price.', 'Choose a country of GET /v1/overseas-numbers/countries.'],
    ['この国の海外番号は販売していません。', '`GET /v1/overseas-numbers/countries` の国から選んでください。'],
  ),
  overseas_number_unavailable: doc(
    [409],
    { country: 'US', areaCode: '212' },
    ['No overseas number of this country (and area) is for sale now.', 'Choose another area code, leave it out, or try later.'],
    ['この国（市外局番）の海外番号は現在在庫がありません。', '別の市外局番を選ぶか省略してください。または後でお試しください。'],
  ),
  number_kind_not_sold: doc(
    [422],
    { kind: 'navidial' },
    ['Numbers of this kind are not sold.', 'Choose another kind.'],
    ['この種別の番号は販売していません。', '別の種別を選んでください。'],
  ),
  empty_order: doc(
    [422],
    undefined,
    ['The order has nothing in it.', 'Add at least one unique or number.'],
    ['ご注文に商品がありません。', 'ユニークまたは電話番号を1つ以上追加してください。'],
  ),
  order_not_completed: doc(
    [409],
    { status: 'processing' },
    [
      'The order is not completed yet, so its credentials are not ready.',
      'Wait for the order to complete (watch its status), then ask again.',
    ],
    ['ご注文の処理が完了していないため、認証情報はまだありません。', '状態が完了になるのを待ってから再度お試しください。'],
  ),
  credentials_already_shown: doc(
    [409],
    undefined,
    ['SIP passwords are shown only once.', 'Reset the password of a unique to get a new one.'],
    ['SIPパスワードは一度だけ表示されます。', 'ユニークのパスワードを再発行してください。'],
  ),
  extension_digits: doc(
    [422],
    { value: '1' },
    ['The extension is not 2 to 5 digits.', 'Give 2 to 5 digits.'],
    ['内線番号が2〜5桁の数字ではありません。', '2〜5桁の数字を指定してください。'],
  ),
  extension_taken: doc(
    [422],
    { extension: '201' },
    ['Another unique of the circle has this extension.', 'Choose a free extension.'],
    ['サークル内の別のユニークがこの内線番号を使用しています。', '空いている内線番号を指定してください。'],
  ),
  extension_special_service: doc(
    [422],
    { extension: '110' },
    [
      'Three-digit numbers from 100 to 199 are special-service numbers and must reach the outside line.',
      'Choose e.g. 200-999 or 4 to 5 digits.',
    ],
    ['100〜199の3桁の番号は特番で、常に外線につながる必要があります。', '200〜999や4〜5桁などの番号を指定してください。'],
  ),
  outbound_prohibition_locked: doc(
    [403],
    { setBy: 'account' },
    ["An administrator prohibited this unique's outbound calls; the unique cannot lift it.", 'Ask the account or circle administrator.'],
    [
      '管理者がこのユニークの外線発信を禁止しているため、ユニークのログインでは解除できません。',
      'アカウントまたはサークルの管理者に依頼してください。',
    ],
  ),
  no_free_extension: doc(
    [422],
    undefined,
    ['Every three-digit extension of the circle is used.', 'Give a four- or five-digit extension.'],
    ['サークルの3桁の内線番号がすべて使用されています。', '4桁または5桁の内線番号を指定してください。'],
  ),
  number_not_in_circle: doc(
    [422],
    { numberId: '3f1e8d2c-6a4b-4c1d-9e2f-8a7b6c5d4e3f' },
    ["The number is not an active number of the unique's circle.", "Choose one of the circle's numbers."],
    ['この番号はユニークのサークルの有効な番号ではありません。', 'サークルの番号から選んでください。'],
  ),
  incoming_number_required: doc(
    [422],
    undefined,
    ['A unique needs at least one incoming number.', 'Choose the numbers whose calls ring it.'],
    ['ユニークには着信電話番号が1つ以上必要です。', '着信させる電話番号を選んでください。'],
  ),
  caller_id_required: doc(
    [422],
    undefined,
    ['A unique needs a caller ID, or outbound calls prohibited.', 'Choose the caller ID number or prohibit outbound calls.'],
    ['ユニークには発信者番号（または外線発信禁止）の指定が必要です。', '発信者番号を選ぶか、外線発信を禁止してください。'],
  ),
  phone_digits: doc(
    [422],
    undefined,
    ['The phone number is not 2 to 15 digits.', 'Give 2 to 15 digits.'],
    ['電話番号が2〜15桁の数字ではありません。', '2〜15桁の数字を指定してください。'],
  ),
  unique_not_active: doc(
    [409],
    undefined,
    ['The unique is not active (cancelled or not yet provisioned).', 'Choose an active unique.'],
    ['ユニークが有効ではありません（解約済みまたは開通前）。', '有効なユニークを選んでください。'],
  ),
  number_not_active: doc(
    [409],
    undefined,
    ['The number is not active (cancelled or not yet provisioned).', 'Choose an active number.'],
    ['電話番号が有効ではありません（解約済みまたは開通前）。', '有効な電話番号を選んでください。'],
  ),
  carrier_signature_invalid: doc(
    [401],
    { reason: 'mismatch' },
    ["The carrier's webhook signature did not verify.", 'Check the shared secret and the clocks; the carrier retries.'],
    ['通信事業者からのWebhookの署名を検証できませんでした。', '共有シークレットと時刻を確認してください。送信元は再送します。'],
  ),
  price_kind_unknown: doc(
    [422],
    { kind: 'fax', allowed: ['sip_terminal', 'cloud_fax', 'ymobile', 'local', 'freecall', 'special', 'navidial', 'ip050', 'overseas'] },
    ['Nothing of this kind has a price.', 'Give one of the listed kinds.'],
    ['この種類には料金を設定できません。', '示された種類のいずれかを指定してください。'],
  ),
  price_country_required: doc(
    [422],
    undefined,
    ['An overseas number price needs its country.', 'Give country as an ISO 3166 two-letter code.'],
    ['海外番号の料金には国の指定が必要です。', '`country` に ISO 3166 の2文字コードを指定してください。'],
  ),
  price_country_not_allowed: doc(
    [422],
    { kind: 'local' },
    ['Only overseas numbers are priced per country.', 'Leave country out.'],
    ['国別の料金は海外番号のみです。', '`country` を省略してください。'],
  ),
  price_country_unknown: doc(
    [422],
    { country: 'XX' },
    ['The country is not an ISO 3166 code.', 'Give two capital letters such as US.'],
    ['国コードが ISO 3166 のものではありません。', '`US` のような大文字2文字で指定してください。'],
  ),
  price_valid_from_out_of_range: doc(
    [422],
    { earliest: '2026-11-28T00:00:00Z', latest: '2028-11-28T00:00:00Z' },
    ['A price must start between now and two years ahead.', 'Choose a start in that range.'],
    ['料金の適用開始は現在から2年先までの間で指定する必要があります。', 'その範囲で開始日時を指定してください。'],
  ),
  price_version_exists: doc(
    [409],
    { kind: 'local', country: null, validFrom: '2026-12-01T00:00:00Z' },
    ['A price for this kind already starts at that time.', 'Withdraw it or choose another time.'],
    ['同じ種類で同じ開始日時の料金が既にあります。', 'その料金を取り消すか、別の日時を指定してください。'],
  ),
  price_version_in_effect: doc(
    [409],
    { validFrom: '2026-10-01T00:00:00Z' },
    ['The price already applies and cannot be withdrawn.', 'Schedule a new price instead.'],
    ['この料金は既に適用中のため取り消せません。', '新しい料金を登録してください。'],
  ),

  // Devices and the warehouse.
  unknown_model: doc(
    [422],
    { model: 'GXP9999' },
    ['No device model has this code.', 'Choose a model from the catalog.'],
    ['この型番の機器は取り扱っていません。', 'カタログから機器を選んでください。'],
  ),
  out_of_stock: doc(
    [409],
    { model: 'GXP1620', requested: 5, available: 2 },
    ['Not enough units of the model are in stock.', 'Order fewer units, or another model.'],
    ['機器の在庫が足りません。', '台数を減らすか、別の機器を選んでください。'],
  ),
  settings_count_mismatch: doc(
    [422],
    { quantity: 3, given: 2 },
    ['The number of device settings differs from the quantity.', 'Give one setting per device.'],
    ['機器の設定数が台数と一致しません。', '機器1台につき1つの設定を指定してください。'],
  ),
  second_account_unsupported: doc(
    [422],
    { model: 'HT801', sipAccounts: 1 },
    ['The model has fewer SIP accounts than the settings use.', 'Set one unique per device, or choose another model.'],
    ['機器のSIPアカウント数が設定より少ないです。', '機器1台にユニーク1つを設定するか、別の機器を選んでください。'],
  ),
  duplicate_unique: doc(
    [422],
    undefined,
    ['The same unique is set on two devices.', 'Choose a different unique for each device.'],
    ['同じユニークが複数の機器に設定されています。', '機器ごとに別のユニークを選んでください。'],
  ),
  unique_not_usable: doc(
    [422],
    { uniqueId: '3f1e8d2c-6a4b-4c1d-9e2f-8a7b6c5d4e3f' },
    ['The unique is not an active unique of the chosen circle.', 'Choose an active unique of that circle.'],
    ['選択したサークルの有効なユニークではありません。', 'そのサークルの有効なユニークを選んでください。'],
  ),
  unique_not_sip_terminal: doc(
    [422],
    { uniqueId: '3f1e8d2c-6a4b-4c1d-9e2f-8a7b6c5d4e3f', kind: 'cloud_fax' },
    [
      'Only a SIP terminal unique can be put on a phone; a cloud FAX or Y!mobile unique cannot.',
      'Choose a SIP terminal unique of the circle.',
    ],
    [
      '電話機に設定できるのはSIP端末のユニークだけで、クラウドFAXやワイモバイルのユニークは設定できません。',
      'サークルのSIP端末ユニークを選んでください。',
    ],
  ),
  config_not_fetched: doc(
    [409],
    { positions: '1, 2' },
    [
      'A pre-configured phone has not fetched its configuration at the test bench, so it cannot be packed yet.',
      'Power the phone on at the test bench until the task shows the configuration fetched, or pack with override.reason (kept for audit).',
    ],
    [
      '設定済み出荷の電話機がテストベンチでまだ設定を取得していないため、梱包できません。',
      'テストベンチで電源を入れ、作業画面で設定取得済みになるまでお待ちください。やむを得ない場合は `override.reason` に理由を入力して梱包できます（理由は記録されます）。',
    ],
  ),
  unique_already_bound: doc(
    [409],
    undefined,
    ['The unique is already set on another device.', 'Choose another unique.'],
    ['このユニークは既に別の機器に設定されています。', '別のユニークを選んでください。'],
  ),
  invalid_mac: doc(
    [422],
    { problem: 'format' },
    ['The scanned MAC address is not a usable device address.', 'Scan the label again.'],
    ['スキャンしたMACアドレスが機器のアドレスとして使用できません。', 'ラベルを再度スキャンしてください。'],
  ),
  invalid_serial: doc(
    [422],
    undefined,
    ['The serial number is not 8 to 20 letters and digits.', 'Scan or type it again.'],
    ['シリアル番号が英数字8〜20文字ではありません。', '再度スキャンまたは入力してください。'],
  ),
  invalid_tracking_number: doc(
    [422],
    undefined,
    ['The tracking number is not 8 to 30 letters and digits.', 'Type it again from the label.'],
    ['追跡番号が英数字8〜30文字ではありません。', '伝票から再度入力してください。'],
  ),
  mac_taken: doc(
    [409],
    { mac: '00:0B:82:12:34:56' },
    ['Another device already has this MAC address.', 'Check that the right unit was scanned.'],
    ['このMACアドレスは既に別の機器に登録されています。', '正しい機器をスキャンしたか確認してください。'],
  ),
  serial_taken: doc(
    [409],
    { serial: '20EZ7A1B2C3D' },
    ['Another device already has this serial number.', 'Check that the right unit was scanned.'],
    ['このシリアル番号は既に別の機器に登録されています。', '正しい機器をスキャンしたか確認してください。'],
  ),
  device_already_scanned: doc(
    [409],
    { mac: '00:0B:82:12:34:56', serial: '20EZ7A1B2C3D' },
    ['The device was already scanned.', 'Go on with the next unit or step.'],
    ['この機器は既にスキャン済みです。', '次の機器または次の作業に進んでください。'],
  ),
  step_out_of_order: doc(
    [409],
    { step: 'ship', expected: 'pack' },
    ['The warehouse step is not the next one for this task.', 'Do the step the message names first.'],
    ['この作業はまだ行える段階ではありません。', 'メッセージに示された作業を先に行ってください。'],
  ),
  order_cancelled: doc(
    [409],
    undefined,
    ['The order was cancelled.', 'Nothing more to do for it.'],
    ['このご注文はキャンセルされました。', 'このご注文に対する作業は不要です。'],
  ),
  order_already_shipped: doc(
    [409],
    undefined,
    ['The order has shipped and can no longer be cancelled.', 'Contact support about a return.'],
    ['このご注文は発送済みのため、キャンセルできません。', '返品についてはサポートにお問い合わせください。'],
  ),
  order_closed: doc(
    [409],
    { status: 'completed' },
    ['The order is closed.', 'Nothing more to do for it.'],
    ['このご注文は完了しています。', 'このご注文に対する操作は不要です。'],
  ),
  task_claimed: doc(
    [409],
    { by: '佐藤', since: '2026-11-28T01:00:00Z', until: '2026-11-28T01:30:00Z' },
    ['Another member of staff holds the task.', 'Wait until they give it back or their claim runs out.'],
    ['別の担当者がこの作業を担当しています。', '担当が返却されるか、担当の期限が切れるまでお待ちください。'],
  ),
  task_not_claimed: doc(
    [409],
    undefined,
    ['The task is not claimed by you (your claim may have expired).', 'Claim the task first.'],
    ['この作業を担当していません（担当の期限切れの可能性があります）。', '先に作業を担当登録してください。'],
  ),
  task_closed: doc(
    [409],
    { status: 'done' },
    ['The task is finished or cancelled.', 'Nothing more to do for it.'],
    ['この作業は終了しています。', 'この作業に対する操作は不要です。'],
  ),
  parcel_rejected: doc(
    [422],
    { reason: 'tracking number unknown' },
    ['The parcel service refused the shipment.', 'Check the tracking number and try again.'],
    ['配送サービスが出荷登録を受け付けませんでした。', '追跡番号を確認して再度お試しください。'],
  ),
  parcel_signature_invalid: doc(
    [401],
    { reason: 'missing' },
    ["The parcel service's webhook signature did not verify.", 'Check the shared secret and the clocks; the sender retries.'],
    ['配送サービスからのWebhookの署名を検証できませんでした。', '共有シークレットと時刻を確認してください。送信元は再送します。'],
  ),
  provisioning_unauthorized: doc(
    [401],
    undefined,
    ['The phone asked for its configuration without its provisioning credentials.', 'Set the provisioning user and password on the phone.'],
    ['機器がプロビジョニング認証情報なしに設定を要求しました。', '機器にプロビジョニング用のユーザー名とパスワードを設定してください。'],
  ),
  order_unavailable: doc(
    [503],
    undefined,
    ['The order cannot be processed right now.', RETRY_EN],
    ['現在ご注文を処理できません。', RETRY_JA],
  ),

  // The Temporal codec endpoint (api/system/codec.ts).
  payload_undecodable: doc(
    [422],
    { keyId: 'k2026' },
    [
      'POST /codec/decode got an encrypted payload whose key is not configured here, or whose bytes were altered.',
      'Add the key the payload names to PAYLOAD_KEYS (keep old keys after a rotation); an altered payload cannot be read.',
    ],
    [
      '`POST /codec/decode` に渡された暗号化ペイロードの鍵が設定されていないか、内容が改ざんされています。',
      'ペイロードが示す鍵を `PAYLOAD_KEYS` に追加してください（鍵の切り替え後も古い鍵は残します）。改ざんされたペイロードは読めません。',
    ],
  ),

  // Webhooks.
  webhook_url_refused: doc(
    [422],
    { reason: 'private_address', requireHttps: true },
    ['The endpoint URL is not allowed.', 'Use a public https URL without user name or password.'],
    ['送信先のURLは使用できません。', 'ユーザー名・パスワードを含まない公開の https のURLを指定してください。'],
  ),
  webhook_endpoint_limit: doc(
    [409],
    { max: 10 },
    ['The account has as many webhook endpoints as it may.', 'Delete one you no longer use.'],
    ['Webhookの送信先が上限に達しています。', '不要な送信先を削除してください。'],
  ),
};
