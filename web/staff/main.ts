import { createApiClient, type Session } from '../shared/api-client';
import { h, show } from '../shared/dom';
import { languageSelect } from '../shared/frame';
import { initialLang, rememberLang, translator, type Lang } from '../shared/i18n';
import { changePasswordPage } from './features/login/change-password-page';
import { loginPage } from './features/login/login-page';
import { staffMessages } from './messages';
import { pagesFor, route } from './pages';

let lang: Lang = initialLang();
const t = translator(staffMessages, () => lang);
const api = createApiClient(() => lang);
const root = document.getElementById('app')!;
let session: Session | null = null;

const navLink = (hash: string, label: string, current: boolean) => h('a', { href: hash, 'aria-current': current ? 'page' : false }, label);

/** The header: title, the language menu and logout. */
function header(): HTMLElement {
  const select = languageSelect(lang, (chosen) => ((lang = chosen), render()));
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
    session && !session.mustChangePassword ? nav() : null,
    h('span', { class: 'spacer' }),
    h('label', { for: 'lang' }, t('language')),
    select,
    session ? logout : null,
  );
}

/** The menu of the screens the session's role may open. */
function nav(): HTMLElement {
  const current = route(session?.role, location.hash).entry;
  return h('nav', { 'aria-label': t('navLabel') }, ...pagesFor(session?.role).map((p) => navLink(p.hash, t(p.label), p === current)));
}

/** Draws the screen for the session and the address. */
function render(): void {
  document.title = t('appTitle');
  const main = h('main', { id: 'main' });
  show(root, header(), main);
  if (!session)
    return show(
      main,
      loginPage(api, t, async () => ((session = await api.session()), render())),
    );
  if (session.mustChangePassword)
    return show(
      main,
      changePasswordPage(api, t, async () => ((session = await api.session()), render())),
    );
  const { entry, path } = route(session.role, location.hash);
  if (!entry) return show(main, h('p', {}, t('noScreens')));
  const s = session;
  show(main, entry.page({ api, t, lang: () => lang, session: s, path, go: (hash) => (location.hash = hash) }));
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
