/**
 * Types of every operation of the API, generated from the OpenAPI document (the route definitions)
 * by `npm run client`. Do not edit by hand: change the routes and regenerate.
 */
export interface paths {
  '/v1': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The API root: its version and links to the reference, the OpenAPI document, the health check and the problem codes */
    get: operations['apiIndex'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 200 when Temporal, PostgreSQL and (in kamailio mode) the SIP server answer, else 503 naming what is down; says which PBX is in use */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in on the account, circle or unique tab, or as staff
     * @description A disabled member of staff is refused like a wrong password (401 invalid_credentials). Every staff attempt, successful or not, is in the staff audit log.
     */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the current session belongs to */
    get: operations['getSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password-reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail a password reset link to the registered address
     * @description Always answers 202, whether the login ID exists or not. The link is valid for 30 minutes and works once.
     */
    post: operations['requestPasswordReminder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with the token from the reminder mail
     * @description The link works once: a used link answers 410 reset_link_used, one past its 30 minutes 410 reset_link_expired, anything else 400 invalid_reset_token.
     */
    post: operations['resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password-reset/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Whether a reset link from the reminder mail can still be used
     * @description Changes nothing. The token travels in the body, not the address, so it stays out of logs. Answers like the reset itself: 410 reset_link_used, 410 reset_link_expired or 400 invalid_reset_token.
     */
    post: operations['checkPasswordResetLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/login-id-reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail the login IDs registered to an address
     * @description Always answers 202 with the same words, whether the address is registered or not. Each account registered to it is mailed its login ID and its circles' login IDs.
     */
    post: operations['requestLoginIdReminder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The API keys, newest first, revoked and expired ones included (never the keys themselves)
     * @description An account login manages all of the account’s keys, a circle login those of its own circle; an API key cannot manage keys (403 api_key_not_allowed). The answer is always one whole page (nextCursor null).
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key; the key itself is answered this once only
     * @description An account login manages all of the account’s keys, a circle login those of its own circle; an API key cannot manage keys (403 api_key_not_allowed). The key authenticates as Authorization: Bearer pbx_live_… and acts as the account's login, or as the circle's for a circle key (scope.circleId; a circle login's keys are always its circle's). Each key has its own per-minute rate limit (RateLimit-* headers, 429 with Retry-After). An account may have 100 working keys (409 api_key_limit_reached). A refused key answers 401 api_key_invalid, api_key_revoked or api_key_expired.
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys/{apiKeyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One API key (never the key itself)
     * @description An account login manages all of the account’s keys, a circle login those of its own circle; an API key cannot manage keys (403 api_key_not_allowed).
     */
    get: operations['getApiKey'];
    put?: never;
    post?: never;
    /**
     * Revoke an API key: from now on it answers 401 api_key_revoked
     * @description An account login manages all of the account’s keys, a circle login those of its own circle; an API key cannot manage keys (403 api_key_not_allowed). Revoking a revoked key answers the same, with the first revocation time.
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a customer account */
    post: operations['createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in account */
    get: operations['getAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change contract data: name, contact person, postal address, phone, mail address, language
     * @description Send only the fields to change; null clears an optional one. A postal code that is not 7 digits (422 postal_code_invalid), an unknown prefecture (422 prefecture_unknown) or a phone number that is not 10-11 digits from 0 (422 phone_invalid) is refused with what is allowed.
     */
    patch: operations['updateAccount'];
    trace?: never;
  };
  '/v1/account/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the account's password; every other session ends */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/circles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account's circles (a circle login sees only its own)
     * @description An account has a few circles: the answer is always one whole page (nextCursor null).
     */
    get: operations['listCircles'];
    put?: never;
    /** Add a circle with its own login */
    post: operations['createCircle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/circles/{circleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One circle */
    get: operations['getCircle'];
    put?: never;
    post?: never;
    /** Remove a circle that has no active services */
    delete: operations['removeCircle'];
    options?: never;
    head?: never;
    /** Rename a circle */
    patch: operations['renameCircle'];
    trace?: never;
  };
  '/v1/circles/{circleId}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change the password of a circle's login
     * @description The account sets it without the old one. A circle login changing its own password gives currentPassword too (422 circle_current_password_required / circle_current_password_wrong). The circle's other sessions end.
     */
    put: operations['setCirclePassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find customers by account or order ID, login ID, e-mail, phone number, unique code, MAC address or name
     * @description q is read every way it can be: a UUID as an account or order ID; digits as a phone number in any notation (03-1234-5678, +81 3 1234 5678), a unique code or a MAC; text as an e-mail, a login-ID prefix or part of a name. Each result lists what matched, strongest first; at most 50 accounts.
     */
    get: operations['lookupCustomers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/customers/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's page: balance, recent ledger, orders with their timelines, uniques, numbers, devices and adjustments */
    get: operations['getCustomerPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/customers/{accountId}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's ledger, newest first, keyset-paged */
    get: operations['listCustomerLedger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every staff user, enabled first, by login ID
     * @description The staff are few: the answer is always one whole page (nextCursor null).
     */
    get: operations['listStaff'];
    put?: never;
    /**
     * Create a staff user with a role; without a password, a temporary one is answered once
     * @description Login IDs are unique without regard to case (409 login_id_taken).
     */
    post: operations['createStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/staff/{staffId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One staff user */
    get: operations['getStaff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a staff user's role; it applies to their open sessions at once
     * @description Nobody changes their own role (422); the last enabled administrator stays one (409 staff_last_admin).
     */
    patch: operations['changeStaffRole'];
    trace?: never;
  };
  '/v1/staff/{staffId}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a staff user a new temporary password (answered once); all their sessions end */
    post: operations['resetStaffPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/staff/{staffId}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable a staff user: their sessions end and they cannot log in
     * @description A disabled user logging in is answered like a wrong password. You cannot disable yourself (422 staff_cannot_disable_self) or the last enabled administrator (409 staff_last_admin). Disabling twice changes nothing.
     */
    post: operations['disableStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/staff/{staffId}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Let a disabled staff user log in again, with the password they had */
    post: operations['enableStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/staff/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The staff audit log, newest first: who, what, when, from where, and the answer
     * @description Every state-changing request of a staff session (any desk), and every staff login attempt, with a summary of the body (secrets redacted). A row is written before its action runs: if the log cannot be written, the request fails (500/503) and nothing is done; status null means the action ran but its answer could not be recorded. `to` is exclusive. Pass `nextCursor` as `cursor` for the next page.
     */
    get: operations['listStaffAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/staff/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace your own password; every other session of yours ends
     * @description A password an administrator set (creation or reset) is temporary: until it is replaced, every other operation answers 403 password_change_required. 401 invalid_credentials when the current password is wrong.
     */
    post: operations['changeOwnStaffPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prepaid remaining balance */
    get: operations['getPrepaidBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every balance movement, newest first, by kind and Tokyo date range
     * @description Newest first, paged by `cursor` (pass the nextCursor of the previous page). from and to are Tokyo dates, both included.
     */
    get: operations['listLedgerEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/topup-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Preset amounts and the amount range of each payment method */
    get: operations['getTopupOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/topups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prepaid history: every top-up with method, status and amounts, newest first */
    get: operations['listTopups'];
    put?: never;
    /**
     * Order a top-up: amount (typed wins over preset) and payment method
     * @description Places the order and answers it once its payment has begun, with its nextAction (3-D Secure URL, konbini slip, transfer instructions, deadline) and a Location header; later changes are readable at GET /v1/prepaid/topups/{id} and GET /v1/orders/{id}. An amount outside the method's range is refused with 422 naming the range.
     */
    post: operations['orderTopup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/topups/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One top-up: status, amounts and what to do next */
    get: operations['getTopup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/topups/{orderId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an unpaid top-up (409 once paid or ended) */
    post: operations['cancelTopup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Registered cards
     * @description An account has a few cards: the answer is always one whole page (nextCursor null).
     */
    get: operations['listCards'];
    put?: never;
    /** Register a card from the processor's token (the card number never reaches this API) */
    post: operations['addCard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/cards/{cardId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One registered card */
    get: operations['getCard'];
    put?: never;
    post?: never;
    /** Remove a registered card */
    delete: operations['removeCard'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prepaid/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Low-balance threshold and automatic top-up */
    get: operations['getPrepaidSettings'];
    /** Set the low-balance threshold (mail when the balance falls below it) and the automatic top-up */
    put: operations['putPrepaidSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/processor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Processor events (signed: x-pbx-signature t=<unix>,v1=<HMAC-SHA256 of "t.body">)
     * @description Refused with 401 when the signature is missing, wrong or outside the tolerance. A redelivered event ID is acknowledged and not applied again.
     */
    post: operations['processorWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/bank-transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bank transfers awaiting confirmation, oldest first, with deadlines */
    get: operations['listPendingBankTransfers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/bank-transfers/{orderId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm receipt of a bank transfer with the amount received and the day it arrived
     * @description `arrivedOn` is the Tokyo date the money reached our account (YYYY-MM-DD, as the bank statement shows it); it defaults to today in Tokyo. It may not be in the future or before the day the order was placed (422). Lateness is judged by that date against the deadline: a transfer that arrived by the deadline's date is on time, however late it is confirmed, even after the order expired or was cancelled. Equal amount on time: credited now in business hours, else at the next business opening (outcome "scheduled", applyAt). Different amount: review. Arrived after the deadline's date: late review. Repeating the confirmation credits once.
     */
    post: operations['confirmBankTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Payments awaiting a decision (amount mismatch, late payment, unknown deposit), oldest first; or the latest decisions
     * @description `status=open` (default): open reviews, oldest first. `status=resolved`: decided ones, latest first, with their notes. A review from a bank statement carries its line.
     */
    get: operations['listPaymentReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/reviews/{reviewId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credit what arrived, or refund it (recorded; nothing credited), with a note that is kept
     * @description `note` (optional, up to 500 characters) is kept with the decision and shown with it. A deposit no reference matched (`unknown_deposit`): `credit` needs `orderId`, the order it belongs to; it is then confirmed to that order with the statement's amount and arrival date, exactly as a matched statement line would be (status `assigned`). `refund` records that it goes back.
     */
    post: operations['resolvePaymentReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/bank-statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Imported bank statements, newest first */
    get: operations['listBankStatements'];
    put?: never;
    /**
     * Import a bank statement: each deposit is matched to its order by reference and amount
     * @description Upload the bank's statement as JSON: `fileName`, `format` and the file's bytes in `contentBase64`.
     *     The whole file is checked first; a malformed one is refused (422 `statement_malformed`, with `params.line` and what is wrong) and nothing is applied.
     *     Each deposit's transfer reference is read from the remitter's name (振込依頼人名): its leading 8 digits, else the only 8-digit run.
     *     A deposit whose reference names a bank-transfer order is confirmed to it exactly as at the desk, with the statement's amount and arrival date
     *     (outcome `credit`, `scheduled`, `review` for another amount, `late_review` after the deadline's date; `already_confirmed` when the desk confirmed that money before).
     *     A deposit with no matching order goes to review with its line attached (`unknown`). A bank cancellation (取消区分 1) is shown, never applied (`bank_cancellation`);
     *     a deposit another statement already carried (same bank number, date and amount) is `duplicate_deposit`. Uploading the same file again changes nothing (`duplicate: true`).
     *
     *     **zengin**: 全銀協 振込入金通知/振込入金明細 (種別コード 01), 200-byte records in Shift_JIS, with or without line breaks: header 1, data 2, trailer 8, end 9.
     *     Data record bytes used: 照会番号 2–7, 勘定日 8–13, 起算日 14–19 (the arrival date), 金額 20–29, 振込依頼人名 50–97, 取消区分 128. Dates are Reiwa YYMMDD.
     *     The trailer's counts and totals (2–7, 8–19, 20–25, 26–37) must match the records.
     *
     *     **csv**: UTF-8 (or Shift_JIS), RFC 4180 quoting, a header row naming the columns in any order:
     *     `arrived_on` (YYYY-MM-DD or YYYY/MM/DD), `amount` (whole yen, thousands commas allowed), `remitter` (振込依頼人名), optional `transaction_id` (the bank's number for the deposit).
     *     Other columns are ignored; line numbers count text lines, the header being line 1.
     */
    post: operations['importBankStatement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/bank-statements/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One imported statement with each line and what it led to */
    get: operations['getBankStatement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/customers/{accountId}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credit or debit a balance by hand, with a reason (four eyes above ADJUSTMENT_APPROVAL_LIMIT)
     * @description Needs an Idempotency-Key. Up to ADJUSTMENT_APPROVAL_LIMIT yen (default 10,000) it is applied at once as a manual_adjustment ledger entry whose description is the reason, which the customer sees. Above it, it stays pending until a different operator approves it. A debit larger than the balance is refused with 422 insufficient_balance.
     */
    post: operations['requestAdjustment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Adjustments by status: pending ones oldest first (the approval queue), others newest first */
    get: operations['listAdjustments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/adjustments/{adjustmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One adjustment, with its decision */
    get: operations['getAdjustment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/adjustments/{adjustmentId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a pending adjustment: it reaches the ledger now, once
     * @description Only an operator other than the requester may approve (403 adjustment_own_request). A debit the balance can no longer pay is refused (422 insufficient_balance) and stays pending. Approving an applied adjustment again changes nothing; a rejected one is 409.
     */
    post: operations['approveAdjustment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/adjustments/{adjustmentId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending adjustment with a reason (its requester may withdraw it the same way) */
    post: operations['rejectAdjustment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/operator/reports/unused-balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The unused prepaid balance at the end of a base date (March 31 or September 30), with the deposit it requires
     * @description The prepaid balance is a self-issued prepaid payment instrument under the Payment Services Act (資金決済法). The figures are computed from the ledger entries created before 24:00 Japan time on the base date, not from today's balances. The unused balance is the sum of the positive balances; balances below zero are shown apart and never reduce it. Above 10,000,000 yen the filing and a deposit of at least half the unused balance (rounded up to the yen) are due by the filing deadline. Another date is refused with 422 not_a_base_date; a base date that has not ended with 422 base_date_not_ended.
     */
    get: operations['getUnusedBalanceReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders of every kind, newest first */
    get: operations['listOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order: status, amounts, what the customer must do next, and its history */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rate table; `at` shows only the rates in force at that instant */
    get: operations['listRates'];
    put?: never;
    /** Add a rate (or a new version of one, from a later validFrom); money in 1/1000 yen */
    post: operations['createRate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/rates/{rateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One rate */
    get: operations['getRate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a rate; set validTo to end it (calls are rated by the rate valid when they started)
     * @description Prices, seconds and tax rate change only before validFrom; a rate in force answers 409 rate_in_force (add a new version instead).
     */
    patch: operations['updateRate'];
    trace?: never;
  };
  '/v1/billing/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The months with a statement (the ledger charged or refunded something, Japan time), newest first, with their totals */
    get: operations['listStatements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/statements/{month}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month's statement as a printable A4 PDF (qualified invoice), labelled in the caller's language */
    get: operations['getStatementPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/statements/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A month's statement as a qualified invoice (Japan-time month, YYYY-MM): every charge of the month with its tax rate
     * @description Built from the month's ledger: purchases (initial fees and first month), devices, monthly fees, manual debits, refunds of purchases as negative lines, and the calls per tax rate. Tax per rate is the tax those debits carried (rounded once per rate: per order for a purchase, per month for fees and calls), so total equals what the month took from the balance. Top-ups are not charges.
     */
    get: operations['getStatement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Balance, money held by calls in progress, owed fees, grace period and suspension */
    get: operations['getBillingStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/authorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask before a call starts: allowed for at most maxSeconds, or refused with the reason
     * @description Outbound: the unique calling a destination. Inbound: a call the carrier brings to one of our numbers; a received free call (0120/0800) is paid by the number holder. Concurrent calls hold reservations on the balance; the CDR with the same callId settles the hold, otherwise it expires. Emergency numbers (110, 118, 119) are always allowed, with no time limit.
     */
    post: operations['authorizeCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/cdrs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report finished calls in batches; idempotent by callId, bad records reported one by one */
    post: operations['ingestCdrs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Call history, newest first: the account sees all, a circle its own, a unique its own */
    get: operations['listCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Calls, seconds and rated cost per Japan-time day or month
     * @description One page: every period of the range (nextCursor is always null).
     */
    get: operations['callTotals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prices of uniques and phone numbers in effect now (JPY, tax excluded; 10% consumption tax is added per order)
     * @description Uniques, then number kinds, then overseas numbers by country: one short page (nextCursor is always null).
     */
    get: operations['getServicesCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service-orders/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Price an order (confirmation screen): subtotal, 10% tax, total, and whether the balance covers it */
    post: operations['quoteServicesOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buy uniques and/or held numbers for one circle, paid from the prepaid balance
     * @description Refused with 422 insufficient_balance (amount needed and balance) before anything is held or debited. The order is created at once and then runs as workflow ServicesOrder:<orderId>; follow it at its Location, GET /v1/orders/{orderId}.
     */
    post: operations['placeServicesOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service-orders/{orderId}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Show the SIP passwords of a completed order's uniques, once
     * @description The second call answers 409 credentials_already_shown; reset a password with POST /v1/uniques/{uniqueId}/sip-password.
     */
    post: operations['revealServicesOrderCredentials'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Purchase and cancellation history of uniques and numbers (購入/解約履歴), newest first */
    get: operations['listServiceHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/overseas-numbers/countries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Countries whose overseas numbers can be bought: price (JPY), lead time and the area codes in stock
     * @description One short page (nextCursor is always null). Buy one with POST /v1/overseas-number-orders.
     */
    get: operations['listOverseasNumberCountries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/overseas-number-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buy an overseas number of a country (and area) for one circle, at the country's price, paid from the prepaid balance
     * @description The number is taken from stock and paid at once; the carrier routes it after the lead time (detail.readyBy, Japan time), then the order completes and the customer is mailed. Refused with 422 overseas_country_not_sold, 409 overseas_number_unavailable or 422 insufficient_balance before anything is taken or debited. Runs as workflow OverseasNumberOrder:<orderId>; follow it at its Location, GET /v1/orders/{orderId}.
     */
    post: operations['placeOverseasNumberOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Numbers available now (never one held by anyone or in quarantine) */
    get: operations['searchNumbers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers/holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account's cart: numbers held for it and when each hold runs out
     * @description A cart is short: the whole cart is one page (nextCursor is always null).
     */
    get: operations['listNumberHolds'];
    put?: never;
    /**
     * Put a number in the cart: held for this account for 30 minutes (configurable)
     * @description Of many callers holding one number at once, exactly one wins; the others get 409 number_unavailable.
     */
    post: operations['holdNumber'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers/holds/{holdId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One hold of the cart and when it runs out (a hold that ran out is 404) */
    get: operations['getNumberHold'];
    put?: never;
    post?: never;
    /** Take a number out of the cart */
    delete: operations['releaseNumberHold'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers/holds/{holdId}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hold the number for another full hold time from now */
    post: operations['extendNumberHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's numbers (a circle login: its circle's), active or in quarantine */
    get: operations['listOwnedNumbers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers/{numberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One owned number */
    get: operations['getOwnedNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/numbers/{numberId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a number: billed to the end of this month, then 90 days of quarantine before resale */
    post: operations['cancelNumber'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/uniques': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's uniques (a circle login: its circle's; a unique login: itself) */
    get: operations['listUniques'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/uniques/{uniqueId}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unique settings screen (§4) */
    get: operations['getUniqueSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Save settings; a broken rule is a 422 naming the field and the rule
     * @description Every broken rule is reported: the problem names the first (code, field, detail) and, when there are several, lists each in errors[] with its field and message.
     */
    patch: operations['updateUniqueSettings'];
    trace?: never;
  };
  '/v1/uniques/{uniqueId}/login-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the password of the unique's own login (the Unique login tab) */
    put: operations['setUniqueLoginPassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/uniques/{uniqueId}/sip-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a new SIP password (pushed to the PBX; shown only in this answer) */
    post: operations['resetUniqueSipPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/uniques/{uniqueId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a unique: off the PBX now, billed to the end of this month */
    post: operations['cancelUnique'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/circles/{circleId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the circle's phone book by name, kana, company or number */
    get: operations['searchContacts'];
    put?: never;
    /** Add a contact to the phone book */
    post: operations['addContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/circles/{circleId}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contact of the phone book */
    get: operations['getContact'];
    put?: never;
    post?: never;
    /** Remove a contact */
    delete: operations['removeContact'];
    options?: never;
    head?: never;
    /** Edit a contact */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/v1/webhooks/carrier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Carrier events (number.activated, number.activation_failed), signed with x-pbx-signature */
    post: operations['carrierWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/catalog/prices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Each price (unique, number kind, overseas country) with the version in effect now and those scheduled
     * @description One short page: every price key (nextCursor is always null).
     */
    get: operations['listPriceVersions'];
    put?: never;
    /**
     * Set a price from validFrom on (now or later); orders placed before keep what they were charged
     * @description Quotes and orders use the version with the latest validFrom not after the moment they are priced. Services already bought keep their monthly fee. validFrom more than a minute in the past, or more than two years ahead, is 422 price_valid_from_out_of_range; an unknown kind is 422 price_kind_unknown listing the kinds; overseas needs an ISO 3166 alpha-2 country; another live version of the key at the same instant is 409 price_version_exists.
     */
    post: operations['schedulePriceVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/catalog/prices/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One price version (a withdrawn one is 404) */
    get: operations['getPriceVersion'];
    put?: never;
    post?: never;
    /** Withdraw a price version before it takes effect (kept on record); one in effect is 409 price_version_in_effect */
    delete: operations['withdrawPriceVersion'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/devices/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Devices for sale with features, price (JPY, tax excluded and included) and stock
     * @description One short page: every model on sale (nextCursor is always null).
     */
    get: operations['getDeviceCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/device-orders/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Price a device order (confirmation screen) and say whether the balance and stock cover it */
    post: operations['quoteDevicesOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/device-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buy devices, shipped as is or pre-configured with uniques of a circle, paid from the prepaid balance or directly
     * @description Paid from the balance (default): refused with 422 insufficient_balance before anything is reserved. Paid directly (payment.method card, registered_card or konbini): the stock is reserved, a top-up of exactly the total takes the payment (its range and card rules apply, e.g. 422 topup_amount_out_of_range) and the answer carries its nextAction (3-D Secure URL, konbini slip and deadline) with status awaiting_payment; once paid the money lands on the balance and pays the order. A payment that fails, expires or is cancelled releases the stock and fails the order. 409 out_of_stock when the stock cannot cover the quantity, 409 unique_already_bound when a unique is on another device, 422 unique_not_sip_terminal for a cloud FAX or Y!mobile unique. The order runs as workflow DevicesOrder:<orderId>; follow it at its Location.
     */
    post: operations['placeDevicesOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The customer's phones (a circle login: its circle's), with whether each has fetched its configuration
     * @description online is true once a pre-configured phone fetched its configuration file from our provisioning server; lastFetchAt is its latest fetch. A phone shipped without settings never contacts us, so its status is unknown.
     */
    get: operations['listDevices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/device-orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A device order with its units (MAC, serial, uniques, online once the phone fetched its configuration) and its parcel */
    get: operations['getDevicesOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/device-orders/{orderId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a device order before it ships: the payment is refunded and the stock released
     * @description After shipment 409 order_already_shipped. Cancelling a cancelled order answers the same again.
     */
    post: operations['cancelDevicesOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/parcel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delivery events from the parcel service (signed with x-pbx-signature) */
    post: operations['receiveParcelWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Warehouse tasks, oldest first (open by default; in_transit lists shipped parcels) */
    get: operations['listWarehouseTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task: address, units, identifiers and provisioning credentials (the pack slip) */
    get: operations['getWarehouseTask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a task: one person at a time; a claim left idle expires (WAREHOUSE_CLAIM_SECONDS)
     * @description 409 task_claimed while someone else holds a live claim. Claiming again extends your own claim.
     */
    post: operations['claimWarehouseTask'];
    /** Give a task back */
    delete: operations['releaseWarehouseTask'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}/pick': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Picked the units from the shelf
     * @description Needs your claim on the task while it is in the warehouse. A step out of order is 409 step_out_of_order; repeating a done step answers the same.
     */
    post: operations['warehousePick'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Scan one unit's MAC address and serial number (pre-configured units get their provisioning profile)
     * @description Needs your claim on the task while it is in the warehouse. A step out of order is 409 step_out_of_order; repeating a done step answers the same.
     */
    post: operations['warehouseScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}/pack': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Packed the parcel; each pre-configured phone must first have fetched its configuration at the test bench
     * @description Needs your claim on the task while it is in the warehouse. A step out of order is 409 step_out_of_order; repeating a done step answers the same.
     */
    post: operations['warehousePack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}/ship': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Handed the parcel to the carrier (the customer is mailed the tracking number)
     * @description Needs your claim on the task while it is in the warehouse. A step out of order is 409 step_out_of_order; repeating a done step answers the same.
     */
    post: operations['warehouseShip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/warehouse/tasks/{taskId}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the delivery (normally the carrier reports it)
     * @description Needs your claim on the task while it is in the warehouse. A step out of order is 409 step_out_of_order; repeating a done step answers the same.
     */
    post: operations['warehouseDeliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/provisioning/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A pre-configured phone fetches cfg<mac>.xml (gs_provision), with its own HTTP basic credentials
     * @description The MAC may be upper or lower case. 404 for a MAC without a profile, 401 without the unit's credentials (printed on the pack slip). Rendered from the uniques' current settings at every fetch; each fetch is logged.
     */
    get: operations['getDeviceConfiguration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/devices/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every device model (sellable or not) with its stock and the time of its latest receipt
     * @description One short page: every model (nextCursor is always null).
     */
    get: operations['listDeviceStock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/devices/models/{code}/stock-receipts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A model's stock receipts, newest first */
    get: operations['listDeviceStockReceipts'];
    put?: never;
    /**
     * Receive delivered units into stock, with a note; recorded with who received them and the stock after
     * @description 1 to 10,000 units per receipt. Send an Idempotency-Key: a retried receipt adds its units once.
     */
    post: operations['receiveDeviceStock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/devices/models/{code}/stock-receipts/{receiptId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One stock receipt */
    get: operations['getDeviceStockReceipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-event-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The event types an endpoint can subscribe to, with what each reports */
    get: operations['listWebhookEventTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account's webhook endpoints, oldest first
     * @description An account has a few endpoints (WEBHOOK_MAX_ENDPOINTS): the answer is always one whole page (nextCursor null).
     */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Register an endpoint for some event types; its signing secret is answered once
     * @description Deliveries are signed (Pbx-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">) and carry Pbx-Event-Id; see docs/webhooks.md. A URL that is not allowed is a 422 webhook_url_refused naming the reason; more than the allowed number of endpoints is a 409.
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{endpointId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint (without its secret) */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /** Remove an endpoint with its delivery log; pending deliveries are dropped */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change the URL, the event types or the description, or disable / enable the endpoint
     * @description Enabling an endpoint that was disabled for failing clears its failure state; events of the disabled period are not sent.
     */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/v1/webhook-endpoints/{endpointId}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new signing secret (answered once); the old one keeps signing for a grace period
     * @description During the grace period Pbx-Signature carries two v1 values, one per secret; a receiver accepts either.
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{endpointId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log: each delivery with every attempt (status code, latency, error), newest first */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-deliveries/{deliveryId}/redelivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a delivery's event again, once, now (also to a disabled endpoint)
     * @description 200 with the new delivery and its attempt when the receiver answered in time; 202 while it is still being sent.
     */
    post: operations['redeliverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{endpointId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a signed `ping` event to the endpoint, once, now
     * @description 200 with the delivery and its attempt when the receiver answered in time; 202 while it is still being sent.
     */
    post: operations['testWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description RFC 9457 problem details; `type` is the page that explains `code`
     * @example {
     *       "type": "https://api.pbx.example.jp/docs/problems/validation_failed",
     *       "title": "The request has invalid fields.",
     *       "status": 422,
     *       "code": "validation_failed",
     *       "detail": "入力内容に誤りがあります（`name`は必須項目です）。",
     *       "field": "body.name",
     *       "errors": [
     *         {
     *           "field": "body.name",
     *           "code": "required",
     *           "message": "`name`は必須項目です。"
     *         }
     *       ],
     *       "requestId": "0b7c6a52-3c1e-4f7e-9a51-2d6f0e8a9c11"
     *     }
     */
    Problem: {
      /**
       * Format: uri
       * @description The page that explains this code: <API>/docs/problems/<code>
       */
      type: string;
      /** @description The English text of the code */
      title: string;
      status: number;
      /** @description Stable machine code */
      code: string;
      /** @description What is wrong and what is allowed, in the language of Accept-Language (ja by default) */
      detail: string;
      field?: string;
      params?: Record<string, unknown>;
      requestId: string;
      errors?: {
        field: string;
        code: string;
        message: string;
      }[];
    };
    /** @description E.164 */
    E164: string;
    /**
     * @description The currency of every amount in this object: integer yen
     * @constant
     */
    Currency: 'JPY';
    /** @description nextCursor of the previous page; leave out for the first page */
    Cursor: string;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  apiIndex: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Links */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Cloud PBX API",
           *       "version": "v1",
           *       "links": {
           *         "docs": "https://api.pbx.example.jp/docs",
           *         "openapi": "https://api.pbx.example.jp/openapi.json",
           *         "health": "https://api.pbx.example.jp/health",
           *         "problems": "https://api.pbx.example.jp/docs/problems"
           *       }
           *     }
           */
          'application/json': {
            name: string;
            /** @constant */
            version: 'v1';
            links: {
              docs: string;
              openapi: string;
              health: string;
              problems: string;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Everything answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "ok",
           *       "database": "up",
           *       "temporal": "up",
           *       "pbx": {
           *         "mode": "kamailio",
           *         "address": "udp:10.0.0.5:5060",
           *         "sip": "up"
           *       }
           *     }
           */
          'application/json': {
            /** @constant */
            status: 'ok';
            /** @constant */
            database: 'up';
            /** @constant */
            temporal: 'up';
            pbx:
              | {
                  /** @constant */
                  mode: 'sandbox';
                }
              | {
                  /** @constant */
                  mode: 'kamailio';
                  address: string;
                  /** @enum {string} */
                  sip: 'up' | 'down';
                };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Something is down: a problem whose `params.down` names it (database, temporal, sip) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "account",
         *       "loginId": "yamada-shoji",
         *       "password": "Yamada-2026-pbx"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          kind: 'account' | 'circle' | 'unique' | 'staff';
          loginId: string;
          password: string;
          /**
           * @description token (default): a bearer token for programs; cookie: an HttpOnly cookie and a CSRF token, for the browser screens
           * @enum {string}
           */
          session?: 'token' | 'cookie';
        };
      };
    };
    responses: {
      /** @description A new session */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "token": "Yq3vN8kP2xR7tL5mW9cB4hJ6dF1gS0aZ",
           *       "expiresAt": "2026-11-28T08:00:00.000Z",
           *       "principal": {
           *         "kind": "account",
           *         "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b"
           *       }
           *     }
           */
          'application/json': {
            /** @description The bearer token (token sessions only) */
            token?: string;
            /** @description Send it as X-CSRF-Token with every state-changing request (cookie sessions only) */
            csrfToken?: string;
            /** Format: date-time */
            expiresAt: string;
            principal: {
              /** @enum {string} */
              kind: 'account' | 'circle' | 'unique' | 'staff';
              /** Format: uuid */
              accountId?: string;
              /** Format: uuid */
              circleId?: string;
              /** Format: uuid */
              uniqueId?: string;
              /** Format: uuid */
              staffId?: string;
              /** @enum {string} */
              role?: 'operator' | 'warehouse' | 'admin';
              /** @description a staff password an administrator set: replace it first (POST /v1/staff/me/password) */
              mustChangePassword?: boolean;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Logged out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The principal (and, for a cookie session, its CSRF token) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "kind": "account",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            kind: 'account' | 'circle' | 'unique' | 'staff';
            /** Format: uuid */
            accountId?: string;
            /** Format: uuid */
            circleId?: string;
            /** Format: uuid */
            uniqueId?: string;
            /** Format: uuid */
            staffId?: string;
            /** @enum {string} */
            role?: 'operator' | 'warehouse' | 'admin';
            /** @description a staff password an administrator set: replace it first (POST /v1/staff/me/password) */
            mustChangePassword?: boolean;
            csrfToken?: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestPasswordReminder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "loginId": "yamada-shoji"
         *     }
         */
        'application/json': {
          loginId: string;
        };
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "登録されたメールアドレスにパスワード再設定のご案内を送信しました。"
           *     }
           */
          'application/json': {
            message: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "token": "p7Hc2Kq9Xw4Rt6Ym1Nb8Vd3Lf5Gs0Jz",
         *       "newPassword": "Shibuya-Hikarie-12F"
         *     }
         */
        'application/json': {
          token: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Password changed; every session of the account has ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkPasswordResetLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "token": "p7Hc2Kq9Xw4Rt6Ym1Nb8Vd3Lf5Gs0Jz"
         *     }
         */
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Usable until expiresAt */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "expiresAt": "2026-11-28T00:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: date-time */
            expiresAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestLoginIdReminder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "info@yamada-shoji.co.jp"
         *     }
         */
        'application/json': {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "ご入力のメールアドレスが登録されている場合は、ログインIDをお知らせするメールを送信しました。"
           *     }
           */
          'application/json': {
            message: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Keys */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "2d4f6a8c-1b3e-4d5f-a7c9-e1f3a5b7c9d1",
           *           "name": "基幹システム連携",
           *           "prefix": "pbx_live_Xk3mP9qR",
           *           "scope": {
           *             "circleId": null
           *           },
           *           "access": "read_write",
           *           "status": "active",
           *           "createdAt": "2026-11-02T02:00:00.000Z",
           *           "lastUsedAt": "2026-11-20T01:16:00.000Z",
           *           "expiresAt": "2027-11-01T15:00:00.000Z",
           *           "revokedAt": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The visible start of the key (pbx_live_ and 8 characters), to tell keys apart */
              prefix: string;
              scope: {
                /** @description null: the whole account; otherwise the key acts as this circle’s login */
                circleId: string | null;
              };
              /**
               * @description read: GET only (any other method is a 403 api_key_read_only); read_write: everything the login may do except manage keys, passwords or the account profile
               * @enum {string}
               */
              access: 'read' | 'read_write';
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              /** Format: date-time */
              createdAt: string;
              /** @description Noted at most once a minute */
              lastUsedAt: string | null;
              expiresAt: string | null;
              revokedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "基幹システム連携",
         *       "access": "read_write",
         *       "expiresAt": "2027-11-02T00:00:00+09:00"
         *     }
         */
        'application/json': {
          /** @description What the key is for, to recognise it later */
          name: string;
          /**
           * @description Leave circleId out for a key of the whole account
           * @default {}
           */
          scope?: {
            /** Format: uuid */
            circleId?: string;
          };
          /**
           * @description read: GET only (any other method is a 403 api_key_read_only); read_write: everything the login may do except manage keys, passwords or the account profile
           * @enum {string}
           */
          access: 'read' | 'read_write';
          /**
           * Format: date-time
           * @description Leave out for a key that works until revoked
           */
          expiresAt?: string;
        };
      };
    };
    responses: {
      /** @description The new key, with the key itself in `secret` (and a Location header) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/api-keys/{apiKeyId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "2d4f6a8c-1b3e-4d5f-a7c9-e1f3a5b7c9d1",
           *       "name": "基幹システム連携",
           *       "prefix": "pbx_live_Xk3mP9qR",
           *       "scope": {
           *         "circleId": null
           *       },
           *       "access": "read_write",
           *       "status": "active",
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "lastUsedAt": null,
           *       "expiresAt": "2027-11-01T15:00:00.000Z",
           *       "revokedAt": null,
           *       "secret": "pbx_live_Xk3mP9qR7tLw2Vb8Nc4Hd6Jf1Gs5Ka0Zy3Ue9Ri"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The visible start of the key (pbx_live_ and 8 characters), to tell keys apart */
            prefix: string;
            scope: {
              /** @description null: the whole account; otherwise the key acts as this circle’s login */
              circleId: string | null;
            };
            /**
             * @description read: GET only (any other method is a 403 api_key_read_only); read_write: everything the login may do except manage keys, passwords or the account profile
             * @enum {string}
             */
            access: 'read' | 'read_write';
            /** @enum {string} */
            status: 'active' | 'expired' | 'revoked';
            /** Format: date-time */
            createdAt: string;
            /** @description Noted at most once a minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description The whole key, answered in this 201 only (an idempotent replay leaves it out): send it as Authorization: Bearer <secret> */
            secret?: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        apiKeyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "2d4f6a8c-1b3e-4d5f-a7c9-e1f3a5b7c9d1",
           *       "name": "基幹システム連携",
           *       "prefix": "pbx_live_Xk3mP9qR",
           *       "scope": {
           *         "circleId": null
           *       },
           *       "access": "read_write",
           *       "status": "active",
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "lastUsedAt": "2026-11-20T01:16:00.000Z",
           *       "expiresAt": "2027-11-01T15:00:00.000Z",
           *       "revokedAt": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The visible start of the key (pbx_live_ and 8 characters), to tell keys apart */
            prefix: string;
            scope: {
              /** @description null: the whole account; otherwise the key acts as this circle’s login */
              circleId: string | null;
            };
            /**
             * @description read: GET only (any other method is a 403 api_key_read_only); read_write: everything the login may do except manage keys, passwords or the account profile
             * @enum {string}
             */
            access: 'read' | 'read_write';
            /** @enum {string} */
            status: 'active' | 'expired' | 'revoked';
            /** Format: date-time */
            createdAt: string;
            /** @description Noted at most once a minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        apiKeyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revoked key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "2d4f6a8c-1b3e-4d5f-a7c9-e1f3a5b7c9d1",
           *       "name": "基幹システム連携",
           *       "prefix": "pbx_live_Xk3mP9qR",
           *       "scope": {
           *         "circleId": null
           *       },
           *       "access": "read_write",
           *       "status": "revoked",
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "lastUsedAt": "2026-11-20T01:16:00.000Z",
           *       "expiresAt": "2027-11-01T15:00:00.000Z",
           *       "revokedAt": "2026-11-21T02:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The visible start of the key (pbx_live_ and 8 characters), to tell keys apart */
            prefix: string;
            scope: {
              /** @description null: the whole account; otherwise the key acts as this circle’s login */
              circleId: string | null;
            };
            /**
             * @description read: GET only (any other method is a 403 api_key_read_only); read_write: everything the login may do except manage keys, passwords or the account profile
             * @enum {string}
             */
            access: 'read' | 'read_write';
            /** @enum {string} */
            status: 'active' | 'expired' | 'revoked';
            /** Format: date-time */
            createdAt: string;
            /** @description Noted at most once a minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAccount: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "loginId": "yamada-shoji",
         *       "password": "Yamada-2026-pbx",
         *       "email": "info@yamada-shoji.co.jp",
         *       "name": "山田商事株式会社",
         *       "language": "ja"
         *     }
         */
        'application/json': {
          loginId: string;
          password: string;
          /** Format: email */
          email: string;
          name: string;
          /**
           * @default ja
           * @enum {string}
           */
          language?: 'ja' | 'en';
        };
      };
    };
    responses: {
      /** @description The new account; Location is GET /v1/account, readable once logged in */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/account
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "loginId": "yamada-shoji",
           *       "email": "info@yamada-shoji.co.jp",
           *       "name": "山田商事株式会社",
           *       "language": "ja",
           *       "contactName": null,
           *       "postalCode": null,
           *       "prefecture": null,
           *       "address": null,
           *       "phone": null,
           *       "phoneDisplay": null,
           *       "createdAt": "2026-04-01T00:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            email: string;
            name: string;
            /** @enum {string} */
            language: 'ja' | 'en';
            /** @description The contact person */
            contactName: string | null;
            /** @description Seven digits, no hyphen */
            postalCode: string | null;
            prefecture: string | null;
            /** @description The address after the prefecture: city, street, building */
            address: string | null;
            /** @description E.164: +81312345678 */
            phone: components['schemas']['E164'] | null;
            /** @description The national form: 03-1234-5678 */
            phoneDisplay: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "loginId": "yamada-shoji",
           *       "email": "info@yamada-shoji.co.jp",
           *       "name": "山田商事株式会社",
           *       "language": "ja",
           *       "contactName": "山田 太郎",
           *       "postalCode": "1500002",
           *       "prefecture": "東京都",
           *       "address": "渋谷区渋谷2-21-1 渋谷ヒカリエ12階",
           *       "phone": "+81312345678",
           *       "phoneDisplay": "03-1234-5678",
           *       "createdAt": "2026-04-01T00:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            email: string;
            name: string;
            /** @enum {string} */
            language: 'ja' | 'en';
            /** @description The contact person */
            contactName: string | null;
            /** @description Seven digits, no hyphen */
            postalCode: string | null;
            prefecture: string | null;
            /** @description The address after the prefecture: city, street, building */
            address: string | null;
            /** @description E.164: +81312345678 */
            phone: components['schemas']['E164'] | null;
            /** @description The national form: 03-1234-5678 */
            phoneDisplay: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "contactName": "山田 太郎",
         *       "postalCode": "150-0002",
         *       "prefecture": "東京都",
         *       "address": "渋谷区渋谷2-21-1 渋谷ヒカリエ12階",
         *       "phone": "03-1234-5678"
         *     }
         */
        'application/json': {
          /** Format: email */
          email?: string;
          /** @description The contract holder: the company, or the person */
          name?: string;
          /** @enum {string} */
          language?: 'ja' | 'en';
          contactName?: string | null;
          /** @description 7 digits; 150-0002, 1500002 and full-width digits are accepted */
          postalCode?: string | null;
          /** @description One of the 47, as written in an address: 東京都 */
          prefecture?: string | null;
          address?: string | null;
          /** @description A Japanese number: 03-1234-5678, 090-1234-5678 or +81 3 1234 5678 */
          phone?: string | null;
        };
      };
    };
    responses: {
      /** @description The updated account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "loginId": "yamada-shoji",
           *       "email": "info@yamada-shoji.co.jp",
           *       "name": "山田商事株式会社",
           *       "language": "ja",
           *       "contactName": "山田 太郎",
           *       "postalCode": "1500002",
           *       "prefecture": "東京都",
           *       "address": "渋谷区渋谷2-21-1 渋谷ヒカリエ12階",
           *       "phone": "+81312345678",
           *       "phoneDisplay": "03-1234-5678",
           *       "createdAt": "2026-04-01T00:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            email: string;
            name: string;
            /** @enum {string} */
            language: 'ja' | 'en';
            /** @description The contact person */
            contactName: string | null;
            /** @description Seven digits, no hyphen */
            postalCode: string | null;
            prefecture: string | null;
            /** @description The address after the prefecture: city, street, building */
            address: string | null;
            /** @description E.164: +81312345678 */
            phone: components['schemas']['E164'] | null;
            /** @description The national form: 03-1234-5678 */
            phoneDisplay: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "currentPassword": "Yamada-2026-pbx",
         *       "newPassword": "Shibuya-Hikarie-12F"
         *     }
         */
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Changed; a fresh token replaces the old one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "token": "Yq3vN8kP2xR7tL5mW9cB4hJ6dF1gS0aZ",
           *       "expiresAt": "2026-11-28T08:00:00.000Z"
           *     }
           */
          'application/json': {
            token: string;
            /** Format: date-time */
            expiresAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCircles: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Circles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "name": "大阪支店",
           *           "loginId": "yamada-shoji-osaka",
           *           "createdAt": "2026-05-10T01:00:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              loginId: string;
              /** Format: date-time */
              createdAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCircle: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "大阪支店",
         *       "loginId": "yamada-shoji-osaka",
         *       "password": "Osaka-Umeda-2026"
         *     }
         */
        'application/json': {
          name: string;
          loginId: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description The new circle (and a Location header) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/circles/{circleId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *       "name": "大阪支店",
           *       "loginId": "yamada-shoji-osaka",
           *       "createdAt": "2026-05-10T01:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            loginId: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCircle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The circle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *       "name": "大阪支店",
           *       "loginId": "yamada-shoji-osaka",
           *       "createdAt": "2026-05-10T01:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            loginId: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeCircle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  renameCircle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "大阪営業所"
         *     }
         */
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description The renamed circle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *       "name": "大阪営業所",
           *       "loginId": "yamada-shoji-osaka",
           *       "createdAt": "2026-05-10T01:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            loginId: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setCirclePassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "password": "Osaka-Namba-2027"
         *     }
         */
        'application/json': {
          password: string;
          currentPassword?: string;
        };
      };
    };
    responses: {
      /** @description Changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  lookupCustomers: {
    parameters: {
      query: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of matching accounts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *           "loginId": "yamada-shoji",
           *           "name": "山田商事株式会社",
           *           "email": "info@yamada-shoji.co.jp",
           *           "balance": 12450,
           *           "currency": "JPY",
           *           "createdAt": "2026-04-01T00:30:00.000Z",
           *           "matches": [
           *             {
           *               "field": "phone_number",
           *               "value": "0312345678"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              loginId: string;
              name: string;
              email: string;
              balance: number;
              currency: components['schemas']['Currency'];
              /** Format: date-time */
              createdAt: string;
              matches: {
                /** @enum {string} */
                field:
                  | 'account_id'
                  | 'order_id'
                  | 'login_id'
                  | 'circle_login_id'
                  | 'email'
                  | 'phone_number'
                  | 'shipping_phone'
                  | 'unique_code'
                  | 'mac'
                  | 'name';
                /** @description The stored value that matched */
                value: string;
              }[];
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCustomerPage: {
    parameters: {
      query?: {
        ledgerLimit?: number;
      };
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "account": {
           *         "id": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *         "loginId": "yamada-shoji",
           *         "name": "山田商事株式会社",
           *         "email": "info@yamada-shoji.co.jp",
           *         "language": "ja",
           *         "balance": 12450,
           *         "currency": "JPY",
           *         "lowBalanceThreshold": 3000,
           *         "createdAt": "2026-04-01T00:30:00.000Z"
           *       },
           *       "circles": [
           *         {
           *           "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "name": "大阪支店",
           *           "loginId": "yamada-shoji-osaka",
           *           "removedAt": null
           *         }
           *       ],
           *       "ledger": {
           *         "items": [
           *           {
           *             "id": 10482,
           *             "amount": 10000,
           *             "currency": "JPY",
           *             "kind": "topup",
           *             "reference": "topup:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *             "balanceAfter": 12450,
           *             "description": null,
           *             "createdAt": "2026-11-20T01:15:42.000Z"
           *           }
           *         ],
           *         "nextCursor": "WzEwNDgyXQ"
           *       },
           *       "orders": [
           *         {
           *           "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
           *           "kind": "services",
           *           "status": "completed",
           *           "circleId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "total": 1650,
           *           "currency": "JPY",
           *           "failureReason": null,
           *           "createdAt": "2026-05-10T01:05:00.000Z",
           *           "closedAt": "2026-05-10T01:05:09.000Z",
           *           "timeline": [
           *             {
           *               "status": "accepted",
           *               "note": null,
           *               "at": "2026-05-10T01:05:00.000Z"
           *             },
           *             {
           *               "status": "completed",
           *               "note": null,
           *               "at": "2026-05-10T01:05:09.000Z"
           *             }
           *           ]
           *         }
           *       ],
           *       "uniques": [
           *         {
           *           "id": "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e",
           *           "code": "20483917",
           *           "kind": "standard",
           *           "status": "active",
           *           "circleId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "circleName": "大阪支店",
           *           "name": "受付",
           *           "incomingExtension": "201",
           *           "monthlyFee": 550,
           *           "currency": "JPY",
           *           "createdAt": "2026-05-10T01:05:05.000Z",
           *           "cancelledAt": null
           *         }
           *       ],
           *       "numbers": [
           *         {
           *           "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
           *           "number": "+81663451234",
           *           "numberDisplay": "06-6345-1234",
           *           "kind": "geographic",
           *           "country": "JP",
           *           "status": "active",
           *           "circleId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "monthlyFee": 1100,
           *           "currency": "JPY",
           *           "activatedAt": "2026-05-10T01:05:08.000Z",
           *           "cancelledAt": null
           *         }
           *       ],
           *       "devices": [],
           *       "adjustments": [
           *         {
           *           "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *           "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *           "accountLoginId": "yamada-shoji",
           *           "accountName": "山田商事株式会社",
           *           "direction": "credit",
           *           "amount": 3000,
           *           "currency": "JPY",
           *           "reason": "11月分の通話料の二重請求を返金",
           *           "status": "applied",
           *           "approvalRequired": false,
           *           "requestedBy": {
           *             "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *             "name": "佐藤 花子"
           *           },
           *           "decidedBy": null,
           *           "decisionNote": null,
           *           "ledgerEntryId": 10483,
           *           "balanceAfter": 15450,
           *           "createdAt": "2026-11-21T05:02:11.000Z",
           *           "decidedAt": null
           *         }
           *       ],
           *       "approvalLimit": 10000,
           *       "currency": "JPY"
           *     }
           */
          'application/json': {
            /**
             * Format: uuid
             * @description The account’s ID
             */
            id: string;
            account: {
              /** Format: uuid */
              id: string;
              loginId: string;
              name: string;
              email: string;
              /** @enum {string} */
              language: 'ja' | 'en';
              balance: number;
              currency: components['schemas']['Currency'];
              lowBalanceThreshold: number | null;
              /** Format: date-time */
              createdAt: string;
            };
            circles: {
              /** Format: uuid */
              id: string;
              name: string;
              loginId: string;
              removedAt: string | null;
            }[];
            ledger: {
              items: {
                id: number;
                /** @description Positive credits, negative debits */
                amount: number;
                currency: components['schemas']['Currency'];
                kind: string;
                reference: string;
                balanceAfter: number;
                description: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              /** @description Pass as `cursor` for the next page; null on the last page */
              nextCursor: string | null;
            };
            orders: {
              /** Format: uuid */
              id: string;
              kind: string;
              status: string;
              circleId: string | null;
              total: number;
              currency: components['schemas']['Currency'];
              failureReason: string | null;
              /** Format: date-time */
              createdAt: string;
              closedAt: string | null;
              timeline: {
                status: string;
                note: string | null;
                /** Format: date-time */
                at: string;
              }[];
            }[];
            uniques: {
              /** Format: uuid */
              id: string;
              code: string | null;
              kind: string;
              status: string;
              /** Format: uuid */
              circleId: string;
              circleName: string | null;
              name: string | null;
              incomingExtension: string | null;
              monthlyFee: number;
              currency: components['schemas']['Currency'];
              /** Format: date-time */
              createdAt: string;
              cancelledAt: string | null;
            }[];
            numbers: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
              kind: string;
              country: string;
              status: string;
              circleId: string | null;
              monthlyFee: number | null;
              currency: components['schemas']['Currency'];
              activatedAt: string | null;
              cancelledAt: string | null;
            }[];
            devices: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              modelCode: string;
              status: string;
              mac: string | null;
              serial: string | null;
              uniqueCodes: string[];
              configFetchedAt: string | null;
            }[];
            adjustments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountLoginId: string;
              accountName: string;
              /** @enum {string} */
              direction: 'credit' | 'debit';
              amount: number;
              currency: components['schemas']['Currency'];
              reason: string;
              /** @enum {string} */
              status: 'pending' | 'applied' | 'rejected';
              approvalRequired: boolean;
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              decisionNote: string | null;
              ledgerEntryId: number | null;
              balanceAfter: number | null;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
            }[];
            /** @description Adjustments above it need a second operator */
            approvalLimit: number;
            currency: components['schemas']['Currency'];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCustomerLedger: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": 10482,
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "kind": "topup",
           *           "reference": "topup:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "balanceAfter": 12450,
           *           "description": null,
           *           "createdAt": "2026-11-20T01:15:42.000Z"
           *         }
           *       ],
           *       "nextCursor": "WzEwNDgyXQ"
           *     }
           */
          'application/json': {
            items: {
              id: number;
              /** @description Positive credits, negative debits */
              amount: number;
              currency: components['schemas']['Currency'];
              kind: string;
              reference: string;
              balanceAfter: number;
              description: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listStaff: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *           "loginId": "sato.hanako",
           *           "name": "佐藤 花子",
           *           "role": "operator",
           *           "status": "active",
           *           "disabledAt": null,
           *           "createdAt": "2026-04-01T00:00:00.000Z",
           *           "createdBy": "admin",
           *           "lastLoginAt": "2026-11-20T00:02:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              loginId: string;
              name: string;
              /** @enum {string} */
              role: 'operator' | 'warehouse' | 'admin';
              /** @enum {string} */
              status: 'active' | 'disabled';
              disabledAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** @description Login ID of the administrator who created the user; null for seeded users */
              createdBy: string | null;
              lastLoginAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createStaff: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "loginId": "sato.hanako",
         *       "name": "佐藤 花子",
         *       "role": "operator"
         *     }
         */
        'application/json': {
          loginId: string;
          name: string;
          /** @enum {string} */
          role: 'operator' | 'warehouse' | 'admin';
          /** @description 8-128 characters; leave it out to get a temporary password */
          password?: string;
        };
      };
    };
    responses: {
      /** @description The new staff user, with the temporary password answered once (and a Location header) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/staff/{staffId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "loginId": "sato.hanako",
           *       "name": "佐藤 花子",
           *       "role": "operator",
           *       "status": "active",
           *       "disabledAt": null,
           *       "createdAt": "2026-04-01T00:00:00.000Z",
           *       "createdBy": "admin",
           *       "lastLoginAt": null,
           *       "temporaryPassword": "Hk7m-Qz4W-p9Rt-X3bN"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            name: string;
            /** @enum {string} */
            role: 'operator' | 'warehouse' | 'admin';
            /** @enum {string} */
            status: 'active' | 'disabled';
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Login ID of the administrator who created the user; null for seeded users */
            createdBy: string | null;
            lastLoginAt: string | null;
            /** @description Answered once: null when you chose the password, and on an idempotent replay (reset it again if it was lost) */
            temporaryPassword: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStaff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The staff user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "loginId": "sato.hanako",
           *       "name": "佐藤 花子",
           *       "role": "operator",
           *       "status": "active",
           *       "disabledAt": null,
           *       "createdAt": "2026-04-01T00:00:00.000Z",
           *       "createdBy": "admin",
           *       "lastLoginAt": "2026-11-20T00:02:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            name: string;
            /** @enum {string} */
            role: 'operator' | 'warehouse' | 'admin';
            /** @enum {string} */
            status: 'active' | 'disabled';
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Login ID of the administrator who created the user; null for seeded users */
            createdBy: string | null;
            lastLoginAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeStaffRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "admin"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          role: 'operator' | 'warehouse' | 'admin';
        };
      };
    };
    responses: {
      /** @description The staff user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "loginId": "sato.hanako",
           *       "name": "佐藤 花子",
           *       "role": "admin",
           *       "status": "active",
           *       "disabledAt": null,
           *       "createdAt": "2026-04-01T00:00:00.000Z",
           *       "createdBy": "admin",
           *       "lastLoginAt": "2026-11-20T00:02:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            name: string;
            /** @enum {string} */
            role: 'operator' | 'warehouse' | 'admin';
            /** @enum {string} */
            status: 'active' | 'disabled';
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Login ID of the administrator who created the user; null for seeded users */
            createdBy: string | null;
            lastLoginAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resetStaffPassword: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The temporary password */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "staffId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "temporaryPassword": "Hk7m-Qz4W-p9Rt-X3bN",
           *       "sessionsEnded": 2
           *     }
           */
          'application/json': {
            /** Format: uuid */
            staffId: string;
            /** @description Answered once: null when you chose the password, and on an idempotent replay (reset it again if it was lost) */
            temporaryPassword: string | null;
            sessionsEnded: number;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  disableStaff: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The staff user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "loginId": "sato.hanako",
           *       "name": "佐藤 花子",
           *       "role": "operator",
           *       "status": "disabled",
           *       "disabledAt": "2026-11-21T02:00:00.000Z",
           *       "createdAt": "2026-04-01T00:00:00.000Z",
           *       "createdBy": "admin",
           *       "lastLoginAt": "2026-11-20T00:02:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            name: string;
            /** @enum {string} */
            role: 'operator' | 'warehouse' | 'admin';
            /** @enum {string} */
            status: 'active' | 'disabled';
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Login ID of the administrator who created the user; null for seeded users */
            createdBy: string | null;
            lastLoginAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enableStaff: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The staff user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "loginId": "sato.hanako",
           *       "name": "佐藤 花子",
           *       "role": "operator",
           *       "status": "active",
           *       "disabledAt": null,
           *       "createdAt": "2026-04-01T00:00:00.000Z",
           *       "createdBy": "admin",
           *       "lastLoginAt": "2026-11-20T00:02:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            loginId: string;
            name: string;
            /** @enum {string} */
            role: 'operator' | 'warehouse' | 'admin';
            /** @enum {string} */
            status: 'active' | 'disabled';
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Login ID of the administrator who created the user; null for seeded users */
            createdBy: string | null;
            lastLoginAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listStaffAudit: {
    parameters: {
      query?: {
        staffId?: string;
        loginId?: string;
        operationId?: string;
        requestId?: string;
        from?: string;
        to?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "58213",
           *           "at": "2026-11-20T01:40:12.000Z",
           *           "staffId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *           "loginId": "sato.hanako",
           *           "role": "operator",
           *           "operationId": "confirmBankTransfer",
           *           "method": "POST",
           *           "path": "/v1/operator/bank-transfers/8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d/confirm",
           *           "params": {
           *             "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d"
           *           },
           *           "body": {
           *             "amountReceived": 10000,
           *             "arrivedOn": "2026-11-20"
           *           },
           *           "status": 202,
           *           "ip": "203.0.113.24",
           *           "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
           *           "requestId": "req-7f3c2a9e5b1d"
           *         }
           *       ],
           *       "nextCursor": "WzU4MjEzXQ"
           *     }
           */
          'application/json': {
            items: {
              id: string;
              /** Format: date-time */
              at: string;
              /** @description Null for a failed login under an ID that belongs to nobody */
              staffId: string | null;
              loginId: string;
              role: ('operator' | 'warehouse' | 'admin') | null;
              operationId: string;
              method: string;
              path: string;
              params: {
                [key: string]: string;
              };
              /** @description A summary of the request body: passwords, tokens and card data redacted, long values cut */
              body: unknown;
              /** @description The answer; null if it could not be recorded */
              status: number | null;
              ip: string;
              userAgent: string | null;
              requestId: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeOwnStaffPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "currentPassword": "Hk7m-Qz4W-p9Rt-X3bN",
         *       "newPassword": "Sato-Desk-2026-11"
         *     }
         */
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Replaced */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPrepaidBalance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Balance in yen */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "balance": 12450,
           *       "currency": "JPY"
           *     }
           */
          'application/json': {
            balance: number;
            currency: components['schemas']['Currency'];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listLedgerEntries: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
        kind?: 'topup' | 'topup_refund' | 'purchase' | 'refund' | 'monthly_fee' | 'call_charge' | 'adjustment' | 'manual_adjustment';
        /** @description First Tokyo date, YYYY-MM-DD */
        from?: string;
        /** @description Last Tokyo date, YYYY-MM-DD */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": 10482,
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "kind": "topup",
           *           "reference": "topup:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "balanceAfter": 12450,
           *           "description": null,
           *           "createdAt": "2026-11-20T01:15:42.000Z"
           *         }
           *       ],
           *       "nextCursor": "WzEwNDgyXQ"
           *     }
           */
          'application/json': {
            items: {
              id: number;
              /** @description Positive credits, negative debits */
              amount: number;
              currency: components['schemas']['Currency'];
              kind: string;
              reference: string;
              balanceAfter: number;
              description: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTopupOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Options */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "presets": [
           *         3000,
           *         5000,
           *         10000,
           *         30000,
           *         50000
           *       ],
           *       "currency": "JPY",
           *       "methods": [
           *         {
           *           "method": "card",
           *           "min": 1000,
           *           "max": 100000,
           *           "currency": "JPY"
           *         },
           *         {
           *           "method": "bank_transfer",
           *           "min": 1000,
           *           "max": 1000000,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "paymentWindowDays": 7,
           *       "threeDsTimeoutMinutes": 15,
           *       "cardEntry": {
           *         "url": "https://pay.example-processor.jp/card-entry",
           *         "origin": "https://pay.example-processor.jp"
           *       }
           *     }
           */
          'application/json': {
            presets: number[];
            currency: components['schemas']['Currency'];
            methods: {
              /** @enum {string} */
              method: 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';
              min: number;
              max: number;
              currency: components['schemas']['Currency'];
            }[];
            paymentWindowDays: number;
            threeDsTimeoutMinutes: number;
            /** @description Where the browser tokenises a card: the number goes to the processor, only the token to this API */
            cardEntry: {
              /**
               * Format: uri
               * @description The processor's card entry page, to embed in an iframe with ?origin=<page origin>&lang=ja|en
               */
              url: string;
              /** @description The only origin whose card token messages the page may accept */
              origin: string;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTopups: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of top-ups */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "method": "bank_transfer",
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "status": "awaiting_transfer",
           *           "auto": false,
           *           "reference": "48213307",
           *           "deadlineAt": "2026-11-27T10:15:42+09:00",
           *           "receivedAmount": null,
           *           "creditedAmount": 0,
           *           "refundedAmount": 0,
           *           "nextAction": {
           *             "type": "bank_transfer",
           *             "account": {
           *               "bankName": "みずほ銀行",
           *               "branchName": "渋谷支店",
           *               "accountType": "普通",
           *               "accountNumber": "1234567",
           *               "accountHolder": "カ）ピービーエックス"
           *             },
           *             "reference": "48213307",
           *             "amount": 10000,
           *             "currency": "JPY",
           *             "deadline": "2026-11-27T10:15:42+09:00"
           *           },
           *           "failureReason": null,
           *           "createdAt": "2026-11-20T01:15:42.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /**
               * Format: uuid
               * @description The top-up order’s ID (also readable at GET /v1/orders/{id})
               */
              id: string;
              /** @enum {string} */
              method: 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';
              amount: number;
              currency: components['schemas']['Currency'];
              status: string;
              auto: boolean;
              reference: string | null;
              /** @description Pay by, Japan time (+09:00) */
              deadlineAt: string | null;
              receivedAmount: number | null;
              creditedAmount: number;
              refundedAmount: number;
              /** @description What the customer does next, by type: three_d_secure (url, expiresAt), konbini (paymentNumber, stores, amount, deadline), net_bank and bank_transfer (account, amount, deadline), credit_scheduled (applyAt). Times are Japan time (+09:00). */
              nextAction: {
                [key: string]: unknown;
              } | null;
              failureReason: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  orderTopup: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "amount": 10000,
         *       "method": "bank_transfer"
         *     }
         */
        'application/json': {
          amount?: number;
          presetAmount?: number;
          /** @enum {string} */
          method: 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';
          cardToken?: string;
          /** Format: uuid */
          cardId?: string;
        };
      };
    };
    responses: {
      /** @description The placed order (and a Location header) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/prepaid/topups/{orderId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "method": "bank_transfer",
           *       "amount": 10000,
           *       "currency": "JPY",
           *       "status": "awaiting_transfer",
           *       "auto": false,
           *       "reference": "48213307",
           *       "deadlineAt": "2026-11-27T10:15:42+09:00",
           *       "receivedAmount": null,
           *       "creditedAmount": 0,
           *       "refundedAmount": 0,
           *       "nextAction": {
           *         "type": "bank_transfer",
           *         "account": {
           *           "bankName": "みずほ銀行",
           *           "branchName": "渋谷支店",
           *           "accountType": "普通",
           *           "accountNumber": "1234567",
           *           "accountHolder": "カ）ピービーエックス"
           *         },
           *         "reference": "48213307",
           *         "amount": 10000,
           *         "currency": "JPY",
           *         "deadline": "2026-11-27T10:15:42+09:00"
           *       },
           *       "failureReason": null,
           *       "createdAt": "2026-11-20T01:15:42.000Z"
           *     }
           */
          'application/json': {
            /**
             * Format: uuid
             * @description The top-up order’s ID (also readable at GET /v1/orders/{id})
             */
            id: string;
            /** @enum {string} */
            method: 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';
            amount: number;
            currency: components['schemas']['Currency'];
            status: string;
            auto: boolean;
            reference: string | null;
            /** @description Pay by, Japan time (+09:00) */
            deadlineAt: string | null;
            receivedAmount: number | null;
            creditedAmount: number;
            refundedAmount: number;
            /** @description What the customer does next, by type: three_d_secure (url, expiresAt), konbini (paymentNumber, stores, amount, deadline), net_bank and bank_transfer (account, amount, deadline), credit_scheduled (applyAt). Times are Japan time (+09:00). */
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTopup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The top-up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "method": "bank_transfer",
           *       "amount": 10000,
           *       "currency": "JPY",
           *       "status": "awaiting_transfer",
           *       "auto": false,
           *       "reference": "48213307",
           *       "deadlineAt": "2026-11-27T10:15:42+09:00",
           *       "receivedAmount": null,
           *       "creditedAmount": 0,
           *       "refundedAmount": 0,
           *       "nextAction": {
           *         "type": "bank_transfer",
           *         "account": {
           *           "bankName": "みずほ銀行",
           *           "branchName": "渋谷支店",
           *           "accountType": "普通",
           *           "accountNumber": "1234567",
           *           "accountHolder": "カ）ピービーエックス"
           *         },
           *         "reference": "48213307",
           *         "amount": 10000,
           *         "currency": "JPY",
           *         "deadline": "2026-11-27T10:15:42+09:00"
           *       },
           *       "failureReason": null,
           *       "createdAt": "2026-11-20T01:15:42.000Z"
           *     }
           */
          'application/json': {
            /**
             * Format: uuid
             * @description The top-up order’s ID (also readable at GET /v1/orders/{id})
             */
            id: string;
            /** @enum {string} */
            method: 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';
            amount: number;
            currency: components['schemas']['Currency'];
            status: string;
            auto: boolean;
            reference: string | null;
            /** @description Pay by, Japan time (+09:00) */
            deadlineAt: string | null;
            receivedAmount: number | null;
            creditedAmount: number;
            refundedAmount: number;
            /** @description What the customer does next, by type: three_d_secure (url, expiresAt), konbini (paymentNumber, stores, amount, deadline), net_bank and bank_transfer (account, amount, deadline), credit_scheduled (applyAt). Times are Japan time (+09:00). */
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelTopup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled top-up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "method": "bank_transfer",
           *       "amount": 10000,
           *       "currency": "JPY",
           *       "status": "cancelled",
           *       "auto": false,
           *       "reference": "48213307",
           *       "deadlineAt": "2026-11-27T10:15:42+09:00",
           *       "receivedAmount": null,
           *       "creditedAmount": 0,
           *       "refundedAmount": 0,
           *       "nextAction": null,
           *       "failureReason": null,
           *       "createdAt": "2026-11-20T01:15:42.000Z"
           *     }
           */
          'application/json': {
            /**
             * Format: uuid
             * @description The top-up order’s ID (also readable at GET /v1/orders/{id})
             */
            id: string;
            /** @enum {string} */
            method: 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';
            amount: number;
            currency: components['schemas']['Currency'];
            status: string;
            auto: boolean;
            reference: string | null;
            /** @description Pay by, Japan time (+09:00) */
            deadlineAt: string | null;
            receivedAmount: number | null;
            creditedAmount: number;
            refundedAmount: number;
            /** @description What the customer does next, by type: three_d_secure (url, expiresAt), konbini (paymentNumber, stores, amount, deadline), net_bank and bank_transfer (account, amount, deadline), credit_scheduled (applyAt). Times are Japan time (+09:00). */
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCards: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cards */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b",
           *           "brand": "visa",
           *           "last4": "4242",
           *           "expMonth": 12,
           *           "expYear": 2031,
           *           "registeredAt": "2026-10-02T03:20:00.000Z",
           *           "lastUsedAt": "2026-11-20T01:15:42.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              brand: string;
              last4: string;
              expMonth: number;
              expYear: number;
              /** Format: date-time */
              registeredAt: string;
              lastUsedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addCard: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "cardToken": "tok_9fK2mQ7xLp4Rz8Tb"
         *     }
         */
        'application/json': {
          cardToken: string;
        };
      };
    };
    responses: {
      /** @description The registered card (and a Location header) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/prepaid/cards/{cardId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b",
           *       "brand": "visa",
           *       "last4": "4242",
           *       "expMonth": 12,
           *       "expYear": 2031,
           *       "registeredAt": "2026-10-02T03:20:00.000Z",
           *       "lastUsedAt": "2026-11-20T01:15:42.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            brand: string;
            last4: string;
            expMonth: number;
            expYear: number;
            /** Format: date-time */
            registeredAt: string;
            lastUsedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cardId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b",
           *       "brand": "visa",
           *       "last4": "4242",
           *       "expMonth": 12,
           *       "expYear": 2031,
           *       "registeredAt": "2026-10-02T03:20:00.000Z",
           *       "lastUsedAt": "2026-11-20T01:15:42.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            brand: string;
            last4: string;
            expMonth: number;
            expYear: number;
            /** Format: date-time */
            registeredAt: string;
            lastUsedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cardId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPrepaidSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "lowBalanceThreshold": 3000,
           *       "currency": "JPY",
           *       "autoTopup": {
           *         "enabled": true,
           *         "amount": 10000,
           *         "currency": "JPY",
           *         "cardId": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b"
           *       }
           *     }
           */
          'application/json': {
            /** @description Yen; null: no low-balance mail */
            lowBalanceThreshold: number | null;
            currency: components['schemas']['Currency'];
            autoTopup: {
              enabled: boolean;
              /** @description Yen topped up each time */
              amount: number | null;
              currency: components['schemas']['Currency'];
              cardId: string | null;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putPrepaidSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "lowBalanceThreshold": 3000,
         *       "autoTopup": {
         *         "enabled": true,
         *         "amount": 10000,
         *         "cardId": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b"
         *       }
         *     }
         */
        'application/json': {
          /** @description Yen; null: no low-balance mail */
          lowBalanceThreshold: number | null;
          autoTopup: {
            enabled: boolean;
            /** @description Yen topped up each time */
            amount: number | null;
            cardId: string | null;
          };
        };
      };
    };
    responses: {
      /** @description Saved settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "lowBalanceThreshold": 3000,
           *       "currency": "JPY",
           *       "autoTopup": {
           *         "enabled": true,
           *         "amount": 10000,
           *         "currency": "JPY",
           *         "cardId": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b"
           *       }
           *     }
           */
          'application/json': {
            /** @description Yen; null: no low-balance mail */
            lowBalanceThreshold: number | null;
            currency: components['schemas']['Currency'];
            autoTopup: {
              enabled: boolean;
              /** @description Yen topped up each time */
              amount: number | null;
              currency: components['schemas']['Currency'];
              cardId: string | null;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  processorWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "received": true,
           *       "duplicate": false,
           *       "routed": "order"
           *     }
           */
          'application/json': {
            /** @constant */
            received: true;
            duplicate: boolean;
            routed: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPendingBankTransfers: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the queue */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *           "accountName": "山田商事株式会社",
           *           "accountLoginId": "yamada-shoji",
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "reference": "48213307",
           *           "status": "awaiting_transfer",
           *           "deadlineAt": "2026-11-27T10:15:42+09:00",
           *           "orderedAt": "2026-11-20T01:15:42.000Z",
           *           "nextAction": {
           *             "type": "bank_transfer",
           *             "account": {
           *               "bankName": "みずほ銀行",
           *               "branchName": "渋谷支店",
           *               "accountType": "普通",
           *               "accountNumber": "1234567",
           *               "accountHolder": "カ）ピービーエックス"
           *             },
           *             "reference": "48213307",
           *             "amount": 10000,
           *             "currency": "JPY",
           *             "deadline": "2026-11-27T10:15:42+09:00"
           *           }
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /**
               * Format: uuid
               * @description The top-up order’s ID
               */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              accountLoginId: string;
              amount: number;
              currency: components['schemas']['Currency'];
              reference: string | null;
              status: string;
              /** @description Pay by, Japan time (+09:00) */
              deadlineAt: string | null;
              /** Format: date-time */
              orderedAt: string;
              nextAction: {
                [key: string]: unknown;
              } | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmBankTransfer: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "amountReceived": 10000,
         *       "arrivedOn": "2026-11-20"
         *     }
         */
        'application/json': {
          amountReceived: number;
          /** Format: date */
          arrivedOn?: string;
        };
      };
    };
    responses: {
      /** @description Accepted by the order */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "outcome": "scheduled",
           *       "applyAt": "2026-11-24T09:00:00+09:00",
           *       "duplicate": false
           *     }
           */
          'application/json': {
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            outcome: 'credit' | 'scheduled' | 'review' | 'late_review';
            /** @description When a scheduled credit is applied, Japan time (+09:00) */
            applyAt: string | null;
            duplicate: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPaymentReviews: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
        status?: 'open' | 'resolved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of reviews */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7",
           *           "orderId": null,
           *           "accountId": null,
           *           "reason": "unknown_deposit",
           *           "expectedAmount": null,
           *           "receivedAmount": 5000,
           *           "currency": "JPY",
           *           "status": "open",
           *           "creditedAmount": null,
           *           "note": null,
           *           "statementLine": {
           *             "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
           *             "importId": "c0ffee00-1234-4abc-8def-0123456789ab",
           *             "fileName": "furikomi_20261120.txt",
           *             "lineNo": 2,
           *             "arrivedOn": "2026-11-20",
           *             "amount": 5000,
           *             "currency": "JPY",
           *             "remitter": "ｽｽﾞｷ ﾀﾛｳ",
           *             "reference": null
           *           },
           *           "createdAt": "2026-11-20T01:30:00.000Z",
           *           "resolvedAt": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              orderId: string | null;
              accountId: string | null;
              /** @enum {string} */
              reason: 'amount_mismatch' | 'late_payment' | 'unknown_deposit';
              expectedAmount: number | null;
              receivedAmount: number;
              currency: components['schemas']['Currency'];
              /** @enum {string} */
              status: 'open' | 'credited' | 'refunded' | 'assigned';
              creditedAmount: number | null;
              note: string | null;
              statementLine: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                importId: string;
                fileName: string;
                lineNo: number;
                /** Format: date */
                arrivedOn: string;
                amount: number;
                currency: components['schemas']['Currency'];
                remitter: string;
                reference: string | null;
              } | null;
              /** Format: date-time */
              createdAt: string;
              resolvedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resolvePaymentReview: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        reviewId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "action": "credit",
         *       "note": "依頼人名に参照番号がなく、お客様からの電話で注文を確認",
         *       "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          action: 'credit' | 'refund';
          note?: string;
          /** Format: uuid */
          orderId?: string;
        };
      };
    };
    responses: {
      /** @description The resolved review */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7",
           *       "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "reason": "unknown_deposit",
           *       "expectedAmount": null,
           *       "receivedAmount": 5000,
           *       "currency": "JPY",
           *       "status": "assigned",
           *       "creditedAmount": 5000,
           *       "note": "依頼人名に参照番号がなく、お客様からの電話で注文を確認",
           *       "statementLine": {
           *         "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
           *         "importId": "c0ffee00-1234-4abc-8def-0123456789ab",
           *         "fileName": "furikomi_20261120.txt",
           *         "lineNo": 2,
           *         "arrivedOn": "2026-11-20",
           *         "amount": 5000,
           *         "currency": "JPY",
           *         "remitter": "ｽｽﾞｷ ﾀﾛｳ",
           *         "reference": null
           *       },
           *       "createdAt": "2026-11-20T01:30:00.000Z",
           *       "resolvedAt": "2026-11-20T04:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            orderId: string | null;
            accountId: string | null;
            /** @enum {string} */
            reason: 'amount_mismatch' | 'late_payment' | 'unknown_deposit';
            expectedAmount: number | null;
            receivedAmount: number;
            currency: components['schemas']['Currency'];
            /** @enum {string} */
            status: 'open' | 'credited' | 'refunded' | 'assigned';
            creditedAmount: number | null;
            note: string | null;
            statementLine: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              importId: string;
              fileName: string;
              lineNo: number;
              /** Format: date */
              arrivedOn: string;
              amount: number;
              currency: components['schemas']['Currency'];
              remitter: string;
              reference: string | null;
            } | null;
            /** Format: date-time */
            createdAt: string;
            resolvedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listBankStatements: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of imports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "c0ffee00-1234-4abc-8def-0123456789ab",
           *           "fileName": "furikomi_20261120.txt",
           *           "format": "zengin",
           *           "importedAt": "2026-11-20T01:30:00.000Z",
           *           "lineCount": 2,
           *           "totalAmount": 15000,
           *           "currency": "JPY",
           *           "pendingCount": 0
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              fileName: string;
              /** @enum {string} */
              format: 'zengin' | 'csv';
              /** Format: date-time */
              importedAt: string;
              lineCount: number;
              totalAmount: number;
              currency: components['schemas']['Currency'];
              pendingCount: number;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importBankStatement: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "fileName": "furikomi_20261120.csv",
         *       "format": "csv",
         *       "contentBase64": "YXJyaXZlZF9vbixhbW91bnQscmVtaXR0ZXIKMjAyNi0xMS0yMCwiMTAsMDAwIiw0ODIxMzMwN+++lO++j+++gO++nu+9vO++lu+9s++9vO++nijvvbYK"
         *     }
         */
        'application/json': {
          fileName: string;
          /** @enum {string} */
          format: 'zengin' | 'csv';
          contentBase64: string;
        };
      };
    };
    responses: {
      /** @description The same file was imported before: nothing changed (with a Location header) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "c0ffee00-1234-4abc-8def-0123456789ab",
           *       "fileName": "furikomi_20261120.txt",
           *       "format": "zengin",
           *       "importedAt": "2026-11-20T01:30:00.000Z",
           *       "lineCount": 2,
           *       "totalAmount": 15000,
           *       "currency": "JPY",
           *       "pendingCount": 0,
           *       "lines": [
           *         {
           *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
           *           "lineNo": 1,
           *           "arrivedOn": "2026-11-20",
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "remitter": "48213307ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ",
           *           "bankRef": "000123",
           *           "reference": "48213307",
           *           "outcome": "scheduled",
           *           "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "applyAt": "2026-11-24T09:00:00+09:00",
           *           "reviewId": null
           *         },
           *         {
           *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f7",
           *           "lineNo": 2,
           *           "arrivedOn": "2026-11-20",
           *           "amount": 5000,
           *           "currency": "JPY",
           *           "remitter": "ｽｽﾞｷ ﾀﾛｳ",
           *           "bankRef": "000124",
           *           "reference": null,
           *           "outcome": "unknown",
           *           "orderId": null,
           *           "applyAt": null,
           *           "reviewId": "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7"
           *         }
           *       ],
           *       "duplicate": true
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            format: 'zengin' | 'csv';
            /** Format: date-time */
            importedAt: string;
            lineCount: number;
            totalAmount: number;
            currency: components['schemas']['Currency'];
            pendingCount: number;
            /** @description Every deposit of the file, in file order */
            lines: {
              /** Format: uuid */
              id: string;
              lineNo: number;
              /**
               * Format: date
               * @description The Tokyo date the money arrived
               */
              arrivedOn: string;
              amount: number;
              currency: components['schemas']['Currency'];
              remitter: string;
              bankRef: string | null;
              reference: string | null;
              /** @enum {string} */
              outcome:
                | 'pending'
                | 'credit'
                | 'scheduled'
                | 'review'
                | 'late_review'
                | 'unknown'
                | 'already_confirmed'
                | 'bank_cancellation'
                | 'duplicate_deposit';
              orderId: string | null;
              /** @description When a scheduled credit is applied, Japan time (+09:00) */
              applyAt: string | null;
              reviewId: string | null;
            }[];
            /** @constant */
            duplicate: true;
          };
        };
      };
      /** @description Imported; each line with its outcome (and a Location header) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/operator/bank-statements/{importId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "c0ffee00-1234-4abc-8def-0123456789ab",
           *       "fileName": "furikomi_20261120.txt",
           *       "format": "zengin",
           *       "importedAt": "2026-11-20T01:30:00.000Z",
           *       "lineCount": 2,
           *       "totalAmount": 15000,
           *       "currency": "JPY",
           *       "pendingCount": 0,
           *       "lines": [
           *         {
           *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
           *           "lineNo": 1,
           *           "arrivedOn": "2026-11-20",
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "remitter": "48213307ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ",
           *           "bankRef": "000123",
           *           "reference": "48213307",
           *           "outcome": "scheduled",
           *           "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "applyAt": "2026-11-24T09:00:00+09:00",
           *           "reviewId": null
           *         },
           *         {
           *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f7",
           *           "lineNo": 2,
           *           "arrivedOn": "2026-11-20",
           *           "amount": 5000,
           *           "currency": "JPY",
           *           "remitter": "ｽｽﾞｷ ﾀﾛｳ",
           *           "bankRef": "000124",
           *           "reference": null,
           *           "outcome": "unknown",
           *           "orderId": null,
           *           "applyAt": null,
           *           "reviewId": "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7"
           *         }
           *       ],
           *       "duplicate": false
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            format: 'zengin' | 'csv';
            /** Format: date-time */
            importedAt: string;
            lineCount: number;
            totalAmount: number;
            currency: components['schemas']['Currency'];
            pendingCount: number;
            /** @description Every deposit of the file, in file order */
            lines: {
              /** Format: uuid */
              id: string;
              lineNo: number;
              /**
               * Format: date
               * @description The Tokyo date the money arrived
               */
              arrivedOn: string;
              amount: number;
              currency: components['schemas']['Currency'];
              remitter: string;
              bankRef: string | null;
              reference: string | null;
              /** @enum {string} */
              outcome:
                | 'pending'
                | 'credit'
                | 'scheduled'
                | 'review'
                | 'late_review'
                | 'unknown'
                | 'already_confirmed'
                | 'bank_cancellation'
                | 'duplicate_deposit';
              orderId: string | null;
              /** @description When a scheduled credit is applied, Japan time (+09:00) */
              applyAt: string | null;
              reviewId: string | null;
            }[];
            /** @constant */
            duplicate: false;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBankStatement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        importId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import with its lines */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "c0ffee00-1234-4abc-8def-0123456789ab",
           *       "fileName": "furikomi_20261120.txt",
           *       "format": "zengin",
           *       "importedAt": "2026-11-20T01:30:00.000Z",
           *       "lineCount": 2,
           *       "totalAmount": 15000,
           *       "currency": "JPY",
           *       "pendingCount": 0,
           *       "lines": [
           *         {
           *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
           *           "lineNo": 1,
           *           "arrivedOn": "2026-11-20",
           *           "amount": 10000,
           *           "currency": "JPY",
           *           "remitter": "48213307ﾔﾏﾀﾞｼﾖｳｼﾞ(ｶ",
           *           "bankRef": "000123",
           *           "reference": "48213307",
           *           "outcome": "scheduled",
           *           "orderId": "8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "applyAt": "2026-11-24T09:00:00+09:00",
           *           "reviewId": null
           *         },
           *         {
           *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f7",
           *           "lineNo": 2,
           *           "arrivedOn": "2026-11-20",
           *           "amount": 5000,
           *           "currency": "JPY",
           *           "remitter": "ｽｽﾞｷ ﾀﾛｳ",
           *           "bankRef": "000124",
           *           "reference": null,
           *           "outcome": "unknown",
           *           "orderId": null,
           *           "applyAt": null,
           *           "reviewId": "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            format: 'zengin' | 'csv';
            /** Format: date-time */
            importedAt: string;
            lineCount: number;
            totalAmount: number;
            currency: components['schemas']['Currency'];
            pendingCount: number;
            /** @description Every deposit of the file, in file order */
            lines: {
              /** Format: uuid */
              id: string;
              lineNo: number;
              /**
               * Format: date
               * @description The Tokyo date the money arrived
               */
              arrivedOn: string;
              amount: number;
              currency: components['schemas']['Currency'];
              remitter: string;
              bankRef: string | null;
              reference: string | null;
              /** @enum {string} */
              outcome:
                | 'pending'
                | 'credit'
                | 'scheduled'
                | 'review'
                | 'late_review'
                | 'unknown'
                | 'already_confirmed'
                | 'bank_cancellation'
                | 'duplicate_deposit';
              orderId: string | null;
              /** @description When a scheduled credit is applied, Japan time (+09:00) */
              applyAt: string | null;
              reviewId: string | null;
            }[];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestAdjustment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "direction": "credit",
         *       "amount": 3000,
         *       "reason": "11月分の通話料の二重請求を返金"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          direction: 'credit' | 'debit';
          amount: number;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The same request again: the adjustment as recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "accountLoginId": "yamada-shoji",
           *       "accountName": "山田商事株式会社",
           *       "direction": "credit",
           *       "amount": 3000,
           *       "currency": "JPY",
           *       "reason": "11月分の通話料の二重請求を返金",
           *       "status": "applied",
           *       "approvalRequired": false,
           *       "requestedBy": {
           *         "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *         "name": "佐藤 花子"
           *       },
           *       "decidedBy": null,
           *       "decisionNote": null,
           *       "ledgerEntryId": 10483,
           *       "balanceAfter": 15450,
           *       "createdAt": "2026-11-21T05:02:11.000Z",
           *       "decidedAt": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountLoginId: string;
            accountName: string;
            /** @enum {string} */
            direction: 'credit' | 'debit';
            amount: number;
            currency: components['schemas']['Currency'];
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'applied' | 'rejected';
            approvalRequired: boolean;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            decidedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            decisionNote: string | null;
            ledgerEntryId: number | null;
            balanceAfter: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
          };
        };
      };
      /** @description Applied, or pending a second operator (see status); with a Location header */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/operator/adjustments/{adjustmentId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "accountLoginId": "yamada-shoji",
           *       "accountName": "山田商事株式会社",
           *       "direction": "credit",
           *       "amount": 3000,
           *       "currency": "JPY",
           *       "reason": "11月分の通話料の二重請求を返金",
           *       "status": "applied",
           *       "approvalRequired": false,
           *       "requestedBy": {
           *         "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *         "name": "佐藤 花子"
           *       },
           *       "decidedBy": null,
           *       "decisionNote": null,
           *       "ledgerEntryId": 10483,
           *       "balanceAfter": 15450,
           *       "createdAt": "2026-11-21T05:02:11.000Z",
           *       "decidedAt": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountLoginId: string;
            accountName: string;
            /** @enum {string} */
            direction: 'credit' | 'debit';
            amount: number;
            currency: components['schemas']['Currency'];
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'applied' | 'rejected';
            approvalRequired: boolean;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            decidedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            decisionNote: string | null;
            ledgerEntryId: number | null;
            balanceAfter: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAdjustments: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
        status?: 'pending' | 'applied' | 'rejected';
        accountId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of adjustments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *           "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *           "accountLoginId": "yamada-shoji",
           *           "accountName": "山田商事株式会社",
           *           "direction": "credit",
           *           "amount": 50000,
           *           "currency": "JPY",
           *           "reason": "障害による通話不能期間（11月18日〜19日）の補償",
           *           "status": "pending",
           *           "approvalRequired": true,
           *           "requestedBy": {
           *             "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *             "name": "佐藤 花子"
           *           },
           *           "decidedBy": null,
           *           "decisionNote": null,
           *           "ledgerEntryId": null,
           *           "balanceAfter": null,
           *           "createdAt": "2026-11-21T05:02:11.000Z",
           *           "decidedAt": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountLoginId: string;
              accountName: string;
              /** @enum {string} */
              direction: 'credit' | 'debit';
              amount: number;
              currency: components['schemas']['Currency'];
              reason: string;
              /** @enum {string} */
              status: 'pending' | 'applied' | 'rejected';
              approvalRequired: boolean;
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              decisionNote: string | null;
              ledgerEntryId: number | null;
              balanceAfter: number | null;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAdjustment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        adjustmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The adjustment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "accountLoginId": "yamada-shoji",
           *       "accountName": "山田商事株式会社",
           *       "direction": "credit",
           *       "amount": 3000,
           *       "currency": "JPY",
           *       "reason": "11月分の通話料の二重請求を返金",
           *       "status": "applied",
           *       "approvalRequired": false,
           *       "requestedBy": {
           *         "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *         "name": "佐藤 花子"
           *       },
           *       "decidedBy": null,
           *       "decisionNote": null,
           *       "ledgerEntryId": 10483,
           *       "balanceAfter": 15450,
           *       "createdAt": "2026-11-21T05:02:11.000Z",
           *       "decidedAt": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountLoginId: string;
            accountName: string;
            /** @enum {string} */
            direction: 'credit' | 'debit';
            amount: number;
            currency: components['schemas']['Currency'];
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'applied' | 'rejected';
            approvalRequired: boolean;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            decidedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            decisionNote: string | null;
            ledgerEntryId: number | null;
            balanceAfter: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  approveAdjustment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        adjustmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The adjustment after the decision (a repeat answers the same) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "accountLoginId": "yamada-shoji",
           *       "accountName": "山田商事株式会社",
           *       "direction": "credit",
           *       "amount": 50000,
           *       "currency": "JPY",
           *       "reason": "障害による通話不能期間（11月18日〜19日）の補償",
           *       "status": "applied",
           *       "approvalRequired": true,
           *       "requestedBy": {
           *         "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *         "name": "佐藤 花子"
           *       },
           *       "decidedBy": {
           *         "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
           *         "name": "鈴木 一郎"
           *       },
           *       "decisionNote": null,
           *       "ledgerEntryId": 10490,
           *       "balanceAfter": 62450,
           *       "createdAt": "2026-11-21T05:02:11.000Z",
           *       "decidedAt": "2026-11-21T06:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountLoginId: string;
            accountName: string;
            /** @enum {string} */
            direction: 'credit' | 'debit';
            amount: number;
            currency: components['schemas']['Currency'];
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'applied' | 'rejected';
            approvalRequired: boolean;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            decidedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            decisionNote: string | null;
            ledgerEntryId: number | null;
            balanceAfter: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rejectAdjustment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        adjustmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "補償額は規定により1日あたり5,000円です"
         *     }
         */
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The adjustment after the decision (a repeat answers the same) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8",
           *       "accountId": "3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b",
           *       "accountLoginId": "yamada-shoji",
           *       "accountName": "山田商事株式会社",
           *       "direction": "credit",
           *       "amount": 50000,
           *       "currency": "JPY",
           *       "reason": "障害による通話不能期間（11月18日〜19日）の補償",
           *       "status": "rejected",
           *       "approvalRequired": true,
           *       "requestedBy": {
           *         "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *         "name": "佐藤 花子"
           *       },
           *       "decidedBy": {
           *         "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
           *         "name": "鈴木 一郎"
           *       },
           *       "decisionNote": "補償額は規定により1日あたり5,000円です",
           *       "ledgerEntryId": null,
           *       "balanceAfter": null,
           *       "createdAt": "2026-11-21T05:02:11.000Z",
           *       "decidedAt": "2026-11-21T06:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            accountLoginId: string;
            accountName: string;
            /** @enum {string} */
            direction: 'credit' | 'debit';
            amount: number;
            currency: components['schemas']['Currency'];
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'applied' | 'rejected';
            approvalRequired: boolean;
            requestedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            decidedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            decisionNote: string | null;
            ledgerEntryId: number | null;
            balanceAfter: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUnusedBalanceReport: {
    parameters: {
      query: {
        /** @description YYYY-03-31 or YYYY-09-30 */
        baseDate: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report of the base date */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "baseDate": "2026-09-30",
           *       "asOf": "2026-10-01T00:00:00+09:00",
           *       "currency": "JPY",
           *       "unusedBalance": 12345678,
           *       "positiveAccounts": 1843,
           *       "negativeBalance": -48210,
           *       "negativeAccounts": 12,
           *       "threshold": 10000000,
           *       "exceedsThreshold": true,
           *       "requiredDeposit": 6172839,
           *       "filingDeadline": "2026-11-30"
           *     }
           */
          'application/json': {
            /**
             * Format: date
             * @description The base date, YYYY-MM-DD
             */
            baseDate: string;
            /**
             * Format: date-time
             * @description The instant the figures are taken at: 24:00 Japan time on the base date, in Japan time (the next day 00:00+09:00)
             */
            asOf: string;
            currency: components['schemas']['Currency'];
            /** @description The sum of the positive balances at that instant */
            unusedBalance: number;
            /** @description Accounts with a positive balance at that instant */
            positiveAccounts: number;
            /** @description The sum of the balances below zero (zero or less), not netted against the unused balance */
            negativeBalance: number;
            /** @description Accounts below zero at that instant */
            negativeAccounts: number;
            /** @description 10,000,000: above it the filing and the deposit are due */
            threshold: number;
            exceedsThreshold: boolean;
            /** @description The least deposit: half the unused balance rounded up to the yen when above the threshold, else 0 */
            requiredDeposit: number;
            /**
             * Format: date
             * @description The last day to file and deposit: May 31 for March 31, November 30 for September 30
             */
            filingDeadline: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOrders: {
    parameters: {
      query?: {
        kind?: 'topup' | 'services' | 'devices' | 'overseas_number';
        status?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of orders */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *           "kind": "services",
           *           "status": "accepted",
           *           "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *           "subtotal": 3300,
           *           "tax": 330,
           *           "total": 3630,
           *           "refunded": 0,
           *           "currency": "JPY",
           *           "totals": {
           *             "subtotal": 3300,
           *             "taxByRate": [
           *               {
           *                 "rate": 10,
           *                 "taxable": 3300,
           *                 "tax": 330
           *               }
           *             ],
           *             "tax": 330,
           *             "total": 3630,
           *             "currency": "JPY"
           *           },
           *           "detail": {
           *             "circleName": "渋谷オフィス"
           *           },
           *           "nextAction": null,
           *           "failureReason": null,
           *           "createdAt": "2026-11-28T01:15:42.120Z",
           *           "updatedAt": "2026-11-28T01:15:42.120Z",
           *           "closedAt": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /**
               * @description overseas_number: an overseas number bought by its own purchase
               * @enum {string}
               */
              kind: 'topup' | 'services' | 'devices' | 'overseas_number';
              status: string;
              circleId: string | null;
              subtotal: number;
              tax: number;
              total: number;
              /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
              refunded: number;
              currency: components['schemas']['Currency'];
              totals: {
                [key: string]: unknown;
              };
              detail: {
                [key: string]: unknown;
              };
              nextAction: {
                [key: string]: unknown;
              } | null;
              failureReason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              closedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "kind": "services",
           *       "status": "accepted",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "subtotal": 3300,
           *       "tax": 330,
           *       "total": 3630,
           *       "refunded": 0,
           *       "currency": "JPY",
           *       "totals": {
           *         "subtotal": 3300,
           *         "taxByRate": [
           *           {
           *             "rate": 10,
           *             "taxable": 3300,
           *             "tax": 330
           *           }
           *         ],
           *         "tax": 330,
           *         "total": 3630,
           *         "currency": "JPY"
           *       },
           *       "detail": {
           *         "circleName": "渋谷オフィス"
           *       },
           *       "nextAction": null,
           *       "failureReason": null,
           *       "createdAt": "2026-11-28T01:15:42.120Z",
           *       "updatedAt": "2026-11-28T01:15:42.120Z",
           *       "closedAt": null,
           *       "events": [
           *         {
           *           "status": "processing",
           *           "note": null,
           *           "at": "2026-11-28T01:15:42.120Z"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /**
             * @description overseas_number: an overseas number bought by its own purchase
             * @enum {string}
             */
            kind: 'topup' | 'services' | 'devices' | 'overseas_number';
            status: string;
            circleId: string | null;
            subtotal: number;
            tax: number;
            total: number;
            /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
            refunded: number;
            currency: components['schemas']['Currency'];
            totals: {
              [key: string]: unknown;
            };
            detail: {
              [key: string]: unknown;
            };
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            closedAt: string | null;
            events: {
              status: string;
              note: string | null;
              /** Format: date-time */
              at: string;
            }[];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRates: {
    parameters: {
      query?: {
        at?: string;
        prefix?: string;
        direction?: 'outbound' | 'inbound';
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rates by direction, prefix and start */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "b3f1d8a6-2c47-4e95-8a0b-7d6e4c2f9a18",
           *           "direction": "outbound",
           *           "prefix": "090",
           *           "class": "mobile",
           *           "description": "携帯電話（090）",
           *           "connectFeeMilli": 0,
           *           "unitPriceMilli": 16000,
           *           "unitSeconds": 60,
           *           "incrementSeconds": 6,
           *           "currency": "JPY",
           *           "taxRate": 10,
           *           "validFrom": "2026-12-01T00:00:00+09:00",
           *           "validTo": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              direction: 'outbound' | 'inbound';
              prefix: string;
              /** @enum {string} */
              class: 'fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred';
              description: string;
              connectFeeMilli: number;
              unitPriceMilli: number;
              unitSeconds: number;
              incrementSeconds: number;
              /** @description The currency of the *Milli amounts: thousandths of a yen */
              currency: components['schemas']['Currency'];
              taxRate: 0 | 8 | 10;
              /** Format: date-time */
              validFrom: string;
              validTo: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createRate: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "direction": "outbound",
         *       "prefix": "090",
         *       "class": "mobile",
         *       "description": "携帯電話（090）",
         *       "connectFeeMilli": 0,
         *       "unitPriceMilli": 16000,
         *       "unitSeconds": 60,
         *       "incrementSeconds": 6,
         *       "taxRate": 10,
         *       "validFrom": "2026-12-01T00:00:00+09:00"
         *     }
         */
        'application/json': {
          /**
           * @default outbound
           * @enum {string}
           */
          direction?: 'outbound' | 'inbound';
          prefix: string;
          /** @enum {string} */
          class: 'fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred';
          description: string;
          /** @default 0 */
          connectFeeMilli?: number;
          unitPriceMilli: number;
          unitSeconds: number;
          incrementSeconds: number;
          taxRate: 0 | 8 | 10;
          /** Format: date-time */
          validFrom: string;
          validTo?: string | null;
        };
      };
    };
    responses: {
      /** @description The new rate; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/billing/rates/b3f1d8a6-2c47-4e95-8a0b-7d6e4c2f9a18
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "b3f1d8a6-2c47-4e95-8a0b-7d6e4c2f9a18",
           *       "direction": "outbound",
           *       "prefix": "090",
           *       "class": "mobile",
           *       "description": "携帯電話（090）",
           *       "connectFeeMilli": 0,
           *       "unitPriceMilli": 16000,
           *       "unitSeconds": 60,
           *       "incrementSeconds": 6,
           *       "currency": "JPY",
           *       "taxRate": 10,
           *       "validFrom": "2026-12-01T00:00:00+09:00",
           *       "validTo": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            direction: 'outbound' | 'inbound';
            prefix: string;
            /** @enum {string} */
            class: 'fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred';
            description: string;
            connectFeeMilli: number;
            unitPriceMilli: number;
            unitSeconds: number;
            incrementSeconds: number;
            /** @description The currency of the *Milli amounts: thousandths of a yen */
            currency: components['schemas']['Currency'];
            taxRate: 0 | 8 | 10;
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        rateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "b3f1d8a6-2c47-4e95-8a0b-7d6e4c2f9a18",
           *       "direction": "outbound",
           *       "prefix": "090",
           *       "class": "mobile",
           *       "description": "携帯電話（090）",
           *       "connectFeeMilli": 0,
           *       "unitPriceMilli": 16000,
           *       "unitSeconds": 60,
           *       "incrementSeconds": 6,
           *       "currency": "JPY",
           *       "taxRate": 10,
           *       "validFrom": "2026-12-01T00:00:00+09:00",
           *       "validTo": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            direction: 'outbound' | 'inbound';
            prefix: string;
            /** @enum {string} */
            class: 'fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred';
            description: string;
            connectFeeMilli: number;
            unitPriceMilli: number;
            unitSeconds: number;
            incrementSeconds: number;
            /** @description The currency of the *Milli amounts: thousandths of a yen */
            currency: components['schemas']['Currency'];
            taxRate: 0 | 8 | 10;
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateRate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        rateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "validTo": "2027-04-01T00:00:00+09:00"
         *     }
         */
        'application/json': {
          description?: string;
          connectFeeMilli?: number;
          unitPriceMilli?: number;
          unitSeconds?: number;
          incrementSeconds?: number;
          taxRate?: 0 | 8 | 10;
          validTo?: string | null;
        };
      };
    };
    responses: {
      /** @description The changed rate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "b3f1d8a6-2c47-4e95-8a0b-7d6e4c2f9a18",
           *       "direction": "outbound",
           *       "prefix": "090",
           *       "class": "mobile",
           *       "description": "携帯電話（090）",
           *       "connectFeeMilli": 0,
           *       "unitPriceMilli": 16000,
           *       "unitSeconds": 60,
           *       "incrementSeconds": 6,
           *       "currency": "JPY",
           *       "taxRate": 10,
           *       "validFrom": "2026-12-01T00:00:00+09:00",
           *       "validTo": "2027-03-31T15:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            direction: 'outbound' | 'inbound';
            prefix: string;
            /** @enum {string} */
            class: 'fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred';
            description: string;
            connectFeeMilli: number;
            unitPriceMilli: number;
            unitSeconds: number;
            incrementSeconds: number;
            /** @description The currency of the *Milli amounts: thousandths of a yen */
            currency: components['schemas']['Currency'];
            taxRate: 0 | 8 | 10;
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listStatements: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Statement months */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "2026-10",
           *           "month": "2026-10",
           *           "subtotal": 10612,
           *           "tax": 1061,
           *           "total": 11673,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** @description The month, YYYY-MM */
              id: string;
              month: string;
              subtotal: number;
              tax: number;
              total: number;
              currency: components['schemas']['Currency'];
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStatementPdf: {
    parameters: {
      query?: {
        /** @description the labels' language, when a plain link cannot send Accept-Language */
        lang?: 'ja' | 'en';
      };
      header?: never;
      path: {
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statement (application/pdf) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStatement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statement */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "2026-10",
           *       "title": "適格請求書 / Qualified invoice",
           *       "invoiceNumber": "INV-202610-3F2A9C1E7B",
           *       "month": "2026-10",
           *       "period": {
           *         "from": "2026-10-01T00:00:00+09:00",
           *         "to": "2026-11-01T00:00:00+09:00"
           *       },
           *       "issuer": {
           *         "name": "株式会社クラウドPBXジャパン",
           *         "registrationNumber": "T1234567890123"
           *       },
           *       "recipient": {
           *         "accountId": "3f2a9c1e-7b5d-4a80-9c36-1e8f4d2b7a05",
           *         "name": "株式会社さくら商事"
           *       },
           *       "lines": [
           *         {
           *           "id": "10482",
           *           "date": "2026-10-01T00:00:04+09:00",
           *           "kind": "monthly_fee",
           *           "description": "月額基本料 2026-10 / Monthly fee 2026-10: sip_terminal",
           *           "quantity": 1,
           *           "taxRate": 10,
           *           "amount": 1210,
           *           "currency": "JPY"
           *         },
           *         {
           *           "id": "10517",
           *           "date": "2026-10-14T15:22:41+09:00",
           *           "kind": "purchase",
           *           "description": "機器 / Devices: Grandstream GXP1620 × 1 #7c1e2f90",
           *           "quantity": 1,
           *           "taxRate": 10,
           *           "amount": 9900,
           *           "currency": "JPY"
           *         },
           *         {
           *           "id": "calls-10",
           *           "date": "2026-10-31T18:05:12+09:00",
           *           "kind": "calls",
           *           "description": "通話料 10% / Call charges at 10%",
           *           "quantity": 12,
           *           "taxRate": 10,
           *           "amount": 563,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "taxByRate": [
           *         {
           *           "rate": 10,
           *           "taxable": 10612,
           *           "tax": 1061,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "subtotal": 10612,
           *       "tax": 1061,
           *       "total": 11673,
           *       "currency": "JPY"
           *     }
           */
          'application/json': {
            /** @description The month, YYYY-MM */
            id: string;
            title: string;
            invoiceNumber: string;
            month: string;
            /** @description Japan time; to is exclusive */
            period: {
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
            };
            issuer: {
              name: string;
              registrationNumber: string;
            };
            recipient: {
              /** Format: uuid */
              accountId: string;
              name: string;
            };
            /** @description Every charge the month's ledger debited, oldest first, then the calls per tax rate */
            lines: {
              /** @description The ledger entry the line comes from; a calls line (every call charged at one rate) is calls-<rate> */
              id: string;
              /**
               * Format: date-time
               * @description When it was charged, Japan time (a calls line: its last charge)
               */
              date: string;
              /** @enum {string} */
              kind: 'purchase' | 'refund' | 'monthly_fee' | 'calls' | 'adjustment';
              description: string;
              quantity: number;
              /** @description Percent: 10, 8, or 0 for exempt calls and manual adjustments */
              taxRate: number;
              /** @description Tax included; negative for a refund */
              amount: number;
              currency: components['schemas']['Currency'];
            }[];
            taxByRate: {
              rate: number;
              taxable: number;
              tax: number;
              currency: components['schemas']['Currency'];
            }[];
            subtotal: number;
            tax: number;
            total: number;
            currency: components['schemas']['Currency'];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBillingStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Billing status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "balance": 18250,
           *       "reserved": 120,
           *       "owedMonths": [],
           *       "owedAmount": 0,
           *       "currency": "JPY",
           *       "graceUntil": null,
           *       "suspended": false
           *     }
           */
          'application/json': {
            balance: number;
            reserved: number;
            owedMonths: string[];
            owedAmount: number;
            currency: components['schemas']['Currency'];
            /** @description The deadline to pay owed fees before suspension, Japan time */
            graceUntil: string | null;
            suspended: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  authorizeCall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "direction": "outbound",
         *       "uniqueId": "3f0c2a9e-8d1b-4c5e-9a7f-2b6d4e8c1a05",
         *       "destination": "0312345678",
         *       "callId": "a84b4c76e66710@pbx.example.jp"
         *     }
         */
        'application/json': {
          /**
           * @default outbound
           * @enum {string}
           */
          direction?: 'outbound' | 'inbound';
          /**
           * Format: uuid
           * @description The calling unique; required for an outbound call
           */
          uniqueId?: string;
          /** @description The number dialled (outbound), or our number that was called (inbound) */
          destination: string;
          callId?: string;
        };
      };
    };
    responses: {
      /** @description The decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "allowed": true,
           *       "callId": "a84b4c76e66710@pbx.example.jp",
           *       "reason": null,
           *       "maxSeconds": 5400,
           *       "destinationClass": "fixed",
           *       "reserved": 1188,
           *       "currency": "JPY",
           *       "callerId": "+81501234567",
           *       "callerIdDisplay": "050-1234-5678"
           *     }
           */
          'application/json': {
            allowed: boolean;
            callId: string;
            reason:
              | ('outbound_prohibited' | 'suspended' | 'insufficient_balance' | 'destination_barred' | 'unique_inactive' | 'no_caller_id')
              | null;
            /** @description The longest the call may last; null: no limit (an emergency call) */
            maxSeconds: number | null;
            destinationClass: ('fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred') | null;
            /** @description Yen held on the balance for this call until its CDR arrives or the hold expires */
            reserved: number;
            currency: components['schemas']['Currency'];
            /** @description The caller ID to present, in E.164 (outside calls) */
            callerId: components['schemas']['E164'] | null;
            callerIdDisplay: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such unique, or not one of our numbers */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ingestCdrs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "records": [
         *         {
         *           "callId": "a84b4c76e66710@pbx.example.jp",
         *           "uniqueId": "3f0c2a9e-8d1b-4c5e-9a7f-2b6d4e8c1a05",
         *           "direction": "outbound",
         *           "destination": "0312345678",
         *           "startedAt": "2026-11-27T10:15:00+09:00",
         *           "durationSeconds": 184
         *         }
         *       ]
         *     }
         */
        'application/json': {
          records: unknown[];
        };
      };
    };
    responses: {
      /** @description What was stored; rating follows within seconds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "accepted": 1,
           *       "duplicates": [],
           *       "rejected": []
           *     }
           */
          'application/json': {
            accepted: number;
            duplicates: string[];
            rejected: {
              index: number;
              callId: string | null;
              /** @enum {string} */
              code: 'malformed' | 'unknown_unique';
              errors: {
                field: string;
                code: string;
                message: string;
              }[];
            }[];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCalls: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        circleId?: string;
        uniqueId?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of calls */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "a84f2c1d-77e3-4b1a-9c0e-5d2f8b6a3e19@pbx1",
           *           "uniqueId": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *           "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *           "direction": "outbound",
           *           "destination": "+819012345678",
           *           "destinationDisplay": "090-1234-5678",
           *           "destinationClass": "mobile",
           *           "startedAt": "2026-11-28T01:02:03.000Z",
           *           "durationSeconds": 95,
           *           "cost": 27,
           *           "currency": "JPY",
           *           "taxRate": 10,
           *           "rated": true
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** @description The PBX's call ID */
              id: string;
              /** Format: uuid */
              uniqueId: string;
              /** Format: uuid */
              circleId: string;
              /** @enum {string} */
              direction: 'outbound' | 'inbound';
              /** @description null for a short code such as 110, which has no E.164: see the display */
              destination: components['schemas']['E164'] | null;
              /** @description The form a person reads (090-1234-5678), or the short code as dialled */
              destinationDisplay: string;
              destinationClass: string | null;
              /** Format: date-time */
              startedAt: string;
              durationSeconds: number;
              cost: number | null;
              currency: components['schemas']['Currency'];
              taxRate: number | null;
              rated: boolean;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  callTotals: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        circleId?: string;
        uniqueId?: string;
        period?: 'day' | 'month';
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Totals per period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "2026-11",
           *           "period": "2026-11",
           *           "calls": 128,
           *           "seconds": 20480,
           *           "cost": 3120,
           *           "currency": "JPY",
           *           "unrated": 0
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** @description The period: YYYY-MM-DD or YYYY-MM, Japan time */
              id: string;
              period: string;
              calls: number;
              seconds: number;
              cost: number;
              currency: components['schemas']['Currency'];
              unrated: number;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getServicesCatalog: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The catalog */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "unique:sip_terminal",
           *           "itemType": "unique",
           *           "kind": "sip_terminal",
           *           "country": null,
           *           "monthlyFee": 550,
           *           "initialFee": 0,
           *           "currency": "JPY"
           *         },
           *         {
           *           "id": "number:local",
           *           "itemType": "number",
           *           "kind": "local",
           *           "country": null,
           *           "monthlyFee": 1100,
           *           "initialFee": 1100,
           *           "currency": "JPY"
           *         },
           *         {
           *           "id": "overseas:US",
           *           "itemType": "overseas",
           *           "kind": "overseas",
           *           "country": "US",
           *           "monthlyFee": 1650,
           *           "initialFee": 1650,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "taxRate": 10
           *     }
           */
          'application/json': {
            items: {
              /** @description unique:<kind>, number:<kind> or overseas:<country> */
              id: string;
              /** @enum {string} */
              itemType: 'unique' | 'number' | 'overseas';
              /** @enum {string} */
              kind: 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
              /** @description ISO 3166 alpha-2, for overseas numbers */
              country: string | null;
              monthlyFee: number;
              initialFee: number;
              currency: components['schemas']['Currency'];
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** @constant */
            taxRate: 10;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  quoteServicesOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
         *       "uniques": {
         *         "sip_terminal": 2
         *       },
         *       "numberIds": [
         *         "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54"
         *       ]
         *     }
         */
        'application/json': {
          /** Format: uuid */
          circleId: string;
          uniques?: {
            sip_terminal?: number;
            cloud_fax?: number;
            ymobile?: number;
          };
          numberIds?: string[];
        };
      };
    };
    responses: {
      /** @description The quote */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "lines": [
           *         {
           *           "type": "unique",
           *           "kind": "sip_terminal",
           *           "quantity": 2,
           *           "monthlyFee": 550,
           *           "initialFee": 0,
           *           "amount": 1100,
           *           "currency": "JPY"
           *         },
           *         {
           *           "type": "number",
           *           "kind": "local",
           *           "numberId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901",
           *           "country": "JP",
           *           "monthlyFee": 1100,
           *           "initialFee": 1100,
           *           "amount": 2200,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "subtotal": 3300,
           *       "tax": 330,
           *       "total": 3630,
           *       "taxByRate": [
           *         {
           *           "rate": 10,
           *           "taxable": 3300,
           *           "tax": 330,
           *           "currency": "JPY"
           *         }
           *       ],
           *       "balance": 20000,
           *       "currency": "JPY",
           *       "sufficient": true
           *     }
           */
          'application/json': {
            lines: {
              /** @enum {string} */
              type: 'unique' | 'number';
              kind: string;
              quantity?: number;
              /** Format: uuid */
              numberId?: string;
              number?: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay?: string;
              country?: string;
              monthlyFee: number;
              initialFee: number;
              amount: number;
              currency: components['schemas']['Currency'];
            }[];
            subtotal: number;
            tax: number;
            total: number;
            taxByRate: {
              rate: number;
              taxable: number;
              tax: number;
              currency: components['schemas']['Currency'];
            }[];
            balance: number;
            currency: components['schemas']['Currency'];
            sufficient: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  placeServicesOrder: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
         *       "uniques": {
         *         "sip_terminal": 2
         *       },
         *       "numberIds": [
         *         "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54"
         *       ]
         *     }
         */
        'application/json': {
          /** Format: uuid */
          circleId: string;
          uniques?: {
            sip_terminal?: number;
            cloud_fax?: number;
            ymobile?: number;
          };
          numberIds?: string[];
        };
      };
    };
    responses: {
      /** @description The order, still running; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/orders/4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "kind": "services",
           *       "status": "accepted",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "subtotal": 3300,
           *       "tax": 330,
           *       "total": 3630,
           *       "refunded": 0,
           *       "currency": "JPY",
           *       "totals": {
           *         "subtotal": 3300,
           *         "taxByRate": [
           *           {
           *             "rate": 10,
           *             "taxable": 3300,
           *             "tax": 330
           *           }
           *         ],
           *         "tax": 330,
           *         "total": 3630,
           *         "currency": "JPY"
           *       },
           *       "detail": {
           *         "circleName": "渋谷オフィス"
           *       },
           *       "nextAction": null,
           *       "failureReason": null,
           *       "createdAt": "2026-11-28T01:15:42.120Z",
           *       "updatedAt": "2026-11-28T01:15:42.120Z",
           *       "closedAt": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /**
             * @description overseas_number: an overseas number bought by its own purchase
             * @enum {string}
             */
            kind: 'topup' | 'services' | 'devices' | 'overseas_number';
            status: string;
            circleId: string | null;
            subtotal: number;
            tax: number;
            total: number;
            /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
            refunded: number;
            currency: components['schemas']['Currency'];
            totals: {
              [key: string]: unknown;
            };
            detail: {
              [key: string]: unknown;
            };
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revealServicesOrderCredentials: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Credentials, one per unique */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *           "code": "U0012345",
           *           "sipUser": "u0012345",
           *           "loginServer": "sip.example.jp",
           *           "sipPassword": "q3Vd8sKx2LmPz7Wn"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /**
               * Format: uuid
               * @description The unique
               */
              id: string;
              code: string;
              sipUser: string;
              loginServer: string;
              sipPassword: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listServiceHistory: {
    parameters: {
      query?: {
        circleId?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description History, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": 1042,
           *           "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *           "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *           "itemType": "number",
           *           "itemId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "kind": "local",
           *           "label": "+81345678901",
           *           "labelDisplay": "03-4567-8901",
           *           "action": "purchased",
           *           "monthlyFee": 1100,
           *           "initialFee": 1100,
           *           "currency": "JPY",
           *           "at": "2026-11-28T01:20:03.512Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              id: number;
              /** Format: uuid */
              circleId: string;
              orderId: string | null;
              /** @enum {string} */
              itemType: 'unique' | 'number';
              /** Format: uuid */
              itemId: string;
              kind: string;
              /** @description the unique's code, or the number in E.164 */
              label: string;
              /** @description the form a person reads: the code, or the national form of the number */
              labelDisplay: string;
              /** @enum {string} */
              action: 'purchased' | 'cancelled';
              monthlyFee: number;
              initialFee: number;
              currency: components['schemas']['Currency'];
              /** Format: date-time */
              at: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOverseasNumberCountries: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The countries on sale */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "US",
           *           "country": "US",
           *           "monthlyFee": 1650,
           *           "initialFee": 3300,
           *           "subtotal": 4950,
           *           "tax": 495,
           *           "total": 5445,
           *           "currency": "JPY",
           *           "leadTimeDays": 5,
           *           "areaCodes": [
           *             "415"
           *           ],
           *           "available": 1998
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** @description The country code */
              id: string;
              /** @description ISO 3166-1 alpha-2 country of the number */
              country: string;
              monthlyFee: number;
              initialFee: number;
              /** @description initial fee + first month, tax excluded */
              subtotal: number;
              /** @description 10% consumption tax, rounded down once */
              tax: number;
              total: number;
              currency: components['schemas']['Currency'];
              /** @description Days from the purchase until the carrier has the number routed (OVERSEAS_NUMBER_LEAD_DAYS) */
              leadTimeDays: number;
              /** @description Area (city) codes in stock; empty for a country without areas */
              areaCodes: string[];
              /** @description Numbers of the country for sale now */
              available: number;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  placeOverseasNumberOrder: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
         *       "country": "US",
         *       "areaCode": "415"
         *     }
         */
        'application/json': {
          /** Format: uuid */
          circleId: string;
          /** @description ISO 3166-1 alpha-2 country of the number */
          country: string;
          /** @description The area (city) code; leave out for any number of the country */
          areaCode?: string;
        };
      };
    };
    responses: {
      /** @description The order, waiting for the carrier; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/orders/4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "kind": "overseas_number",
           *       "status": "accepted",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "subtotal": 4950,
           *       "tax": 495,
           *       "total": 5445,
           *       "refunded": 0,
           *       "currency": "JPY",
           *       "totals": {
           *         "subtotal": 4950,
           *         "taxByRate": [
           *           {
           *             "rate": 10,
           *             "taxable": 4950,
           *             "tax": 495
           *           }
           *         ],
           *         "tax": 495,
           *         "total": 5445,
           *         "currency": "JPY"
           *       },
           *       "detail": {
           *         "country": "US",
           *         "areaCode": "415",
           *         "monthlyFee": 1650,
           *         "initialFee": 3300,
           *         "leadTimeDays": 5
           *       },
           *       "nextAction": null,
           *       "failureReason": null,
           *       "createdAt": "2026-11-28T01:15:42.120Z",
           *       "updatedAt": "2026-11-28T01:15:42.120Z",
           *       "closedAt": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /**
             * @description overseas_number: an overseas number bought by its own purchase
             * @enum {string}
             */
            kind: 'topup' | 'services' | 'devices' | 'overseas_number';
            status: string;
            circleId: string | null;
            subtotal: number;
            tax: number;
            total: number;
            /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
            refunded: number;
            currency: components['schemas']['Currency'];
            totals: {
              [key: string]: unknown;
            };
            detail: {
              [key: string]: unknown;
            };
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  searchNumbers: {
    parameters: {
      query?: {
        kind?: 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
        areaCode?: string;
        contains?: string;
        country?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Numbers on sale, in number order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901",
           *           "kind": "local",
           *           "areaCode": "03",
           *           "country": "JP",
           *           "monthlyFee": 1100,
           *           "initialFee": 1100,
           *           "currency": "JPY",
           *           "purchasable": true
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
              kind: string;
              areaCode: string | null;
              country: string;
              monthlyFee: number | null;
              initialFee: number | null;
              currency: components['schemas']['Currency'];
              purchasable: boolean;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listNumberHolds: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Holds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "7d3a9f02-6e1b-4c45-8a7d-0f2c5b9e1a36",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901",
           *           "kind": "local",
           *           "areaCode": "03",
           *           "country": "JP",
           *           "monthlyFee": 1100,
           *           "initialFee": 1100,
           *           "currency": "JPY",
           *           "purchasable": true,
           *           "numberId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "expiresAt": "2026-11-28T10:45:00+09:00"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
              kind: string;
              areaCode: string | null;
              country: string;
              monthlyFee: number | null;
              initialFee: number | null;
              currency: components['schemas']['Currency'];
              purchasable: boolean;
              /**
               * Format: uuid
               * @description The hold
               */
              id: string;
              /**
               * Format: uuid
               * @description The number held: what an order names in numberIds
               */
              numberId: string;
              /**
               * Format: date-time
               * @description When the hold runs out, Japan time
               */
              expiresAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  holdNumber: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "numberId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54"
         *     }
         */
        'application/json': {
          /** Format: uuid */
          numberId: string;
        };
      };
    };
    responses: {
      /** @description The hold; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/numbers/holds/7d3a9f02-6e1b-4c45-8a7d-0f2c5b9e1a36
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d3a9f02-6e1b-4c45-8a7d-0f2c5b9e1a36",
           *       "number": "+81345678901",
           *       "numberDisplay": "03-4567-8901",
           *       "kind": "local",
           *       "areaCode": "03",
           *       "country": "JP",
           *       "monthlyFee": 1100,
           *       "initialFee": 1100,
           *       "currency": "JPY",
           *       "purchasable": true,
           *       "numberId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "expiresAt": "2026-11-28T10:45:00+09:00"
           *     }
           */
          'application/json': {
            number: components['schemas']['E164'];
            /** @description The national form a person reads */
            numberDisplay: string;
            kind: string;
            areaCode: string | null;
            country: string;
            monthlyFee: number | null;
            initialFee: number | null;
            currency: components['schemas']['Currency'];
            purchasable: boolean;
            /**
             * Format: uuid
             * @description The hold
             */
            id: string;
            /**
             * Format: uuid
             * @description The number held: what an order names in numberIds
             */
            numberId: string;
            /**
             * Format: date-time
             * @description When the hold runs out, Japan time
             */
            expiresAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getNumberHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        holdId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The hold */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d3a9f02-6e1b-4c45-8a7d-0f2c5b9e1a36",
           *       "number": "+81345678901",
           *       "numberDisplay": "03-4567-8901",
           *       "kind": "local",
           *       "areaCode": "03",
           *       "country": "JP",
           *       "monthlyFee": 1100,
           *       "initialFee": 1100,
           *       "currency": "JPY",
           *       "purchasable": true,
           *       "numberId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "expiresAt": "2026-11-28T10:45:00+09:00"
           *     }
           */
          'application/json': {
            number: components['schemas']['E164'];
            /** @description The national form a person reads */
            numberDisplay: string;
            kind: string;
            areaCode: string | null;
            country: string;
            monthlyFee: number | null;
            initialFee: number | null;
            currency: components['schemas']['Currency'];
            purchasable: boolean;
            /**
             * Format: uuid
             * @description The hold
             */
            id: string;
            /**
             * Format: uuid
             * @description The number held: what an order names in numberIds
             */
            numberId: string;
            /**
             * Format: date-time
             * @description When the hold runs out, Japan time
             */
            expiresAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseNumberHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        holdId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  extendNumberHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        holdId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The extended hold */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d3a9f02-6e1b-4c45-8a7d-0f2c5b9e1a36",
           *       "number": "+81345678901",
           *       "numberDisplay": "03-4567-8901",
           *       "kind": "local",
           *       "areaCode": "03",
           *       "country": "JP",
           *       "monthlyFee": 1100,
           *       "initialFee": 1100,
           *       "currency": "JPY",
           *       "purchasable": true,
           *       "numberId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "expiresAt": "2026-11-28T10:45:00+09:00"
           *     }
           */
          'application/json': {
            number: components['schemas']['E164'];
            /** @description The national form a person reads */
            numberDisplay: string;
            kind: string;
            areaCode: string | null;
            country: string;
            monthlyFee: number | null;
            initialFee: number | null;
            currency: components['schemas']['Currency'];
            purchasable: boolean;
            /**
             * Format: uuid
             * @description The hold
             */
            id: string;
            /**
             * Format: uuid
             * @description The number held: what an order names in numberIds
             */
            numberId: string;
            /**
             * Format: date-time
             * @description When the hold runs out, Japan time
             */
            expiresAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOwnedNumbers: {
    parameters: {
      query?: {
        circleId?: string;
        status?: 'active' | 'quarantine';
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Numbers, in number order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901",
           *           "kind": "local",
           *           "country": "JP",
           *           "status": "active",
           *           "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *           "monthlyFee": 1100,
           *           "currency": "JPY",
           *           "activatedAt": "2026-11-28T01:20:03.512Z",
           *           "cancelledAt": null,
           *           "feeEndMonth": null,
           *           "quarantineUntil": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
              kind: string;
              country: string;
              /** @enum {string} */
              status: 'active' | 'quarantine';
              circleId: string | null;
              monthlyFee: number | null;
              currency: components['schemas']['Currency'];
              activatedAt: string | null;
              cancelledAt: string | null;
              feeEndMonth: string | null;
              quarantineUntil: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOwnedNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        numberId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The number */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "number": "+81345678901",
           *       "numberDisplay": "03-4567-8901",
           *       "kind": "local",
           *       "country": "JP",
           *       "status": "active",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "monthlyFee": 1100,
           *       "currency": "JPY",
           *       "activatedAt": "2026-11-28T01:20:03.512Z",
           *       "cancelledAt": null,
           *       "feeEndMonth": null,
           *       "quarantineUntil": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            number: components['schemas']['E164'];
            /** @description The national form a person reads */
            numberDisplay: string;
            kind: string;
            country: string;
            /** @enum {string} */
            status: 'active' | 'quarantine';
            circleId: string | null;
            monthlyFee: number | null;
            currency: components['schemas']['Currency'];
            activatedAt: string | null;
            cancelledAt: string | null;
            feeEndMonth: string | null;
            quarantineUntil: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        numberId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled number */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "number": "+81345678901",
           *       "numberDisplay": "03-4567-8901",
           *       "kind": "local",
           *       "country": "JP",
           *       "status": "quarantine",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "monthlyFee": 1100,
           *       "currency": "JPY",
           *       "activatedAt": "2026-11-28T01:20:03.512Z",
           *       "cancelledAt": "2026-11-28T03:00:00.000Z",
           *       "feeEndMonth": "2026-11",
           *       "quarantineUntil": "2027-02-26T12:00:00+09:00"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            number: components['schemas']['E164'];
            /** @description The national form a person reads */
            numberDisplay: string;
            kind: string;
            country: string;
            /** @enum {string} */
            status: 'active' | 'quarantine';
            circleId: string | null;
            monthlyFee: number | null;
            currency: components['schemas']['Currency'];
            activatedAt: string | null;
            cancelledAt: string | null;
            feeEndMonth: string | null;
            quarantineUntil: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUniques: {
    parameters: {
      query?: {
        circleId?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Uniques, in code order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *           "code": "U0012345",
           *           "kind": "sip_terminal",
           *           "status": "active",
           *           "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *           "name": "山田 太郎",
           *           "incomingExtension": "201",
           *           "monthlyFee": 550,
           *           "currency": "JPY",
           *           "canLogIn": true,
           *           "activatedAt": "2026-11-28T01:20:03.512Z",
           *           "cancelledAt": null,
           *           "feeEndMonth": null
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              code: string;
              kind: string;
              /** @enum {string} */
              status: 'active' | 'cancelled';
              /** Format: uuid */
              circleId: string;
              name: string | null;
              incomingExtension: string | null;
              monthlyFee: number;
              currency: components['schemas']['Currency'];
              canLogIn: boolean;
              activatedAt: string | null;
              cancelledAt: string | null;
              feeEndMonth: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUniqueSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uniqueId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *       "code": "U0012345",
           *       "kind": "sip_terminal",
           *       "status": "active",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "loginServer": "sip.example.jp",
           *       "sipUser": "u0012345",
           *       "guestManagementNumber": null,
           *       "name": "山田 太郎",
           *       "affiliation": "営業部",
           *       "englishAnnouncement": false,
           *       "pickupGroup": 1,
           *       "pickupNotification": false,
           *       "pickupNotificationNumber": null,
           *       "pickupNotificationNumberDisplay": null,
           *       "pickupNotificationVoice": false,
           *       "notes": null,
           *       "incomingNumbers": [
           *         {
           *           "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901"
           *         }
           *       ],
           *       "numberChoices": [
           *         {
           *           "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901"
           *         }
           *       ],
           *       "callerId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "callerIdNumber": "+81345678901",
           *       "callerIdNumberDisplay": "03-4567-8901",
           *       "outboundProhibited": false,
           *       "incomingExtension": "201",
           *       "outgoingExtension": "same_as_incoming"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            code: string;
            kind: string;
            status: string;
            /** Format: uuid */
            circleId: string;
            loginServer: string | null;
            sipUser: string | null;
            guestManagementNumber: string | null;
            name: string | null;
            affiliation: string | null;
            englishAnnouncement: boolean;
            pickupGroup: number | null;
            pickupNotification: boolean;
            /** @description null when not set, or when it is an extension (see the display) */
            pickupNotificationNumber: components['schemas']['E164'] | null;
            /** @description as a person reads it: 03-1234-5678, or an extension */
            pickupNotificationNumberDisplay: string | null;
            pickupNotificationVoice: boolean;
            notes: string | null;
            incomingNumbers: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
            }[];
            /** @description the circle's active numbers: the choices for the incoming numbers and the caller ID */
            numberChoices: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
            }[];
            /** @description a number ID of the circle, "prohibited", or null when not set */
            callerId: string | null;
            /** @description the number shown to the called party */
            callerIdNumber: components['schemas']['E164'] | null;
            callerIdNumberDisplay: string | null;
            outboundProhibited: boolean;
            incomingExtension: string | null;
            /** @description "same_as_incoming" or a 2-5 digit extension */
            outgoingExtension: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateUniqueSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uniqueId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "山田 太郎",
         *       "affiliation": "営業部",
         *       "incomingNumberIds": [
         *         "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54"
         *       ],
         *       "callerId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
         *       "incomingExtension": "201"
         *     }
         */
        'application/json': {
          name?: string | null;
          affiliation?: string | null;
          guestManagementNumber?: string | null;
          englishAnnouncement?: boolean;
          pickupGroup?: number | null;
          pickupNotification?: boolean;
          pickupNotificationNumber?: string | null;
          pickupNotificationVoice?: boolean;
          notes?: string | null;
          /** @description numbers of the same circle whose calls ring here (required: at least one; an empty list is refused) */
          incomingNumberIds?: string[];
          /** @description a number of the circle, or "prohibited" to block every outside call (required: null is refused) */
          callerId?: (string | 'prohibited') | null;
          /** @description 2-5 digits, unique within the circle */
          incomingExtension?: string;
          /** @description "same_as_incoming" or 2-5 digits */
          outgoingExtension?: string;
        };
      };
    };
    responses: {
      /** @description Updated settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *       "code": "U0012345",
           *       "kind": "sip_terminal",
           *       "status": "active",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "loginServer": "sip.example.jp",
           *       "sipUser": "u0012345",
           *       "guestManagementNumber": null,
           *       "name": "山田 太郎",
           *       "affiliation": "営業部",
           *       "englishAnnouncement": false,
           *       "pickupGroup": 1,
           *       "pickupNotification": false,
           *       "pickupNotificationNumber": null,
           *       "pickupNotificationNumberDisplay": null,
           *       "pickupNotificationVoice": false,
           *       "notes": null,
           *       "incomingNumbers": [
           *         {
           *           "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901"
           *         }
           *       ],
           *       "numberChoices": [
           *         {
           *           "id": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *           "number": "+81345678901",
           *           "numberDisplay": "03-4567-8901"
           *         }
           *       ],
           *       "callerId": "2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54",
           *       "callerIdNumber": "+81345678901",
           *       "callerIdNumberDisplay": "03-4567-8901",
           *       "outboundProhibited": false,
           *       "incomingExtension": "201",
           *       "outgoingExtension": "same_as_incoming"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            code: string;
            kind: string;
            status: string;
            /** Format: uuid */
            circleId: string;
            loginServer: string | null;
            sipUser: string | null;
            guestManagementNumber: string | null;
            name: string | null;
            affiliation: string | null;
            englishAnnouncement: boolean;
            pickupGroup: number | null;
            pickupNotification: boolean;
            /** @description null when not set, or when it is an extension (see the display) */
            pickupNotificationNumber: components['schemas']['E164'] | null;
            /** @description as a person reads it: 03-1234-5678, or an extension */
            pickupNotificationNumberDisplay: string | null;
            pickupNotificationVoice: boolean;
            notes: string | null;
            incomingNumbers: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
            }[];
            /** @description the circle's active numbers: the choices for the incoming numbers and the caller ID */
            numberChoices: {
              /** Format: uuid */
              id: string;
              number: components['schemas']['E164'];
              /** @description The national form a person reads */
              numberDisplay: string;
            }[];
            /** @description a number ID of the circle, "prohibited", or null when not set */
            callerId: string | null;
            /** @description the number shown to the called party */
            callerIdNumber: components['schemas']['E164'] | null;
            callerIdNumberDisplay: string | null;
            outboundProhibited: boolean;
            incomingExtension: string | null;
            /** @description "same_as_incoming" or a 2-5 digit extension */
            outgoingExtension: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setUniqueLoginPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uniqueId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "password": "Hikari-2026-Shibuya"
         *     }
         */
        'application/json': {
          password: string;
        };
      };
    };
    responses: {
      /** @description Set */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resetUniqueSipPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uniqueId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description New credentials */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *       "code": "U0012345",
           *       "sipUser": "u0012345",
           *       "loginServer": "sip.example.jp",
           *       "sipPassword": "q3Vd8sKx2LmPz7Wn"
           *     }
           */
          'application/json': {
            /**
             * Format: uuid
             * @description The unique
             */
            id: string;
            code: string;
            sipUser: string;
            loginServer: string;
            sipPassword: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelUnique: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uniqueId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled unique */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *       "code": "U0012345",
           *       "kind": "sip_terminal",
           *       "status": "cancelled",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "name": "山田 太郎",
           *       "incomingExtension": "201",
           *       "monthlyFee": 550,
           *       "currency": "JPY",
           *       "canLogIn": false,
           *       "activatedAt": "2026-11-28T01:20:03.512Z",
           *       "cancelledAt": "2026-11-28T03:00:00.000Z",
           *       "feeEndMonth": "2026-11"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            code: string;
            kind: string;
            /** @enum {string} */
            status: 'active' | 'cancelled';
            /** Format: uuid */
            circleId: string;
            name: string | null;
            incomingExtension: string | null;
            monthlyFee: number;
            currency: components['schemas']['Currency'];
            canLogIn: boolean;
            activatedAt: string | null;
            cancelledAt: string | null;
            feeEndMonth: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  searchContacts: {
    parameters: {
      query?: {
        q?: string;
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path: {
        circleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Contacts, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "3e9b5d21-7c4f-4a86-b0d3-8f1a6c2e9b47",
           *           "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *           "name": "佐藤 花子",
           *           "nameKana": "サトウ ハナコ",
           *           "company": "株式会社さくら商事",
           *           "number": "+81312345678",
           *           "numberDisplay": "03-1234-5678",
           *           "notes": "経理担当",
           *           "createdAt": "2026-11-28T01:30:00.000Z",
           *           "updatedAt": "2026-11-28T01:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              circleId: string;
              name: string;
              nameKana: string | null;
              company: string | null;
              /** @description null for a short number (110) or an extension, which have no E.164: see the display */
              number: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678), or the short number as dialled */
              numberDisplay: string;
              notes: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addContact: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        circleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "佐藤 花子",
         *       "nameKana": "サトウ ハナコ",
         *       "company": "株式会社さくら商事",
         *       "number": "0312345678",
         *       "notes": "経理担当"
         *     }
         */
        'application/json': {
          name: string;
          nameKana?: string | null;
          company?: string | null;
          number: string;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description The contact; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/circles/9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22/contacts/3e9b5d21-7c4f-4a86-b0d3-8f1a6c2e9b47
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3e9b5d21-7c4f-4a86-b0d3-8f1a6c2e9b47",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "name": "佐藤 花子",
           *       "nameKana": "サトウ ハナコ",
           *       "company": "株式会社さくら商事",
           *       "number": "+81312345678",
           *       "numberDisplay": "03-1234-5678",
           *       "notes": "経理担当",
           *       "createdAt": "2026-11-28T01:30:00.000Z",
           *       "updatedAt": "2026-11-28T01:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            circleId: string;
            name: string;
            nameKana: string | null;
            company: string | null;
            /** @description null for a short number (110) or an extension, which have no E.164: see the display */
            number: components['schemas']['E164'] | null;
            /** @description The form a person reads (03-1234-5678), or the short number as dialled */
            numberDisplay: string;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3e9b5d21-7c4f-4a86-b0d3-8f1a6c2e9b47",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "name": "佐藤 花子",
           *       "nameKana": "サトウ ハナコ",
           *       "company": "株式会社さくら商事",
           *       "number": "+81312345678",
           *       "numberDisplay": "03-1234-5678",
           *       "notes": "経理担当",
           *       "createdAt": "2026-11-28T01:30:00.000Z",
           *       "updatedAt": "2026-11-28T01:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            circleId: string;
            name: string;
            nameKana: string | null;
            company: string | null;
            /** @description null for a short number (110) or an extension, which have no E.164: see the display */
            number: components['schemas']['E164'] | null;
            /** @description The form a person reads (03-1234-5678), or the short number as dialled */
            numberDisplay: string;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        circleId: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "company": "株式会社さくら商事 大阪支店",
         *       "number": "0667891234"
         *     }
         */
        'application/json': {
          name?: string;
          nameKana?: string | null;
          company?: string | null;
          number?: string;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description The contact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3e9b5d21-7c4f-4a86-b0d3-8f1a6c2e9b47",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "name": "佐藤 花子",
           *       "nameKana": "サトウ ハナコ",
           *       "company": "株式会社さくら商事",
           *       "number": "+81312345678",
           *       "numberDisplay": "03-1234-5678",
           *       "notes": "経理担当",
           *       "createdAt": "2026-11-28T01:30:00.000Z",
           *       "updatedAt": "2026-11-28T01:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            circleId: string;
            name: string;
            nameKana: string | null;
            company: string | null;
            /** @description null for a short number (110) or an extension, which have no E.164: see the display */
            number: components['schemas']['E164'] | null;
            /** @description The form a person reads (03-1234-5678), or the short number as dialled */
            numberDisplay: string;
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  carrierWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Received */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "received": true,
           *       "duplicate": false
           *     }
           */
          'application/json': {
            /** @constant */
            received: true;
            duplicate: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Bad signature */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPriceVersions: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The prices (JPY, tax excluded) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "sip_terminal",
           *           "kind": "sip_terminal",
           *           "country": "",
           *           "current": {
           *             "id": "0d5c9e38-1a7b-4f26-8e43-b9f2a6c1d704",
           *             "kind": "sip_terminal",
           *             "country": "",
           *             "monthly": 550,
           *             "initial": 0,
           *             "currency": "JPY",
           *             "validFrom": "2023-12-31T15:00:00.000Z",
           *             "createdBy": null,
           *             "createdAt": "2026-11-28T02:10:00.000Z",
           *             "note": "seeded from the environment"
           *           },
           *           "scheduled": [
           *             {
           *               "id": "6a2f8c41-3d9e-4b57-a0c8-2e7d5f1b9c63",
           *               "kind": "sip_terminal",
           *               "country": "",
           *               "monthly": 605,
           *               "initial": 0,
           *               "currency": "JPY",
           *               "validFrom": "2027-03-31T15:00:00.000Z",
           *               "createdBy": {
           *                 "id": "1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71",
           *                 "name": "鈴木 一郎"
           *               },
           *               "createdAt": "2026-11-28T02:10:00.000Z",
           *               "note": "2027年4月の価格改定"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null,
           *       "at": "2026-11-28T02:15:00.000Z"
           *     }
           */
          'application/json': {
            items: {
              /** @description The price key: the kind, or overseas:<country> */
              id: string;
              /** @enum {string} */
              kind: 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
              country: string;
              current: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
                /** @description ISO 3166 alpha-2 for overseas numbers, '' otherwise */
                country: string;
                monthly: number;
                initial: number;
                currency: components['schemas']['Currency'];
                /** Format: date-time */
                validFrom: string;
                /** @description null for a price seeded from the environment */
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                /** Format: date-time */
                createdAt: string;
                note: string | null;
              } | null;
              scheduled: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
                /** @description ISO 3166 alpha-2 for overseas numbers, '' otherwise */
                country: string;
                monthly: number;
                initial: number;
                currency: components['schemas']['Currency'];
                /** Format: date-time */
                validFrom: string;
                /** @description null for a price seeded from the environment */
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                /** Format: date-time */
                createdAt: string;
                note: string | null;
              }[];
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** Format: date-time */
            at: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  schedulePriceVersion: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "sip_terminal",
         *       "monthly": 605,
         *       "initial": 0,
         *       "validFrom": "2027-04-01T00:00:00+09:00",
         *       "note": "2027年4月の価格改定"
         *     }
         */
        'application/json': {
          kind: string;
          country?: string;
          monthly: number;
          initial: number;
          /** Format: date-time */
          validFrom: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description The scheduled version; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/catalog/prices/6a2f8c41-3d9e-4b57-a0c8-2e7d5f1b9c63
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6a2f8c41-3d9e-4b57-a0c8-2e7d5f1b9c63",
           *       "kind": "sip_terminal",
           *       "country": "",
           *       "monthly": 605,
           *       "initial": 0,
           *       "currency": "JPY",
           *       "validFrom": "2027-03-31T15:00:00.000Z",
           *       "createdBy": {
           *         "id": "1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71",
           *         "name": "鈴木 一郎"
           *       },
           *       "createdAt": "2026-11-28T02:10:00.000Z",
           *       "note": "2027年4月の価格改定"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
            /** @description ISO 3166 alpha-2 for overseas numbers, '' otherwise */
            country: string;
            monthly: number;
            initial: number;
            currency: components['schemas']['Currency'];
            /** Format: date-time */
            validFrom: string;
            /** @description null for a price seeded from the environment */
            createdBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            note: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPriceVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6a2f8c41-3d9e-4b57-a0c8-2e7d5f1b9c63",
           *       "kind": "sip_terminal",
           *       "country": "",
           *       "monthly": 605,
           *       "initial": 0,
           *       "currency": "JPY",
           *       "validFrom": "2027-03-31T15:00:00.000Z",
           *       "createdBy": {
           *         "id": "1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71",
           *         "name": "鈴木 一郎"
           *       },
           *       "createdAt": "2026-11-28T02:10:00.000Z",
           *       "note": "2027年4月の価格改定"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';
            /** @description ISO 3166 alpha-2 for overseas numbers, '' otherwise */
            country: string;
            monthly: number;
            initial: number;
            currency: components['schemas']['Currency'];
            /** Format: date-time */
            validFrom: string;
            /** @description null for a price seeded from the environment */
            createdBy: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            note: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawPriceVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn (also when it already was) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeviceCatalog: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The catalog */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "GXP1620",
           *           "code": "GXP1620",
           *           "maker": "Grandstream",
           *           "name": "GXP1620 IP電話機",
           *           "features": [
           *             "2 SIPアカウント",
           *             "HDオーディオ",
           *             "PoE対応"
           *           ],
           *           "sipAccounts": 2,
           *           "warrantyMonths": 12,
           *           "price": 9800,
           *           "priceWithTax": 10780,
           *           "currency": "JPY",
           *           "stock": 42,
           *           "inStock": true
           *         }
           *       ],
           *       "nextCursor": null,
           *       "taxRate": 10
           *     }
           */
          'application/json': {
            items: {
              /** @description The model code */
              id: string;
              code: string;
              maker: string;
              name: string;
              features: string[];
              sipAccounts: number;
              warrantyMonths: number;
              price: number;
              priceWithTax: number;
              currency: components['schemas']['Currency'];
              stock: number;
              inStock: boolean;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** @constant */
            taxRate: 10;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  quoteDevicesOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "model": "GXP1620",
         *       "quantity": 1,
         *       "settings": {
         *         "mode": "preconfigured",
         *         "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
         *         "devices": [
         *           {
         *             "uniqueId": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98"
         *           }
         *         ]
         *       },
         *       "shipTo": {
         *         "name": "山田 太郎",
         *         "postalCode": "150-0002",
         *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
         *         "phone": "03-1234-5678"
         *       },
         *       "payment": {
         *         "method": "card",
         *         "cardToken": "tok_sandbox_4f8a2c91d7e3"
         *       }
         *     }
         */
        'application/json': {
          model: string;
          quantity: number;
          /**
           * @default {
           *       "mode": "none"
           *     }
           */
          settings?:
            | {
                /** @constant */
                mode: 'none';
              }
            | {
                /** @constant */
                mode: 'preconfigured';
                /** Format: uuid */
                circleId: string;
                devices: {
                  /** Format: uuid */
                  uniqueId: string;
                  /** Format: uuid */
                  secondUniqueId?: string;
                }[];
              };
          shipTo: {
            name: string;
            postalCode: string;
            address: string;
            phone: string;
          };
          /**
           * @description The prepaid balance (default), or paid directly like a top-up of the total: a new card (the processor's token; 3-D Secure), a registered card, or a convenience store slip
           * @default {
           *       "method": "balance"
           *     }
           */
          payment?:
            | {
                /** @constant */
                method: 'balance';
              }
            | {
                /** @constant */
                method: 'card';
                cardToken: string;
              }
            | {
                /** @constant */
                method: 'registered_card';
                /** Format: uuid */
                cardId: string;
              }
            | {
                /** @constant */
                method: 'konbini';
              };
        };
      };
    };
    responses: {
      /** @description The quote */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "model": "GXP1620",
           *       "quantity": 1,
           *       "unitPrice": 9800,
           *       "subtotal": 9800,
           *       "tax": 980,
           *       "total": 10780,
           *       "balance": 20000,
           *       "currency": "JPY",
           *       "sufficient": true,
           *       "inStock": true
           *     }
           */
          'application/json': {
            model: string;
            quantity: number;
            unitPrice: number;
            subtotal: number;
            tax: number;
            total: number;
            balance: number;
            currency: components['schemas']['Currency'];
            sufficient: boolean;
            inStock: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  placeDevicesOrder: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "model": "GXP1620",
         *       "quantity": 1,
         *       "settings": {
         *         "mode": "preconfigured",
         *         "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
         *         "devices": [
         *           {
         *             "uniqueId": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98"
         *           }
         *         ]
         *       },
         *       "shipTo": {
         *         "name": "山田 太郎",
         *         "postalCode": "150-0002",
         *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
         *         "phone": "03-1234-5678"
         *       },
         *       "payment": {
         *         "method": "card",
         *         "cardToken": "tok_sandbox_4f8a2c91d7e3"
         *       }
         *     }
         */
        'application/json': {
          model: string;
          quantity: number;
          /**
           * @default {
           *       "mode": "none"
           *     }
           */
          settings?:
            | {
                /** @constant */
                mode: 'none';
              }
            | {
                /** @constant */
                mode: 'preconfigured';
                /** Format: uuid */
                circleId: string;
                devices: {
                  /** Format: uuid */
                  uniqueId: string;
                  /** Format: uuid */
                  secondUniqueId?: string;
                }[];
              };
          shipTo: {
            name: string;
            postalCode: string;
            address: string;
            phone: string;
          };
          /**
           * @description The prepaid balance (default), or paid directly like a top-up of the total: a new card (the processor's token; 3-D Secure), a registered card, or a convenience store slip
           * @default {
           *       "method": "balance"
           *     }
           */
          payment?:
            | {
                /** @constant */
                method: 'balance';
              }
            | {
                /** @constant */
                method: 'card';
                cardToken: string;
              }
            | {
                /** @constant */
                method: 'registered_card';
                /** Format: uuid */
                cardId: string;
              }
            | {
                /** @constant */
                method: 'konbini';
              };
        };
      };
    };
    responses: {
      /** @description The order: stock reserved; paid directly, awaiting_payment with the nextAction of its payment; Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/device-orders/4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "kind": "devices",
           *       "status": "awaiting_payment",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "subtotal": 9800,
           *       "tax": 980,
           *       "total": 10780,
           *       "refunded": 0,
           *       "currency": "JPY",
           *       "totals": {
           *         "subtotal": 9800,
           *         "taxByRate": [
           *           {
           *             "rate": 10,
           *             "taxable": 9800,
           *             "tax": 980
           *           }
           *         ],
           *         "tax": 980,
           *         "total": 10780,
           *         "currency": "JPY"
           *       },
           *       "detail": {
           *         "model": "GXP1620",
           *         "modelName": "GXP1620 IP電話機",
           *         "quantity": 1,
           *         "preconfigured": true
           *       },
           *       "nextAction": {
           *         "type": "three_d_secure",
           *         "url": "https://pay.example-processor.jp/3ds/ch_8f2a61c4?return_url=https%3A%2F%2Fportal.example.jp%2Forders%2F4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *         "expiresAt": "2026-11-28T10:15:00+09:00"
           *       },
           *       "failureReason": null,
           *       "createdAt": "2026-11-28T01:15:42.120Z",
           *       "updatedAt": "2026-11-28T01:15:42.120Z",
           *       "closedAt": null,
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "model": "GXP1620",
           *           "status": "reserved",
           *           "mac": null,
           *           "serial": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "uniqueId": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *               "code": "U0012345"
           *             }
           *           ],
           *           "preconfigured": true,
           *           "online": false,
           *           "configFetchedAt": null,
           *           "lastFetchAt": null,
           *           "fetchCount": 0
           *         }
           *       ],
           *       "shipment": null,
           *       "payment": {
           *         "method": "card",
           *         "topupId": "6d2f9b41-0c7e-4a58-b3d1-9e5a7c2f8b60",
           *         "status": "awaiting_3ds"
           *       }
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /**
             * @description overseas_number: an overseas number bought by its own purchase
             * @enum {string}
             */
            kind: 'topup' | 'services' | 'devices' | 'overseas_number';
            status: string;
            circleId: string | null;
            subtotal: number;
            tax: number;
            total: number;
            /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
            refunded: number;
            currency: components['schemas']['Currency'];
            totals: {
              [key: string]: unknown;
            };
            detail: {
              [key: string]: unknown;
            };
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            closedAt: string | null;
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              model: string;
              status: string;
              mac: string | null;
              serial: string | null;
              uniques: {
                slot: number;
                /** Format: uuid */
                uniqueId: string;
                code: string | null;
              }[];
              preconfigured: boolean;
              online: boolean;
              configFetchedAt: string | null;
              lastFetchAt: string | null;
              fetchCount: number;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
            /** @description How the order is paid; while it is awaiting_payment, nextAction says what to do (3-D Secure, konbini slip) */
            payment: {
              /** @enum {string} */
              method: 'balance' | 'card' | 'registered_card' | 'konbini';
              /** @description Paid directly: the top-up of the total that takes the payment (GET /v1/prepaid/topups/{id}) */
              topupId: string | null;
              /** @description Paid directly: the top-up's status (awaiting_3ds, awaiting_payment, credited, failed, expired...) */
              status: string | null;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDevices: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Phones, newest order first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "model": "GXP1620",
           *           "status": "shipped",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "uniqueId": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *               "code": "U0012345"
           *             }
           *           ],
           *           "preconfigured": true,
           *           "online": true,
           *           "configFetchedAt": "2026-11-29T00:05:12.000Z",
           *           "lastFetchAt": "2026-11-29T00:05:12.000Z",
           *           "fetchCount": 1,
           *           "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *           "orderedAt": "2026-11-28T01:15:42.120Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              position: number;
              model: string;
              status: string;
              mac: string | null;
              serial: string | null;
              uniques: {
                slot: number;
                /** Format: uuid */
                uniqueId: string;
                code: string | null;
              }[];
              preconfigured: boolean;
              online: boolean;
              configFetchedAt: string | null;
              lastFetchAt: string | null;
              fetchCount: number;
              /** Format: uuid */
              orderId: string;
              /** Format: date-time */
              orderedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDevicesOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "kind": "devices",
           *       "status": "shipped",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "subtotal": 9800,
           *       "tax": 980,
           *       "total": 10780,
           *       "refunded": 0,
           *       "currency": "JPY",
           *       "totals": {
           *         "subtotal": 9800,
           *         "taxByRate": [
           *           {
           *             "rate": 10,
           *             "taxable": 9800,
           *             "tax": 980
           *           }
           *         ],
           *         "tax": 980,
           *         "total": 10780,
           *         "currency": "JPY"
           *       },
           *       "detail": {
           *         "model": "GXP1620",
           *         "modelName": "GXP1620 IP電話機",
           *         "quantity": 1,
           *         "preconfigured": true
           *       },
           *       "nextAction": null,
           *       "failureReason": null,
           *       "createdAt": "2026-11-28T01:15:42.120Z",
           *       "updatedAt": "2026-11-28T01:15:42.120Z",
           *       "closedAt": null,
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "model": "GXP1620",
           *           "status": "shipped",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "uniqueId": "5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98",
           *               "code": "U0012345"
           *             }
           *           ],
           *           "preconfigured": true,
           *           "online": true,
           *           "configFetchedAt": "2026-11-29T00:05:12.000Z",
           *           "lastFetchAt": "2026-11-29T00:05:12.000Z",
           *           "fetchCount": 1
           *         }
           *       ],
           *       "shipment": {
           *         "carrier": "yamato",
           *         "carrierName": "ヤマト運輸",
           *         "trackingNumber": "123456789012",
           *         "trackingUrl": "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=123456789012",
           *         "shippedAt": "2026-11-28T16:30:00+09:00",
           *         "deliveredAt": null
           *       },
           *       "payment": {
           *         "method": "balance",
           *         "topupId": null,
           *         "status": null
           *       }
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /**
             * @description overseas_number: an overseas number bought by its own purchase
             * @enum {string}
             */
            kind: 'topup' | 'services' | 'devices' | 'overseas_number';
            status: string;
            circleId: string | null;
            subtotal: number;
            tax: number;
            total: number;
            /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
            refunded: number;
            currency: components['schemas']['Currency'];
            totals: {
              [key: string]: unknown;
            };
            detail: {
              [key: string]: unknown;
            };
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            closedAt: string | null;
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              model: string;
              status: string;
              mac: string | null;
              serial: string | null;
              uniques: {
                slot: number;
                /** Format: uuid */
                uniqueId: string;
                code: string | null;
              }[];
              preconfigured: boolean;
              online: boolean;
              configFetchedAt: string | null;
              lastFetchAt: string | null;
              fetchCount: number;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
            /** @description How the order is paid; while it is awaiting_payment, nextAction says what to do (3-D Secure, konbini slip) */
            payment: {
              /** @enum {string} */
              method: 'balance' | 'card' | 'registered_card' | 'konbini';
              /** @description Paid directly: the top-up of the total that takes the payment (GET /v1/prepaid/topups/{id}) */
              topupId: string | null;
              /** @description Paid directly: the top-up's status (awaiting_3ds, awaiting_payment, credited, failed, expired...) */
              status: string | null;
            };
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelDevicesOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "kind": "devices",
           *       "status": "cancelled",
           *       "circleId": "9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22",
           *       "subtotal": 3300,
           *       "tax": 330,
           *       "total": 3630,
           *       "refunded": 0,
           *       "currency": "JPY",
           *       "totals": {
           *         "subtotal": 3300,
           *         "taxByRate": [
           *           {
           *             "rate": 10,
           *             "taxable": 3300,
           *             "tax": 330
           *           }
           *         ],
           *         "tax": 330,
           *         "total": 3630,
           *         "currency": "JPY"
           *       },
           *       "detail": {
           *         "circleName": "渋谷オフィス"
           *       },
           *       "nextAction": null,
           *       "failureReason": "cancelled by the customer",
           *       "createdAt": "2026-11-28T01:15:42.120Z",
           *       "updatedAt": "2026-11-28T01:15:42.120Z",
           *       "closedAt": "2026-11-28T02:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /**
             * @description overseas_number: an overseas number bought by its own purchase
             * @enum {string}
             */
            kind: 'topup' | 'services' | 'devices' | 'overseas_number';
            status: string;
            circleId: string | null;
            subtotal: number;
            tax: number;
            total: number;
            /** @description Yen of this order given back to the prepaid balance: numbers the carrier refused (the rest completed), or all of a failed services or overseas number order */
            refunded: number;
            currency: components['schemas']['Currency'];
            totals: {
              [key: string]: unknown;
            };
            detail: {
              [key: string]: unknown;
            };
            nextAction: {
              [key: string]: unknown;
            } | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  receiveParcelWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Received */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "received": true,
           *       "duplicate": false
           *     }
           */
          'application/json': {
            /** @constant */
            received: true;
            duplicate: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWarehouseTasks: {
    parameters: {
      query?: {
        status?: 'open' | 'in_transit' | 'done' | 'cancelled';
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tasks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *           "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *           "status": "open",
           *           "step": "scan",
           *           "claim": {
           *             "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *             "staffName": "高橋 健",
           *             "claimedAt": "2026-11-28T02:40:00.000Z",
           *             "expiresAt": "2026-11-28T11:55:00+09:00"
           *           },
           *           "model": "GXP1620",
           *           "modelName": "GXP1620 IP電話機",
           *           "quantity": 1,
           *           "preconfigured": true,
           *           "shipToName": "山田 太郎",
           *           "createdAt": "2026-11-28T01:15:43.010Z",
           *           "updatedAt": "2026-11-28T02:41:12.300Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @enum {string} */
              status: 'open' | 'in_transit' | 'done' | 'cancelled';
              step: string;
              claim: {
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                claimedAt: string;
                /** Format: date-time */
                expiresAt: string;
              } | null;
              model: string;
              modelName: string;
              quantity: number;
              preconfigured: boolean;
              shipToName: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWarehouseTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  claimWarehouseTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseWarehouseTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  warehousePick: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  warehouseScan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "deviceId": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
         *       "mac": "00:0B:82:A1:B2:C3",
         *       "serial": "20EZ8A1B2C3"
         *     }
         */
        'application/json': {
          /** Format: uuid */
          deviceId: string;
          mac: string;
          serial: string;
        };
      };
    };
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  warehousePack: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "override": {
         *         "reason": "テストベンチのネットワーク障害のため、設定の取得を手動で確認しました"
         *       }
         *     }
         */
        'application/json': {
          /** @description Pack although a pre-configured phone has not fetched its configuration; the reason is kept on the unit */
          override?: {
            reason: string;
          };
        };
      };
    };
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  warehouseShip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "carrier": "yamato",
         *       "trackingNumber": "1234-5678-9012"
         *     }
         */
        'application/json': {
          /** @enum {string} */
          carrier: 'yamato' | 'sagawa' | 'japanpost';
          trackingNumber: string;
        };
      };
    };
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  warehouseDeliver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task as the pack slip shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "e1b7c4a2-9f35-4d08-b6a1-4c8e2d7f0b93",
           *       "orderId": "4f6c2a1e-8d3b-4c7a-9e21-5b8f0d3c6a71",
           *       "status": "open",
           *       "step": "scan",
           *       "claim": {
           *         "staffId": "2a9c6e13-4b7d-4f80-9e25-8d1f3b6c0a47",
           *         "staffName": "高橋 健",
           *         "claimedAt": "2026-11-28T02:40:00.000Z",
           *         "expiresAt": "2026-11-28T11:55:00+09:00"
           *       },
           *       "model": "GXP1620",
           *       "modelName": "GXP1620 IP電話機",
           *       "quantity": 1,
           *       "preconfigured": true,
           *       "shipToName": "山田 太郎",
           *       "createdAt": "2026-11-28T01:15:43.010Z",
           *       "updatedAt": "2026-11-28T02:41:12.300Z",
           *       "shipTo": {
           *         "name": "山田 太郎",
           *         "postalCode": "150-0002",
           *         "address": "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F",
           *         "phone": "+81312345678",
           *         "phoneDisplay": "03-1234-5678"
           *       },
           *       "devices": [
           *         {
           *           "id": "8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14",
           *           "position": 1,
           *           "status": "scanned",
           *           "mac": "000B82A1B2C3",
           *           "serial": "20EZ8A1B2C3",
           *           "scannedAt": "2026-11-28T02:41:12.300Z",
           *           "needsConfigFetch": true,
           *           "configFetchedAt": "2026-11-28T02:43:05.120Z",
           *           "configOverride": null,
           *           "uniques": [
           *             {
           *               "slot": 1,
           *               "code": "U0012345"
           *             }
           *           ],
           *           "provisioning": {
           *             "configServer": "https://api.example.jp/provisioning",
           *             "fileUrl": "https://api.example.jp/provisioning/cfg000B82A1B2C3.xml",
           *             "username": "prov-8b4d2f60",
           *             "password": "Xk3vP9qL2mWz"
           *           }
           *         }
           *       ],
           *       "shipment": null
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'open' | 'in_transit' | 'done' | 'cancelled';
            step: string;
            claim: {
              /** Format: uuid */
              staffId: string;
              staffName: string;
              /** Format: date-time */
              claimedAt: string;
              /** Format: date-time */
              expiresAt: string;
            } | null;
            model: string;
            modelName: string;
            quantity: number;
            preconfigured: boolean;
            shipToName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            shipTo: {
              name: string;
              postalCode: string;
              address: string;
              /** @description null when the number given has no E.164 form: see the display */
              phone: components['schemas']['E164'] | null;
              /** @description The form a person reads (03-1234-5678) */
              phoneDisplay: string;
            };
            devices: {
              /** Format: uuid */
              id: string;
              position: number;
              status: string;
              mac: string | null;
              serial: string | null;
              scannedAt: string | null;
              /** @description A pre-configured unit: its phone must fetch its configuration at the test bench before packing */
              needsConfigFetch: boolean;
              /** @description The phone's first fetch of its configuration file */
              configFetchedAt: string | null;
              /** @description Packed without a fetch: who decided, when and why (kept for audit) */
              configOverride: {
                reason: string;
                /** Format: uuid */
                staffId: string;
                staffName: string;
                /** Format: date-time */
                at: string;
              } | null;
              uniques: {
                slot: number;
                code: string | null;
              }[];
              provisioning: {
                configServer: string;
                fileUrl: string;
                username: string;
                password: string;
              } | null;
            }[];
            shipment: {
              carrier: string;
              carrierName: string;
              trackingNumber: string;
              /** @description the carrier's tracking page for this parcel */
              trackingUrl: string | null;
              /** @description Japan time */
              shippedAt: string | null;
              /** @description Japan time */
              deliveredAt: string | null;
            } | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeviceConfiguration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gs_provision XML file (application/xml) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Credentials missing or wrong */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeviceStock: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stock levels */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "GXP1620",
           *           "code": "GXP1620",
           *           "name": "GXP1620 IP電話機",
           *           "maker": "Grandstream",
           *           "active": true,
           *           "stock": 62,
           *           "lastReceivedAt": "2026-11-28T02:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** @description The model code */
              id: string;
              code: string;
              name: string;
              maker: string;
              active: boolean;
              stock: number;
              lastReceivedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeviceStockReceipts: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Receipts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "c7e2a9d4-5b18-4f63-a0e7-6d3b9c1f2a85",
           *           "modelCode": "GXP1620",
           *           "quantity": 20,
           *           "stockAfter": 62,
           *           "note": "11月入荷分（納品書 No. 2026-1128）",
           *           "receivedBy": {
           *             "id": "1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71",
           *             "name": "鈴木 一郎"
           *           },
           *           "receivedAt": "2026-11-28T02:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              modelCode: string;
              quantity: number;
              stockAfter: number;
              note: string;
              receivedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** Format: date-time */
              receivedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  receiveDeviceStock: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "quantity": 20,
         *       "note": "11月入荷分（納品書 No. 2026-1128）"
         *     }
         */
        'application/json': {
          quantity: number;
          note?: string;
        };
      };
    };
    responses: {
      /** @description The receipt (duplicate: a retry of a receipt already recorded); Location is its address */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/devices/models/GXP1620/stock-receipts/c7e2a9d4-5b18-4f63-a0e7-6d3b9c1f2a85
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "c7e2a9d4-5b18-4f63-a0e7-6d3b9c1f2a85",
           *       "modelCode": "GXP1620",
           *       "quantity": 20,
           *       "stockAfter": 62,
           *       "note": "11月入荷分（納品書 No. 2026-1128）",
           *       "receivedBy": {
           *         "id": "1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71",
           *         "name": "鈴木 一郎"
           *       },
           *       "receivedAt": "2026-11-28T02:30:00.000Z",
           *       "duplicate": false
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            modelCode: string;
            quantity: number;
            stockAfter: number;
            note: string;
            receivedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** Format: date-time */
            receivedAt: string;
            duplicate: boolean;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeviceStockReceipt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        receiptId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipt */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "c7e2a9d4-5b18-4f63-a0e7-6d3b9c1f2a85",
           *       "modelCode": "GXP1620",
           *       "quantity": 20,
           *       "stockAfter": 62,
           *       "note": "11月入荷分（納品書 No. 2026-1128）",
           *       "receivedBy": {
           *         "id": "1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71",
           *         "name": "鈴木 一郎"
           *       },
           *       "receivedAt": "2026-11-28T02:30:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            modelCode: string;
            quantity: number;
            stockAfter: number;
            note: string;
            receivedBy: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** Format: date-time */
            receivedAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookEventTypes: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Event types, all in one page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "topup.credited",
           *           "description": "a top-up was credited to the prepaid balance"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /**
               * @description The event type, as eventTypes and a delivery’s eventType name it
               * @enum {string}
               */
              id:
                | 'topup.credited'
                | 'topup.expired'
                | 'topup.failed'
                | 'topup.cancelled'
                | 'topup.refunded'
                | 'order.completed'
                | 'order.failed'
                | 'order.cancelled'
                | 'device.shipped'
                | 'device.delivered'
                | 'balance.low'
                | 'billing.suspended'
                | 'billing.resumed';
              description: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Endpoints */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *           "url": "https://hooks.yamada-shoji.co.jp/pbx/events",
           *           "description": "基幹システム連携（チャージ・注文）",
           *           "eventTypes": [
           *             "topup.credited",
           *             "order.completed"
           *           ],
           *           "enabled": true,
           *           "disabledReason": null,
           *           "disabledAt": null,
           *           "failingSince": null,
           *           "createdAt": "2026-11-02T02:00:00.000Z",
           *           "updatedAt": "2026-11-02T02:00:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'topup.credited'
                | 'topup.expired'
                | 'topup.failed'
                | 'topup.cancelled'
                | 'topup.refunded'
                | 'order.completed'
                | 'order.failed'
                | 'order.cancelled'
                | 'device.shipped'
                | 'device.delivered'
                | 'balance.low'
                | 'billing.suspended'
                | 'billing.resumed'
              )[];
              enabled: boolean;
              /** @description customer: turned off by PATCH; failing: no answer for 3 days */
              disabledReason: ('customer' | 'failing') | null;
              disabledAt: string | null;
              /** @description the first failed attempt since the last success */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://hooks.yamada-shoji.co.jp/pbx/events",
         *       "eventTypes": [
         *         "topup.credited",
         *         "order.completed"
         *       ],
         *       "description": "基幹システム連携（チャージ・注文）"
         *     }
         */
        'application/json': {
          /** @description https:// in production; the host must resolve to public addresses only */
          url: string;
          /** @description any of: topup.credited, topup.expired, topup.failed, topup.cancelled, topup.refunded, order.completed, order.failed, order.cancelled, device.shipped, device.delivered, balance.low, billing.suspended, billing.resumed */
          eventTypes: (
            | 'topup.credited'
            | 'topup.expired'
            | 'topup.failed'
            | 'topup.cancelled'
            | 'topup.refunded'
            | 'order.completed'
            | 'order.failed'
            | 'order.cancelled'
            | 'device.shipped'
            | 'device.delivered'
            | 'balance.low'
            | 'billing.suspended'
            | 'billing.resumed'
          )[];
          description?: string | null;
        };
      };
    };
    responses: {
      /** @description The new endpoint with its signing secret (an idempotent replay answers it without the secret) */
      201: {
        headers: {
          /**
           * @description The URL of the created resource (its GET)
           * @example /v1/webhook-endpoints/{endpointId}
           */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "url": "https://hooks.yamada-shoji.co.jp/pbx/events",
           *       "description": "基幹システム連携（チャージ・注文）",
           *       "eventTypes": [
           *         "topup.credited",
           *         "order.completed"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "updatedAt": "2026-11-02T02:00:00.000Z",
           *       "secret": "whsec_Q2hhbmdlTWVJblRoZURhc2hib2FyZDEyMzQ1"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: (
              | 'topup.credited'
              | 'topup.expired'
              | 'topup.failed'
              | 'topup.cancelled'
              | 'topup.refunded'
              | 'order.completed'
              | 'order.failed'
              | 'order.cancelled'
              | 'device.shipped'
              | 'device.delivered'
              | 'balance.low'
              | 'billing.suspended'
              | 'billing.resumed'
            )[];
            enabled: boolean;
            /** @description customer: turned off by PATCH; failing: no answer for 3 days */
            disabledReason: ('customer' | 'failing') | null;
            disabledAt: string | null;
            /** @description the first failed attempt since the last success */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description whsec_…: shown only in this answer; sign checks use it as the HMAC key */
            secret?: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "url": "https://hooks.yamada-shoji.co.jp/pbx/events",
           *       "description": "基幹システム連携（チャージ・注文）",
           *       "eventTypes": [
           *         "topup.credited",
           *         "order.completed"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "updatedAt": "2026-11-02T02:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: (
              | 'topup.credited'
              | 'topup.expired'
              | 'topup.failed'
              | 'topup.cancelled'
              | 'topup.refunded'
              | 'order.completed'
              | 'order.failed'
              | 'order.cancelled'
              | 'device.shipped'
              | 'device.delivered'
              | 'balance.low'
              | 'billing.suspended'
              | 'billing.resumed'
            )[];
            enabled: boolean;
            /** @description customer: turned off by PATCH; failing: no answer for 3 days */
            disabledReason: ('customer' | 'failing') | null;
            disabledAt: string | null;
            /** @description the first failed attempt since the last success */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "eventTypes": [
         *         "topup.credited",
         *         "order.completed",
         *         "order.failed"
         *       ],
         *       "enabled": true
         *     }
         */
        'application/json': {
          /** @description https:// in production; the host must resolve to public addresses only */
          url?: string;
          /** @description any of: topup.credited, topup.expired, topup.failed, topup.cancelled, topup.refunded, order.completed, order.failed, order.cancelled, device.shipped, device.delivered, balance.low, billing.suspended, billing.resumed */
          eventTypes?: (
            | 'topup.credited'
            | 'topup.expired'
            | 'topup.failed'
            | 'topup.cancelled'
            | 'topup.refunded'
            | 'order.completed'
            | 'order.failed'
            | 'order.cancelled'
            | 'device.shipped'
            | 'device.delivered'
            | 'balance.low'
            | 'billing.suspended'
            | 'billing.resumed'
          )[];
          enabled?: boolean;
          description?: string | null;
        };
      };
    };
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "url": "https://hooks.yamada-shoji.co.jp/pbx/events",
           *       "description": "基幹システム連携（チャージ・注文）",
           *       "eventTypes": [
           *         "topup.credited",
           *         "order.completed",
           *         "order.failed"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "updatedAt": "2026-11-21T02:00:00.000Z"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: (
              | 'topup.credited'
              | 'topup.expired'
              | 'topup.failed'
              | 'topup.cancelled'
              | 'topup.refunded'
              | 'order.completed'
              | 'order.failed'
              | 'order.cancelled'
              | 'device.shipped'
              | 'device.delivered'
              | 'balance.low'
              | 'billing.suspended'
              | 'billing.resumed'
            )[];
            enabled: boolean;
            /** @description customer: turned off by PATCH; failing: no answer for 3 days */
            disabledReason: ('customer' | 'failing') | null;
            disabledAt: string | null;
            /** @description the first failed attempt since the last success */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint with its new secret (an idempotent replay answers it without the secret) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "url": "https://hooks.yamada-shoji.co.jp/pbx/events",
           *       "description": "基幹システム連携（チャージ・注文）",
           *       "eventTypes": [
           *         "topup.credited",
           *         "order.completed"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "failingSince": null,
           *       "createdAt": "2026-11-02T02:00:00.000Z",
           *       "updatedAt": "2026-11-21T02:00:00.000Z",
           *       "secret": "whsec_Q2hhbmdlTWVJblRoZURhc2hib2FyZDEyMzQ1",
           *       "previousSecretValidHours": 24
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: (
              | 'topup.credited'
              | 'topup.expired'
              | 'topup.failed'
              | 'topup.cancelled'
              | 'topup.refunded'
              | 'order.completed'
              | 'order.failed'
              | 'order.cancelled'
              | 'device.shipped'
              | 'device.delivered'
              | 'balance.low'
              | 'billing.suspended'
              | 'billing.resumed'
            )[];
            enabled: boolean;
            /** @description customer: turned off by PATCH; failing: no answer for 3 days */
            disabledReason: ('customer' | 'failing') | null;
            disabledAt: string | null;
            /** @description the first failed attempt since the last success */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description whsec_…: shown only in this answer; sign checks use it as the HMAC key */
            secret?: string;
            previousSecretValidHours: number;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Items per page, 1-200 */
        limit?: number;
        /** @description nextCursor of the previous page; leave out for the first page */
        cursor?: components['schemas']['Cursor'];
      };
      header?: never;
      path: {
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "7c2f3e4d-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
           *           "endpointId": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *           "eventId": "8d3a4f5e-6b7c-4d8e-af90-1b2c3d4e5f60",
           *           "eventType": "topup.credited",
           *           "orderingKey": "order:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *           "manual": false,
           *           "status": "succeeded",
           *           "createdAt": "2026-11-20T01:16:00.000Z",
           *           "completedAt": "2026-11-20T01:16:05.412Z",
           *           "attempts": [
           *             {
           *               "attempt": 1,
           *               "at": "2026-11-20T01:16:00.120Z",
           *               "statusCode": 503,
           *               "latencyMs": 212,
           *               "error": null
           *             },
           *             {
           *               "attempt": 2,
           *               "at": "2026-11-20T01:16:05.230Z",
           *               "statusCode": 200,
           *               "latencyMs": 182,
           *               "error": null
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              endpointId: string;
              /** Format: uuid */
              eventId: string;
              eventType: string;
              orderingKey: string;
              /** @description a redelivery or a test, sent once outside the ordered queue */
              manual: boolean;
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed' | 'skipped';
              /** Format: date-time */
              createdAt: string;
              completedAt: string | null;
              attempts: {
                attempt: number;
                /** Format: date-time */
                at: string;
                statusCode: number | null;
                latencyMs: number | null;
                error: string | null;
              }[];
            }[];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  redeliverWebhook: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7c2f3e4d-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
           *       "endpointId": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "eventId": "8d3a4f5e-6b7c-4d8e-af90-1b2c3d4e5f60",
           *       "eventType": "topup.credited",
           *       "orderingKey": "order:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "manual": true,
           *       "status": "succeeded",
           *       "createdAt": "2026-11-20T01:16:00.000Z",
           *       "completedAt": "2026-11-20T01:16:05.412Z",
           *       "attempts": [
           *         {
           *           "attempt": 1,
           *           "at": "2026-11-20T01:16:05.230Z",
           *           "statusCode": 200,
           *           "latencyMs": 182,
           *           "error": null
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            orderingKey: string;
            /** @description a redelivery or a test, sent once outside the ordered queue */
            manual: boolean;
            /** @enum {string} */
            status: 'pending' | 'succeeded' | 'failed' | 'skipped';
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
            attempts: {
              attempt: number;
              /** Format: date-time */
              at: string;
              statusCode: number | null;
              latencyMs: number | null;
              error: string | null;
            }[];
          };
        };
      };
      /** @description Being sent */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7c2f3e4d-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
           *       "endpointId": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "eventId": "8d3a4f5e-6b7c-4d8e-af90-1b2c3d4e5f60",
           *       "eventType": "topup.credited",
           *       "orderingKey": "order:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "manual": true,
           *       "status": "pending",
           *       "createdAt": "2026-11-20T01:16:00.000Z",
           *       "completedAt": null,
           *       "attempts": []
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            orderingKey: string;
            /** @description a redelivery or a test, sent once outside the ordered queue */
            manual: boolean;
            /** @enum {string} */
            status: 'pending' | 'succeeded' | 'failed' | 'skipped';
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
            attempts: {
              attempt: number;
              /** Format: date-time */
              at: string;
              statusCode: number | null;
              latencyMs: number | null;
              error: string | null;
            }[];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  testWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Same key and body replays the first response; another body gets 422; a concurrent duplicate gets 409.
         * @example 7f3c2a9e-5b1d-4c8a-9e2f-1a6b3c4d5e6f
         */
        'Idempotency-Key'?: string;
      };
      path: {
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7c2f3e4d-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
           *       "endpointId": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "eventId": "8d3a4f5e-6b7c-4d8e-af90-1b2c3d4e5f60",
           *       "eventType": "topup.credited",
           *       "orderingKey": "order:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "manual": true,
           *       "status": "succeeded",
           *       "createdAt": "2026-11-20T01:16:00.000Z",
           *       "completedAt": "2026-11-20T01:16:05.412Z",
           *       "attempts": [
           *         {
           *           "attempt": 1,
           *           "at": "2026-11-20T01:16:05.230Z",
           *           "statusCode": 200,
           *           "latencyMs": 182,
           *           "error": null
           *         }
           *       ]
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            orderingKey: string;
            /** @description a redelivery or a test, sent once outside the ordered queue */
            manual: boolean;
            /** @enum {string} */
            status: 'pending' | 'succeeded' | 'failed' | 'skipped';
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
            attempts: {
              attempt: number;
              /** Format: date-time */
              at: string;
              statusCode: number | null;
              latencyMs: number | null;
              error: string | null;
            }[];
          };
        };
      };
      /** @description Being sent */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7c2f3e4d-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
           *       "endpointId": "6b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
           *       "eventId": "8d3a4f5e-6b7c-4d8e-af90-1b2c3d4e5f60",
           *       "eventType": "topup.credited",
           *       "orderingKey": "order:8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d",
           *       "manual": true,
           *       "status": "pending",
           *       "createdAt": "2026-11-20T01:16:00.000Z",
           *       "completedAt": null,
           *       "attempts": []
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            orderingKey: string;
            /** @description a redelivery or a test, sent once outside the ordered queue */
            manual: boolean;
            /** @enum {string} */
            status: 'pending' | 'succeeded' | 'failed' | 'skipped';
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
            attempts: {
              attempt: number;
              /** Format: date-time */
              at: string;
              statusCode: number | null;
              latencyMs: number | null;
              error: string | null;
            }[];
          };
        };
      };
      /** @description Problem */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
