import { ApiError, post, type IngestResult } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function ingestView(): HTMLElement {
  const token = h('input', { type: 'password', id: 'ingest-token', value: sessionStorage.getItem('marsad.token') ?? '', autocomplete: 'off' });
  const bar = h('progress', { max: 1, value: 0, id: 'ingest-progress' });
  const status = h('span', { class: 'muted' });
  const log = h('ul', { class: 'items ingest-log', id: 'ingest-log' });
  const report = (rs: IngestResult[]): void => {
    for (const r of rs) {
      log.append(h('li', { class: `item status-${r.status}` },
        h('b', {}, t(r.status)), ' · ', r.source,
        r.id ? [' · ', h('a', { href: `#/article/${encodeURIComponent(r.id)}` }, t('article'))] : null,
        r.storyId ? [' · ', h('a', { href: `#/story/${r.storyId}` }, `${t('story')} ${r.storyId}`)] : null,
        r.error ? h('div', { class: 'error' }, r.error.message) : null));
    }
  };
  const run = async (jobs: { label: string; send: () => Promise<{ results: IngestResult[] }> }[]): Promise<void> => {
    sessionStorage.setItem('marsad.token', token.value);
    bar.max = jobs.length;
    bar.value = 0;
    for (const [i, job] of jobs.entries()) {
      status.textContent = `${t('progress')}: ${i}/${jobs.length} · ${job.label}`;
      try {
        report((await job.send()).results);
      } catch (e) {
        log.append(h('li', { class: 'item status-failed' }, h('b', {}, t('failed')), ' · ', job.label, h('div', { class: 'error' }, e instanceof ApiError ? e.message : String(e))));
      }
      bar.value = i + 1;
    }
    status.textContent = `${t('progress')}: ${jobs.length}/${jobs.length}`;
  };

  const text = h('textarea', { id: 'ingest-text', rows: 8, dir: 'rtl', lang: 'ar' });
  const title = h('input', { type: 'text', id: 'ingest-title' });
  const outlet = h('input', { type: 'text', id: 'ingest-outlet' });
  const files = h('input', { type: 'file', id: 'ingest-files', multiple: true, accept: '.txt,.json,.jsonl,text/plain' });
  const url = h('input', { type: 'url', id: 'ingest-url', dir: 'ltr', placeholder: 'https://' });
  const json = (body: unknown) => () => post<{ results: IngestResult[] }>('ingest', JSON.stringify(body), token.value, true);

  return h('div', { class: 'ingest-page' },
    h('h2', {}, t('ingest')),
    h('label', {}, t('token'), ' ', token),
    h('div', { class: 'split' },
      h('form', { class: 'card', id: 'paste-form', onsubmit: (e: Event) => {
        e.preventDefault();
        void run([{ label: title.value || t('paste'), send: json({ text: text.value, ...(title.value ? { title: title.value } : {}), ...(outlet.value ? { outlet: outlet.value } : {}) }) }]);
      } }, h('h3', {}, t('paste')), h('label', {}, t('title'), title), h('label', {}, t('outlet'), outlet), text, h('button', { type: 'submit', id: 'paste-submit' }, t('submit'))),
      h('div', {},
        h('form', { class: 'card', onsubmit: (e: Event) => {
          e.preventDefault();
          void run([...(files.files ?? [])].map((f) => ({ label: f.name, send: () => {
            const fd = new FormData();
            if (outlet.value) fd.append('outlet', outlet.value);
            fd.append('files', f, f.name);
            return post<{ results: IngestResult[] }>('ingest/upload', fd, token.value, false);
          } })));
        } }, h('h3', {}, t('upload')), files, h('button', { type: 'submit', id: 'upload-submit' }, t('submit'))),
        h('form', { class: 'card', onsubmit: (e: Event) => {
          e.preventDefault();
          void run([{ label: url.value, send: json({ url: url.value }) }]);
        } }, h('h3', {}, t('url')), url, h('button', { type: 'submit' }, t('submit'))))),
    h('div', { class: 'progress' }, bar, ' ', status),
    log);
}
