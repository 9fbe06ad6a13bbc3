import { ApiProblem, type RegisteredCard, type TopupOptions } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { cardEntryFrame } from './card-entry';

/** Registered cards: list, register through the processor's frame, remove. `changed` reports the new list. */
export function cardsSection(
  ctx: PageContext,
  cardEntry: TopupOptions['cardEntry'],
  initial: RegisteredCard[],
  changed: (cards: RegisteredCard[]) => void,
): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', class: 'hint', id: 'cards-status' });
  const list = h('div');
  let adding: HTMLElement | null = null;
  const keys = new Map<string, string>();
  const name = (c: RegisteredCard) => ({ brand: c.brand.toUpperCase(), last4: c.last4 });

  const reload = async () => {
    const cards = (await ctx.api.registeredCards()).items;
    draw(cards);
    changed(cards);
  };
  const fail = (err: unknown) => (status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

  const removeButton = (c: RegisteredCard) => {
    const b = h('button', { type: 'button', class: 'secondary', 'aria-label': t('cardsRemoveLabel', name(c)) }, t('cardsRemove'));
    b.addEventListener('click', async () => {
      if (!confirm(t('cardsRemoveConfirm', name(c)))) return;
      b.disabled = true;
      try {
        await ctx.api.removeCard(c.id);
        status.textContent = t('cardsRemoved');
        await reload();
      } catch (err) {
        fail(err);
        b.disabled = false;
      }
    });
    return b;
  };

  const draw = (cards: RegisteredCard[]) => {
    if (!cards.length) return show(list, h('p', { class: 'hint' }, t('cardsEmpty')));
    show(
      list,
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'cards-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('cardsColCard')),
              h('th', { scope: 'col' }, t('cardsColExpiry')),
              h('th', { scope: 'col' }, t('cardsColRegistered')),
              h('th', { scope: 'col' }, t('cardsColLastUsed')),
              h('th', { scope: 'col' }, t('cardsColAction')),
            ),
          ),
          h(
            'tbody',
            {},
            ...cards.map((c) =>
              h(
                'tr',
                { 'data-card-id': c.id },
                h('th', { scope: 'row' }, `${c.brand.toUpperCase()} •••• ${c.last4}`),
                h('td', {}, `${String(c.expMonth).padStart(2, '0')}/${c.expYear}`),
                h('td', {}, jst(c.registeredAt, ctx.lang())),
                h('td', {}, c.lastUsedAt ? jst(c.lastUsedAt, ctx.lang()) : t('cardsNever')),
                h('td', {}, removeButton(c)),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const addArea = h('div', { class: 'stack' });
  const add = h('button', { type: 'button', id: 'cards-add', 'aria-expanded': 'false' }, t('cardsAdd'));
  add.addEventListener('click', () => {
    if (adding) {
      adding = null;
      addArea.replaceChildren();
      add.setAttribute('aria-expanded', 'false');
      return;
    }
    add.setAttribute('aria-expanded', 'true');
    // One key per card typed in: a double message or a retried request registers it once.
    adding = cardEntryFrame(ctx, cardEntry, async (card) => {
      try {
        if (!keys.has(card.token)) keys.set(card.token, crypto.randomUUID());
        const saved = await ctx.api.registerCard(card.token, keys.get(card.token)!);
        status.textContent = t('cardsAdded', name(saved));
        adding = null;
        addArea.replaceChildren();
        add.setAttribute('aria-expanded', 'false');
        await reload();
      } catch (err) {
        fail(err);
      }
    });
    show(addArea, adding);
  });

  draw(initial);
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'cards-title' },
    h('h2', { id: 'cards-title' }, t('cardsTitle')),
    list,
    add,
    addArea,
    status,
  );
}
