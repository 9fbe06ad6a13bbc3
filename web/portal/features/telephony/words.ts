import { ApiProblem } from '../../../shared/api-client';
import type { PortalMessage, T } from '../../messages';

const UNIQUE_KIND_WORDS: Record<string, PortalMessage> = {
  sip_terminal: 'buyUniqueSipTerminal',
  cloud_fax: 'buyUniqueCloudFax',
  ymobile: 'buyUniqueYmobile',
};

const NUMBER_KIND_WORDS: Record<string, PortalMessage> = {
  local: 'buyNumberLocal',
  freecall: 'buyNumberFreecall',
  special: 'buyNumberSpecial',
  navidial: 'buyNumberNavidial',
  ip050: 'buyNumberIp050',
  overseas: 'buyNumberOverseas',
};

/** The number kinds the search offers, in the manual's order (overseas numbers are a separate purchase). */
export const SEARCHABLE_NUMBER_KINDS = ['local', 'freecall', 'special', 'navidial', 'ip050'] as const;

/** A unique kind in the reader's words (an unknown kind shows as it is). */
export const uniqueKindWord = (t: T, kind: string) => (UNIQUE_KIND_WORDS[kind] ? t(UNIQUE_KIND_WORDS[kind]) : kind);

/** A number kind in the reader's words. */
export const numberKindWord = (t: T, kind: string) => (NUMBER_KIND_WORDS[kind] ? t(NUMBER_KIND_WORDS[kind]) : kind);

/** What went wrong, in the reader's language: the API's problem detail, else the browser's message. */
export const problemText = (err: unknown): string => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

/** Minutes and seconds left until an instant, never below zero: "29:59". */
export function timeLeft(untilIso: string, now = Date.now()): { seconds: number; text: string } {
  const seconds = Math.max(0, Math.floor((Date.parse(untilIso) - now) / 1000));
  return { seconds, text: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` };
}

/**
 * Runs a task every second while the element is on screen; the page is rebuilt on every
 * navigation and language change, so a detached element's timer stops itself.
 */
export function everySecond(el: HTMLElement, tick: () => void): void {
  const timer = window.setInterval(() => {
    if (!el.isConnected) return window.clearInterval(timer);
    tick();
  }, 1000);
}
