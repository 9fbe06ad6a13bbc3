import type { z } from 'zod';
import type { Lang } from './messages';

/** One invalid field, as the problem document lists it. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Turns a zod issue into a field error with a message that says what is allowed. */
export function fieldError(issue: z.core.$ZodIssue, location: string, lang: Lang): FieldError {
  const field = [location, ...issue.path.map(String)].filter(Boolean).join('.') || location;
  const name = issue.path.length ? issue.path.map(String).join('.') : location;
  const i = issue as z.core.$ZodIssue & {
    minimum?: number | bigint;
    maximum?: number | bigint;
    expected?: string;
    values?: unknown[];
    origin?: string;
    format?: string;
    keys?: string[];
  };
  const unit =
    i.origin === 'string' ? (lang === 'ja' ? '文字' : ' characters') : i.origin === 'array' ? (lang === 'ja' ? '件' : ' items') : '';
  switch (issue.code) {
    case 'invalid_type':
      return {
        field,
        code: 'invalid_type',
        message: lang === 'ja' ? `${name}は${i.expected}型で指定してください。` : `${name} must be a ${i.expected}.`,
      };
    case 'too_small':
      return {
        field,
        code: 'too_small',
        message: lang === 'ja' ? `${name}は${i.minimum}${unit}以上にしてください。` : `${name} must be at least ${i.minimum}${unit}.`,
      };
    case 'too_big':
      return {
        field,
        code: 'too_big',
        message: lang === 'ja' ? `${name}は${i.maximum}${unit}以下にしてください。` : `${name} must be at most ${i.maximum}${unit}.`,
      };
    case 'invalid_value':
      return {
        field,
        code: 'invalid_value',
        message:
          lang === 'ja'
            ? `${name}は次のいずれかにしてください: ${i.values?.join(', ')}`
            : `${name} must be one of: ${i.values?.join(', ')}.`,
      };
    case 'invalid_format':
      return {
        field,
        code: 'invalid_format',
        message: lang === 'ja' ? `${name}の形式が正しくありません（${i.format}）。` : `${name} must be a valid ${i.format}.`,
      };
    case 'unrecognized_keys':
      return {
        field: [location, ...(i.keys ?? [])].join('.'),
        code: 'unknown_field',
        message: lang === 'ja' ? `不明な項目です: ${i.keys?.join(', ')}` : `Unknown field(s): ${i.keys?.join(', ')}.`,
      };
    default:
      return { field, code: issue.code, message: issue.message };
  }
}
