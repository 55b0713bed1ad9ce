import { describe, expect, it } from 'vitest';
import { pageDependencies, withPreloads } from './editor-page-html.ts';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/index-1.js': chunk('assets/index-1.js', '/app/src/main.tsx', ['assets/react-1.js']),
  'assets/react-1.js': chunk('assets/react-1.js', null, []),
  'assets/EditorPage-1.js': chunk(
    'assets/EditorPage-1.js',
    '/app/src/app/editor/EditorPage.tsx',
    ['assets/flow-1.js', 'assets/index-1.js'],
    ['assets/EditorPage-1.css'],
  ),
  'assets/flow-1.js': chunk('assets/flow-1.js', null, ['assets/react-1.js'], ['assets/flow-1.css']),
  'assets/bpmn-1.js': chunk('assets/bpmn-1.js', '/app/packages/bpmn/src/index.ts', []),
};

describe('the editor page preloads', () => {
  it('list every chunk the editor imports, transitively, and their styles, but not what it loads on demand', () => {
    expect(pageDependencies(bundle, '/src/app/editor/EditorPage.tsx')).toEqual({
      js: ['assets/EditorPage-1.js', 'assets/flow-1.js', 'assets/react-1.js', 'assets/index-1.js'],
      css: ['assets/EditorPage-1.css', 'assets/flow-1.css'],
    });
  });

  it('are added to index.html for what it does not load already', () => {
    const index =
      '<head>\n<script type="module" src="/assets/index-1.js"></script>\n' +
      '<link rel="modulepreload" href="/assets/react-1.js">\n</head><body></body>';
    const html = withPreloads(index, pageDependencies(bundle, '/src/app/editor/EditorPage.tsx'));
    expect(html.match(/href="[^"]+"/g)).toEqual([
      'href="/assets/react-1.js"',
      'href="/assets/EditorPage-1.css"',
      'href="/assets/flow-1.css"',
      'href="/assets/EditorPage-1.js"',
      'href="/assets/flow-1.js"',
    ]);
    expect(html.match(/src="[^"]+"/g)).toEqual(['src="/assets/index-1.js"']);
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/flow-1.js">\n  </head><body>',
    );
  });

  it('fail the build when the page has no chunk of its own', () => {
    expect(() => pageDependencies(bundle, '/src/app/Missing.tsx')).toThrow(/no chunk/);
  });

  it('run an early entry beside the app, as soon as its own code is here', () => {
    const html = withPreloads('<head>\n</head>', {
      scripts: ['assets/open-early-1.js'],
      js: ['assets/open-early-1.js', 'assets/doc-1.js'],
      css: [],
    });
    expect(html).toContain('<script type="module" async crossorigin src="/assets/open-early-1.js"></script>');
    expect(html.match(/href="[^"]+"/g)).toEqual(['href="/assets/doc-1.js"']);
  });
});
