import { createApiClient, type Session } from '../shared/api-client';
import { h, show } from '../shared/dom';
import { languageSelect } from '../shared/frame';
import { initialLang, rememberLang, translator, type Lang } from '../shared/i18n';
import { portalMessages } from './messages';
import { menuFor, route } from './pages';

let lang: Lang = initialLang();
const t = translator(portalMessages, () => lang);
const api = createApiClient(() => lang);
const root = document.getElementById('app')!;
let session: Session | null = null;

const go = (to: string) => {
  history.pushState(null, '', to);
  render();
};

/** The header: title, the login's menu, the language menu (言語を選択) and logout. */
function header(): HTMLElement {
  const select = languageSelect(lang, (chosen) => ((lang = chosen), render()));
  const menu = menuFor(session);
  const nav = menu.length
    ? h(
        'nav',
        { 'aria-label': t('navLabel') },
        ...menu.map((p) =>
          h(
            'a',
            {
              href: p.path,
              'aria-current': location.pathname === p.path ? 'page' : false,
              onclick: (e: Event) => (e.preventDefault(), go(p.path)),
            },
            t(p.label!),
          ),
        ),
      )
    : null;
  const logout = h(
    'button',
    {
      type: 'button',
      class: 'link',
      onclick: async () => {
        await api.logout();
        session = null;
        go('/');
      },
    },
    t('logout'),
  );
  return h(
    'header',
    {},
    h('span', { class: 'brand' }, t('appTitle')),
    nav,
    h('span', { class: 'spacer' }),
    h('label', { for: 'lang' }, t('language')),
    select,
    session ? logout : null,
  );
}

/** Draws the page for the session and the address. */
function render(): void {
  document.title = t('appTitle');
  const main = h('main', { id: 'main' });
  show(root, header(), main);
  const { page, path } = route(session, location.pathname);
  if (!page) return show(main, h('p', {}, t('notFound')));
  show(
    main,
    page({
      api,
      t,
      lang: () => lang,
      session,
      path,
      query: new URLSearchParams(location.search),
      go,
      sessionChanged: (s) => {
        session = s && s.kind !== 'staff' ? s : null;
        render();
      },
    }),
  );
}

async function start(): Promise<void> {
  rememberLang(lang);
  show(root, h('p', { role: 'status' }, t('loading')));
  const s = await api.session();
  session = s && s.kind !== 'staff' ? s : null;
  render();
}

window.addEventListener('popstate', render);
void start();
