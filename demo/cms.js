// The CMS recipe: a TinyMCE toolbar button opens Galley; the picked article is inserted as
// clean HTML (headline h2, paragraphs p, captions figcaption, credits small).
import { GalleyReader } from './galley-reader.js';
import { articleToHtml } from './render.js';

GalleyReader.define();
const dialog = document.getElementById('paste-dialog');
const scan = document.getElementById('scan-text');
const reader = document.getElementById('paste-reader');
const list = document.getElementById('insert-list');

let timer = 0;
scan.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => reader.reflow(scan.value), 200);
});

reader.addEventListener('galley-result', (event) => {
  list.replaceChildren(...event.articles.map((article, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `Insert “${article.headline || article.blocks[0]?.text.slice(0, 24) || `article ${i + 1}`}”`;
    b.addEventListener('click', () => {
      globalThis.tinymce.activeEditor.insertContent(articleToHtml(article));
      dialog.close();
    });
    return b;
  }));
});

document.getElementById('close-dialog').addEventListener('click', () => dialog.close());

globalThis.tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  base_url: new URL('vendor/tinymce', location.href).href.replace(/\/$/, ''),
  suffix: '.min',
  menubar: false,
  promotion: false,
  branding: false,
  height: 480,
  toolbar: 'undo redo | blocks | bold italic | pastescan',
  setup(editor) {
    editor.ui.registry.addButton('pastescan', {
      text: 'Paste scan text',
      onAction: () => { dialog.showModal(); scan.focus(); },
    });
  },
});
