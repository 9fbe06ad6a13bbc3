import { createApiClient, type Session } from '../shared/api-client';
import { h, show } from '../shared/dom';
import { initialLang, rememberLang, translator, type Lang } from '../shared/i18n';
import { bankTransfersPage } from './features/bank-transfers/bank-transfers-page';
import { loginPage } from './features/login/login-page';
import { reviewsPage } from './features/reviews/reviews-page';
import { staffMessages } from './messages';

let lang: Lang = initialLang();
const t = translator(staffMessages, () => lang);
const api = createApiClient(() => lang);
const root = document.getElementById('app')!;
let session: Session | null = null;

/** The operators' screens, by address. */
const OPERATOR_PAGES = [
  { hash: '#/bank-transfers', label: 'navTransfers', page: () => bankTransfersPage(api, t, () => lang) },
  { hash: '#/reviews', label: 'navReviews', page: () => reviewsPage(api, t, () => lang) },
] as const;

const currentPage = () => OPERATOR_PAGES.find((p) => p.hash === location.hash) ?? OPERATOR_PAGES[0];

const navLink = (hash: string, label: string) =>
  h('a', { href: hash, 'aria-current': currentPage().hash === hash ? 'page' : false }, label);

/** The header: title, the language menu and logout. */
function header(): HTMLElement {
  const select = h(
    'select',
    {
      id: 'lang',
      onchange: () => {
        lang = select.value === 'en' ? 'en' : 'ja';
        rememberLang(lang);
        render();
      },
    },
    h('option', { value: 'ja', selected: lang === 'ja' }, '日本語'),
    h('option', { value: 'en', selected: lang === 'en' }, 'English'),
  );
  const logout = h(
    'button',
    {
      type: 'button',
      class: 'link',
      onclick: async () => {
        await api.logout();
        session = null;
        render();
      },
    },
    t('logout'),
  );
  return h(
    'header',
    {},
    h('span', { class: 'brand' }, t('appTitle')),
    session?.role === 'operator'
      ? h('nav', { 'aria-label': t('appTitle') }, ...OPERATOR_PAGES.map((p) => navLink(p.hash, t(p.label))))
      : null,
    h('span', { class: 'spacer' }),
    h('label', { for: 'lang' }, t('language')),
    select,
    session ? logout : null,
  );
}

/** Draws the screen for the session and the address. */
function render(): void {
  document.title = t('appTitle');
  const main = h('main', { id: 'main' });
  show(root, header(), main);
  if (!session)
    return show(
      main,
      loginPage(api, t, (s) => ((session = s), render())),
    );
  if (session.role === 'operator') return show(main, currentPage().page());
  show(main, h('p', {}, t('warehouseNotYet')));
}

async function start(): Promise<void> {
  rememberLang(lang);
  show(root, h('p', { role: 'status' }, t('loading')));
  const s = await api.session();
  session = s?.kind === 'staff' ? s : null;
  render();
}

window.addEventListener('hashchange', render);
void start();
