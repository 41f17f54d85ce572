/// <reference types="vite/client" />
import { composeStory, setProjectAnnotations, type Meta, type StoryObj } from '@storybook/react-webpack5';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideMockRuntime } from '../.storybook/mock-runtime';
import { mockBackend, mockControls, server } from '../mocks/node';
import { expectNoAxeViolations } from '../src/ui/test-utils/axe';

// The stories' msw loader drives the msw/node server here, before the preview's annotations load.
provideMockRuntime(async () => ({ target: server, controls: mockControls, backend: mockBackend }));
const preview = await import('../.storybook/preview');
setProjectAnnotations([preview.default]);

type StoryModule = { default: Meta } & Record<string, StoryObj | Meta>;
const modules = import.meta.glob<StoryModule>(['../src/**/*.stories.tsx', './**/*.stories.tsx'], { eager: true });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  return () => server.close();
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

/**
 * Every story is a test: it renders on the mock backend with the fake bridge, its play function runs,
 * and axe finds nothing wrong with what it shows.
 */
for (const [file, module] of Object.entries(modules)) {
  describe(file.replace(/^\.\.?\//, ''), () => {
    const { default: meta, ...stories } = module;
    for (const [name, story] of Object.entries(stories)) {
      const Story = composeStory(story as StoryObj, meta, undefined, name);
      it(`${name} renders, plays and is accessible`, async () => {
        await Story.run();
        await expectNoAxeViolations(document.body);
        expect(document.body.textContent ?? '').not.toMatch(/\b(?:bulk|teams|common|import):[a-zA-Z]/);
      });
    }
  });
}
