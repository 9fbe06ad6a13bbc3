import { signature } from '../mail/mail-templates';

const jstDateTime = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Webhook mails: an endpoint disabled after failing for the whole retry period. */
export const webhooksMailTemplates = {
  webhook_endpoint_disabled: (
    lang: 'ja' | 'en',
    d: { name: string; url: string; endpointId: string; failingSince: number; lastError: string; portalUrl: string },
  ) =>
    lang === 'ja'
      ? {
          subject: '【クラウドPBX】Webhookの送信先を停止しました',
          text: `${d.name} 様\n\n次のWebhook送信先が ${jstDateTime(d.failingSince)}（日本時間）から応答しないため、送信を停止しました。\n\n送信先: ${d.url}\nID: ${d.endpointId}\n最後のエラー: ${d.lastError}\n\n受信側を確認のうえ、API（PATCH /v1/webhook-endpoints/${d.endpointId} に {"enabled": true}）で再開してください。停止中のイベントは配信ログから手動で再送できます。\n\nアカウント: ${d.portalUrl}/account${signature.ja}`,
        }
      : {
          subject: '[Cloud PBX] Webhook endpoint disabled',
          text: `Dear ${d.name},\n\nThis webhook endpoint has not answered since ${jstDateTime(d.failingSince)} (Japan time), so we stopped sending to it.\n\nURL: ${d.url}\nID: ${d.endpointId}\nLast error: ${d.lastError}\n\nOnce your receiver works again, enable it with PATCH /v1/webhook-endpoints/${d.endpointId} and {"enabled": true}. Deliveries that failed can be sent again from the delivery log.\n\nAccount: ${d.portalUrl}/account${signature.en}`,
        },
};
